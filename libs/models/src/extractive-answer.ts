import type { PassageV1 } from '@switchyard/contracts';
import {
  BACKGROUND_WEIGHT,
  Lexicon,
  SpellChecker,
  abbreviates,
  answerTypes,
  derivationalRoot,
  informationContent,
  lemmas,
  messageParts,
  multiWordNames,
  nameLemmas,
  separateQuestions,
  splitSentences,
  spelled,
  weightedQuestionTerms,
  knownTerms,
  tokenize,
  countriesIn,
  scopeApplies,
  scopesOf,
  isIn,
  countryOf,
  inShopTerms,
  caseTerms,
  unaskedCase,
  asksFastest,
  shortestSpan,
  type Country,
  type Scope,
} from '@switchyard/nlp';

export interface ExtractiveAnswer {
  sentences: string[];
  citations: Array<{ documentId: string; version: number; chunk: number }>;
}

/** What a sentence says, as lemmas, derivational roots and the words around it. */
interface Candidate {
  sentence: string;
  norm: string;
  passage: PassageV1;
  /** Position in the passage (earlier chunks' sentences are not repeated by later ones). */
  order: number;
  /** The sentence after it in its passage, if any. */
  next?: string;
  /** The sentence before it in its passage, if any. */
  before?: string;
  terms: Set<string>;
  roots: Set<string>;
  /** Lemmas of the neighbouring sentences (the context a pronoun or a condition refers to). */
  context: Set<string>;
  /**
   * For a sentence that opens with a pronoun ("It does not cover …"), the first lemmas of the
   * sentence before (its subject, "the warranty"), which the pronoun stands for.
   */
  antecedent: Set<string>;
  /** Lemmas of the document's name (its id, where that is made of words). */
  name: Set<string>;
  /** The multi-word names the sentence mentions ("American Express"), for abbreviations. */
  names: string[][];
  /**
   * The lemmas the sentence writes only as a later word of such a name ("express" of "DHL
   * Express", "state" of "United States"): the name's, not the word's own meaning.
   */
  inNameOnly: Set<string>;
  /** The countries the sentence names and the regions its rule is scoped to (and its passage's). */
  countries: Set<string>;
  scopes: Scope[];
  around: Scope[];
  score: number;
  /** Question terms the sentence itself matches (same lemma, root or synonym). */
  matched: Set<string>;
  /** How much of the question's weight each question term the sentence covers adds (0-1 in all). */
  cover: Map<string, number>;
  /** Question terms the opening pronoun's antecedent matches ("It" for "Trail Club"). */
  byAntecedent: Set<string>;
  /** Question terms only a close word vector in the sentence matches. */
  near: Set<string>;
  /** Holds the specific kind of answer asked for (a phone number, an e-mail address). */
  specific: boolean;
  /** Whether it holds a kind of answer the question asks for (undefined: it asks for none). */
  answersKind?: boolean;
}

/** A possessive and the noun after it, with at most one word between ("my older brother"). */
const POSSESSED = /\b(?:my|our|his|her|their)\s+(?:(\p{L}+)\s+)?(\p{L}+)/giu;

/**
 * The people of the customer's own story ("my brother", "our son", "her partner"): the lemmas of
 * nouns after a possessive whose broader terms make them a living thing but no animal (a person).
 */
function peopleOf(question: string, lexicon: Lexicon): Set<string> {
  const people = new Set<string>();
  for (const m of question.matchAll(POSSESSED))
    for (const w of [m[1], m[2]]) {
      if (!w) continue;
      const l = lexicon.lemma(w.toLowerCase());
      const kinds = new Set(lexicon.broader(l).map(([k]) => k));
      if (kinds.has('organism') && !kinds.has('animal')) people.add(l);
    }
  return people;
}

/** How much a match counts: the same lemma, the same root, a close word vector. */
const SAME_ROOT = 0.85;
/** How closely WordNet must relate two words for one to stand for the other (a synonym). */
const SYNONYM = 0.9;
/** A word WordNet relates to the asked one, times how closely (1: a synonym, guarantee ~ warranty). */
const RELATED = 0.6;
/**
 * A word for what the asked thing is a kind of ("animals" for "dog", "cost" for "postage"): the
 * sentence states a rule about the class the question's thing belongs to.
 */
const BROADER = 0.65;
/** A related word this weak (a distant sense) is not a match, only a hint like a word vector. */
const MATCH_FLOOR = 0.3;
/** A word vector similarity at or above this counts, scaled down: a tie-breaker, not a match. */
const SOFT_FLOOR = 0.55;
const SOFT_SCALE = 0.5;
/**
 * A word vector this close makes a sentence eligible on its own: when a passage was found by
 * meaning alone ("reimbursement" for "refund"), its sentence may still answer.
 */
const NEAR = 0.6;
/** A question word found around the sentence rather than in it. */
const IN_CONTEXT = 0.5;
/**
 * A country the question names, for a rule scoped to a region it is in or outside ("Returns
 * from outside the EU …" for Norway).
 */
const IN_SCOPE = 0.5;
/** What a sentence whose rule is scoped to regions the customer is not in counts. */
const OUT_OF_SCOPE = 0.5;
/**
 * A yes/no question whether something holds for the customer too ("is … also valid for the UK?",
 * "does the free shipping work for me too?").
 */
const APPLIES_TOO =
  /^\s*(?:is|are|does|do|will|would|can|could)\b[^?]*?\b(?:also|too|as\s+well|valid|apply|applies|work|works|available|eligible|extend|extends)\b/i;
/** A date as written: "2026-03-06", "06/03/2026", "6 March 2026", "March 6". */
const DATE_VALUE =
  /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}\b)/i;
/** The words that name a region or a side of it, in a question scoped to one. */
const REGION_WORDS = new Set([
  'eu',
  'european',
  'union',
  'europe',
  'outside',
  'inside',
  'within',
  'other',
  'else',
]);
/** The words for what a country name names. */
const COUNTRY_WORDS = new Set(['country', 'nation', 'destination']);
/** A country without a word of its own among the asked ones ("US") counts as this many bits. */
const PLACE_BITS = 6;
/** A question word in the sentence a pronoun opening this one refers to ("It" = the warranty). */
const IN_ANTECEDENT = 0.8;
/** How many of the sentence before's first content words a pronoun may stand for. */
const ANTECEDENT_WORDS = 2;
/** A sentence opening with a pronoun that stands for something said before. */
const PRONOUN_OPENING = /^(it|they|this|these|that|those|he|she)\s/i;
const IN_NAME = 0.9;
/** Added for a sentence that holds a specific kind of answer asked for (a phone number). */
const SPECIFIC = 0.3;
/** A field of a record: a short label, a colon, its value ("Tracking number: 3SHPN0104233."). */
const RECORD_LINE = /^[\p{L}][\p{L} ]{0,30}:\s/u;
/**
 * A line of a bill: a label and its amount, without a colon ("Shipping 0.00 EUR.", "VAT 21% 38.88
 * EUR (included).", "Subtotal £97.00").
 */
const ITEM_LINE =
  /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}) (?:\d{1,2}(?:[.,]\d+)? ?% )?(?:[€$£¥] ?)?\d[\d.,]*(?: ?(?:[A-Z]{3}|[€$£¥]))?(?: \([^)]{1,30}\))?\.?$/u;
/** Added for a record's field whose label the question asks for ("Who is the customer …"). */
const FIELD = 0.3;

/**
 * Is the sentence a record's field whose label names what the question asks about ("Customer:
 * Alex …" for "who is the customer on invoice X"), and not the field holding the id the question
 * already gives ("Invoice number: X")?
 */
function namesField(
  c: Candidate,
  question: string,
  asked: readonly string[],
  questionIds: readonly string[],
  asksAmount: boolean,
): boolean {
  // (a bill's line names what it charges: its label answers only a question for an amount — "VAT
  // 21% 38.88 EUR" is no answer to "what is your VAT number")
  const label =
    RECORD_LINE.exec(c.sentence)?.[0] ?? (asksAmount ? ITEM_LINE.exec(c.sentence)?.[1] : undefined);
  if (!label || !isRecord(c.passage)) return false;
  if (questionIds.some((id) => c.terms.has(id))) return false;
  // the label's head noun, its last word, says what the field holds: "Invoice number" holds a
  // number, not the invoice a question about an invoice's VAT names
  const words = lemmas(label);
  const head = words.at(-1);
  if (head === undefined || !asked.includes(head)) return false;
  // — unless the label is a compound ("Order number") and the question names its head with
  // another word before it: "Order number" is not the "VAT number" asked for
  const lexicon = Lexicon.get();
  const parts = label.replace(/:\s*$/, '').trim().toLowerCase().split(/\s+/);
  if (parts.length < 2 || parts.some((w) => lexicon.stopWords.has(w))) return true;
  const noun = parts.at(-1)!;
  for (const m of question
    .toLowerCase()
    .matchAll(new RegExp(`(?<!\\p{L})(\\p{L}+)\\s+${noun}s?\\b`, 'gu')))
    if (m[1].length > 1 && !lexicon.stopWords.has(m[1]) && !words.includes(lexicon.lemma(m[1])))
      return false;
  return true;
}
/** What the field holding the record's own id counts for a question naming that id. */
const KEY_FIELD = 0.5;

/** Is the sentence a record's field whose value is an id the question names ("Invoice number: X")? */
function isKeyField(c: Candidate, questionIds: readonly string[]): boolean {
  const label = RECORD_LINE.exec(c.sentence)?.[0];
  if (!label) return false;
  const value = identifiers(c.sentence.slice(label.length));
  return value.length > 0 && value.every((id) => questionIds.includes(id));
}
/** A rule about the kind of thing a name is ("shell jackets" for "the Ridgeline") covers the name. */
const IN_KIND = 0.7;

/**
 * The kind of thing a name is, as the passages write it after the name: the lemmas of the words
 * up to the first function word ("The Ridgeline shell jacket is …" → shell, jacket; "the Summit 2
 * tent weighs" → tent, past the model's number). Undefined when no passage says.
 */
function kindOf(name: string, candidates: Candidate[], lexicon: Lexicon): string[] | undefined {
  for (const c of candidates) {
    const words = c.sentence.split(/[^\p{L}\d-]+/u);
    const at = words.findIndex((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() === name);
    if (at < 0) continue;
    const kind: string[] = [];
    for (const w of words.slice(at + 1, at + 5)) {
      if (/\d/.test(w) && kind.length === 0) continue;
      if (!/^\p{Ll}+$/u.test(w) || lexicon.stopWords.has(w)) break;
      // after a singular name's noun, an inflected word ending in -s is its verb ("tent weighs")
      if (kind.length > 0 && w.endsWith('s') && lexicon.lemma(w) !== w) break;
      kind.push(...lemmas(w));
    }
    if (kind.length) return kind;
  }
  return undefined;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
/**
 * A number that dates an event: how long ago ("3 weeks ago", "18 months back"), a day of a month
 * ("2 March", "March 2", "the 5th") or a time of day ("at 10:12").
 */
const MEASURED = new RegExp(
  `(?<![\\p{L}\\d-])(\\d+(?:[.,]\\d+)?)(?:[ -]{0,3}(?:days?|weeks?|months?|years?|hours?|minutes?|seasons?)\\s{1,3}(?:ago|back|earlier|before)\\b|(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${MONTH}(?![\\p{L}\\d])|(?:st|nd|rd|th)(?![\\p{L}\\d]))|\\b${MONTH}\\s{1,3}(?:the\\s{1,3})?(\\d{1,2})(?![\\p{L}\\d])|(?<![\\d:.])(\\d{1,2}):(\\d{2})(?![\\d:])`,
  'giu',
);

/** How much more a term of the case a question asks about counts ("what happens if C"). */
const IN_CASE = 2;

/** A record's id: a long number, or letters and a long number ("hp-104233", "inv-2026-0412"). */
const RECORD_ID = /\d{4,}/;
/** A record of the customer's own, named as theirs. */
const OWN_RECORD =
  /\b(?:my|our)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:order|invoice|receipt|parcel|package|purchase|shipment|bill)\b|\b(?:i|we)\s+(?:ordered|bought|purchased|paid)\b/i;
/**
 * A bill named with the article ("did the invoice charge me …", "what's on the receipt I got"): in
 * a question of the customer's about themselves, theirs.
 */
const THE_BILL = /\bthe\s+(?:invoice|receipt|bill)\b/i;
const FIRST_PERSON = /\b(?:i|me|my|we|us|our)\b/i;
/** A record named by what it holds: "my jacket and socks order", "the Ridgeline jacket invoice". */
const DESCRIBED_RECORD =
  /\b(?:my|our|the|that|this)\s+((?:[\p{L}-]+\s+){1,4}?)(order|invoice|receipt|bill|purchase|parcel|package)\b/giu;
/** The word a record of each kind holds ("Invoice number: …"); undefined for any record. */
const RECORD_KIND: Record<string, string | undefined> = {
  invoice: 'invoice',
  receipt: 'invoice',
  bill: 'invoice',
};
const recordWordCache = new WeakMap<PassageV1, Set<string>>();
/** The lemmas of a record passage, read once. */
function recordWords(passage: PassageV1): Set<string> {
  let out = recordWordCache.get(passage);
  if (!out) recordWordCache.set(passage, (out = new Set(lemmas(passage.text))));
  return out;
}
/** A record's field that holds the customer's own details ("Customer: …", "Ship to: …"). */
const CUSTOMER_FIELD =
  /^(?:customer|client|buyer|recipient|bill(?:ed)?\s+to|ship(?:ped)?\s+to|deliver(?:ed|y)?\s+to|sold\s+to|invoice\s+to)\b[^:]{0,20}:/i;
/**
 * A question about the business's own details: its address as the seller, not the customer's
 * ("your postal address", "the address of yours").
 */
const ASKS_OF_BUSINESS =
  /\byour\s+(?:(?:full|complete|exact|official|legal|registered|street|postal|mailing|office|business|company|own)\s+)*address\b|\b(?:your|the)\s+(?:company|shop|store|business|firm|office|headquarters|head\s+office)(?:['’]s)?\s+address\b|\b(?:registered|office|business|company)\s+(?:postal\s+|mailing\s+|street\s+|office\s+)?address\b|\byour\s+(?:company|shop|store|business|firm|office|headquarters|head\s+office)\b|\baddress\s+of\s+(?:your|the|this)\s+(?:company|shop|store|business|firm|seller|vendor|supplier|merchant|office|headquarters|head\s+office)\b|\b(?:seller|vendor|supplier|merchant)\b|\b(?:company|shop|store|business)'s\b|\bwhere\s+are\s+you\b|\baddress(?:es)?\s+of\s+yours\b/i;
/** How many countries a sentence names to be a list of them. */
const LIST = 3;
/** What a party's details count when the question asks for the other party's. */
const OTHER_PARTY = 0.5;
/** What a record's field counts for a question that names no record. */
const RECORD = 0.7;
/** A passage this much made of fields is a record (an order, an invoice), not prose. */
const RECORD_SHARE = 0.4;

const records = new WeakMap<PassageV1, boolean>();

/** Is the passage a record: at least RECORD_SHARE of its sentences fields ("Items: …")? */
function isRecord(passage: PassageV1): boolean {
  let out = records.get(passage);
  if (out === undefined) {
    const sentences = splitSentences(passage.text);
    const fields = sentences.filter((s) => RECORD_LINE.test(s)).length;
    out = sentences.length > 0 && fields / sentences.length >= RECORD_SHARE;
    records.set(passage, out);
  }
  return out;
}
/**
 * What a sentence without the kind of answer asked for counts (a duration for "how long"): a
 * sentence that shares the question's words but cannot answer it is a poor answer.
 */
const TYPE_FLOOR = 0.55;
/** … for a question whose asking sentence names nothing but the kind of answer it wants. */
const BARE_TYPE_FLOOR = 0.3;
/** A second sentence this close to the first is added when it matches a word the first does not. */
const NEARLY = 0.8;
/**
 * A second sentence this close to the first is added when what it covers of the question beyond
 * the first is at least COMPLEMENT_GAIN of the question's weight.
 */
const COMPLEMENT = 0.6;
const COMPLEMENT_GAIN = 0.1;
/**
 * How much the retriever's score of the sentence's passage counts (a tie-breaker between
 * sentences that cover the question alike). The sentence's averaged word vectors, the tie-breaker
 * before, favoured sentences on the question's topic over the one that answers it.
 */
const PASSAGE = 0.1;

/** The numbers and ids of a text, as written in lower case ("2", "hp-1042"). */
function identifiers(text: string): string[] {
  return (
    tokenize(text)
      .filter((t) => t.kind === 'number' || t.kind === 'code')
      // a whole amount is the same number with or without its zero cents ("224 EUR", "224.00 EUR")
      .map((t) => (t.kind === 'number' ? t.norm.replace(/^(\d+)[.,]00$/, '$1') : t.norm))
  );
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Picks the sentences of the retrieved passages that answer a question.
 *
 * Each sentence is scored by how much of the question it covers: the question's content lemmas
 * (stop words and question noise dropped, misspellings corrected against the passages), each
 * weighted by its information content (rare words say more, by their frequency rank) times its
 * inverse frequency among the candidate sentences (a word every sentence has does not choose
 * one); names in the question weigh double. A lemma in the sentence counts fully, the same
 * derivational root ("returnable", "return") nearly, a WordNet synonym ("guarantee", "warranty")
 * less, an abbreviation of a name the sentence spells out ("Amex", "American Express") fully, the
 * lemma in a neighbouring sentence or in the document's name about half, and a close
 * word vector only a little, as a tie-breaker. A sentence that holds the kind of answer asked for
 * (a duration for "how long", an amount for "how much does it cost", a condition for "what
 * happens if") is preferred, and so is the most specific one: a sentence whose qualifiers
 * ("members", a country, a product) match the question's covers more of it than the general rule.
 *
 * A sentence must match a question word itself (or hold a word whose vector is close to one) to
 * be chosen; a second and a third sentence are added only when each is nearly as good as the
 * first and adds a word it did not cover, or covers a part of the question it left out (a rule and
 * the condition or the figure beside it, as a person answering would quote both) or holds the
 * kind of answer asked for that the first lacks (the "30 days" for "how long"). A message of
 * several questions gets up to two sentences for each. Fragments cut at a chunk boundary and
 * sentences repeated by overlapping chunks are dropped, and each document version and chunk is
 * cited once.
 */
export function extractiveAnswer(
  question: string,
  passages: PassageV1[],
  max = 3,
): ExtractiveAnswer {
  // a message of several questions gets an answer to each, in the order asked
  const questions = separateQuestions(question);
  if (questions.length === 1) return answerOf(choose(question, passages, max));
  const chosen: ScoredSentence[] = [];
  // a country an earlier question names is where a later one that points back asks about ("do
  // you post to canada and how long does it take to get there?")
  let named = '';
  let before = '';
  // a record's id the message names ("Where's my parcel?? Order HP-1042, can you give me the
  // code?", "who carries my HP-1042 parcel, and is it the fast service?") says which record every
  // question of it is about, as it does for a message of one question
  const recordIds = identifiers(question).filter((id) => RECORD_ID.test(id) && /\p{L}/u.test(id));
  for (const q of questions.slice(0, MAX_QUESTIONS)) {
    const own = countriesIn(q, { cities: true }).flatMap((c) => c.mentions);
    // a later question that names nothing ("do you ship to canada? how long would it take") asks
    // about what the one before it named
    // — and so does one comparing with something ("is the club worth it? how much longer would I
    // have compared to a normal customer?": longer as a member of what the first one names)
    const bare = before !== '' && (weightedQuestionTerms(q).size === 0 || COMPARES.test(q));
    const asked = bare
      ? `${before} ${q}`
      : own.length === 0 && named && POINTS_BACK.test(q)
        ? `${q} (${named})`
        : q;
    const ids = recordIds.filter((id) => !identifiers(q).includes(id));
    const about = ids.length ? `${asked} (${ids.join(' ')})` : asked;
    if (own.length) named = own.join(' ');
    before = q;
    for (const c of choose(about, passages, PER_QUESTION))
      if (!chosen.some((x) => x.sentence === c.sentence)) chosen.push(c);
  }
  return answerOf(chosen);
}

/** A question comparing with something: "how much longer", "compared to a normal customer". */
const COMPARES =
  /\b(?:compared\s+(?:to|with)|in\s+comparison|how\s+much\s+(?:longer|more|less|cheaper|faster|shorter|sooner))\b/i;

/** A region a customer names ("the EU", "Europe"). */
const REGION_NAMED = /\b(?:the\s+)?(?:EU|European\s+Union|Europe)\b/i;
/** A side of a region written as a pronoun for it: "outside it", "inside of that". */
const REGION_PRONOUN = /\b(outside|inside|within|beyond)\s+(?:of\s+)?(?:it|that|there)\b/gi;

/** A question that points back at the place an earlier one named ("how long to get there"). */
const POINTS_BACK = /\bthere\b(?!\s+(?:is|are|was|were|be|any)\b)/i;

/** The questions of one message answered, at most, and the sentences each answer may quote. */
const MAX_QUESTIONS = 3;
const PER_QUESTION = 2;

/** The sentences answering one question, best first (see extractiveAnswer). */
function choose(question: string, passages: PassageV1[], max: number): ScoredSentence[] {
  const candidates = scoreSentences(question, passages);
  const chosen: ScoredSentence[] = [];
  // "which things can't I send back?": every rule that leaves something out is part of the answer
  const kinds = answerTypes(question);
  const allExclusions = MANY_ASKED.test(question) && kinds.some((t) => t.kind === 'exclusion');
  // "what do I get as a member?": what one gets is every perk on the question's topic, not the
  // first sentence telling one ("… have 45 days to return" and "… also get free express delivery")
  const allBenefits = kinds.some((t) => t.kind === 'benefit');
  for (const c of candidates) {
    if (chosen.length >= max) break;
    // (a sentence about what the question names only by its opening pronoun — "It costs 29 EUR a
    // year" after "Trail Club is our plan." — answers when it holds the kind of answer asked for)
    const pointsBack = c.answersKind === true && c.byAntecedent.size > 0;
    if (c.matched.size === 0 && c.near.size === 0 && !c.specific && !pointsBack) continue;
    if (chosen.some((x) => x.norm.includes(c.norm) || c.norm.includes(x.norm))) continue;
    if (chosen.length > 0) {
      const first = chosen[0];
      const adds = [...c.matched].some((q) => !first.matched.has(q));
      // what it covers of the question that the first left out: a situation the question
      // describes ("my dog chewed the tent") next to the rule the first states
      let gain = 0;
      for (const q of c.matched) gain += Math.max(0, c.cover.get(q)! - (first.cover.get(q) ?? 0));
      const nearlyAsGood = c.score >= first.score * NEARLY && adds;
      // the kind of answer asked for ("how long": a span of days) that the first does not hold
      const givesKind = (first.answersKind === false || allExclusions) && c.answersKind === true;
      // (and for them, only such rules — every one on the question's topic, however it scores)
      if (allExclusions && first.answersKind === true && c.answersKind === false) continue;
      const anotherOfList =
        (allExclusions || allBenefits) &&
        first.answersKind === true &&
        c.answersKind === true &&
        [...c.matched].some((q) => first.matched.has(q));
      if (
        !anotherOfList &&
        !nearlyAsGood &&
        !(c.score >= first.score * COMPLEMENT && (gain >= COMPLEMENT_GAIN || givesKind))
      )
        continue;
    }
    chosen.push(c);
  }
  // a rule's exception or what to do instead, stated right after it ("You can cancel until it
  // ships. After shipping, use a return instead.") belongs to the rule
  // (one more sentence than `max` if need be: the rule is not to be cut from its exception)
  for (let i = 0; i < Math.min(chosen.length, max); i++) {
    const rule = chosen[i];
    if (!rule.next || !(CONTINUES.test(rule.next) || negatesRule(rule.sentence, rule.next)))
      continue;
    const next = candidates.find((c) => c.passage === rule.passage && c.sentence === rule.next);
    if (!next || chosen.includes(next)) continue;
    chosen.splice(i + 1, 0, next);
    if (chosen.length > max + 1) chosen.pop();
  }
  // a span added to the one the sentence before states ("Refunds are paid within 5 days. Card
  // refunds can take a further 3 days to show.") is no answer without it: that one goes first
  // (unless the further wait is what is asked: "how much longer?", the first span has passed)
  const asksFurther = kinds.some((t) => t.kind === 'further');
  for (let i = 0; i < Math.min(chosen.length, max) && !asksFurther; i++) {
    const addition = chosen[i];
    if (!addition.before || !ADDS_TO_BEFORE.test(addition.sentence)) continue;
    const before = candidates.find(
      (c) => c.passage === addition.passage && c.sentence === addition.before,
    );
    if (!before || chosen.includes(before)) continue;
    chosen.splice(i, 0, before);
    i++;
    if (chosen.length > max + 1) chosen.pop();
  }
  return chosen;
}

/** A question for several things: "which things", "what items", "anything". */
const MANY_ASKED =
  /\b(?:which|what)\s+(?:\w+\s+)?(?:things|items|products|goods|stuff|kinds|sorts|types)\b|\banything\b|\b(?:is|are)\s+there\s+(?:any\s+)?(?:stuff|things|items|products|goods)\b/i;

/** A sentence adding a span or an amount to the one before: "a further 3 days", "an extra 2 EUR". */
const ADDS_TO_BEFORE =
  /\b(?:a\s+further|an\s+(?:additional|extra)|(?:up\s+to\s+)?another)\s+(?:\d|one|two|three|four|five|six|seven|ten|few|couple)/i;

/** A sentence that qualifies the one before: its exception, its alternative, what follows it. */
const CONTINUES =
  /^(?:after (?:that|\w+ing)|otherwise|if not|instead|however|but|except|unless)\b/i;

/**
 * A sentence that denies the verb of the one before for other cases: what a rule leaves out
 * ("The plan covers A and B. It does not cover C.", "We accept cards. We do not accept cheques.").
 * The two are one rule's two sides: a customer asking whether their case is covered gets both.
 */
const NEGATED_VERB =
  /^(?:it|they|this|that|these|those|we|you|the\s+\w+)\s+(?:does|do|will|can|may)\s*(?:not|n['’]t)\s+([a-z]{3,20})\b/i;

function negatesRule(rule: string, next: string): boolean {
  const verb = NEGATED_VERB.exec(next)?.[1].toLowerCase();
  if (!verb) return false;
  // the same verb, as the rule states it ("covers", "accepted", "includes")
  return new RegExp(`\\b${verb.replace(/e$/, '')}(?:e|es|s|ed|d)?\\b`, 'i').test(rule);
}

/** The chosen sentences as an answer, each document version and chunk cited once. */
function answerOf(chosen: readonly ScoredSentence[]): ExtractiveAnswer {
  const citations: ExtractiveAnswer['citations'] = [];
  const seen = new Set<string>();
  for (const c of chosen) {
    const key = `${c.passage.documentId}@${c.passage.version}#${c.passage.chunk}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({
      documentId: c.passage.documentId,
      version: c.passage.version,
      chunk: c.passage.chunk,
    });
  }
  return { sentences: chosen.map((c) => c.sentence), citations };
}

const properNounCache = new WeakMap<Candidate[], Set<string>>();

/**
 * The lemmas the sentences write capitalised inside a sentence ("Canada", "Summit") and never in
 * lower case: the passages' proper nouns.
 */
function properNouns(candidates: Candidate[]): Set<string> {
  let out = properNounCache.get(candidates);
  if (out) return out;
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const c of candidates) {
    for (const name of nameLemmas(c.sentence)) capitalised.add(name);
    for (const t of tokenize(c.sentence))
      if (t.kind === 'word' && !/^\p{Lu}/u.test(t.text))
        for (const l of lemmas(t.norm)) lower.add(l);
  }
  out = new Set([...capitalised].filter((w) => !lower.has(w)));
  properNounCache.set(candidates, out);
  return out;
}

/** A candidate sentence with its score, best first (see extractiveAnswer). */
export type ScoredSentence = Readonly<Candidate>;

/** Every candidate sentence of the passages, scored against the question, best first. */
export function scoreSentences(question: string, passages: PassageV1[]): ScoredSentence[] {
  const lexicon = Lexicon.get();
  const spell = new SpellChecker(
    passages.flatMap((p) => normalise(p.text).split(' ')),
    lexicon,
    true,
  );
  // a background sentence's words ("I ordered a tent last month.") count less than the asking one's
  const focus = weightedQuestionTerms(question, { correct: spell.correct });
  // what the customer says they know ("apart from the delivery, what else …") is not asked
  const known = knownTerms(question, { correct: spell.correct });
  const asked = [...focus.keys()];
  const candidates = sentencesOf(passages, lexicon);
  // numbers and ids the question names ("the Summit 2", "order HP-1042") that a sentence has too
  // a model's code told in the background ("I bought a Trailblazer 40L last week") counts as
  // the background's words do; a record's id ("order HP-104233") names what is asked about
  const asking = messageParts(question).asking;
  const askingIds = new Set(identifiers(asking));
  // (a number that only dates an event — "3 weeks ago", "on 2 March", "the 5th" — names no model
  // or record: "1 to 2 business days" does not answer "bought on 2 March")
  const measuredAt = new Set<number>();
  const measured = new Set<string>();
  for (const m of question.matchAll(MEASURED)) {
    if (m[3] !== undefined) {
      // a time of day ("at 10:12"): both its numbers
      measured.add(m[3]).add(m[4]);
      measuredAt.add(m.index).add(m.index + m[3].length + 1);
      continue;
    }
    const number = m[1] ?? m[2];
    measured.add(number);
    measuredAt.add(m.index + m[0].indexOf(number));
  }
  // (the same number named elsewhere as itself — "the Summit 2, bought 2 weeks ago" — stays)
  const namedNumbers = new Set(
    measured.size
      ? [...question.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?/g)]
          .filter((m) => !measuredAt.has(m.index))
          .map((m) => m[0])
      : [],
  );
  // (a digit written for a word in text-speak — "how many days 4 money back", "4" for "for" — is
  // no number: the question's words as the shop reads them do not hold it)
  const spoken = new Set(identifiers(inShopTerms(question)));
  for (const code of identifiers(question))
    if (measured.has(code) && !namedNumbers.has(code)) continue;
    else if (!spoken.has(code)) continue;
    else if (!asked.includes(code) && candidates.some((c) => c.terms.has(code))) {
      asked.push(code);
      if (!askingIds.has(code) && !RECORD_ID.test(code)) focus.set(code, BACKGROUND_WEIGHT);
    }
  // a country the question names ("I live in Norway", "to the US") is one concept: a sentence
  // naming it covers it, and so does a rule scoped to a region it is in or outside
  const places = new Map<string, Country>();
  const placeBits = new Map<string, number>();
  // (a customer's city names their country too: "I live in Cologne")
  for (const country of countriesIn(spelled(question, { correct: spell.correct }), {
    cities: true,
  })) {
    // (an abbreviation is read as its words and as itself — "UK" as "united", "kingdom" and "uk":
    // all of them are the country, not a second concept beside it)
    const own = country.mentions
      .flatMap((m) => [...lemmas(m), m.toLowerCase()])
      .filter((l, i, all) => asked.includes(l) && all.indexOf(l) === i);
    const named = country.named.flatMap((m) => lemmas(m)).filter((l) => asked.includes(l));
    const key = `place:${country.code.toLowerCase()}`;
    places.set(key, country);
    focus.set(key, Math.max(0, ...own.map((l) => focus.get(l) ?? 1)) || 1);
    placeBits.set(
      key,
      named.length ? Math.max(...named.map((l) => informationContent(l, lexicon))) : PLACE_BITS,
    );
    for (const l of own) asked.splice(asked.indexOf(l), 1);
    asked.push(key);
  }
  // a time of day the question gives ("at 1pm", "half past five", "17:30") is one concept, however
  // it is written: a sentence stating hours ("before 14:00 CET", "from 09:00 to 18:00") has it
  const clock = CLOCK_TIME_ASKED.exec(question);
  if (clock && candidates.some((c) => c.terms.has(CLOCK_TERM))) {
    // (its words are the time, not topics: "half past five" asks nothing about halves)
    for (const m of question.matchAll(new RegExp(CLOCK_TIME_ASKED.source, 'gi')))
      for (const l of lemmas(m[0])) if (asked.includes(l)) asked.splice(asked.indexOf(l), 1);
    asked.push(CLOCK_TERM);
    focus.set(CLOCK_TERM, CLOCK_TIME_ASKED.test(asking) ? 1 : BACKGROUND_WEIGHT);
    placeBits.set(CLOCK_TERM, PLACE_BITS);
  }
  const asksIfItApplies = APPLIES_TOO.test(asking);
  const inPlace = (c: Candidate, key: string): number => {
    const country = places.get(key)!;
    if (c.countries.has(country.code)) return 1;
    return scopeApplies(c.scopes, country, c.around) ? IN_SCOPE : 0;
  };
  if (asked.length === 0) return [];
  const wanted = answerTypes(question);
  const asksAmount = wanted.some((t) => t.kind === 'money' || t.kind === 'quantity');
  const asksCountries = wanted.some((t) => t.kind === 'countries');
  // "which ways of paying the bill are ok?": the record paid is no topic of a question for the
  // ways to pay ("Paid by Visa on …" is how one bill was paid, not the ways the shop accepts)
  if (wanted.some((t) => t.kind === 'payment methods'))
    for (const m of question.matchAll(PAID_RECORD))
      for (const t of weightedQuestionTerms(m[1]).keys()) if (focus.has(t)) focus.set(t, 0);
  // the regions the question asks about the outside of ("which countries outside the EU")
  // ("I'm not in the EU. Which countries outside it …": the region the sentence before names)
  const region = REGION_NAMED.exec(messageParts(question).referent)?.[0];
  const asksScope = scopesOf(
    inShopTerms(region ? asking.replace(REGION_PRONOUN, `$1 ${region}`) : asking)
      .replace(/\beu\b/g, 'EU')
      .replace(/\beurope\b/g, 'Europe')
      .replace(/\beuropean union\b/g, 'European Union'),
  ).filter((x): x is Scope & { region: 'eu' | 'europe' } => x.region !== 'elsewhere' && !x.inside);
  // whose details are asked: the business's ("your company's address") or the customer's own
  const party = ASKS_OF_BUSINESS.test(question)
    ? 'business'
    : OWN_RECORD.test(asking) || /\b(?:my|our)\b/i.test(asking)
      ? 'customer'
      : undefined;
  const questionIds = identifiers(question);
  // a question about a record of the customer's: one it names by id ("order HP-104233") or as
  // theirs ("my order", "my invoice")
  const recordIds = new Set(questionIds.filter((id) => /\p{L}/u.test(id) && /\d/.test(id)));
  const namesRecord =
    recordIds.size > 0 ||
    OWN_RECORD.test(asking) ||
    (THE_BILL.test(asking) && FIRST_PERSON.test(asking));
  // the words before a record's noun that tell which one ("on my jacket and socks order")
  // (nouns and their modifiers only: "the socks on invoice X" names the socks, not the invoice)
  // (and the kind of record it is: "the Ridgeline jacket invoice" is no order confirmation that
  // lists the jacket too; an order or a purchase may be told by its invoice)
  const describesRecord = new Map<string, Set<string>>();
  for (const m of question.matchAll(DESCRIBED_RECORD)) {
    const words = m[1].trim().split(/\s+/);
    if (!words.every((w) => w.toLowerCase() === 'and' || !lexicon.stopWords.has(w.toLowerCase())))
      continue;
    const noun = RECORD_KIND[m[2].toLowerCase()];
    for (const l of lemmas(m[1])) {
      const kinds = describesRecord.get(l) ?? new Set<string>();
      if (noun) kinds.add(noun);
      else kinds.add('*');
      describesRecord.set(l, kinds);
    }
  }
  // the ids each passage holds, read once (for the record ids the question names)
  const passageIds = new Map(
    recordIds.size ? passages.map((p) => [p, new Set(identifiers(p.text))] as const) : [],
  );

  // what the asking sentence asks for (or points back at), not what the background tells: a
  // field named only in passing ("I can't tell from the total") is not the one asked for
  const askedNow = asked.filter((q) => (focus.get(q) ?? 1) >= BACKGROUND_WEIGHT + 0.1);
  // inverse frequency among the candidate sentences (each distinct sentence once)
  const distinct = new Map(candidates.map((c) => [c.norm, c.terms]));
  const weight = new Map<string, number>();
  for (const q of asked) {
    let df = 0;
    if (places.has(q)) {
      for (const c of new Map(candidates.map((c) => [c.norm, c])).values())
        if (inPlace(c, q) === 1) df++;
    } else for (const terms of distinct.values()) if (terms.has(q)) df++;
    const local = Math.log(1 + (distinct.size + 1) / (df + 0.5));
    const bits = placeBits.get(q) ?? informationContent(q, lexicon);
    // a country is a name: it weighs double, like the names below
    weight.set(q, bits * local * (focus.get(q) ?? 1) * (places.has(q) ? 2 : 1));
  }
  // names in the question (a country, a product, a plan) are its qualifiers: they weigh double,
  // and mean only themselves ("United States" is not about a state, nor about "express")
  const names = nameLemmas(question);
  // a customer writes names in lower case too ("do you ship to canada", "the uk"): a word the
  // passages only ever write capitalised inside a sentence is a name, and so is the abbreviation
  // of a name they spell out
  for (const q of asked)
    if (
      properNouns(candidates).has(q) ||
      (!lexicon.stopWords.has(q) && candidates.some((c) => c.names.some((n) => abbreviates(q, n))))
    )
      names.add(q);
  for (const name of names) if (weight.has(name)) weight.set(name, weight.get(name)! * 2);
  // the case a question asks about ("… but what happens if you have none left?") is what the
  // answer turns on: the sentence stating what follows in it ("If the new size is out of stock we
  // refund the item instead"), not one about the rest of what the message says
  for (const t of caseTerms(question, { correct: spell.correct }))
    if (weight.has(t)) weight.set(t, weight.get(t)! * IN_CASE);
  // what each named product is, by the words the passages write after its name ("the Ridgeline
  // shell jacket"): a rule about that kind of thing ("wash shell jackets at 30 degrees") is about it
  const kinds = new Map<string, string[]>();
  for (const name of names) {
    const kind = kindOf(name, candidates, lexicon);
    if (kind) kinds.set(name, kind);
  }
  const total = [...weight.values()].reduce((s, w) => s + w, 0) || 1;
  // a question that names nothing itself and asks only for a kind of answer ("… peeling off. What
  // will you do?", "My switch is faulty. How do you handle this?"): the message's other words say
  // where to look, the kind says which sentence answers
  const floor = asked.some((q) => (focus.get(q) ?? 1) >= 1) ? TYPE_FLOOR : BARE_TYPE_FLOOR;
  // the words WordNet relates to each asked word, with how closely: "fix" finds "repair",
  // "set up" finds "found" (not every word whose senses list the asked word)
  // (a person of the customer's own story — "a present for my brother", "my wife ordered it" — is
  // that person and no more: WordNet's other senses of the word, "brother" a fellow "member",
  // "partner" to "provide", are no topic of the question)
  const people = peopleOf(question, lexicon);
  const literal = (q: string) => names.has(q) || people.has(q);
  const related = new Map(asked.map((q) => [q, new Map(literal(q) ? [] : lexicon.related(q))]));
  // a participle used as an adjective means what the adjective does ("broken" ~ "damaged"),
  // which its verb's lemma ("break") loses: its own related words count too, as lemmas
  for (const t of tokenize(question)) {
    if (t.kind !== 'word') continue;
    const lemma = lexicon.lemma(t.norm);
    const links = related.get(lemma);
    if (lemma === t.norm || !links || names.has(lemma)) continue;
    for (const [w, strength] of lexicon.related(t.norm)) {
      const l = lexicon.lemma(w);
      if (l !== lemma && (links.get(l) ?? 0) < strength) links.set(l, strength);
    }
  }
  // an adjective made of a noun with -y ("lumpy", "muddy", "leaky") says the thing has it: the
  // noun's synonyms count too ("lumpy" → "lump" → "clumps"), as closely as the adjective is
  // linked to its noun
  for (const q of asked) {
    if (literal(q) || !q.endsWith('y') || q.length < 5) continue;
    const links = related.get(q)!;
    for (const [noun, strength] of lexicon.related(q)) {
      if (noun !== q.slice(0, -1) && !(q.at(-2) === q.at(-3) && noun === q.slice(0, -2))) continue;
      for (const [w, same] of lexicon.related(noun)) {
        const l = lexicon.lemma(w);
        if (same >= SYNONYM && l !== q && (links.get(l) ?? 0) < strength * same)
          links.set(l, strength * same);
      }
    }
  }
  // and what each asked word is a kind of ("dog" → "animal"), one way only
  const broader = new Map(asked.map((q) => [q, new Map(literal(q) ? [] : lexicon.broader(q))]));
  const askedRoots = new Map(asked.map((q) => [q, derivationalRoot(q, lexicon)]));
  // the words calling a product an ordinary one ("a normal jacket", "your regular boots")
  const ordinary = new Set(
    [...question.matchAll(ORDINARY)]
      .map((m) => m[1].toLowerCase())
      .filter((w) => asked.includes(w)),
  );
  // a number the question gives with a unit of time ("the 2 years guarantee", "the 30 days") is
  // that span: a sentence has it when it states the same number of the same unit ("a two-year
  // warranty", "within 30 days"), not "1 to 2 business days" (unless it names the number as
  // itself too: "the Summit 2, which I have had for 2 years")
  const spans = new Map<string, RegExp>();
  for (const m of question.matchAll(NUMBER_SPAN)) {
    const [, n, unit] = m;
    if (!asked.includes(n) || spans.has(n)) continue;
    const word = NUMBER_WORDS[Number(n)];
    const number = word ? `(?:${n}|${word})` : n;
    spans.set(
      n,
      new RegExp(
        `(?<![\\d.,])\\b${number}(?:\\s{0,3}(?:to|-|–|or)\\s{0,3}\\d+)?[\\s-]{1,3}(?:business\\s|working\\s|calendar\\s)?${unit}s?\\b|\\d\\s{0,3}(?:to|-|–|or)\\s{0,3}\\b${number}[\\s-]{1,3}(?:business\\s|working\\s|calendar\\s)?${unit}s?\\b`,
        'i',
      ),
    );
  }
  for (const m of question.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,])/g)) {
    const after = question.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!/^[\s-]{0,3}(?:minute|hour|day|week|month|year)s?\b/i.test(after)) spans.delete(m[0]);
  }

  const nouns = properNouns(candidates);
  for (const c of candidates) {
    let covered = 0;
    for (const q of asked) {
      const root = askedRoots.get(q)!;
      let m = 0;
      if (places.has(q)) {
        m = inPlace(c, q);
        // (a list of the countries asked about — "do you still send to Australia?" — tells whether
        // the customer's is among them, named or not)
        if (asksCountries && c.countries.size >= LIST) m = Math.max(m, 1);
        if (m > 0) c.matched.add(q);
        covered += weight.get(q)! * m;
        if (m > 0) c.cover.set(q, (weight.get(q)! * m) / total);
        continue;
      }
      // a term matched whole by a test of its own: a span asked for ("the 30 days"), or "a normal
      // jacket", which asks for the rule for every product, not for a line of special ones
      const whole = spans.get(q) ?? (ordinary.has(q) ? UNIVERSAL : undefined);
      if (whole) {
        if (whole.test(c.sentence)) {
          c.matched.add(q);
          covered += weight.get(q)!;
          c.cover.set(q, weight.get(q)! / total);
        }
        continue;
      }
      // (a word the sentence writes only inside a name — "DHL Express" — is that name, asked
      // only when the question names it whole: "express delivery" is no "DHL Express")
      if (
        c.inNameOnly.has(q) &&
        !c.names.some((n) => n.includes(q) && n.every((w) => asked.includes(lexicon.lemma(w))))
      )
        m = 0;
      else if (c.terms.has(q)) m = 1;
      // a record's id the question names ("order HP-104233") says which record, not which of its
      // lines: every line of the passage holding it has it
      else if (recordIds.has(q) && passageIds.get(c.passage)?.has(q)) m = 1;
      // so do the words that tell which record ("my jacket and socks order", "the Ridgeline
      // jacket invoice"): every line of the record holding them has them
      else if (
        describesRecord.has(q) &&
        isRecord(c.passage) &&
        recordWords(c.passage).has(q) &&
        [...describesRecord.get(q)!].some((k) => k === '*' || recordWords(c.passage).has(k))
      )
        m = 1;
      else if (c.roots.has(root)) m = SAME_ROOT;
      else {
        const links = related.get(q)!;
        const kinds = broader.get(q)!;
        // (a name of several words in the sentence means only itself, as one in the question
        // does: "Trail Club" is no "tracking"; "Monday" alone is still a weekday)
        for (const t of c.terms)
          if (!nouns.has(t) || !c.names.some((n) => n.includes(t)))
            m = Math.max(m, RELATED * (links.get(t) ?? 0), BROADER * (kinds.get(t) ?? 0));
      }
      // a country the sentence names is a country ("which countries do you ship to"), and a
      // date it writes is a date ("between which dates")
      if (COUNTRY_WORDS.has(q) && c.countries.size > 0) m = Math.max(m, 1);
      // the outside of a region the question asks about ("which countries outside the EU") is
      // covered by a sentence naming countries all outside it ("We ship to Norway, Canada …")
      if (REGION_WORDS.has(q) && asksScope.length > 0 && c.countries.size > 0) {
        const all = [...c.countries].map((code) => countryOf(code));
        if (
          asksScope.every((s) =>
            all.every((k) => k !== undefined && isIn(k, s.region) === s.inside),
          )
        )
          m = Math.max(m, 1);
      }
      if (q === 'date' && DATE_VALUE.test(c.sentence)) m = Math.max(m, 1);
      // an abbreviation of a name the sentence spells out ("Amex", "American Express") is that name
      if (m < 1 && !lexicon.stopWords.has(q) && c.names.some((n) => abbreviates(q, n))) m = 1;
      if (m >= MATCH_FLOOR) c.matched.add(q);
      else {
        m = 0;
        let best = 0;
        for (const t of c.terms) best = Math.max(best, lexicon.similarity(q, t));
        if (best >= SOFT_FLOOR) m = SOFT_SCALE * best;
        if (best >= NEAR) c.near.add(q);
      }
      if (c.context.has(q) || c.context.has(root)) m = Math.max(m, IN_CONTEXT);
      if (c.antecedent.size) {
        // what the opening pronoun stands for, matched as the sentence's own words are
        let a = c.antecedent.has(q) || c.antecedent.has(root) ? 1 : 0;
        const links = related.get(q)!;
        for (const t of c.antecedent) a = Math.max(a, RELATED * (links.get(t) ?? 0));
        if (a >= MATCH_FLOOR) {
          m = Math.max(m, IN_ANTECEDENT * a);
          c.byAntecedent.add(q);
        }
      }
      if (c.name.has(q) || c.name.has(root)) m = Math.max(m, IN_NAME);
      if (m < IN_KIND && kinds.get(q)?.every((w) => c.terms.has(w))) m = IN_KIND;
      covered += weight.get(q)! * m;
      if (m > 0) c.cover.set(q, (weight.get(q)! * m) / total);
    }
    const coverage = covered / total;
    // the kinds of answer asked for that the sentence holds
    const held = wanted.filter((t) => t.test(c.sentence));
    // a party's details ("Customer: Alex …, 18 Rue des Lilas") for a question about the other's
    const otherParty =
      party !== undefined &&
      held.some((t) => t.kind === 'address') &&
      CUSTOMER_FIELD.test(c.sentence) !== (party === 'customer');
    const typed =
      (wanted.length === 0 ? 1 : floor + ((1 - floor) * held.length) / wanted.length) *
      // a record's field ("Items: …", "Tracking number: …") answers a question about that
      // record (it names an id), not one about what is allowed or how things work
      (!namesRecord && RECORD_LINE.test(c.sentence) && isRecord(c.passage) ? RECORD : 1) *
      // the field holding the id the question gives ("Invoice number: INV-1") is its key, no answer
      (namesRecord && isKeyField(c, questionIds) ? KEY_FIELD : 1) *
      (otherParty ? OTHER_PARTY : 1);
    // of the sentence's own words, how many the question asked about: the more specific sentence
    const precision = c.terms.size ? c.matched.size / c.terms.size : 0;
    // a sentence holding what only an answer holds (a phone number for "what number can I call")
    c.specific = !otherParty && held.some((t) => t.specific);
    c.answersKind = wanted.length ? held.length > 0 : undefined;
    // a rule scoped to regions the customer is not in ("Returns from outside the EU …" for a
    // customer in Germany) is not their answer, however many of the question's words it has
    // (unless the question asks whether the rule holds for them too — "is the free express
    // delivery also valid to the UK?": the rule's scope is then the answer)
    const outOfScope =
      !asksIfItApplies &&
      places.size > 0 &&
      [...places.values()].every((country) => scopeApplies(c.scopes, country, c.around) === false);
    c.score =
      (outOfScope ? OUT_OF_SCOPE : 1) * coverage * typed +
      0.1 * precision +
      PASSAGE * c.passage.score +
      (c.specific ? SPECIFIC : 0) +
      (namesRecord && namesField(c, question, askedNow, questionIds, asksAmount) ? FIELD : 0);
  }
  // a rule for a named line or plan ("… of our own Summit line carry a five-year warranty", "Members
  // of the Trail Club plan have 45 days") is no answer to a question that names neither, when the
  // same passage states the rule for every product ("Every product carries a two-year warranty") or
  // another document states a rule with the same kind of answer ("You can return an item within
  // 30 days")
  // (each sentence's named line read once, not once per pair of sentences)
  // (a sentence opening with a pronoun for the one before — "Trail Club is our plan. It costs 29
  // EUR a year" — is about the line that one opens with)
  const named = new Set(
    candidates.filter((c) => linesOf(c).some((line) => !asksLine(line, asked))),
  );
  for (const c of candidates) {
    if (c.answersKind === false || !named.has(c)) continue;
    const general = candidates.some(
      (s) =>
        s !== c &&
        (s.passage === c.passage ? UNIVERSAL.test(s.sentence) : true) &&
        s.answersKind !== false &&
        !named.has(s) &&
        [...c.matched].every((q) => s.matched.has(q) || names.has(q)),
    );
    if (!general) continue;
    // (and what it holds of the question only as something like it — "backpacks" for "jackets" —
    // is no match: the line's products are others)
    for (const [q, share] of c.cover)
      if (!c.matched.has(q) && !names.has(q) && !c.context.has(q) && !c.antecedent.has(q))
        c.score = Math.max(0, c.score - share);
    c.score *= NAMED_SCOPE;
  }
  // the fastest of several ways asked for ("your quickest option", "which is faster?"): of the
  // sentences on the question's topic that state a span of time, the one with the shortest
  if (asksFastest(question)) {
    const timed = candidates
      .filter((c) => c.answersKind !== false && c.matched.size > 0)
      .map((c) => ({ c, span: shortestSpan(c.sentence), cover: sum(c.cover.values()) }))
      .filter((x): x is { c: Candidate; span: number; cover: number } => x.span !== undefined);
    const best = Math.max(0, ...timed.map((x) => x.cover));
    const onTopic = timed.filter((x) => x.cover >= best * ON_TOPIC);
    const fastest = Math.min(...onTopic.map((x) => x.span));
    for (const x of onTopic) if (x.span === fastest) x.c.score += FASTEST;
  }
  // the time limit of a case the customer does not name ("Damaged items are refunded in full if
  // you report the damage within 14 days", "If you cancel the club within 14 days of joining, …")
  // is not the answer to a question about the ordinary case ("how long have I got to get my money
  // back?"), however many of its words it shares
  // (a case named in other words counts: "the zip broke" names "if you report the damage")
  if (
    wanted.some((t) => t.kind === 'duration' || t.kind === 'deadline' || t.kind === 'time') &&
    !wanted.some((t) => t.kind === 'condition')
  ) {
    const told = new Set(asked);
    for (const q of asked) {
      for (const [w, strength] of related.get(q)!)
        if (RELATED * strength >= MATCH_FLOOR) told.add(w);
      for (const [w, strength] of broader.get(q)!)
        if (BROADER * strength >= MATCH_FLOOR) told.add(w);
    }
    const terms = [...told];
    for (const c of candidates) if (unaskedCase(c.sentence, terms)) c.score *= UNASKED_CASE;
  }
  // a rule for members ("Members also get free express delivery") is not the answer for a
  // customer who says they are none
  // (nor is a rule of a plan or club: "If you cancel Trail Club within 14 days …")
  if (NOT_A_MEMBER.test(question))
    for (const c of candidates)
      if (MEMBERS_ONLY.test(c.sentence) || linesOf(c).some((l) => MEMBERSHIP.test(l.kind)))
        c.score *= NOT_THEIRS;
  // a sentence about what the customer already knows is not the "else" they ask for: the more of
  // it a sentence is about, the less it answers
  // (and "else" is what a sentence adds: "Members also get …")
  if (known.size)
    for (const c of candidates) {
      // (a list naming it among others — "Visa, PayPal and gift cards" — names the others too,
      // and a sentence that adds — "Members also get free delivery and early access" — what it
      // adds; a sentence matching the plan asked about is about the known thing all the same:
      // "Members of the club have 45 days from delivery to return" for "apart from the delivery
      // and the longer return period, what else comes with the club?")
      const told =
        isList(c.sentence) || ADDS.test(c.sentence)
          ? 0
          : [...known].filter((t) => c.terms.has(t)).length;
      c.score *= ALREADY_TOLD ** Math.min(2, told) * (ADDS.test(c.sentence) ? 1 / ALREADY_TOLD : 1);
    }
  // "how do I make a claim?": a sentence stating how to do that ("To make a warranty claim, send
  // …") answers it, whatever the story before the question names ("my zipper broke after …")
  const howTo = HOW_TO.exec(asking);
  if (howTo) {
    const verb = lexicon.lemma(howTo[1].toLowerCase());
    const object = lemmas(howTo[2]).filter((l) => !lexicon.stopWords.has(l));
    const done = lemmas(howTo[2].split(OBJECT_END)[0]).filter((l) => !lexicon.stopWords.has(l));
    for (const c of candidates) {
      const purpose = PURPOSE.exec(c.sentence);
      if (purpose && lexicon.lemma(purpose[1].toLowerCase()) === verb) {
        const clause = new Set(lemmas(purpose[2]));
        if (object.length === 0 || object.some((l) => clause.has(l))) c.score += STEPS;
        continue;
      }
      // or the instruction itself, its verb the asked one or a way of doing it, done to what the
      // question names ("how do I clean my shell jacket?": "Care: wash shell jackets at 30 …")
      // (its object all there: the words before the question's first preposition — "my shell
      // jacket" of "clean my shell jacket without ruining the waterproofing")
      const step = INSTRUCTION.exec(c.sentence);
      if (!step || done.length === 0 || !doesAsked(step[1].toLowerCase(), verb, lexicon)) continue;
      const clause = new Set(lemmas(step[2]));
      if (done.every((l) => clause.has(l))) c.score += STEPS;
    }
  }
  // a case the question names by what does not happen ("what if they can't fix it?", "if it could
  // not be mended, …"): the sentence whose own condition denies the same thing ("when a repair is
  // not possible we replace …") states what follows in it, however many other words of the
  // question a rule about the thing itself shares
  const denied = deniedInCase(question, lexicon);
  if (denied.size)
    for (const c of candidates)
      if (deniesInCase(c.sentence, denied, lexicon)) c.score += DENIED_CASE;
  // a question naming no option ("shipping cost?", "how long does delivery take?") asks about the
  // ordinary one: "Standard delivery … costs 4.95 EUR" before "Express delivery … costs 12.95 EUR"
  // (a customer naming where they are asks about the option for there: "International delivery")
  if (!asksFastest(question) && places.size === 0) {
    const named = new Set(lemmas(question));
    for (const c of candidates) {
      const standard = DEFAULT_OPTION.exec(c.sentence);
      if (!standard || named.has(standard[1].toLowerCase())) continue;
      const noun = standard[2].toLowerCase();
      for (const r of candidates) {
        const option = OPTION_OPENING.exec(r.sentence);
        if (
          r === c ||
          !option ||
          option[2].toLowerCase() !== noun ||
          DEFAULT_OPTION.test(r.sentence) ||
          REGIONAL_OPTION.test(r.sentence) ||
          named.has(lexicon.lemma(option[1].toLowerCase()))
        )
          continue;
        r.score *= OTHER_OPTION;
      }
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.order - b.order);
}

/** A condition in a question: "if …", "in case …", "supposing …". */
const QUESTION_IF = /\b(?:if|in\s+case|supposing|suppose)\s+([^,?.!;]{3,120})/gi;
/** A sentence's condition: "if …", "when …", "in case …", "once …". */
const CONDITION = /\b(?:if|when|in\s+case|once|should)\s+([^,;:.!?]{3,200})/gi;
/** What a negated clause denies: "can't fix", "could not be mended", "isn't possible", "unable to pay". */
const DENIED =
  /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not|won['’]?t|will\s+not|wouldn['’]?t|would\s+not|isn['’]?t|is\s+not|aren['’]?t|are\s+not|doesn['’]?t|does\s+not|don['’]?t|do\s+not|unable\s+to|not|never)\s+(?:(?:be|get|even|really|actually|just|possibly)\s+)*(\p{L}{3,})/giu;
/** A negation in a sentence's condition: "is not possible", "cannot be", "unable to", "no longer". */
const NEGATION = /\b(?:not|no|never|cannot|can['’]t|unable|impossible)\b|n['’]t\b/i;
/** Added for a sentence whose condition denies what the question's condition denies. */
const DENIED_CASE = 0.3;

/**
 * The words a question's condition denies ("what if they can't fix it" → fix, and its synonyms:
 * repair, mend), as lemmas. Empty when no condition of it is negated.
 */
function deniedInCase(question: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(QUESTION_IF))
    for (const d of m[1].matchAll(DENIED)) {
      const word = lexicon.lemma(d[1].toLowerCase());
      if (lexicon.stopWords.has(word)) continue;
      out.add(word).add(derivationalRoot(word, lexicon));
      for (const [w, strength] of lexicon.related(word)) if (strength >= SYNONYM) out.add(w);
    }
  return out;
}

/** Does one of the sentence's conditions deny one of the words ("when a repair is not possible")? */
function deniesInCase(sentence: string, denied: Set<string>, lexicon: Lexicon): boolean {
  for (const m of sentence.matchAll(CONDITION)) {
    if (!NEGATION.test(m[1])) continue;
    const clause = lemmas(m[1]);
    if (clause.some((l) => denied.has(l) || denied.has(derivationalRoot(l, lexicon)))) return true;
  }
  return false;
}

/** "How do I make a claim?", "how can we start an exchange": the verb and what it is done to. */
const HOW_TO =
  /\bhow\s+(?:do|can|could|should|would|must)\s+(?:i|we|one)\s+(?:go\s+about\s+)?(?!get\b|know\b|find\s+out\b)(\p{L}{3,})\b([^,?!.;]{0,60})/iu;
/** A sentence opening with the purpose of its instructions: "To make a claim, send …". */
const PURPOSE = /^to\s+(\p{L}+)\b([^,;:]{0,80})[,;:]/iu;
/**
 * A sentence that is an instruction: its verb first, in the base form, after a label if any
 * ("Care instructions: wash shell jackets at 30 degrees …", "Wash down sleeping bags rarely").
 */
const INSTRUCTION = /^(?:[\p{L} ]{1,30}:\s+)?(\p{L}{3,})\s+([^,;:]{3,80})/u;

/** Where a verb's object ends: a preposition or a conjunction after it. */
const OBJECT_END =
  /\b(?:without|with|while|so|for|after|before|in|on|at|from|to|by|into|and|but|or|because|when|if|since|during)\b/i;
/**
 * Does the instruction's verb do what the question asks how to do: the same verb, a synonym, or a
 * way of doing it ("wash" is a way to "clean")? A word in another form ("Repairs take …") is none.
 */
function doesAsked(word: string, verb: string, lexicon: Lexicon): boolean {
  if (lexicon.stopWords.has(word) || lexicon.lemma(word) !== word) return false;
  if (word === verb) return true;
  if (lexicon.related(verb).some(([w, strength]) => w === word && strength >= SYNONYM)) return true;
  return lexicon.broader(word).some(([w, strength]) => w === verb && strength >= RELATED);
}
/** What stating how to do what the question asks how to do adds to a sentence's score. */
const STEPS = 0.3;
/** A sentence about the ordinary option of something: "Standard delivery …", "Regular shipping …". */
const DEFAULT_OPTION = /^(standard|regular|normal|ordinary|basic)\s+(\p{L}+)/iu;
/** A sentence opening with an option of something: "Express delivery …". */
const OPTION_OPENING = /^(\p{L}+)\s+(\p{L}+)\b/u;
/** An option for a region ("International delivery …"): the customer's place decides, not this. */
const REGIONAL_OPTION =
  /^(?:international|domestic|national|local|overseas|worldwide|european|eu|uk|us|intercontinental)\b/i;
/** What another option's sentence counts for a question naming none. */
const OTHER_OPTION = 0.95;

const sum = (values: Iterable<number>): number => {
  let out = 0;
  for (const v of values) out += v;
  return out;
};
/** The record paid: "paying the bill", "pay for my order", "to pay this invoice". */
const PAID_RECORD =
  /\bpay(?:ing|s)?\s+(?:for\s+)?((?:the|my|our|this|that|an?|your)\s+(?:[\w-]+\s+)?(?:bill|invoice|order|purchase|receipt)s?)\b/gi;
/** A number with a unit of time: "2 years", "30 days", "the 14-day". */
const NUMBER_SPAN = /(?<![\d.,])(\d{1,3})[\s-]{0,3}(minute|hour|day|week|month|year)s?\b/gi;
/** Numbers as sentences write them out. */
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** What a rule for a case the question does not name counts. */
const UNASKED_CASE = 0.85;
/** Added for the sentence stating the shortest span, when the fastest way is asked for. */
const FASTEST = 0.3;
/** A sentence covering at least this share of the best one's coverage is on the question's topic. */
const ON_TOPIC = 0.5;

/** A list of three or more: "Visa, Mastercard and PayPal". */
const isList = (s: string): boolean =>
  (s.match(/,/g)?.length ?? 0) >= 2 && /\b(?:and|or)\b/.test(s.slice(s.indexOf(',')));
/** A sentence that adds to what was said: "Members also get …", "… as well". */
const ADDS = /\b(?:also|too|as\s+well|in\s+addition|additionally)\b/i;
/** What a sentence counts for each thing it states that the customer said they know (of two). */
const ALREADY_TOLD = 0.75;
/** "I'm not a club member", "not a member of anything", "as a non-member". */
const NOT_A_MEMBER =
  /\bnot\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?members?\b|\bnon-?\s?members?\b|\b(?:don['’]?t|do\s+not|rather\s+not|won['’]?t)\s+(?:want\s+to\s+|wish\s+to\s+|like\s+to\s+)?(?:pay\s+(?:for\s+)?|join|buy|sign\s+up\s+(?:for|to)|become|subscribe\s+to)\b[^,?!.;]{0,40}?\b(?:membership|club|plan|member)\b|\bwithout\s+(?:joining|paying\s+for|buying|becoming|being)\b[^,?!.;]{0,40}?\b(?:membership|club|plan|member)\b/i;
/** A rule stated for members: "Members also get …", "Members of the X plan have …". */
const MEMBERS_ONLY = /^members\b/i;
/** What a rule for a group counts for a customer who says they are not in it. */
const NOT_THEIRS = 0.6;
/** A rule stated for everything of a kind: "Every product …", "All orders …", "Any item …". */
const UNIVERSAL = /^(?:every|all|any|each)\s/i;
/** A product called an ordinary one: "a normal jacket", "your regular boots", "an ordinary tent". */
const ORDINARY =
  /\b(?:a|an|the|my|your|our|one\s+of\s+your)\s+(normal|regular|ordinary|usual|everyday)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+/giu;
/** What a rule for a named line counts beside the rule for all, for a question naming neither. */
const NAMED_SCOPE = 0.85;
/**
 * The lemmas a sentence writes only as a later word of a name of several capitalised words ("DHL
 * Express", "United States"), never on their own; a line's kind ("Trail Club") is no such word.
 */
function inNameOnly(sentence: string, lexicon: Lexicon): Set<string> {
  const inside = new Set<string>();
  const outside = new Set<string>();
  let run: string[] = [];
  const flush = (): void => {
    // (a sentence's capitalised first word is no part of a name: "The Ridgeline jacket")
    if (run.length && lexicon.stopWords.has(run[0])) outside.add(lexicon.lemma(run.shift()!));
    if (run.length >= 2) for (const w of run.slice(1)) inside.add(lexicon.lemma(w));
    else for (const w of run) outside.add(lexicon.lemma(w));
    run = [];
  };
  for (const t of tokenize(sentence)) {
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) run.push(t.norm);
    else {
      flush();
      if (t.kind === 'word') outside.add(lexicon.lemma(t.norm));
    }
  }
  flush();
  return new Set([...inside].filter((l) => !outside.has(l) && !LINE_KIND.test(l)));
}
/** The kinds of line LINE reads ("line", "plan", "club"): the name's generic word. */
const LINE_KIND = /^(?:line|range|collection|series|plan|programme|program|club|tier)$/i;

/** The term standing for a time of day, however written (see CLOCK_TIME). */
const CLOCK_TERM = 'clock:time';
/** A time of day a sentence states: "14:00", "9 am", "5.30 pm", "noon". */
const CLOCK_TIME =
  /(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])|(?<![\d.,:])\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:noon|midday|midnight)\b/i;
/**
 * A time of day a question gives, in any of the ways people write one: "14:00", "1pm", "5.30
 * pm", "half past five", "quarter to six", "half six", "six o'clock", "noon".
 */
const CLOCK_TIME_ASKED = new RegExp(
  `${CLOCK_TIME.source}|\\b(?:(?:half|quarter)\\s+(?:past|to)\\s+|half\\s+)(?:\\d{1,2}|${NUMBER_WORDS.slice(1).join('|')})\\b|\\b(?:\\d{1,2}|${NUMBER_WORDS.slice(1).join('|')})\\s*o['’]clock\\b`,
  'i',
);
/** A named line, range or plan a rule is for: "our own Summit line", "the Trail Club plan". */
const LINE =
  /\b(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*?)\s+([Ll]ine|[Rr]ange|[Cc]ollection|[Ss]eries|[Pp]lan|[Pp]rogramme|[Pp]rogram|[Cc]lub|[Tt]ier)\b/gu;
/** The kinds of line one joins: a rule for one is a rule for its members. */
const MEMBERSHIP = /^(?:plan|programme|program|club|tier)$/i;

/**
 * The named lines or plans a sentence states a rule for ("our own Summit line", "the Trail Club
 * plan", "If you cancel Trail Club …"): those it names, or, when it opens with a pronoun, those
 * the sentence before opens with ("Trail Club is our plan. It costs 29 EUR a year").
 */
function linesOf(c: Candidate): { name: string; kind: string }[] {
  const own = [...c.sentence.matchAll(LINE)].map((m) => ({ name: m[1], kind: m[2] }));
  if (own.length || !c.before || !PRONOUN_OPENING.test(c.sentence)) return own;
  const m = new RegExp(`^(?:the\\s+)?${LINE.source}`, 'u').exec(c.before);
  return m ? [{ name: m[1], kind: m[2] }] : [];
}

/**
 * Whether a question asks about a named line: it names it ("the Summit tents"), or calls it by
 * its kind ("the club", "the plan"), or, for one that is joined, asks as or about its members
 * ("as a member", "my membership").
 */
function asksLine(line: { name: string; kind: string }, asked: readonly string[]): boolean {
  return (
    lemmas(line.name).some((n) => asked.includes(n)) ||
    (!/^(?:line|range|series|collection)$/i.test(line.kind) &&
      lemmas(line.kind).some((n) => asked.includes(n))) ||
    (MEMBERSHIP.test(line.kind) && asked.some((q) => q === 'member' || q === 'membership'))
  );
}

/**
 * The passages' sentences with their context. A sentence cut at a chunk boundary (overlapping
 * chunks cut sentences at both ends) is dropped when another chunk holds it whole, and kept
 * otherwise; a sentence two chunks share appears once, from the earlier chunk.
 */
function sentencesOf(passages: PassageV1[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const whole = new Map<string, Candidate>();
  let order = 0;
  const raw = passages.map((passage) => {
    const sentences = splitSentences(passage.text);
    return sentences.map((sentence, i) => {
      const cutStart = i === 0 && passage.chunk > 0 && !/^["'“(]?[\p{Lu}\d]/u.test(sentence);
      const cutEnd = i === sentences.length - 1 && !/[.!?:)"”]$/.test(sentence);
      return { passage, sentence, i, cut: cutStart || cutEnd, all: sentences };
    });
  });
  const allNorms = raw.flat().map((r) => normalise(r.sentence));
  for (const r of raw.flat()) {
    const norm = normalise(r.sentence);
    if (r.sentence.length < 12) continue;
    // a fragment whose whole sentence another chunk holds
    if (r.cut && allNorms.some((n) => n !== norm && n.includes(norm))) continue;
    if (whole.has(norm)) continue;
    // a word read as a phrasal verb's is still itself ("the size guide on every page" is no
    // "guide on"): both count
    const terms = new Set([
      ...lemmas(r.sentence, { phrases: true }),
      ...lemmas(r.sentence),
      ...identifiers(r.sentence),
      ...(CLOCK_TIME.test(r.sentence) ? [CLOCK_TERM] : []),
    ]);
    const around = [
      ...(r.i > 0 ? lemmas(r.all[r.i - 1]) : []),
      ...(r.i + 1 < r.all.length ? lemmas(r.all[r.i + 1]) : []),
    ];
    const context = new Set([...around, ...around.map((t) => derivationalRoot(t, lexicon))]);
    // the pronoun stands for the sentence before's subject: its first words, not all it says
    const before =
      r.i > 0 && PRONOUN_OPENING.test(r.sentence)
        ? lemmas(r.all[r.i - 1]).slice(0, ANTECEDENT_WORDS)
        : [];
    const antecedent = new Set([...before, ...before.map((t) => derivationalRoot(t, lexicon))]);
    const candidate: Candidate = {
      sentence: r.sentence,
      norm,
      passage: r.passage,
      order: order++,
      next: r.all[r.i + 1],
      before: r.i > 0 ? r.all[r.i - 1] : undefined,
      terms,
      roots: new Set([...terms].map((t) => derivationalRoot(t, lexicon))),
      context,
      antecedent,
      name: new Set(lemmas(r.passage.documentId.replace(/[-_.]+/g, ' '))),
      names: multiWordNames(r.sentence),
      inNameOnly: inNameOnly(r.sentence, lexicon),
      countries: new Set(countriesIn(r.sentence).map((c) => c.code)),
      scopes: scopesOf(r.sentence),
      around: r.all.flatMap((x) => scopesOf(x)),
      score: 0,
      matched: new Set(),
      cover: new Map(),
      near: new Set(),
      byAntecedent: new Set(),
      specific: false,
    };
    whole.set(norm, candidate);
    out.push(candidate);
  }
  return out;
}
