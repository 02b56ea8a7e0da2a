import { Lexicon } from './lexicon.js';

export type TokenKind = 'word' | 'number' | 'code' | 'email' | 'url' | 'currency' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  kind: TokenKind;
  /** Lower case; contractions expanded (`n't` → `not`, `'d` → `would`). */
  norm: string;
}

// One alternation, tried in order: URL, e-mail, code (letters and digits mixed, or digits joined by
// - / . # into an id), number (either thousands convention), word (with inner apostrophes and
// hyphens), a currency symbol, any other symbol.
// The e-mail's local part (at most 64 characters, RFC 5321) and the code's look-aheads are
// bounded, so that a long run of dots, dashes or hashes costs linear time, not quadratic (a 32 K
// run of '-' took 1.6 s; each start position rescanned the rest of the run).
const TOKEN =
  /(https?:\/\/\S+|www\.\S+)|([\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)|((?=[\p{L}\d#-]{0,48}\d)(?=[\p{L}\d#-]{0,48}\p{L})[\p{L}\d]+(?:[-/#.][\p{L}\d]+)*|\d+(?:[-/][\p{L}\d]+)+)|(\d+(?:[.,' \u00a0\u202f]\d{3})*(?:[.,]\d+)?)|(\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*)|(\p{Sc})|([^\s\p{L}\d])/gu;

const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'],
  "'d": ['would'],
  "'ll": ['will'],
  "'m": ['am'],
  "'re": ['are'],
  "'ve": ['have'],
  "'s": [],
};
const IRREGULAR: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "i'm": ['i', 'am'],
  cannot: ['can', 'not'],
};

/** Splits text into tokens (words, numbers, ids, e-mails, URLs, currency symbols, punctuation). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const value = m[0];
    if (m[1]) tokens.push({ text: value, kind: 'url', norm: value.toLowerCase() });
    else if (m[2]) tokens.push({ text: value, kind: 'email', norm: value.toLowerCase() });
    else if (m[3]) tokens.push({ text: value, kind: 'code', norm: value.toLowerCase() });
    else if (m[4]) tokens.push({ text: value, kind: 'number', norm: value });
    else if (m[5]) {
      const lower = value.toLowerCase().replace(/’/g, "'");
      const irregular = IRREGULAR[lower];
      if (irregular) {
        for (const w of irregular) tokens.push({ text: value, kind: 'word', norm: w });
        continue;
      }
      const apostrophe = lower.search(/n't$|'[a-z]+$/);
      if (apostrophe > 0) {
        const suffix = lower.slice(apostrophe);
        const expanded = CONTRACTIONS[suffix];
        if (expanded) {
          tokens.push({ text: value, kind: 'word', norm: lower.slice(0, apostrophe) });
          for (const w of expanded) tokens.push({ text: value, kind: 'word', norm: w });
          continue;
        }
      }
      tokens.push({ text: value, kind: 'word', norm: lower });
    } else if (m[6]) tokens.push({ text: value, kind: 'currency', norm: value });
    else tokens.push({ text: value, kind: 'punct', norm: value });
  }
  return tokens;
}

/**
 * Splits prose into sentences: after . ! ? (or a line break) followed by a capital, digit, quote
 * or bullet, and at a blank line or a rule ("---"); abbreviations such as "e.g." and "No." do not
 * end a sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // a blank line, a bullet, or a rule ("---", "=====", "____") parts blocks
  for (const block of text.split(
    /\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)|(?:^|\n)[ \t]*[-=_*~]{3,}[ \t]*(?=\n|$)/,
  )) {
    const parts = block
      .replace(/\s+/g, ' ')
      .trim()
      .split(
        /(?<=(?<!\b(?:e\.g|i\.e|etc|no|nr|vs|mr|mrs|ms|dr|st|approx|incl|ca))[.!?])\s+(?=["'“(]?[\p{Lu}\d])/iu,
      );
    for (const p of parts) if (p.trim()) out.push(p.trim());
  }
  return out;
}

export interface TermOptions {
  /** Drop stop words (default true). */
  dropStopWords?: boolean;
  /** Corrects misspelt words first (see SpellChecker). */
  correct?: (word: string) => string;
  /**
   * Reads a verb with its particle as WordNet's phrase (`set_up`, `call_off`, `put_up`) where the
   * lexicon has it: "when was it set up" means founded, not set (default false).
   */
  phrases?: boolean;
}

/** Particles that make a phrasal verb ("set up", "call off", "hand in"). */
const PARTICLES = new Set(
  'up down off out in on back over away through about around into along by'.split(' '),
);
/** Words that may stand between a verb and its particle ("put the tent up", "call it off"). */
const BETWEEN = new Set(
  'it them this that these those the a an my your our his her their its one'.split(' '),
);

/**
 * Where the particle of a phrasal verb at `i` is, when the lexicon has `verb_particle`: the next
 * word, or after an object of one or two words that starts with a pronoun or determiner
 * ("call it off" → `call_off`). `words` are the text's words (tokens of kind `word`).
 */
export function phrasalVerbAt(
  words: ReadonlyArray<Pick<Token, 'norm'>>,
  i: number,
  verb: string,
): { phrase: string; at: number } | undefined {
  return phraseAt(Lexicon.get(), words, i, verb);
}

/** Adverbs of place that make a particle before them part of a place: "out here", "over there". */
const PLACE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there']);

function phraseAt(
  lexicon: Lexicon,
  words: ReadonlyArray<Pick<Token, 'norm'>>,
  i: number,
  verb: string,
): { phrase: string; at: number } | undefined {
  for (let j = i + 1; j <= Math.min(i + 3, words.length - 1); j++) {
    const w = words[j].norm;
    if (PARTICLES.has(w)) {
      // "get out here", "come over there": a place (out here), not a phrasal verb ("get out")
      if (PLACE_ADVERBS.has(words[j + 1]?.norm ?? '')) return undefined;
      const phrase = `${verb}_${w}`;
      return lexicon.isPhrase(phrase) ? { phrase, at: j } : undefined;
    }
    if (j === i + 1 ? !BETWEEN.has(w) : !BETWEEN.has(words[i + 1].norm)) return undefined;
  }
  return undefined;
}

/** Phrasal verbs with "back" and the one word they mean: "send stuff back" is "return". */
const BACK_VERBS: Record<string, string> = {
  send: 'return',
  bring: 'return',
  take: 'return',
  give: 'return',
  post: 'return',
  ship: 'return',
  pay: 'refund',
  get: 'refund',
};

/**
 * Country and union abbreviations written in capitals, as the words they stand for: "US" is not
 * the pronoun "us", and a document says "the United States" where a customer writes "the US".
 */
const ABBREVIATIONS: Record<string, string[]> = {
  US: ['united', 'states'],
  USA: ['united', 'states'],
  UK: ['united', 'kingdom'],
  EU: ['eu', 'european', 'union'],
};

/** Phrasal verbs that mean one word: "sold out" is "out of stock". */
const OUT_VERBS: Record<string, string> = { sell: 'stock', run: 'stock' };

/** The lemmas of a text's words, in order (stop words dropped unless asked otherwise). */
export function lemmas(text: string, options: TermOptions = {}): string[] {
  const lexicon = Lexicon.get();
  const drop = options.dropStopWords ?? true;
  const out: string[] = [];
  const words = tokenize(text).filter((t) => t.kind === 'word');
  const consumed = new Set<number>();
  words.forEach((t, i) => {
    if (consumed.has(i)) return;
    const abbreviation = ABBREVIATIONS[t.text];
    if (abbreviation) {
      for (const w of abbreviation) out.push(lexicon.lemma(w));
      return;
    }
    const word = options.correct ? options.correct(t.norm) : t.norm;
    // a word the corrector split in two ("giftcard" → "gift card"): each word's lemma
    if (word.includes(' ')) {
      for (const w of word.split(' ')) if (!lexicon.stopWords.has(w)) out.push(lexicon.lemma(w));
      return;
    }
    const lemma = lexicon.lemma(word);
    // "send stuff back", "get the delivery cost back": the nearest such verb before "back" owns it
    const phrasal = BACK_VERBS[lemma];
    if (phrasal) {
      const back = words.slice(i + 1, i + 5).findIndex((w) => w.norm === 'back');
      const owned =
        back >= 0 &&
        !words.slice(i + 1, i + 1 + back).some((w) => BACK_VERBS[lexicon.lemma(w.norm)]);
      if (owned) {
        // the phrase means the one word: "send stuff back" is "return", not also "send"
        out.push(phrasal);
        return;
      }
    }
    if (OUT_VERBS[lemma] && words[i + 1]?.norm === 'out') out.push(OUT_VERBS[lemma]);
    if (options.phrases) {
      const found = phraseAt(lexicon, words, i, lemma);
      if (found) {
        consumed.add(found.at);
        out.push(found.phrase);
        return;
      }
    }
    if (drop && (lexicon.stopWords.has(word) || word.length < 2)) return;
    out.push(lemma);
  });
  return out;
}

/**
 * The lemmas of the names a text mentions — capitalised words that do not start a sentence
 * ("Canada", "Trail Club", "Summit") and capitalised abbreviations ("US"): the qualifiers that
 * make a question specific.
 */
export function nameLemmas(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || t.text === 'I') return;
    const previous = tokens[i - 1];
    if (!previous || (previous.kind === 'punct' && /[.!?:;"“]/.test(previous.text))) return;
    for (const lemma of lemmas(t.text)) out.add(lemma);
  });
  return out;
}

/**
 * The runs of two or more capitalised words in a text ("American Express", "Trail Club"), each as
 * its lower-case words: the multi-word names an abbreviation can stand for.
 */
export function multiWordNames(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push(run);
    run = [];
  };
  for (const t of tokenize(text)) {
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) run.push(t.norm);
    else flush();
  }
  flush();
  return out;
}

/**
 * Does `short` abbreviate consecutive words of `name`: their initials ("eu" for European Union),
 * or a clipped compound of their beginnings, two letters or more each ("amex" for American
 * Express, "fedex" for Federal Express)? Every word of the run it starts at contributes, and it
 * spans two words at least.
 */
export function abbreviates(short: string, name: readonly string[]): boolean {
  const s = short.toLowerCase();
  if (s.length < 2 || name.length < 2) return false;
  // the beginnings of words[i], words[i + 1], … spell s from `at` on, two words at least
  const clipped = (words: readonly string[], at: number, i: number): boolean => {
    if (at === s.length) return i >= 2;
    if (i >= words.length) return false;
    for (let n = Math.min(words[i].length, s.length - at); n >= 2; n--)
      if (s.startsWith(words[i].slice(0, n), at) && clipped(words, at + n, i + 1)) return true;
    return false;
  };
  for (let start = 0; start + 1 < name.length; start++) {
    const words = name.slice(start);
    if (s.length <= words.length && [...s].every((c, i) => words[i].startsWith(c))) return true;
    if (clipped(words, 0, 0)) return true;
  }
  return false;
}
