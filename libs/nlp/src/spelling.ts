import { Lexicon } from './lexicon.js';

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: `chnage` is one
 * edit from `change`), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rowBuffers[0].length < cols) rowBuffers = [0, 1, 2].map(() => new Int32Array(cols * 2));
  let [prev2, prev, cur] = rowBuffers as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1];
}

/** The longest word read as two run together (longer ones are ids, hashes, noise). */
const MAX_SPLIT = 30;

/** Rows reused across calls (the checker compares a word with thousands of candidates). */
let rowBuffers: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/**
 * Corrects misspelt words: a word neither in the domain vocabulary (what a model was trained on,
 * or an index holds) nor in the English lexicon becomes the closest known word — one edit away
 * (two for words of eight letters or more) — preferring domain words, then frequent ones.
 * Two domain words run together ("giftcard") become the two words ("gift card") when no domain
 * word is close, if asked for (`splitsJoined`). Numbers, short words and anything with no close match are left alone.
 */
export class SpellChecker {
  private readonly cache = new Map<string, string>();
  private readonly domainByLength = new Map<number, string[]>();
  /** The domain's words, for the halves of a run-together word (a look-up each, not a scan). */
  private readonly domain = new Set<string>();

  constructor(
    domain: Iterable<string> = [],
    private readonly lexicon: Lexicon = Lexicon.get(),
    /**
     * Whether a run-together word is split ("giftcard" → "gift card"): for reading questions
     * against documents (the retriever, the answerer), whose callers read the two words; not for
     * a classifier's features or the router's patterns, which want one word for one.
     */
    private readonly splitsJoined = false,
  ) {
    for (const w of new Set(domain)) {
      if (!/^[a-z]+$/.test(w)) continue;
      const list = this.domainByLength.get(w.length) ?? [];
      list.push(w);
      this.domain.add(w);
      this.domainByLength.set(w.length, list);
    }
  }

  private known(word: string): boolean {
    return this.lexicon.has(word) || !!this.domainByLength.get(word.length)?.includes(word);
  }

  correct = (word: string): string => {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.known(word)) return word;
    const cached = this.cache.get(word);
    if (cached) return cached;
    const max = word.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; domain: boolean; rank: number } | undefined;
    const consider = (candidate: string, domain: boolean, rank: number): void => {
      const distance = editDistance(word, candidate, max);
      if (distance > max) return;
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance && domain && !best.domain) ||
        (distance === best.distance && domain === best.domain && rank < best.rank);
      if (better) best = { word: candidate, distance, domain, rank };
    };
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.domainByLength.get(len) ?? [])
        if (candidate[0] === word[0] || candidate[1] === word[1])
          consider(candidate, true, this.lexicon.rank(candidate) ?? 1e9);
      this.lexicon.forEachOfLength(len, word[0], word[1], (candidate, rank) =>
        consider(candidate, false, rank),
      );
    }
    // two words run together ("giftcard", "trackingnumber", "returnlabel"): when no word of the
    // domain is close, the split into two domain words is the word meant
    const split = best?.domain || !this.splitsJoined ? undefined : this.split(word);
    const result = split ?? best?.word ?? word;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  };

  /**
   * "giftcard" → "gift card": the word as two words of the domain vocabulary (each of three
   * letters or more), the split whose rarer half is commonest; undefined when there is none.
   */
  private split(word: string): string | undefined {
    if (word.length < 6 || word.length > MAX_SPLIT) return undefined;
    let best: { words: string; rank: number } | undefined;
    for (let i = 3; i <= word.length - 3; i++) {
      const [a, b] = [word.slice(0, i), word.slice(i)];
      if (!this.isDomain(a) || !this.isDomain(b)) continue;
      const rank = Math.max(this.lexicon.rank(a) ?? 1e9, this.lexicon.rank(b) ?? 1e9);
      if (!best || rank < best.rank) best = { words: `${a} ${b}`, rank };
    }
    return best?.words;
  }

  private isDomain(word: string): boolean {
    return this.domain.has(word);
  }
}
