import { Lexicon } from './lexicon.js';
import { SpellChecker } from './spelling.js';
import { inShopTerms } from './customer-words.js';
import { withoutSmallTalk } from './small-talk.js';
import { countriesIn } from './places.js';
import { type TermOptions, lemmas, tokenize } from './text.js';

/**
 * How much a word says, in bits: under Zipf's law a word's probability falls with its frequency
 * rank, so its self-information grows with log(rank). Words the lexicon does not know (product
 * names, ids, misspellings it could not correct) count as rare.
 */
export function informationContent(word: string, lexicon: Lexicon = Lexicon.get()): number {
  const rank = lexicon.rank(word) ?? 200_000;
  return Math.log2(1 + rank / 50);
}

/** Prefixes that negate a word the lexicon does not list whole ("non-refundable"). */
const NEGATIONS = ['non-', 'non', 'un-'];

/** Derivational suffixes, each with what replaces it (`returnable` → `return`, `delivery` → `deliver`). */
const DERIVATIONS: Array<[string, string[]]> = [
  ['ability', ['', 'e']],
  ['ibility', ['', 'e']],
  ['able', ['', 'e']],
  ['ible', ['', 'e']],
  ['llation', ['l']],
  ['ation', ['', 'e']],
  ['ition', ['', 'e']],
  ['ment', ['']],
  ['ness', ['']],
  ['ery', ['er', '', 'e']],
  ['ance', ['', 'e']],
  ['ence', ['', 'e']],
  ['ful', ['']],
  ['less', ['']],
  ['ion', ['', 'e']],
  ['ity', ['', 'e']],
  ['ure', ['', 'e']],
  ['al', ['', 'e']],
  ['ly', ['', 'e']],
];

/**
 * English irregular past participles the lexicon lists as adjectives of their own ("worn",
 * "broken"): a closed class, mapped to their verb so that "unworn" and "wore" share a root.
 */
const PARTICIPLES = new Map(
  Object.entries({
    worn: 'wear',
    torn: 'tear',
    broken: 'break',
    stolen: 'steal',
    frozen: 'freeze',
    written: 'write',
    chosen: 'choose',
    given: 'give',
    taken: 'take',
    eaten: 'eat',
    shrunk: 'shrink',
    shrunken: 'shrink',
    sewn: 'sew',
    shown: 'show',
    known: 'know',
    grown: 'grow',
    thrown: 'throw',
    drawn: 'draw',
    spoken: 'speak',
    forgotten: 'forget',
    hidden: 'hide',
    bitten: 'bite',
    ridden: 'ride',
    driven: 'drive',
    fallen: 'fall',
    sold: 'sell',
    bought: 'buy',
    sent: 'send',
    spent: 'spend',
    built: 'build',
    paid: 'pay',
  }),
);

/** A word's lemma, an irregular participle's verb ("worn" → "wear"). */
const verbOf = (word: string, lexicon: Lexicon): string =>
  PARTICIPLES.get(word) ?? lexicon.lemma(word);

/**
 * The word a derived word comes from, when the lexicon knows it: `returnable` → `return`,
 * `delivery` → `deliver`, `repairable` → `repair`, `payment` → `pay`; else the word itself. Two
 * words with the same root are forms of one idea for matching, a little less than the same lemma.
 */
export function derivationalRoot(word: string, lexicon: Lexicon = Lexicon.get()): string {
  const participle = PARTICIPLES.get(word);
  if (participle) return participle;
  // a negated form is about the same thing: "unworn" → "wear", "unused" → "use"
  for (const prefix of NEGATIONS) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3 || lexicon.has(word)) continue;
    const rest = word.slice(prefix.length);
    if (lexicon.has(rest) && !lexicon.stopWords.has(rest)) return verbOf(rest, lexicon);
  }
  if (word.startsWith('un') && word.length >= 6) {
    const rest = word.slice(2);
    if (lexicon.has(rest) && !lexicon.stopWords.has(rest)) return verbOf(rest, lexicon);
  }
  if (word.length < 6) return word;
  for (const [suffix, replacements] of DERIVATIONS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = word.slice(0, -suffix.length);
    for (const r of replacements) {
      const candidate = stem + r;
      if (candidate.length >= 3 && lexicon.has(candidate) && !lexicon.stopWords.has(candidate))
        return lexicon.lemma(candidate);
    }
  }
  return word;
}

/**
 * Words that carry no topic in a question ("what happens if ...", "I want to know ..."): they are
 * not asked-for content, so they neither find passages nor choose sentences.
 */
export const QUESTION_NOISE: ReadonlySet<string> = new Set([
  'happen',
  'want',
  'need',
  'know',
  'tell',
  'like',
  'please',
  'thanks',
  'thank',
  'hi',
  'hello',
  'hey',
  'stuff',
  // "you guys"
  'guy',
  'thing',
  'something',
  'anything',
  'way',
  'possible',
  'true',
  'ok',
  'okay',
  'exactly',
  'actually',
  'still',
  'ever',
  'really',
  // a message about asking ("I have a quick question", "I was wondering"), not about a topic
  'question',
  'query',
  'wonder',
  'curious',
  'ask',
  'quick',
  // "delivery wise": about delivery
  'wise',
]);

/** Contractions customers type without the apostrophe, by ending: what the word before may be. */
const CONTRACTION_BASES: Array<[string, ReadonlySet<string>]> = [
  [
    "n't",
    new Set(
      'do does did is are was were have has had would should could must need might ca wo ai'.split(
        ' ',
      ),
    ),
  ],
  ["'m", new Set(['i'])],
  ["'ve", new Set('i you we they would could should might must'.split(' '))],
  ["'re", new Set('you we they'.split(' '))],
  ["'s", new Set('what that there it he she who where how here'.split(' '))],
  ["'ll", new Set('i you we they he she it that'.split(' '))],
  ["'d", new Set('i you we they he she'.split(' '))],
];
/** A word rarer than this may be a contraction typed without its apostrophe ("im", "cant"). */
const CONTRACTION_RANK = 10_000;

/**
 * Puts back the apostrophe customers leave out of contractions ("dont" → "don't", "im" → "i'm",
 * "whats" → "what's"), unless the word is a common word of its own ("were", "well", "ill", "its").
 */
export function restoreContractions(text: string, lexicon: Lexicon = Lexicon.get()): string {
  return text.replace(/\p{L}+(?!['’])/gu, (word) => {
    const w = word.toLowerCase();
    if (lexicon.stopWords.has(w) || (lexicon.rank(w) ?? Infinity) <= CONTRACTION_RANK) return word;
    for (const [ending, bases] of CONTRACTION_BASES) {
      const bare = ending.replace("'", '');
      if (w.length > bare.length && w.endsWith(bare) && bases.has(w.slice(0, -bare.length)))
        return `${word.slice(0, -bare.length)}${ending}`;
    }
    return word;
  });
}

/**
 * A phrase of an auxiliary verb ("is the warranty on" read as `be_on`): it says nothing about the
 * topic, and as a term of its own it weighs as much as one that does.
 */
const LIGHT_PHRASE = /^(?:be|have|do)_/;

/** Words that ask for a kind of answer after "how" ("how long", "how soon"), and only then. */
const HOW_WORDS = new Set([
  'long',
  'soon',
  'quick',
  'quickly',
  'fast',
  'often',
  'far',
  'early',
  'late',
]);

/**
 * The content lemmas of a question: its lemmas (phrasal verbs as WordNet's phrases) without the
 * words that carry no topic (QUESTION_NOISE) and without the word after "how" that only says
 * what kind of answer is wanted ("how long", "how soon" — but "fast shipping" is content). A
 * customer's everyday phrase for a shop's term counts as that term ("money back" as "refund":
 * inShopTerms).
 */
export function questionTerms(question: string, options: TermOptions = {}): string[] {
  return contentTerms(inShopTerms(spelled(question, options)), options);
}

/**
 * The text with its misspelt words corrected by `correct` (a customer's phrase, a country is
 * found misspelt too: "pamyent methods", "ship to caanda").
 */
export function spelled(text: string, { correct }: TermOptions): string {
  if (!correct) return text;
  return restoreContractions(text).replace(/\p{L}+(?:['’]\p{L}+)*/gu, (word) => {
    const lower = word.toLowerCase();
    if (/['’]/.test(lower)) return word;
    const fixed = correct(lower);
    return fixed === lower ? word : fixed;
  });
}

/**
 * The words of the customer's own phrases that questionTerms read as a shop's term ("money",
 * "back" of "money back"): a shop whose documents use the customer's words finds them too, at
 * CUSTOMER_PHRASE_WEIGHT, so that one idea does not count as several concepts.
 */
export function customerPhraseTerms(question: string, options: TermOptions = {}): string[] {
  return termsOf(spelled(question, options), options).phrase;
}

/**
 * A text's questionTerms and its customerPhraseTerms, from the text with its spelling corrected
 * (`fixed`), read after the sentences before it (`context`, corrected too).
 */
function termsOf(
  fixed: string,
  options: TermOptions,
  context = '',
): { shop: string[]; phrase: string[] } {
  const shop = contentTerms(inShopTermsAfter(context, fixed), options);
  const read = new Set(shop);
  return { shop, phrase: contentTerms(fixed, options).filter((t) => !read.has(t)) };
}

/** Between a text and the sentences before it: no phrase of the customer-words table spans it. */
const CONTEXT_MARK = ' ¶ ';

/**
 * The text in the shop's terms, read after the sentences before it ("I want to send back a pair
 * of gloves. Do I pay the postage?": the postage is a return's), but only the text's own words.
 */
function inShopTermsAfter(context: string, text: string): string {
  if (!context.trim()) return inShopTerms(text);
  const read = inShopTerms(`${context}${CONTEXT_MARK}${text}`);
  const at = read.lastIndexOf(CONTEXT_MARK.trim());
  return at >= 0 ? read.slice(at + 1).trim() : inShopTerms(text);
}

/** How much a word of a customer's phrase counts beside the shop's term it was read as. */
export const CUSTOMER_PHRASE_WEIGHT = 0.3;

/** "how do you handle this?": the verb asks what the shop does (an answer kind), not a topic. */
const HANDLE_ASKED =
  /\bhow\s+(?:do|will|would|does|can)\s+(?:you|u|they)\s+(?:\w+\s+)?(handle|deal|process|resolve|sort|treat)\b/g;

function contentTerms(question: string, options: TermOptions): string[] {
  const how = new Set<string>();
  const lower = question.toLowerCase();
  for (const m of lower.matchAll(/\bhow\s+([a-z]+)/g)) if (HOW_WORDS.has(m[1])) how.add(m[1]);
  for (const m of lower.matchAll(HANDLE_ASKED)) how.add(m[1]);
  const terms = [
    ...new Set(lemmas(restoreContractions(question), { phrases: true, ...options })),
  ].filter(
    (t) =>
      !QUESTION_NOISE.has(t) && !how.has(t) && !how.has(t.split('_')[0]) && !LIGHT_PHRASE.test(t),
  );
  // a compound the lexicon does not know ("auto-renewing", "re-subscribe") is about its head word
  // too ("renew", "subscribe"), which a document writes on its own ("renews automatically")
  const lexicon = Lexicon.get();
  for (const t of [...terms]) {
    const head = /^\p{L}+-(\p{L}{3,})$/u.exec(t)?.[1];
    if (!head || lexicon.rank(t) !== undefined || NEGATIONS.some((n) => t.startsWith(n))) continue;
    const lemma = lexicon.lemma(head);
    if (!lexicon.stopWords.has(lemma) && !terms.includes(lemma)) terms.push(lemma);
  }
  return terms;
}

/** How much a word of a message's background sentences counts next to the asking sentence's. */
export const BACKGROUND_WEIGHT = 0.5;
/** … when the asking sentence refers back to the background with a pronoun ("Is that covered?"). */
export const REFERRED_WEIGHT = 0.9;
const REFERS_BACK =
  /\b(?:what|which|where|who|how\s+much)\s+(?:it|this|that|they)\s+(?:is|are|was|were|costs?)\b|\b(?:is|was|are|were|does|did|will|would|can|could|should)\s+(?:it|this|that|these|those|they)\b|\b(?:for|about|with|to|of|on)\s+(?:it|this|that|them|these|those)\s*[?.!]*\s*$|\b(?:it|this|that|them|both(?:\s+of\s+them)?)\s*(?:please\s*)?[?.!]*\s*$|\b(?:it|this|that|them)\s+(?:over|across|along|through|back|to\s+(?:me|us))\s*(?:please\s*)?[?.!]*\s*$/i;
/**
 * Does the asking sentence point back at the background with a pronoun (REFERS_BACK), rather than
 * at what it names itself before the pronoun ("Do you send parcels to Canada, and how long would
 * I be waiting for it?": the parcels, not the sentence before)?
 */
function pointsBack(asking: string, options: TermOptions): boolean {
  const m = REFERS_BACK.exec(asking);
  if (!m) return false;
  const before =
    asking
      .slice(0, m.index)
      .split(/(?<=[.!?])\s+/)
      .pop() ?? '';
  return questionTerms(before, options).length < OWN_ANTECEDENT;
}
/** Content words before a pronoun in its own sentence that make them what it stands for. */
const OWN_ANTECEDENT = 2;

/**
 * A request written as a statement, as letters and formal e-mails ask: "I would be grateful if you
 * could confirm …", "I should like to ask whether …", "I wish to enquire whether …", "we should be
 * obliged if you would state …", "Could you kindly explain …".
 */
const FORMAL_ASK =
  /\b(?:grateful|obliged|thankful)\s+if\s+(?:you|someone|somebody)\b|\b(?:like|wish|want|hoping|hope|wanted|need)\s+to\s+(?:ask|learn|enquire|inquire|establish|understand|confirm|check)\s+(?:\w+\s+){0,3}?(?:whether|if|how|what|when|where|which|who|why)\b|\b(?:could|would|can|will|might)\s+you\s+(?:please\s+|kindly\s+)?(?:tell|explain|confirm|state|advise|set\s+out|clarify|describe|say)\b|\b(?:please|kindly)\s+(?:tell|explain|confirm|state|advise|clarify|describe)\b|\b(?:please|kindly)\s+let\s+(?:me|us)\s+know\s+(?:whether|if|how|what|when|where|which|who|why)\b|\b(?:enquire|inquire)\s+(?:whether|if|how|what|when|where|which|who|why)\b/i;
const ASKING =
  /\?\s*$|^\s*(?:how|what|what's|whats|when|where|which|who|whom|whose|why|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|have|has|am)\b|\b(?:to\s+know|wondering|wonder|tell\s+me|find\s+out|not\s+sure|unsure|no\s+idea|(?:do\s+not|don'?t)\s+know|(?:can\s*not|can'?t)\s+remember|forgot)\s+(?:\w+\s+){0,3}?(?:how|what|when|where|which|who|whether|if|why)\b/i;
/**
 * A customer's message split into what it asks and what it tells around that: the sentences that
 * ask (end with a question mark or open like a question) and the background ones ("I ordered a
 * tent last month."). Its small talk (a greeting, a closing: `withoutSmallTalk`) is neither. A
 * message with no asking sentence, or nothing else, is all asking.
 */
export function messageParts(message: string): {
  asking: string;
  background: string;
  /** The background sentence just before the first asking one: what its pronoun stands for. */
  referent: string;
} {
  const sentences = withoutSmallTalk(message)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => withoutIntroduction(s.trim()))
    .filter(Boolean);
  const asks = sentences.map((s) => ASKING.test(s) || FORMAL_ASK.test(s));
  if (!asks.includes(true) || !asks.includes(false))
    return { asking: sentences.join(' ') || message, background: '', referent: '' };
  const first = asks.indexOf(true);
  return {
    asking: sentences.filter((_, i) => asks[i]).join(' '),
    background: sentences.filter((_, i) => !asks[i]).join(' '),
    referent: first > 0 ? sentences[first - 1] : '',
  };
}

/**
 * A customer introducing themselves by full name at a sentence's start ("I am Alex Moreau, I lost
 * my paper", "Hi, I'm Jo Lee.", "Alex Moreau here, Lyon."): who writes, not what they ask about.
 */
const SELF_INTRODUCTION =
  /^(?:(?:[Tt]his\s+is|[Mm]y\s+name\s+is|I\s+am|I['’]m)\s+(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+)(?:\s+again)?|(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+)\s+here(?:\s+again)?)(?:\s*[,;:!.–—-]+\s*|\s*$)/u;

/** The sentence without a self-introduction at its start (see SELF_INTRODUCTION). */
function withoutIntroduction(sentence: string): string {
  const m = SELF_INTRODUCTION.exec(sentence);
  if (!m) return sentence;
  // a name, not a country or a product ("I am New Zealand born", "Summit Tent here")
  const name = m[1] ?? m[2];
  if (countriesIn(name).length > 0) return sentence;
  return sentence.slice(m[0].length).trim();
}

/**
 * A short question that names nothing of what it asks for and leans on the sentence before: "the
 * form asks for your registered address. What should I put in?", "What do I write there?", "My
 * accountant asks how much of it was tax. Could you tell me the amount?", "I need the exact time
 * I placed order X. Can you tell me?".
 */
const LEANS_ON_BEFORE =
  /^\s*what\s+(?:should|do|must|can|shall)\s+(?:i|we)\s+(?:put|write|enter|fill\s+in|type|say)(?:\s+(?:in|down|there|here))?\s*[?.!]*\s*$|^\s*what\s+(?:is|was|are|were|does\s+it\s+say)(?:\s+(?:written|printed|stated|shown|listed|given))?\s+(?:there|on\s+(?:it|there)|in\s+it)\s*[?.!]*\s*$|^\s*(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+)?(?:tell|give|send|confirm|let)\s+(?:me|us)\s+(?:know\s+)?(?:the|that|this)\s+(?:amount|figure|sum|number|answer|date|details?)(?:\s+please)?\s*[?.!]*\s*$|^\s*(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+)?(?:tell\s+(?:me|us)|let\s+(?:me|us)\s+know|help\s+(?:me|us)\s+(?:with\s+(?:it|that|this)|out))(?:\s+please)?\s*[?.!]*\s*$/i;

/** Where one question of a message ends and another begins: after "?", or ", and do you …". */
const NEXT_QUESTION =
  /(?<=\?) +|,? +(?:and|also|plus) +(?=(?:(?:do|does|did|is|are|was|were|can|could|will|would|should) +(?:i|you|we|they|it|he|she|there|the|my|your|this|that|members?|customers?)\b|(?:how|what|what's|when|where|why) +(?:do|does|did|is|are|was|were|can|could|will|would|should|much|long|many|about)\b))/i;
/** A question this short ("and when?") leans on the one before it and is not asked on its own. */
const QUESTION_WORDS = 3;

/**
 * The separate questions a message asks ("Who started the company, and do you have a shop I can
 * visit?" → two), each with the message's background sentences before it; one question (or
 * none) gives the message whole.
 */
export function separateQuestions(message: string): string[] {
  const { asking, background } = messageParts(message);
  // one space between words, so that the split's gaps cost a constant each
  const parts = asking
    .replace(/\s+/g, ' ')
    .split(NEXT_QUESTION)
    .map((q) => q.trim())
    .filter((q) => q.split(/\s+/).length >= QUESTION_WORDS);
  if (parts.length < 2) return [message];
  return parts.map((q) => (background ? `${background} ${q}` : q));
}

/**
 * The content lemmas of a message (questionTerms of its asking and background sentences), each
 * with how much it counts: 1 in an asking sentence, BACKGROUND_WEIGHT only in the background —
 * REFERRED_WEIGHT when the asking sentence points back at it with a pronoun.
 */
export function weightedQuestionTerms(
  message: string,
  options: TermOptions = {},
): Map<string, number> {
  const parts = messageParts(message);
  const { background, referent } = parts;
  const asking = withoutKnown(parts.asking);
  // "A fox bit a hole in my tent. Is that covered?": what the question asks about is the
  // background the pronoun refers to — the sentence just before it — which then counts as asked
  const refers = (pointsBack(asking, options) || LEANS_ON_BEFORE.test(asking)) && referent !== '';
  // the background's spelling corrected once: the asking sentence's context and its own terms
  const fixedBackground = spelled(background, options);
  const asked = termsOf(spelled(asking, options), options, fixedBackground);
  const none = { shop: [], phrase: [] };
  const referred = refers ? termsOf(spelled(referent, options), options) : none;
  const told = background ? termsOf(fixedBackground, options) : none;
  const out = new Map<string, number>();
  for (const [terms, w] of [
    [asked.shop, 1],
    [referred.shop, REFERRED_WEIGHT],
    [told.shop, BACKGROUND_WEIGHT],
    [asked.phrase, CUSTOMER_PHRASE_WEIGHT],
    [referred.phrase, REFERRED_WEIGHT * CUSTOMER_PHRASE_WEIGHT],
    [told.phrase, BACKGROUND_WEIGHT * CUSTOMER_PHRASE_WEIGHT],
  ] as const)
    for (const t of terms) if (!out.has(t)) out.set(t, w);
  // asking how to get in touch about a question on something ("I have a question about my order.
  // Best way to reach you?"), the question is what the contact is for ("Questions about this
  // order: reply to this email"), no talk about asking
  if (CONTACT_ASKED.test(asking.toLowerCase()))
    for (const [text, w] of [
      [asking, 1],
      [background, BACKGROUND_WEIGHT],
    ] as const)
      if (QUESTION_ABOUT.test(text) && !out.has('question')) out.set('question', w);
  return out;
}

/** "a question about my order", "questions regarding the invoice". */
const QUESTION_ABOUT = /\bquestions?\s+(?:about|on|regarding|concerning|re)\b/i;

/**
 * "Apart from the delivery and the longer return period, what else comes with the club?": what
 * the customer already knows, named before "what else", is not what they ask for.
 */
const ALREADY_KNOWN =
  /\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|on\s+top\s+of|beyond)\s+([^,?!.]{3,120}?),?\s+(?:what|which|anything|is\s+there\s+anything)\s+(?:else|other|more)\b/i;

/** … or after what is asked, at the question's end: "club perks other than the returns?". */
const KNOWN_AT_END =
  /\b(?:apart\s+from|aside\s+from|besides|other\s+than|except\s+for|on\s+top\s+of)\s+([^,?!.]{3,60}?)\s*(?=[?.!]|$)/i;

/**
 * … or what they turn down before asking for another way: "I don't want to pay for a membership,
 * is there another way to …?", "Without joining the club, how can I …?" — no part of the answer.
 */
const TURNED_DOWN =
  /\b(?:i\s+)?(?:don['’]?t|do\s+not|would\s+rather\s+not|['’]d\s+rather\s+not|won['’]?t)\s+(?:want\s+to\s+|wish\s+to\s+|like\s+to\s+)?((?:pay|join|buy|sign\s+up|subscribe|spend|become)\b[^,?!.;]{3,80}?),?\s+(?:(?:so|but)\s+)?(?:is\s+there|are\s+there|do\s+you\s+have|can\s+i|how\s+(?:else\s+)?can\s+i|any)\s+(?:an?\s+)?(?:other|another|different|cheaper|free|alternative|else)\b|\bwithout\s+((?:joining|paying\s+(?:for\s+)?|buying|becoming|being|signing\s+up)\b[^,?!.;]{3,60}?),?\s+(?=how|is|are|can|what|do|where)\b/i;

/** What a question says the customer already knows (see ALREADY_KNOWN), if anything. */
function knownOf(asking: string): RegExpExecArray | undefined {
  const down = TURNED_DOWN.exec(asking);
  if (down) {
    // (read as one group, the turned-down thing, as ALREADY_KNOWN's)
    const thing = down[1] ?? down[2];
    const out = [down[0], thing] as unknown as RegExpExecArray;
    out.index = down.index;
    out.input = down.input;
    return out;
  }
  const atEnd = KNOWN_AT_END.exec(asking) ?? undefined;
  // (not names: "which payment methods apart from Visa and Mastercard?" is answered by the list
  // that names them with the others)
  const known =
    ALREADY_KNOWN.exec(asking) ?? (atEnd && !/\p{Lu}/u.test(atEnd[1]) ? atEnd : undefined);
  // "apart from the EU, where else": a region's outside, read as such (customer-words)
  return known && !/\b(?:eu|europe|european\s+union)\b/i.test(known[1]) ? known : undefined;
}

/** The asking sentence without what the customer says they already know. */
function withoutKnown(asking: string): string {
  const known = knownOf(asking);
  return known
    ? asking.replace(
        known[0],
        known[0].slice(known[0].indexOf(known[1]) + known[1].length).replace(/^,?\s*/, ''),
      )
    : asking;
}

/** The terms of what a question says the customer already knows (see ALREADY_KNOWN), if any. */
export function knownTerms(message: string, options: TermOptions = {}): Set<string> {
  const known = knownOf(messageParts(message).asking);
  return new Set(known ? termsOf(spelled(known[1], options), options).shop : []);
}

let spelling: SpellChecker | undefined;

/**
 * The case a question asks about, as its condition clause: "what happens if C?", "what if C?",
 * "if C, what do I get instead?", "should C, what would you do?", "in case C, …".
 */
const CASE_CLAUSE =
  /\b(?:if|in\s+case|unless|supposing|suppose)\s+([^,?.!;]{3,120})|^\s*should\s+([^,?.!;]{3,120}),/i;
/** A question that asks what follows in a case, or what the shop does then. */
const ASKS_OUTCOME =
  /\bwhat\s+(?:happens|if|(?:will|would|do|does|can|could|should)\s+(?:you|i|we|they)\s+(?:\w+\s+)?(?:do|get|receive))\b|\bwhat\s+(?:will|would)\s+(?:happen|occur)\b|\bhow\s+(?:do|will|would)\s+you\s+(?:\w+\s+)?(?:handle|deal\s+with)\b/i;

/** A sentence's condition: "if the new size is out of stock …", "when a repair is not possible …". */
const SENTENCE_CASE = /\b(?:if|when|unless|in\s+case|once|should)\s+([^,;:.!?]{3,200})/gi;

/** Does one of the sentence's conditions name one of the terms (as a lemma or a root)? */
function statesCase(sentence: string, terms: readonly string[]): boolean {
  const lexicon = Lexicon.get();
  for (const m of sentence.matchAll(SENTENCE_CASE)) {
    const clause = new Set(lemmas(m[1], { phrases: true }).concat(lemmas(m[1])));
    for (const l of [...clause]) clause.add(derivationalRoot(l, lexicon));
    if (terms.some((t) => clause.has(t) || clause.has(derivationalRoot(t, lexicon)))) return true;
  }
  return false;
}

/** A sentence's condition proper: "if you report the damage …", "unless …", "in case …", "provided …". */
const SENTENCE_IF = /\b(?:if|unless|in\s+case|provided(?:\s+that)?)\s+([^,;:.!?]{3,200})/gi;

/** A time limit inside a condition: "within 14 days of delivery", "in 2 weeks from your purchase". */
const LIMIT_IN_CLAUSE =
  /\b(?:within|in|after|before|for)\s+(?:[\w-]+\s+){1,3}?(?:minute|hour|day|week|month|year)s?\b(?:\s+(?:of|from|after)\s+(?:(?:the|your|our|its|their|a)\s+)?[\w-]+)?/gi;

/**
 * Is the sentence a rule for a case the message does not name: has it a condition ("Damaged items
 * are refunded in full if you report the damage within 14 days", "If you cancel the club within
 * 14 days of joining, …") none of whose words (as lemmas or roots) the message's terms hold?
 * False for a sentence without a condition.
 */
export function unaskedCase(sentence: string, terms: readonly string[]): boolean {
  const lexicon = Lexicon.get();
  const roots = new Set(terms.flatMap((t) => [t, derivationalRoot(t, lexicon)]));
  let any = false;
  for (const m of sentence.matchAll(SENTENCE_IF)) {
    // (the time limit the clause sets is the rule's answer, not its case)
    const text = m[1].replace(LIMIT_IN_CLAUSE, ' ');
    const clause = lemmas(text, { phrases: true }).concat(lemmas(text));
    if (clause.some((l) => roots.has(l) || roots.has(derivationalRoot(l, lexicon)))) return false;
    any = true;
  }
  return any;
}

/**
 * The terms of the case a question asks about ("what happens if the new size is sold out?" →
 * stock, size): the sentence whose own condition names them states what follows in that case.
 * Empty when the question asks about no case.
 */
export function caseTerms(message: string, options: TermOptions = {}): string[] {
  const asking = withoutKnown(messageParts(message).asking);
  for (const sentence of asking.split(/(?<=[.!?])\s+/)) {
    if (!ASKS_OUTCOME.test(sentence)) continue;
    const m = CASE_CLAUSE.exec(sentence);
    if (m) return questionTerms(m[1] ?? m[2], options);
  }
  return [];
}

/** A question about what a rule leaves out: exclusions, what is not covered, refunded or returnable. */
const EXCLUSION_ASKED =
  /\b(?:not\s+cover(?:ed)?|(?:\w+['’]t|do\s+not|does\s+not|will\s+not|would\s+not)\s+(?:(?:you|we|i|it|they)\s+)?(?:cover|count|refund|accept|take\s+back)|excluded|exclusions?|left\s+out|(?:can'?t|cannot|can\s+not)\s+(?:i\s+|you\s+|we\s+)?(?:send|give|return|get|bring|take)\b[^.?!]{0,30}?\bback\b|(?:can'?t|cannot|can\s+not)\s+be\s+(?:returned|refunded|sent\s+back)|won'?t\s+(?:give|pay)\s+(?:\w+\s+){0,2}back|(?:can|could)\s+(?:(?:i|we|you)\s+)?never\s+(?:get|have)\s+(?:my|the|our)?\s*(?:money|cash|refund)|(?:not|non-?)\s?(?:returnable|refundable)|never\s+(?:\w+\s+){0,2}?(?:money\s+back|refund\w*|returnable|returned)|(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:covered|included|refundable|returnable))/;
/**
 * A sentence that says what a rule leaves out ("does not cover", "cannot be refunded", "are not
 * refundable"), not one where the shop forgoes something ("we do not charge a fee").
 */
const NEGATIVE =
  /\b(?:cannot\s+be|can't\s+be|(?:is|are)\s+not\s+\w+able|not\s+(?:covered|refundable|returnable|eligible|included|accepted)|(?:does|do)\s+not\s+(?:cover|include|apply)|excluded|excluding|except)\b/i;
/** How customers ask what a thing costs, in both a price's and a charge's questions. */
const PRICE_WORDING = String.raw`\bwhat (?:does|do|did|will|is|was|were) [^.?!]{0,80}?\b(?:cost|price|fee)s?\b|\bwhat\s+(?:the\s+|a\s+|your\s+)?(?:[\w-]+\s+){0,4}?costs?\b|\bhow much (?:is|are|was|were) (?:it|the|one|a|an|each)\b|\bhow much (?:is|are|was|were) (?!(?:it|this|that|these|those|there|here|left|the|a|an|one|each|my|your|our|his|her|their|enough|too|so|covered|included|allowed|needed|required|possible)\b)[a-z][\w-]*(?:\s+(?!(?:to|for|on|in|with|per|inside|outside|of|is|are|and|or|by)\b)[a-z][\w-]*){0,2}(?:\s*[?.!,]|\s*$|\s+(?:to|for|on|in|with|per|inside|outside)\b)|\bhow much (?:to|for) (?:be|join|become|get|have|send|ship)\b|\bprice of\b|\bhow expensive\b`;
/** A price asked ("how much is the membership", "what does express cost"). */
const PRICE_ASKED = new RegExp(
  String.raw`\bhow much (?:is|are|does|do|will|would|for)\b[^.?!]{0,80}?\b(?:cost|price|fee)s?\b|${PRICE_WORDING}|\bhow much (?:do|does|would|will|must|should) (?:i|we|you|one) (?:have to |need to )?(?:spend|order|buy)\b|\b(?:shipping|delivery|postage)\s+(?:costs?|fees?|charges?|price)\b|\b(?:final|total|full|whole|grand)\s+(?:amount|sum|price|bill)\b`,
);
/** A charge asked about, with or without a price ("do members pay for …", "was I charged"). */
const CHARGE_ASKED = new RegExp(
  String.raw`\bhow much (?:is|are|does|do|will|would|did|for)\b[^.?!]{0,80}?\b(?:cost|charge|pay|price|fee|cost)s?\b|${PRICE_WORDING}|\bhow much (?:discount|tax|vat|duty|duties|shipping|postage)\b|\b(?:vat|tax)\s+(?:amount|charge)\b|\bamount\s+of\s+(?:the\s+)?(?:vat|tax|value[\s-]added\s+tax)\b|\bhow much of\b[^.?!]{0,80}?\b(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:vat|tax|duty|shipping|postage)\b|\b(?:vat|tax)\s+(?:on|for|of|in)\s+(?:the\s+|my\s+|this\s+|that\s+|your\s+)?(?:invoice|order|bill|receipt)\b|\b(?:do|does|did|will|would|must|should) (?:i|we|you|they|members?|customers?|students?) (?:have to |need to )?pay\b|\b(?:do|does|did|will|would|must|should) (?:i|we|members?|customers?|students?) (?:still|also|really|actually|even|then|ever|now|just|always) (?:have to |need to )?pay\b|\bis (?:it|there|delivery|shipping|postage|the \w+) (?:\w+ )?(?:free|a charge|a fee|charged)\b|\b(?:get|got|be|was|were|am|is) charged\b|\b(?:does|do|did|will|would|is|was) (?:it|that|this|\w+ing(?: \w+)?|an? \w+|the \w+) (?:cost|costs) (?:anything|extra|something|money|me|us)\b|\bcharge (?:me|us) (?:for|anything)\b`,
);
/** The amount of a tax asked for: "how much VAT", "how much of it was tax", "tax on invoice X". */
const TAX_ASKED =
  /\bhow much (?:vat|tax|duty|duties)\b|\b(?:vat|tax)\s+amount\b|\bamount\s+of\s+(?:the\s+)?(?:vat|tax|value[\s-]added\s+tax)\b|\bhow much of\b[^.?!]{0,80}?\b(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:vat|tax|duty)\b|\b(?:vat|tax)\s+(?:on|for|of|in)\s+(?:the\s+|my\s+|this\s+|that\s+|your\s+)?(?:invoice|order|bill|receipt)\b/;
/** Where parcels leave from: "where do you ship from", "where from are you sending them". */
const ORIGIN_ASKED =
  /\bwhere\b[^.?!]{0,60}?\b(?:ship|ships|shipped|shipping|send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|post|posted|posting|mail|mailed|come|comes|coming)\b[^.?!]{0,30}?\bfrom\b|\bwhere\s+from\b[^.?!]{0,60}?\b(?:ship|send|sent|sending|shipping|dispatch\w*|post\w*|mail\w*|come|comes|coming)\b/;
/** A place things leave from: "from Rotterdam", "from our warehouse", "based in Antwerp". */
const ORIGIN =
  /\bfrom\s+(?:the\s+|our\s+)?\p{Lu}\p{L}+|\bfrom\s+(?:our|the|a|its|their)\s+(?:[\p{L}-]+\s+)?(?:warehouse|depot|distribution\s+cent(?:re|er)|fulfil?ment\s+cent(?:re|er)|factory|workshop|store|shop)s?\b|\b(?:based|located|headquartered)\s+in\b/u;
/**
 * Whether the customer may get money back, return or swap something: "can I get a refund for it",
 * or tersely with the thing as the verb's object ("can i refund a voucher?", "can we swap the
 * boots"; not "can I return …", which as often asks how).
 */
const PERMISSION_ASKED =
  /\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+|also\s+)?(?:get|have|claim|cash|return|refund|exchange|swap|send)\b[^.?!]{0,30}?\b(?:money|refund|back|cash|refunded|returned|exchanged|swapped|in)\b|\bis\s+(?:there\s+(?:a|any)\s+way|it\s+possible)\s+to\s+(?:get|have|claim|cash|return|refund|exchange|swap|send)\b[^.?!]{0,30}?\b(?:money|refund|back|cash|in)\b|\bam\s+i\s+allowed\s+to\b|\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+|also\s+)?(?:refund|exchange|swap)\s+(?:a|an|the|my|our|this|that|these|those)\s/;
/**
 * A time a message says has passed since an event: "three weeks ago", "10 days ago", "delivered on
 * 2 May", "it arrived last Tuesday".
 */
const ELAPSED =
  /\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?)\s+ago\b|\b(?:delivered|arrived|received|came|got\s+(?:it|them))\s+(?:on|last)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week)/i;
/** A rule of what may or may not be done: "cannot be refunded", "can be exchanged", "must be unworn". */
const PERMISSION =
  /\b(?:can|cannot|can['’]t|may|must|not\s+(?:\w+able|allowed|accepted|possible|eligible)|allowed|eligible|only)\b/i;
/**
 * The state goods must be in to go back, asked outright ("in what condition must they be
 * returned?", "what state does stuff need to be in?") or by telling how the customer used them
 * along with a return or refund ("can I return a jacket I've already worn?", "socks I've opened",
 * "when I have already wear the shoes", "I have removed them from their bag").
 */
const STATE_ASKED =
  /\b(?:what|which|in\s+what|in\s+which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:condition|state|shape)\b|\b(?:condition|state)\s+(?:must|should|do|does|did|has|have|need|needs)\b/;
const USE_TOLD =
  /\b(?:i|we|you|he|she|they)(?:['’]ve|['’]d|\s+have|\s+has|\s+had)?\s+(?:already\s+|just\s+|only\s+|even\s+)?(?:worn|wore|wear|used|opened|washed|unpacked|unwrapped|tried\s+(?:\w+\s+)?on|removed|taken\s+(?:\w+\s+)?(?:off|out))\b|\b(?:been|was|were|is|are)\s+(?:already\s+)?(?:worn|used|opened|washed|unpacked|unwrapped|tried\s+on)\b/;
const GOES_BACK =
  /\b(?:return\w*|refund\w*|exchang\w*|swap\w*|send\s+(?:\w+\s+){0,3}?back|bring\s+(?:\w+\s+){0,3}?back|money\s+back|money-back)\b/;
/**
 * A rule on the state goods must be in: a requirement naming a state, a participle negated by "un-"
 * ("must be unworn, unwashed"), the original packaging, tags left on, a condition.
 */
const STATE =
  /\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should|only|as\s+long\s+as|provided)\b[^.;]{0,60}?\b(?:un\p{L}{2,}(?:ed|en|wn|rn)|original\s+(?:packaging|package|box|condition|state)|tags?\s+(?:still\s+)?(?:attached|on)|condition)\b/iu;
/**
 * Does a sentence ask when ("when will it arrive?", "can you tell me when it ships?"), rather than
 * use "when" for a case after another question word ("what do I do with it when it needs
 * cleaning?", "where does it go when I'm not wearing it?")?
 */
const WHEN_LOOKBACK = 16;
/** A yes/no question's opening: an auxiliary before its subject ("will I …", "— can you …"). */
const YES_NO_OPENING =
  /(?:^|[,;:—–-]\s*|\b(?:and|but|so|or)\s+)(?:will|would|do|does|did|can|could|is|are|am|should|must|shall|may|has|have)\s+(?:i|we|you|it|they|there|he|she|my|our|the|this|that)\b/;
/** What "when" follows when the time is what is asked: "tell me when", "any idea when", "know when". */
const WHEN_ASKED_OF =
  /\b(?:know|knows|tell|say|ask|idea|sure|wonder|check|confirm|see|find\s+out|let\s+(?:me|us)\s+know|me|us|estimate|guess|predict|update|of|on|about|out)\s+(?:(?:roughly|exactly|approximately|about|precisely|more\s+or\s+less)\s+)?$/;
function asksWhen(q: string): boolean {
  for (const sentence of q.split(/[.?!]+/)) {
    const at = sentence.search(/\bwhen\b/);
    if (at < 0) continue;
    const before = sentence.slice(Math.max(0, at - WHEN_LOOKBACK), at);
    // ("will I get hit with extra fees when the box arrives?", "can I still return it when it's
    // been worn?": a yes/no question's case, not a question when — unless "when" is what the
    // customer asks to know: "can you tell me when it ships?", "do you know when …")
    const head = sentence.slice(0, at);
    if (YES_NO_OPENING.test(head) && !WHEN_ASKED_OF.test(head)) continue;
    // ("how and when was it paid?": asked beside another question word)
    if (
      !/\b(?:what|how|where|which|who|whom|why)\b/.test(sentence.slice(0, at)) ||
      /\b(?:what|how|where|which|who|whom|why)\s{0,3}(?:,|and|or|&)\s{0,3}$/.test(before)
    )
      return true;
  }
  return false;
}

/** The event a period is counted from, asked: "from when does it count", "when does the clock start". */
const START_ASKED =
  /\bfrom\s+when\b|\bcount(?:s|ed|ing)?\s+from\b|\bfrom\s+(?:what|which)\s+(?:point|day|date|event|moment|time)\b|\b(?:when|at\s+what\s+point|on\s+which\s+day)\s+(?:does|do|will|did)\s+(?:the\s+|my\s+|your\s+|that\s+|this\s+|it\s+)?(?:[\w-]+\s+)?(?:clock|period|time|countdown|warranty|guarantee|limit|deadline|days|count|counting)\s+(?:start|begin|kick\s+in)\b|\b(?:start|begin)s?\s+(?:counting|to\s+count|running|ticking)\b/;
/**
 * The event a period runs from: "starting on the delivery date", "30 days of delivery", "from
 * purchase", "after the returned item arrives".
 */
const PERIOD_START =
  /\b(?:starting|start|starts|begins?|beginning|counted|counting|runs?|running)\s+(?:on|from|with|at)\b|\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:of|from|after)\s+(?:the\s+|your\s+|our\s+)?(?:\w+\s+){0,2}?(?:delivery|purchase|receipt|joining|arrival|dispatch|order(?:ing)?|arrives?|arrived|received|delivered|shipped)\b|\bfrom\s+the\s+(?:day|date|moment)\b/;
/** What the customer must send along: "what do I have to send you", "what do you need from me". */
const PROVIDE_ASKED =
  /\bwhat\s+(?:exactly\s+|else\s+)?(?:do|does|must|should|shall|will|would|can)\s+(?:i|we|one)\s+(?:(?:have|need|got)\s+to\s+|still\s+)?(?:send|include|provide|attach|enclose|submit|supply|quote|mention|give)\b|\bwhat\s+(?:i|we)\s+(?:should|must|need\s+to|have\s+to)\s+(?:send|include|provide|attach|enclose|submit|supply|quote|mention|give)\b|\bwhat\s+(?:exactly\s+|else\s+)?(?:do|does|will|would)\s+(?:you|they|the\s+\w+)\s+need\s+from\s+(?:me|us)\b/;
/** A rule naming what to send: "send your order number and photos", "quote the order number". */
const PROVIDE =
  /\b(?:send|e-?mail|include|provide|attach|enclose|submit|supply|quote|mention|give)\s+(?:us\s+)?(?:your|the|a|an|some|proof|photos?|pictures?)\b|\bwith\s+(?:a|the|your)\s+(?:photo|picture|receipt|proof)s?\b/i;
/**
 * What one gets from a plan or membership: "what do I actually get", "what are the perks", "what
 * else comes with the club".
 */
const BENEFIT_ASKED =
  /\bwhat\s+(?:exactly\s+|actually\s+|else\s+)?(?:do|does|will|would)\s+(?:i|we|you|members?|customers?)\s+(?:exactly\s+|actually\s+|really\s+)?get\b|\bwhat\s+(?:exactly\s+|actually\s+)?(?:i|we)\s+(?:will\s+|would\s+)?get\b|\b(?:perks?|benefits?|advantages?)\b|\bwhat(?:['’]s|\s+is)\s+in\s+it\s+for\b|\bwhat\s+(?:else\s+|exactly\s+|actually\s+)?(?:comes|come|do\s+i\s+get|do\s+you\s+get)\s+with\s+(?:the|a|your|my|this|that)?\s*(?:[\w-]+\s+)?(?:club|membership|plan|subscription|programme|program|account|card|tier)\b/;
/** A sentence telling what one gets: "members also get …", "… receive free delivery", "have 45 days". */
const BENEFIT =
  /\b(?:get|gets|receive|receives|enjoy|enjoys|include|includes|including|entitles?|entitled|early\s+access|bonus)\b|\bhave\s+\d+\b/i;
/**
 * What the shop will do, asked outright: "what will you do?", "what would you do instead?", "how
 * do you handle this?", "what course of action do you take?", "… or what actually happens?".
 */
/**
 * "how" straight before the verb, without "do I" or "to": a terse or non-native "how do I …"
 * ("how cancel subscription?", "pls how change adress"). Not "how" before a word asking a degree
 * or a manner of its own ("how long", "how expensive", "how come", "how is it"), nor an adjective
 * by its ending ("how waterproof", "how reliable", "how careful").
 */
const TERSE_HOW =
  /^(?:\W*(?:and|so|ok|okay|pls|please|hi|hello|hey)\b)*\W*how\s+(?!(?:long|soon|quick|quickly|fast|often|far|early|late|much|many|big|large|heavy|light|tall|wide|old|new|expensive|cheap|good|bad|well|come|about|so|else|exactly|is|are|was|were|am|be|do|does|did|can|could|will|would|should|shall|may|might|must|to|i|we|you|they|it|he|she|my|your|the|a|an)\b)[a-z]+(?<!ous|ful|ive|ible|able|proof|less|ish|ic|al)\s+(?:up|in|out|off|on|back|with|for|my|the|a|an|your|our|this|that|it|them|[a-z]{3,})\b/;
/**
 * "if X, then what?", "and if X — what then?": the terse "what happens if X" (the case first, the
 * question after it).
 */
const CASE_THEN_WHAT =
  /\bif\b[^.?!]{2,80}?[,;:-]\s*(?:(?:and|so)\s+)?(?:then\s+)?what(?:\s+then)?\s*[?.!]*\s*$/;
const ACTION_ASKED =
  /\bwhat\s+(?:will|would|do|does|can|could|shall|should)\s+(?:you|u|you\s+guys|your\s+(?:company|shop|store|team|people|staff)|they)\s+(?:\w+\s+)?do\b(?!\s+(?:with\s+(?:my|the)\s+(?:data|details|information|address)))|\bhow\s+(?:do|will|would|does|can)\s+(?:you|u|you\s+guys|your\s+(?:company|shop|store|team|people|staff)|they)\s+(?:\w+\s+)?(?:handle|deal\s+with|process|resolve|sort\s+out|treat|go\s+about)\b|\bcourse\s+of\s+action\b|\bwhat\s+(?:\w+ly\s+|then\s+|exactly\s+)?(?:happens|will\s+happen|would\s+happen|occurs|would\s+occur)(?:\s+(?:now|next|then|after\s+that|in\s+that\s+case))?\s*[?.!]*\s*$/;
/**
 * A sentence where the shop acts: "We repair first", "we refund the item instead", "… are
 * refunded in full", "… is replaced" (not "we do not …": what it leaves undone).
 */
const SHOP_ACTS =
  /\bwe\s+(?:(?:will|would|then|first|usually|normally|always|can|may|also|simply|gladly|either)\s+)*(?!do\s+not\b|don['’]t\b|cannot\b|can['’]t\b|are\b|were\b|have\b|had\b|accept\b)\p{L}+|\b(?:is|are|will\s+be|gets?)\s+(?:\w+ly\s+)?(?:refunded|replaced|repaired|exchanged|credited|reimbursed|mended|fixed)\b/iu;
/**
 * The fastest of several ways asked for: "your quickest option", "what's the fastest you can get
 * them to me", "which is faster, standard or express?" — a span of time answers (the shortest).
 */
const SPEED_ASKED =
  /\b(?:fastest|quickest|speediest|soonest|earliest)\b|\b(?:which|what)(?:['’]s|\s+is|\s+one\s+is)?\s+(?:\w+\s+)?(?:faster|quicker|speedier)\b|\bthe\s+(?:faster|quicker|speedier)\s+(?:\w+\s+)?(?:option|one|delivery|shipping|service|way|method)\b/;

/** Does the message ask for the fastest of several ways ("your quickest option")? */
export function asksFastest(message: string): boolean {
  return SPEED_ASKED.test(messageParts(message).asking.toLowerCase());
}

const NUMBER_VALUES: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
  forty: 40,
  sixty: 60,
  ninety: 90,
  'half a': 0.5,
};
const UNIT_HOURS: Readonly<Record<string, number>> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  year: 8760,
};
/** A span's lower bound and unit ("1 to 2 business days" → 1, day); made on first use. */
let spanParts: RegExp | undefined;

/**
 * The shortest span of time a sentence states, in hours ("Express delivery takes 1 to 2 business
 * days" → 24), counted from its lower bound; undefined when it states none.
 */
export function shortestSpan(sentence: string): number | undefined {
  let out: number | undefined;
  spanParts ??= new RegExp(
    `\\b(${NUMBER_WORD})(?:\\s*(?:to|-|–|or)\\s*${NUMBER_WORD})?[\\s-]+(?:business\\s+|working\\s+|calendar\\s+)?(minute|hour|day|week|month|year)s?\\b`,
    'gi',
  );
  for (const m of sentence.matchAll(spanParts)) {
    const n = NUMBER_VALUES[m[1].toLowerCase()] ?? Number(m[1].replace(',', '.'));
    const hours = n * UNIT_HOURS[m[2].toLowerCase()];
    if (Number.isFinite(hours) && (out === undefined || hours < out)) out = hours;
  }
  return out;
}
/** The ways one may pay, asked for: "what can I pay with", "options for paying", "do you take Amex?". */
const PAYMENT_ASKED =
  /\bwhat\s+(?:else\s+)?(?:can|could|may|do|should|shall)\s+(?:i|we|one)\s+(?:\w+\s+){0,2}?pay\s+(?:you\s+|for\s+(?:it|them|this|that)\s+)?(?:with|by|using|via|through)\b|\b(?:ways?|options?|methods?|means|forms?|kinds?|types?|sorts?)\s+(?:of|for|to)\s+(?:pay|paying|payment)\b|\bpay(?:ment|ing)?\s+(?:options?|methods?|ways?|types?)\b|\bhow\s+(?:else\s+)?(?:can|could|may|do)\s+(?:i|we)\s+pay\b(?!\s+(?:for\s+)?(?:the\s+)?(?:postage|shipping|duties|customs|tax|vat))|\b(?:what|which)\s+(?:cards?|payment\s+\w+)\s+(?:do|does|will|can)\s+you\s+(?:take|accept)\b|\bdo\s+you\s+(?:take|accept)\s+(?:\w+\s+)?(?:cards?|payments?|visa|mastercard|maestro|amex|american\s+express|paypal|ideal|klarna|apple\s+pay|google\s+pay|bank\s+transfers?|cash|cheques?|checks?|vouchers?|gift\s+cards?|crypto\w*|bitcoin)\b/;
/** Ways to pay, a closed class: card schemes, wallets, transfers, vouchers. */
const PAYMENT_METHOD =
  /\b(?:visa|mastercard|maestro|american\s+express|amex|discover|jcb|diners(?:\s+club)?|union\s*pay|paypal|ideal|klarna|afterpay|clearpay|apple\s+pay|google\s+pay|samsung\s+pay|alipay|wechat\s+pay|bancontact|sofort|giropay|eps|przelewy24|blik|twint|swish|mobilepay|vipps|sepa(?:\s+direct\s+debit)?|direct\s+debit|bank\s+transfers?|wire\s+transfers?|credit\s+cards?|debit\s+cards?|gift\s+cards?|vouchers?|cash(?:\s+on\s+delivery)?|cheques?|checks?)\b/gi;
/**
 * Whether one may pay with a way to pay the customer names ("can I pay with Apple Pay or do I need
 * a credit card?", "could we pay by bank transfer?"): answered by the ways the shop accepts.
 */
const PAY_WITH_NAMED = new RegExp(
  String.raw`\b(?:can|could|may)\s+(?:i|we|one)\s+(?:also\s+|still\s+|just\s+)?pay\s+(?:(?:for\s+)?(?:it|them|this|that|the\s+\w+|my\s+\w+)\s+)?(?:with\s+|by\s+|using\s+|via\s+|through\s+)?(?:a\s+|an\s+|my\s+)?(?:${PAYMENT_METHOD.source})`,
  'i',
);
/** A sentence naming two or more ways to pay ("We accept Visa, Mastercard and PayPal"). */
function namesPaymentMethods(sentence: string): boolean {
  const named = new Set(
    [...sentence.matchAll(PAYMENT_METHOD)].map((m) => m[0].toLowerCase().replace(/s$/, '')),
  );
  return named.size >= 2;
}
/** A further wait asked for: "how much longer", "how many more days", "how long still". */
const FURTHER_ASKED =
  /\bhow\s+much\s+(?:longer|more\s+time)\b|\bhow\s+many\s+more\s+(?:\w+\s+)?(?:days|weeks|hours)\b|\bhow\s+long\s+(?:still|more)\b/;
/** A span on top of another: "a further 3 to 5 days", "another two days", "an extra week". */
const FURTHER =
  /\b(?:a\s+further|further|another|an\s+additional|additional|an\s+extra|extra)\s+(?:(?:\d+(?:\s?(?:to|-|–)\s?\d+)?|one|two|three|four|five|six|seven|ten|few|couple\s+of)\s+)?(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b|\b\d+(?:\s*(?:to|-|–)\s*\d+)?\s+more\s+(?:business\s+|working\s+)?(?:days|weeks|hours)\b/i;
/** Where a refund is paid, asked: "where does the money go", "which account will it come back to". */
const DESTINATION_ASKED =
  /\bwhere\s+(?:does|did|will|would|is|do)\s+(?:the|my|our|his|her|their)\s+(?:money|refund|cash)\s+(?:go|going|come|coming|end\s+up|be\s+(?:paid|sent|repaid|refunded|credited|returned))\b|\b(?:which|what)\s+(?:account|card|payment\s+method)\b[^.?!]{0,50}?\b(?:money|refund|repaid|refunded|back|credited)\b|\b(?:money|refund|cash)\b[^.?!]{0,30}?\b(?:go|goes|going|come|comes|coming|paid|sent|repaid|refunded|credited)\s+back\s+(?:on|onto|to|into)\b|\b(?:money|refund)\s+(?:be\s+)?(?:repaid|refunded|credited)\s+(?:to|into|onto)\b/;
/** Where a refund is paid: "paid to the original payment method", "refunded as a new gift card". */
const REFUNDED_TO =
  /\b(?:refunded|paid|credited|repaid|returned|refunds?\s+go)\s+(?:back\s+)?(?:to|as|onto|into)\s+(?:the|your|a|an)\b/i;
/** What a warranty or plan covers, asked: "what kind of faults does it cover", "what does it include". */
const COVERAGE_ASKED =
  /\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+[\w-]+\s+(?:\w+\s+){0,4}?(?:cover|covers|covered|include|includes|included|repair|fix)\b|\b(?:what|which)\s+(?:faults|defects|problems|damages?|things|parts)\s+(?:\w+\s+){0,4}?(?:cover|covers|covered|include|includes|included|repair|fix)\b|\bwhat\s+(?:exactly\s+)?(?:does|do|will)\s+(?:the\s+|your\s+|it\s+)(?:[\w-]+\s+)?(?:actually\s+|exactly\s+)?(?:cover|include)\b/;
/** A list of what is covered: "The warranty covers broken zippers, failed seams and faulty buckles". */
const COVERAGE_LISTED =
  /\b(?:covers?|covered|includes?|included|including)\b[^.;]*,[^.;]*\b(?:and|or)\b/i;
const NOT_COVERED = /\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:cover|include)/i;
/**
 * When something ordered arrives, asked: "when arrives my order", "between which dates … arrive",
 * or without the auxiliary, as a learner writes it ("when it come to my house?").
 */
const ARRIVAL_ASKED =
  /\bwhen\s+(?:will|would|does|do|did|is|are|should|can|could|shall|might)\s+(?:[\w-]+\s+){0,4}?(?:arrive|arriving|come|coming|get\s+here|be\s+delivered|reach\s+me|land)\b|\bwhen\s+(?:arrives|comes|gets\s+here)\b|\bwhen\s+(?:it|(?:my|the|our|this)\s+(?:[\w-]+\s+)?(?:order|parcel|package|delivery|shipment))\s+(?:come|arrive|get\s+here|reach\s+me)\b[^.?!]{0,30}\?|\b(?:between\s+)?(?:which|what)\s+dates?\b[^.?!]{0,60}?\b(?:arrive|arriving|deliver\w*|come|expected)\b|\b(?:expected|estimated)\s+(?:delivery|arrival)(?:\s+date)?\b|\bdelivery\s+date\b/;
/** A date something is expected: "expected 2026-03-06 to 2026-03-08", "arrives on 6 March". */
const ARRIVAL_DATE =
  /\b(?:expected|estimated|arriv\w*|deliver\w*|due|eta)\b[^.;]{0,40}?(?:\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;
/** Whether the shop keeps a fee, asked: "will you keep back a handling fee", "do you take a cut". */
const FEE_ASKED =
  /\b(?:do|does|will|would|did|can)\s+(?:you|u|you\s+guys|they|the\s+shop)\s+(?:also\s+|still\s+)?(?:keep|take|charge|deduct|hold|withhold|knock)\s+(?:back\s+|off\s+)?(?:a\s+|any\s+|some\s+|an?\s+extra\s+)?(?:\w+\s+){0,3}?(?:fee|fees|cut|cash|money|percentage|percent|charge|commission)\b|\b(?:is|are)\s+there\s+(?:a|any)\s+(?:\w+\s+)?(?:fee|fees|charge)s?\s+(?:for|on|when)\b/;
/** A sentence on charging a fee: "We do not charge a restocking fee", "a handling fee is deducted". */
const FEE_STATED =
  /\b(?:charge|charges|charged|deduct|deducts|deducted|keep|keeps|kept|withhold|withholds|withheld)\b[^.;]{0,40}?\bfees?\b|\bfees?\b[^.;]{0,40}?\b(?:charged|deducted|kept|withheld|applies|apply)\b/i;
/** How the business began, asked: who started or runs it, since when, where it started. */
const FOUNDING_ASKED =
  /\bwho\s+(?:\w+ly\s+|really\s+)?(?:started|founded|set\s+up|established|created|runs|owns|is\s+behind|are\s+behind)\b|\bwho['’]s\s+behind\b|\b(?:founders?|owners?)\s+(?:of|behind)\b|\bwhen\s+(?:did|was|were)\s+(?:you|ye|it|they|the\s+(?:shop|company|business|store))\s+(?:start|found|set\s+up|establish|open|begin)|\bsince\s+when\b|\bwhere\s+did\s+(?:you|ye|it|they|the\s+(?:shop|company|business|store))\s+(?:\w+\s+)?(?:start|begin)/;
/** How a business began: "founded in 2014 in Rotterdam by two former mountain guides". */
const FOUNDED =
  /\b(?:founded|established|started|set\s+up|created|opened)\b[^.;]{0,80}?\b(?:by|in\s+\d{4}|since)\b|\bsince\s+\d{4}\b/i;
/**
 * A span in the same family of units as `unit` ("year" → days to years; "minute" → minutes and
 * hours); undefined without a unit.
 */
function spanIn(unit: string | undefined): RegExp | undefined {
  if (!unit) return undefined;
  const kind = /minute|hour/i.test(unit) ? '(?:minute|hour)s?' : '(?:day|week|month|year)s?';
  return new RegExp(
    `\\b${NUMBER_WORD}(?:\\s*(?:to|-|–|or)\\s*${NUMBER_WORD})?[\\s-]+(?:business\\s+|working\\s+|calendar\\s+)?${kind}\\b`,
    'i',
  );
}
/** How to get in touch asked for: "how can I contact you about …", "best way to reach you?". */
const CONTACT_ASKED =
  /\b(?:how|where|who)\b[^.?!]{0,40}?\b(?:contact|get\s+in\s+touch|get\s+hold\s+of|reach\s+(?:you|u|your\s+\w+|someone|somebody|anyone|a\s+person|support|customer\s+service)|complain|talk\s+to|speak\s+to|write\s+to)\b|\b(?:best|quickest|easiest|right)\s+way\s+to\s+(?:contact|reach|get\s+(?:in\s+touch|hold\s+of)|complain|talk\s+to|speak\s+to)\b/;
/** A way to get in touch: "reply to this email", "by phone at +31 …", "write to help@…". */
const CONTACT = /\b(?:reply|respond|e-?mail|phone|call|write|contact|reach|chat)\b|@[\w-]+\.|\+\d/i;
/** A sentence naming a tax. */
const TAX_NAMED = /\b(?:vat|tax|taxes|duty|duties|gst|btw|mwst)\b/i;
/** A price asked for one of several: "per pair", "one pair", "each", "a piece". */
const UNIT_ASKED =
  /\bper\s+(?!cent\b|centage\b|annum\b|(?:year|month|week|day|hour|minute)s?\b)\p{L}+|\b(?:each|a|one|single)\s+(?:pair|piece|item|unit|bottle|pack|box|ticket|person|night)\b|\bhow much (?:is|was|are|were|does|did|would) (?:one|a single|each)\b|\beach\b|\bapiece\b/u;
/** An amount for one: "17.50 EUR each", "€4 per pair", "12.95 apiece". */
const UNIT_PRICE =
  /\d(?:[.,]\d+)?\s*(?:(?:[€$£]|eur|usd|gbp|chf|euros?|dollars?|pounds?)\s*)?(?:each|apiece|a\s+piece|per\s+(?!cent\b|annum\b|(?:year|month|week|day|hour|minute)s?\b)\p{L}+)(?!\p{L})/iu;
/** How much of the money the shop keeps back: "how much do you take off", "… will you keep". */
const KEPT_BACK_ASKED =
  /\bhow much (?:do|does|will|would|did) (?:you|u|they) (?:\w+ )?(?:take|knock|keep|deduct|hold)\b/;
/** A rate: a percentage ("VAT 21%", "10 percent"). */
const RATE = /\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)/i;

/** A kind of answer a question asks for, as a test on a candidate sentence. */
export interface AnswerType {
  kind:
    | 'duration'
    | 'money'
    | 'payer'
    | 'quantity'
    | 'time'
    | 'place'
    | 'condition'
    | 'requirement'
    | 'phone'
    | 'email'
    | 'agent'
    | 'person'
    | 'total'
    | 'manner'
    | 'code'
    | 'address'
    | 'countries'
    | 'deadline'
    | 'processing'
    | 'rate'
    | 'exclusion'
    | 'lapse'
    | 'carrier'
    | 'clock'
    | 'legal name'
    | 'unit price'
    | 'permission'
    | 'benefit'
    | 'action'
    | 'contact'
    | 'payment methods'
    | 'further'
    | 'refund destination'
    | 'founding'
    | 'fee'
    | 'coverage'
    | 'arrival date'
    | 'state'
    | 'start'
    | 'cut-off';
  test: (sentence: string) => boolean;
  /** The pattern alone identifies an answer (a phone number, an e-mail address). */
  specific?: boolean;
}

const NUMBER_WORD =
  '(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|forty|sixty|ninety|a|an|half a)';
const UNIT = '(?:business\\s+|working\\s+|calendar\\s+)?(?:minute|hour|day|week|month|year)s?';
/** A span of time: "30 days", "2 to 4 business days", "a five-year warranty". */
const SPAN = new RegExp(
  `\\b${NUMBER_WORD}(?:\\s*(?:to|-|–|or)\\s*${NUMBER_WORD})?[\\s-]+${UNIT}\\b`,
  'i',
);
/** A time limit counted from an event: "within 30 days of delivery", "14 days from purchase". */
const DEADLINE = new RegExp(
  `\\b(?:within|in)\\s+${NUMBER_WORD}[\\s-]+${UNIT}\\s+(?:of|from)\\s+(?:\\w+\\s+){0,2}?(?:delivery|purchase|receipt|joining|ordering)\\b|\\b${NUMBER_WORD}[\\s-]+${UNIT}\\s+from\\s+(?:\\w+\\s+){0,2}?(?:delivery|purchase)\\b`,
  'i',
);
/** What happens after the shop acts: "within 5 business days after the returned item arrives". */
const PROCESSING = new RegExp(
  `\\b${NUMBER_WORD}(?:\\s*(?:to|-|–|or)\\s*${NUMBER_WORD})?[\\s-]+${UNIT}\\s+(?:after|once|when)\\b|\\btake[s]?\\s+(?:a\\s+further\\s+|up\\s+to\\s+)?${NUMBER_WORD}`,
  'i',
);
/** … or, for "how soon", right away: "the same day", "as soon as we scan it", "immediately". */
const DURATION = new RegExp(
  `${SPAN.source}|\\bsame day\\b|\\bnext day\\b|\\bovernight\\b|\\bas soon as\\b|\\bimmediately\\b|\\bright away\\b`,
  'i',
);
/** An amount of money written out ("29 EUR", "€12.95") or none at all ("free"): what a price is. */
const AMOUNT =
  /(?:[€$£¥]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|euros?|dollars?|pounds?)\b)\s*\d|\d(?:[.,]\d+)?\s*(?:[€$£¥]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|euros?|dollars?|pounds?)\b)|\bfree\b|\bno charge\b|\bfree of charge\b/i;
/** … or what a sentence says of a charge without a figure: "in full", "at your own cost", "10 %". */
const MONEY =
  /(?:[€$£¥]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|euros?|dollars?|pounds?)\b)\s*\d|\d(?:[.,]\d+)?\s*(?:[€$£¥]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|euros?|dollars?|pounds?)\b)|\bfree\b|\bno charge\b|\bfree of charge\b|\d+\s*%|\bin full\b|\bnot charge\b|\bown (?:cost|expense)\b|\bpaid by\b/i;
const MASS = /\d(?:[.,]\d+)?\s*(?:kg|g|lbs?|oz|kilo(?:gram)?s?|grams?|pounds?|ounces?)\b/i;
const QUANTITY =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|double)\b/i;
const TIME =
  /\b\d{1,2}[:.]\d{2}\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?)\b|\b(?:19|20)\d{2}\b|\b(?:before|after|until|within|same day|as soon as)\b|\b\d+\s*(?:am|pm)\b/i;
/** "in Rotterdam", "at any PostNL point", "from our warehouse", "under Orders": a named or a kind of place. */
const PLACE =
  /\bin\s+(?:your|the|my)\s+account\b|\b(?:in|at|from|to|near|under|inside|outside)\s+(?:(?:the|any|a|an|our|your|one of)\s+)?\p{Lu}\p{L}+|\b(?:warehouse|address|country|countries|located|based|points?|shops?|stores?|offices?|branch(?:es)?|locations?|counters?|desks?)\b/u;
const PAYER =
  /\b(?:own cost|own expense|at (?:your|our) expense|paid by|(?:you|we|customers?) pay|free|free of charge|no charge|included|in advance)\b/i;
/**
 * Whether the shop sends to where the customer says they are: "I moved to Australia, can you still
 * send things to me?", "will you deliver to my new address?" (not "do you ship to Canada? how long
 * …", which names the place it asks about).
 */
const SENDS_THERE_ASKED =
  /\b(?:can|could|will|would|do|does)\s+(?:you|u|you\s+guys|they)\s+(?:still\s+|also\s+|even\s+|actually\s+)?(?:send|ship|deliver|post)\b(?:\s+(?:\w+\s+){0,2}?)?\s*(?:to|out\s+to|over\s+to)\s+(?:me|us|my\s+(?:home|house|place|address|country|flat|apartment))\b/u;
/** Charges feared in everyday words: "get hit with extra fees", "be stung with charges". */
const HIT_WITH_FEES =
  /\b(?:get|be|being|getting|gets)\s+(?:hit|stung|slapped|landed|lumbered|saddled)\s+with\s+(?:\w+\s+){0,2}?(?:fees?|charges?|costs?|bills?|duties|duty|taxes|tax)\b/;
const REQUIREMENT =
  /\b(?:must|need to|needs to|have to|has to|required|requires?|only if|as long as|provided that|unless)\b/i;
const CONDITION = /\b(?:if|unless|when|instead|otherwise|in case)\b/i;
const PHONE = /(?:\+|\b0)\d[\d ()-]{6,}\d\b|\b\d{3}[ -]\d{3,4}[ -]?\d{0,4}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** An id: letters and digits mixed ("3SHPN0104233", "INV-2026-0412") or a long number. */
const isCode = (sentence: string): boolean =>
  /\b\d{6,}\b/.test(sentence) ||
  tokenize(sentence).some(
    (t) =>
      t.kind === 'code' &&
      /\d.*\d/.test(t.norm) &&
      /\p{L}.*\p{L}/u.test(t.norm) &&
      // a number and its unit ("30-day", "20mm") is no id
      !/^\d+(?:[.,]\d+)?-?\p{L}+$/u.test(t.norm),
  );
/** A postal address: a house number, a street, a postcode ("18 Rue des Lilas, 69003 Lyon"). */
const POSTCODE = String.raw`(?:\d{4,5}|\d{2}-\d{3}|\d{4}\s?\p{Lu}{2}|\p{Lu}{1,2}\d[\dA-Z]?\s?\d\p{Lu}{2})\s+\p{Lu}\p{L}+`;
/**
 * … with the house number first ("18 Rue des Lilas, 69003 Lyon") or after the street, as much of
 * Europe writes it ("Havenstraat 12, 3011 AB Rotterdam").
 */
const ADDRESS = new RegExp(
  String.raw`\b\d{1,5}[a-z]?,?\s+(?:[\p{L}'’.-]+\s+){1,4}?[\p{L}'’.-]+,?\s+${POSTCODE}|\b\p{Lu}[\p{L}'’.-]+\s+\d{1,5}[a-z]?,\s+${POSTCODE}`,
  'u',
);
/** By what means: "by email", "via the app", "in your account", "with the link", "reply to". */
const MANNER =
  /\b(?:by|via|through|using|with)\s+(?:(?:the|a|an|your|our|any|its|their)\s+)?\w+|\b(?:in|from|under)\s+(?:your|the|our|my)\s+\w+|\b(?:reply|click|log in|sign in|fill in)\b/i;
/** Who did or does something: "by two former guides", "run by", a person or a body. */
/** A question for a record's total (not the total before shipping or tax, nor a share of it). */
const TOTAL_ASKED =
  /\b(?:grand|final)\s+total\b|\b(?:what|how\s+much)\s+(?:was|is|were|are)\s+(?:the\s+|my\s+|our\s+)?total(?!\s+(?:before|without|excluding|excl|of|number)\b)|\b(?:amount|balance|sum)\s+(?:due|owed|owing|payable)\b|\btotal\s+(?:due|amount)\b/;
/** A line stating a total in money ("Total due: 224.00 EUR"; not "Subtotal"). */
const TOTAL_STATED =
  /\b(?:total|amount\s+due|balance\s+due)\b(?:\s+(?:due|amount|paid|payable|incl\.?\s+vat))?\s*:?\s*(?:[€$£]\s*)?\d[\d.,]*\s*(?:[€$£]|eur|usd|gbp|chf)?/i;
/** A question for the person a record is made out to. */
const PERSON_ON_RECORD_ASKED =
  /\b(?:in\s+)?whose\s+name\b|\bwho\s+(?:is|was)\s+(?:it|this|that|the\s+\w+)\s+(?:made\s+out|addressed|issued|billed|invoiced|sold)\s+to\b|\bwho\s+(?:is|was)\s+(?:billed|invoiced)\b|\b(?:which|what)\s+customer\s+name\b/;
/** A record's line naming a person: its label, then a name ("Customer: Jo Lee"). */
const PERSON_ON_RECORD =
  /\b(?:[Cc]ustomer|[Cc]lient|[Bb]uyer|[Nn]ame|[Bb]illed\s+to|[Bb]ill\s+to|[Ss]old\s+to|[Ss]hip\s+to)\s*:\s*\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)+/u;
const AGENT =
  /\bby\s+(?:\w+\s+){0,3}\w+|\b(?:founders?|owners?|team|family|staff|guides?|company|partners?)\b/i;

/**
 * The kinds of answer a question asks for: a duration ("how long", "how soon"), an amount of
 * money ("how much does ... cost", "do members pay for ...", "is delivery free"), who pays ("who
 * pays for the postage"), a quantity ("how many", "how heavy"),
 * a time ("when", "what time"), a place ("where"), what happens in a case ("what if", "what
 * happens if"), what is required ("what has to be true for ...", "what are the conditions"). A sentence that holds the kind of thing asked for is a better answer than one
 * that only shares the question's words.
 */
/** A question about who carries a parcel ("which courier", "courier for order …", "who delivers"). */
const CARRIER_ASKED =
  /\b(?:which|what) (?:\w+ )?(?:courier|carrier|parcel (?:service|company|firm)|delivery (?:company|firm|service|partner)|shipping (?:company|firm|partner|provider)|postal service)\b|\b(?:courier|carrier)s? (?:for|of|on)\b|\b(?:courier|carrier)\s*\?|\bwho (?:delivers|will deliver|brings|ships|carries)\b/;
/** A sentence naming a parcel carrier. */
const CARRIERS_NAMED =
  /\b(?:PostNL|DHL|UPS|FedEx|DPD|GLS|TNT|USPS|Royal Mail|Parcelforce|Evri|Hermes|Yodel|La Poste|Colissimo|Chronopost|Deutsche Post|Correos|SEUR|Poste Italiane|PostNord|Bring|Posti|Canada Post|Purolator|Australia Post|Japan Post|Yamato|Amazon Logistics|bpost|Swiss Post|Austrian Post|InPost)\b/;
/**
 * A question for the time of day something happened or happens, not only its day: "what date and
 * time was it placed", "the exact day and time", "at what time", "what time exactly".
 */
const CLOCK_ASKED =
  /\b(?:date|day)\s+and\s+(?:the\s+)?(?:exact\s+)?time\b|\btime\s+and\s+(?:the\s+)?(?:date|day)\b|\b(?:exact|precise)\s+(?:time|hour|minute)\b|\bat\s+what\s+(?:time|hour)\b|\bwhat\s+time\b(?!\s+(?:frame|limit|window|span|period|scale)s?\b)/;
/** The latest hour something is done by, asked: "the cut-off", "by what time", "how late can I order". */
const CUT_OFF_ASKED =
  /\bcut[\s-]?off\b|\bby\s+(?:what|which)\s+(?:time|hour)\b|\b(?:latest|last)\s+(?:time|hour|moment)\b|\bhow\s+late\s+(?:can|do|may|should)\s+(?:i|we|you)\b/;
/** An hour a rule sets as the latest: "before 14:00 CET", "by 2 pm", "until noon". */
const CUT_OFF =
  /\b(?:before|by|until|till|no\s+later\s+than)\s+(?:\d{1,2}[:.]\d{2}\b|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)(?!\w)|noon\b|midday\b|midnight\b)/i;
/** "where do I send this / it / them": where to send what the message named before. */
const SEND_IT_WHERE =
  /\bwhere\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+send\s+(?:it|this|that|them|these|those)\b/;
/** What is sent by e-mail rather than by post: a claim, a complaint, photos, documents. */
const SENT_BY_MAIL =
  /\b(?:claims?|complaints?|requests?|photos?|pictures?|documents?|forms?|receipts?|proof)\b/;
/** A time of day: "10:12", "9 am", "noon". */
const CLOCK =
  /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:noon|midday|midnight)\b/i;
/** A business's address as a value: "your registered address", "the street address of your company". */
const BUSINESS_ADDRESS =
  /\b(?:your|the\s+company['’]s|the\s+business['’]s)\s+(?:(?:full|complete|exact|official|legal|registered|street|postal|mailing|office|business|company|head\s+office)\s+)+address\b|\bthe\s+(?:(?:full|complete|exact|official|legal|registered|street|postal|mailing|office|business|company)\s+)*(?:registered|street|postal|office|business|company)\s+address\s+(?:of\s+(?:your|the)\s+(?:company|business|firm|shop|store)|(?:we|i)\s+(?:should|must|need\s+to|have\s+to|can)\s+(?:register|use|put|enter|write|record))\b/;
/** … where an address is a place to send to or a thing to change, not a value asked for. */
const ADDRESS_AS_PLACE =
  /\b(?:to|at|from)\s+(?:your|the)\s+(?:\w+\s+){0,2}address\b|\b(?:change|changed|changing|update|updating|correct|edit|amend|move|moved)\b[^.?!]{0,30}\baddress\b/;
/** A question for a business's legal or registered name. */
const LEGAL_NAME_ASKED =
  /\b(?:legal|registered|official|full|trading)\s+(?:company\s+|business\s+|entity\s+)?name\b|\b(?:company|business|entity)\s+name\b|\bname\s+of\s+(?:your|the)\s+(?:company|business|firm|legal\s+entity)\b/;
/** A company name with its legal form: "Harbor & Pine B.V.", "Ridgeway Outdoor Ltd", "Kramer GmbH". */
const LEGAL_FORM =
  /(?:\p{Lu}[\p{L}&.'’-]*\s+){1,5}(?:B\.\s?V\.|N\.\s?V\.|BV|NV|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|GmbH|AG|KG|S\.A\.|SA|SAS|SARL|S\.r\.l\.|Srl|S\.p\.A\.|SpA|plc|PLC|Pty|Oy|AB|ApS|A\/S|AS|S\.L\.|SL)(?![\p{L}])/u;
/** A question about what happens when a term ends ("what happens to trail club after a year"). */
const LAPSE_ASKED =
  /\bwhat happens\b[^.?!]{0,60}?\b(?:after|when|once|at the end of)\b[^.?!]{0,30}?\b(?:year|years|month|months|term|period|trial|membership|subscription|plan)\b|\b(?:once|when|after) (?:the|my|our|a|its) (?:\w+ ){0,5}?(?:year|month|term|period|trial)\b[^.?!]{0,30}?\b(?:is up|ends|is over|runs out|expires)\b[^.?!]{0,40}?\bwhat happens\b/;
/** What a plan does when its term ends: it renews, continues or expires. */
const LAPSES =
  /\b(?:renews?|renewal|renewed|automatically|auto-?renew\w*|expires?|expiry|expired|lapses?|until you cancel)\b/i;

export function answerTypes(question: string): AnswerType[] {
  // what the message asks, not what its background says ("I live near the border. When …"), its
  // misspelt words corrected against the English lexicon ("what nubmer can I call")
  spelling ??= new SpellChecker();
  // (and what the asking sentence points back at: "… needs the seller's address. Could you give it?")
  const parts = messageParts(question);
  const { referent } = parts;
  const asking = withoutKnown(parts.asking);
  const q = restoreContractions(
    (REFERS_BACK.test(asking) || LEANS_ON_BEFORE.test(asking)) && referent
      ? `${referent} ${asking}`
      : asking,
  )
    .toLowerCase()
    // chat shorthand for the words the patterns read ("whats ur email", "can u send it", "r u open")
    .replace(/\b(?:ur|yr)\b/g, 'your')
    .replace(/\bu\b/g, 'you')
    .replace(/\br\b/g, 'are')
    .replace(/\p{L}+/gu, (w) => spelling!.correct(w));
  const types: AnswerType[] = [];
  const add = (kind: AnswerType['kind'], test: (s: string) => boolean, specific = false): void => {
    if (!types.some((t) => t.kind === kind)) types.push({ kind, test, specific });
  };
  if (
    /\bhow (?:long|soon|quick|quickly|fast)\b|\bhow much (?:longer|more time)\b|\b(?:warranty|guarantee|return|refund|delivery|shipping|trial|notice|membership) (?:period|window|time|length|duration)\b|\bhow many (?:more )?(?:business |working )?(?:days|weeks|months|years|hours|minutes)\b|\bwithin what\b|\bdeadline\b|\btime\s+limit\b/.test(
      q,
    ) ||
    SPEED_ASKED.test(q)
  )
  // "how long" asks for a span ("30 days"); "how soon", "how fast", "the quickest option" may be
  // answered by "the same day" or "as soon as we scan it" too
  {
    // ("how many years is it covered for": a span in years, not "under five minutes")
    const family = spanIn(
      /\bhow\s+many\s+(?:more\s+)?(?:business\s+|working\s+)?(minute|hour|day|week|month|year)s?\b/.exec(
        q,
      )?.[1],
    );
    add(
      'duration',
      (s) =>
        (/\bhow (?:soon|quick|quickly|fast)\b/.test(q) || SPEED_ASKED.test(q)
          ? DURATION
          : SPAN
        ).test(s) &&
        (family === undefined || family.test(s)),
    );
  }
  // "how much longer?", "how many more days?": a further span on top of one already passed ("Card
  // refunds can take a further 3 to 5 days to show"), not the first one again
  // (not "how much longer does it take compared to the EU?": a difference between two spans)
  if (FURTHER_ASKED.test(q) && !/\b(?:compared|than|versus|vs)\b/.test(q))
    add('further', (s) => FURTHER.test(s), true);
  // "from when does that count?", "do the 30 days count from the day I paid or from delivery?",
  // "when does the clock start?": the event a period is counted from ("starting on the delivery
  // date", "within 30 days of delivery", "5 business days after the returned item arrives")
  if (START_ASKED.test(q)) add('start', (s) => PERIOD_START.test(s));
  // "how long have I got to send it back": a time limit counted from an event ("within 30 days of
  // delivery"); "when will I see the money": what happens after the shop acts ("within 5 business
  // days after the returned item arrives")
  if (
    /\bhow long (?:do|have|did|would) (?:i|we|you) (?:got |have |get )?(?:left )?to\b(?! wait\b| be\b)|\bhow many (?:days|weeks)\b[^.?!]{0,40}?\b(?:do|have|would) (?:i|we) (?:got |have |get )?(?:left )?to (?:send|return|report|claim|cancel|exchange|swap|get (?:my|the|a)|ask|post|bring|make|change)\b/.test(
      q,
    ) ||
    // "until when can I send it back?": the limit, asked by its end
    /\b(?:until|till|by)\s+when\b[^.?!]{0,60}?\b(?:send|return|report|claim|cancel|exchange|swap|refund|back)\b/.test(
      q,
    )
  )
    add('deadline', (s) => DEADLINE.test(s), true);
  else if (
    /\b(?:when|how (?:soon|long))\b[^.?!]{0,40}?\b(?:see|get|receive|have)\s+(?:my|the|our)\s+(?:money|refund)\b|\bhow long (?:does|will|would|do) (?:the |a |my )?refunds? take\b/.test(
      q,
    )
  )
    add('processing', (s) => PROCESSING.test(s));
  // a price asked ("how much is the membership", "what does express cost") is answered by an
  // amount, not by "refunded in full"
  const price = PRICE_ASKED.test(q) && !/\bdiscount|\bcharge|\brefund|\bback\b/.test(q);
  // "is there anything you don't cover?", "what can't I send back?": what a rule leaves out is
  // answered by a sentence that says what it does not do
  if (
    EXCLUSION_ASKED.test(q) &&
    /\b(?:what|which|anything|any|is\s+there|are\s+there|stuff|things?|items?)\b/.test(q) &&
    !/\bif\s+you\s+(?:do\s+not|don['’]?t|\w+['’]t)\b|\bcan['’]?t\s+you\b|^\s*(?:please\s+)?(?:do\s+not|don['’]?t)\b/.test(
      q,
    )
  )
    add('exclusion', (s) => NEGATIVE.test(s));
  // "what VAT rate did you charge", "what percentage": a rate answers, not an amount
  if (
    /\b(?:what(?:['’]s)?|which)\s+(?:is\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:rate|percentage)\b|\b(?:how\s+many|what)\s+(?:percent|per\s+cent|%)/.test(
      q,
    ) &&
    !/\b(?:charge|cost|price|fee|shipping|delivery)\b/.test(q) &&
    // "at what rate do tents wear out" is a speed; "at what rate" of a tax is a rate
    (!/\bat\s+what\s+rate\b/.test(q) || /\b(?:tax|vat|interest|discount)\b/.test(q))
  )
    add('rate', (s) => RATE.test(s));
  // "how much was one pair", "the price per pair": an amount for one ("17.50 EUR each")
  const unitPrice = PRICE_ASKED.test(q) && UNIT_ASKED.test(q);
  if (price) add('money', (s) => AMOUNT.test(s));
  // ("how much do you take off the money", "how much will you keep back": a fee kept back)
  // "how much of the total was tax", "the VAT on invoice X": the tax's own amount, not the total
  // it is part of ("VAT 21% 38.88 EUR", not "Total due: 224.00 EUR")
  else if (TAX_ASKED.test(q) && !PRICE_ASKED.test(q))
    add('money', (s) => MONEY.test(s) && TAX_NAMED.test(s));
  else if (CHARGE_ASKED.test(q) || KEPT_BACK_ASKED.test(q)) add('money', (s) => MONEY.test(s));
  else if (
    /\bhow heavy\b|\bhow much (?:does|do|did|will) [^.?!]{0,80}?\bweigh\b|\bwhat(?:'s| is)? (?:the )?weight\b/.test(
      q,
    )
  )
    // a weight asks for a mass, not any number ("1.9 kg", not "five-year")
    add('quantity', (s) => MASS.test(s));
  else if (
    /\bhow (?:many|much(?!\s+(?:longer|more\s+time))|heavy|big|large|tall|wide|far|old)\b|\bwhat (?:size|weight)\b/.test(
      q,
    )
  )
    add('quantity', (s) => QUANTITY.test(s));
  if (unitPrice) add('unit price', (s) => UNIT_PRICE.test(s), true);
  // "what was the grand total?", "the amount due on my invoice": the total's line ("Total due:
  // 224.00 EUR"), not a line of one item nor the subtotal
  if (TOTAL_ASKED.test(q)) add('total', (s) => TOTAL_STATED.test(s), true);
  // a quantity the question names ("after 35 days", "over 50 EUR") is answered by a rule that
  // names one of the same unit
  const unit = new RegExp(`\\b${NUMBER_WORD}[\\s-]+(${UNIT})\\b`, 'i').exec(q)?.[1];
  const same = spanIn(unit);
  if (same) add('duration', (s) => same.test(s));
  if (
    /\bwho (?:pays|covers|is charged|bears)\b|\bwho has to pay\b|\bat whose (?:cost|expense)\b|\bwho (?:foots|picks up) the (?:bill|tab)\b/.test(
      q,
    ) ||
    // "will I get hit with extra fees when it arrives?", "am I going to get stung with charges?":
    // whether the customer pays them, told by who pays ("paid by the customer on delivery")
    HIT_WITH_FEES.test(q)
  )
    add('payer', (s) => PAYER.test(s));
  // "are you open on Sundays": a day named is a question about when
  // ("from when does it count?" asks for an event, the start above, not a date or an hour)
  if (
    (CLOCK_ASKED.test(q) || !START_ASKED.test(q)) &&
    (CLOCK_ASKED.test(q) ||
      asksWhen(q) ||
      /\bwhat time\b|\b(?:cut[\s-]?off|closing|opening|latest|earliest)\s+(?:time|hour)s?\b|\b(?:the|your|a)\s+cut[\s-]?off\b|\bwhich days?\b|\bwhat hours\b|\buntil when\b|\bwhat year\b|\b(?:what|which) (?:dates?|days?)\b|\b(?:open|closed|available)\b[^.?!]{0,80}?\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|holidays?|christmas|easter)\b/.test(
        q,
      ))
  )
    add('time', (s) => TIME.test(s));
  // "what's the cut-off?", "by what time do I have to order?": the latest hour a rule sets
  // ("Orders placed before 14:00 CET … leave the same day"), not the hour an order was placed
  if (CUT_OFF_ASKED.test(q)) add('cut-off', (s) => CUT_OFF.test(s), true);
  // "what date and time was order X placed": a sentence with the time of day, not a date alone
  if (CLOCK_ASKED.test(q)) add('clock', (s) => CLOCK.test(s), true);
  // "which countries", "where else": a sentence naming countries, not one about a region
  if (
    /\b(?:which|what)\s+(?:other\s+)?countr(?:y|ies)\b|\bwhere\s+else\b|\b(?:which|what)\s+(?:other\s+)?(?:places|destinations)\b(?=[^.?!]{0,60}\b(?:send|ship|deliver|post)\w*\b)/.test(
      q,
    ) ||
    // "I moved to Australia, can you still send things to me?": whether the shop sends to where
    // the customer is, told by the countries it ships to
    (SENDS_THERE_ASKED.test(q) && countriesIn(question, { cities: true }).length > 0)
  )
    add('countries', (s) => countriesIn(s).length > 0);
  // "where do you ship from?": the place parcels leave ("from our warehouse in Rotterdam"), not
  // where they go ("inside the EU")
  if (ORIGIN_ASKED.test(q)) add('place', (s) => ORIGIN.test(s), true);
  // ("which town is your office in?", "what city do you ship from": a place too)
  if (/\bwhere\b|\b(?:which|what)\s+(?:town|city|village|region)\b/.test(q))
    add('place', (s) => PLACE.test(s));
  if (
    /\b(?:phone|telephone|contact|hotline|support line|helpline)\s+number\b|\bwhat(?:'s| is)?\s+(?:the |your )?(?:\w+ )?number\b(?! of)|\bwhich number\b|\bnumber (?:can|do|should|to) (?:i|we) (?:call|ring|dial|phone|use)\b|\bnumber for (?:calling|phoning|ringing)\b|\bhow (?:can|do) i (?:call|ring|phone)\b/.test(
      q,
    ) &&
    !/\b(?:order|tracking|invoice|vat|case|ticket|account)\s+number\b/.test(q)
  )
    add('phone', (s) => PHONE.test(s), true);
  // "what's the tracking number", "tell me my order id": an id answers, not a sentence about ids
  // ("how will I find out my tracking number" asks how); and an id wanted for some use ("my
  // accountant needs your tax ID", "I need the order number for the form") asks for the id itself,
  // as a needed address asks for the address
  // (and so does one someone keeps asking the customer for: "my accountant keeps nagging me for
  // your tax ID", "the customs office is asking us for the invoice number")
  if (
    /\b(?:(?:what|which)(?:'s|\s+is|\s+are|\s+was)?|(?:give|tell|send)\s+me)\s+(?:\w+\s+){0,2}(?:tracking|order|invoice|vat|case|ticket|account|reference|confirmation|customer|membership)\s+(?:identification\s+|registration\s+)?(?:number|no|id|code)\b|\b(?:which|what)\s+code\s+(?:do|should|must|can)\s+(?:i|we)\b|\b(?:give|tell|send)\s+(?:me|us)\s+(?:the|my|a|your|our)\s+(?:code|id|reference)\b/.test(
      q,
    ) ||
    /\b(?:need|needs|needed|want|wants|require|requires|required|(?:ask|nag|bug|pester|chase|hound)\w{0,4}\s+(?:me|us|him|her|them)?\s*for)\s+(?:the|your|its|their|our|my)\s+(?:[\w'’]+\s+){0,2}?(?:tracking|order|invoice|vat|tax|registration|case|ticket|account|reference|customer|membership|company)\s+(?:registration\s+|identification\s+)?(?:number|no|id|code)\b/.test(
      q,
    )
  )
    add('code', isCode, true);
  // "… without your VAT registration number. Could you tell me what it is?"
  else if (
    /\b(?:tracking|order|invoice|vat|tax|registration|case|ticket|account|reference|customer|membership)\s+(?:registration\s+|identification\s+|id\s+)?(?:number|no|id|code)\b/.test(
      q,
    ) &&
    /\b(?:what|which)\s+(?:it|that|this)\s+is\b|\b(?:give|tell|provide|share)\s+(?:me\s+|us\s+)?(?:it|that|this|both|them)\b|\bsend\s+(?:me|us)\s+(?:it|that|this|both|them)\b/.test(
      q,
    )
  )
    add('code', isCode, true);
  if (
    (/\b(?:what|which|what's|whats)\s+(?:(?:is|are|was)\s+)?(?:(?:the|your|its|their|our)\s+)?(?:[\w'’]+\s+){0,4}address\b|\b(?:give|tell|send)\s+me\s+(?:the|your|its)\s+(?:\w+\s+){0,2}address\b|\b(?:need|needs|want|wants|require|requires)\s+(?:the|your|its|their)\s+(?:[\w'’]+\s+){0,3}address\b/.test(
      q,
    ) ||
      // "the legal name of your company and the street address we should register", "your full
      // registered address": the business's address, named as a value to be given
      (BUSINESS_ADDRESS.test(q) && !ADDRESS_AS_PLACE.test(q))) &&
    // ("mail address": as many write an e-mail address)
    !/\b(?:e-?mail|mail|web|ip|mac)\s+address/.test(q)
  )
    add('address', (s) => ADDRESS.test(s), true);
  // "what is the exact legal name of your company?": a name with its legal form ("… B.V.", "… Ltd")
  if (LEGAL_NAME_ASKED.test(q)) add('legal name', (s) => LEGAL_FORM.test(s), true);
  if (
    (/\b(?:e-?)?mail address\b|\bwhere (?:do|should|can|shall|must) (?:i|we) (?:send|submit|file|lodge|make|e-?mail) (?:(?:the|my|our|a|an|this|that|these|those) )?(?:\w+ )?(?:claims?|complaints?|requests?|photos?|pictures?|documents?|forms?|receipts?|proof)\b|\bwhat(?:'s| is)? (?:the |your )?e-?mail\b|\bwhich e-?mail\b|\b(?:an|the|your) e-?mail (?:for|to)\b|\bwrite to\b|\bwhere (?:do|should|can|shall|must) (?:i|we) (?:write|send (?:an? )?e-?mail)\b|\bwhere (?:i|we) (?:should|can|must|have to|need to) (?:write|send (?:an? )?e-?mail)\b|\b(?:to\s+whom|who)\s+(?:\w+\s+){0,3}?(?:write|send|e-?mail)\b/.test(
      q,
    ) ||
      // "I would like to make a claim under the warranty. Where do I send this?": what it points
      // back at is a claim, sent by e-mail
      (SEND_IT_WHERE.test(q) && SENT_BY_MAIL.test(q))) &&
    !/\bunsubscrib|\bstop\b/.test(q)
  )
    add('email', (s) => EMAIL.test(s), true);
  // "whose name is on the invoice?", "who was it billed to?": the person a record names, after
  // its label ("Customer: Jo Lee")
  if (PERSON_ON_RECORD_ASKED.test(q)) add('person', (s) => PERSON_ON_RECORD.test(s), true);
  if (
    /^\s*who\b|\bwho (?:\w+ed|owns|runs|made|makes|is behind)\b|\bwho['’]s behind\b/.test(q) &&
    !/\bwho (?:pays|covers)\b/.test(q)
  )
    add('agent', (s) => AGENT.test(s));
  // "can I get my money back for it?", "is there a way to return it?": whether it may be done is
  // answered by a rule that says so ("… cannot be refunded", "… can be exchanged", "must be …"),
  // not by one that only tells how it is done
  if (PERMISSION_ASKED.test(q)) add('permission', (s) => PERMISSION.test(s));
  // "it came three weeks ago … can I still get my money back?": whether it may *still* be done,
  // after a time the message tells, is a time limit counted from an event ("within 30 days of
  // delivery")
  if (
    PERMISSION_ASKED.test(q) &&
    /\bstill\b/.test(q) &&
    ELAPSED.test(question) &&
    !types.some((t) => t.kind === 'deadline')
  )
    add('deadline', (s) => DEADLINE.test(s), true);
  // "in what condition must it be returned?", "can I return a jacket I've already worn?": the
  // state goods must be in ("Items must be unworn, unwashed and in their original packaging")
  if (STATE_ASKED.test(q) || (USE_TOLD.test(q) && GOES_BACK.test(q)))
    add('state', (s) => STATE.test(s), true);
  // "what do I get as a member?", "what are the perks?": what one gets ("members also get free
  // delivery"), not what the plan costs or how it ends
  if (
    BENEFIT_ASKED.test(q) &&
    !/\b(?:instead|refund\w*|money)\b|\bget\s+(?:\w+\s+){0,3}?back\b/.test(q)
  )
    add('benefit', (s) => BENEFIT.test(s));
  // "how do I cancel", "how will I find out": not how long, how much, how often (a kind above)
  if (
    /\bhow (?:do|can|could|will|would|should|does|did|shall) (?:i|we|you|one|it|they)\b|\bhow (?:was|were|is|are) (?:it|they|this|that) (?:paid|sent|shipped|delivered|settled)\b|\bhow to\b|\bwhat(?:'s| is) the (?:best )?way to\b/.test(
      q,
    ) ||
    TERSE_HOW.test(q)
  )
    // ("how do you handle this?" asks what the shop does: the action below)
    if (!ACTION_ASKED.test(q)) add('manner', (s) => MANNER.test(s));
  // "which courier?", "who delivers it?", "what shipping company do you use?": a carrier, named
  if (CARRIER_ASKED.test(q)) add('carrier', (s) => CARRIERS_NAMED.test(s), true);
  // "what happens to the club after a year?", "once the year is up, what happens to it?": what a
  // plan does when its term ends (it renews, it expires), not what follows in some case
  const lapse = LAPSE_ASKED.test(q);
  if (lapse) add('lapse', (s) => LAPSES.test(s));
  // "if you can't fix it, what do I get instead?": what follows in a case (not "if I join, what
  // do I get": the benefits)
  if (
    !lapse &&
    (/\bwhat (?:happens|if)\b|\bwhat (?:do|should|can) (?:i|we) do if\b|\bin case\b|\bwhat (?:do|will|would|can) (?:i|we) (?:get|receive)\b[^.?!]{0,40}?\binstead\b/.test(
      q,
    ) ||
      CASE_THEN_WHAT.test(q))
  ) {
    // (and when it names the case — "what happens if you have none left?" — a sentence whose own
    // condition names it: "If the new size is out of stock we refund …", not "if you are between
    // sizes, choose the larger")
    const named = caseTerms(question);
    add('condition', (s) => CONDITION.test(s) && (named.length === 0 || statesCase(s, named)));
  }
  // "what can I pay with?", "my options for paying", "which ways of paying are ok?": the ways the
  // shop accepts, named ("Visa, Mastercard, PayPal and iDEAL"), not a rule about one of them
  if (PAYMENT_ASKED.test(q) || PAY_WITH_NAMED.test(q))
    add('payment methods', namesPaymentMethods, true);
  // "where does the money go?", "to which account is it coming back?", "does the money go back onto
  // my bank card?": where a refund is paid ("paid to the original payment method", "refunded as a
  // new gift card"), not where to send a return
  if (DESTINATION_ASKED.test(q)) add('refund destination', (s) => REFUNDED_TO.test(s));
  // "what kind of faults does the guarantee cover?", "which faults do you repair for free?": the
  // list of what is covered ("covers broken zippers, failed seams and faulty buckles")
  // (not what it does not cover: the exclusion above)
  if (COVERAGE_ASKED.test(q) && !NOT_COVERED.test(q))
    add('coverage', (s) => COVERAGE_LISTED.test(s) && !NOT_COVERED.test(s), true);
  // "when arrives my order X?", "between which dates was it meant to arrive?": the expected date
  // of arrival a record gives ("Delivery: standard, expected 2026-03-06 to 2026-03-08")
  if (ARRIVAL_ASKED.test(q)) add('arrival date', (s) => ARRIVAL_DATE.test(s), true);
  // "will you keep back a handling fee?", "do you take a cut too?": whether a fee is charged, told
  // by a sentence on charging one ("We do not charge a restocking fee on any return")
  if (FEE_ASKED.test(q)) add('fee', (s) => FEE_STATED.test(s), true);
  // "who actually started your shop?", "who runs it and since when?", "where did you start out?":
  // how the business began ("founded in 2014 in Rotterdam by two former mountain guides")
  if (FOUNDING_ASKED.test(q)) add('founding', (s) => FOUNDED.test(s), true);
  // "how do I get in touch about my order?", "best way to reach you?": a way to contact the shop
  // ("reply to this email", "by phone at …"), not what the order or the shop is
  if (CONTACT_ASKED.test(q)) add('contact', (s) => CONTACT.test(s));
  // "what will you do?", "how do you handle this?", "what would you do instead?": what the shop
  // does is answered by a sentence where it acts ("We repair first; …", "… are refunded in full"),
  // not by one that describes the case
  if (ACTION_ASKED.test(q)) add('action', (s) => SHOP_ACTS.test(s));
  // "what do I have to send you?", "what do you need from me?": what to send along is answered
  // by a rule that names it ("send your order number and photos"), not by what is covered
  if (PROVIDE_ASKED.test(q)) add('requirement', (s) => PROVIDE.test(s));
  if (
    /\bwhat (?:\w+ )?(?:has|have|do|does|must|should) [^.?!]{0,80}?\b(?:be|to|need|meet)\b[^.?!]{0,80}?\b(?:to|for|before)\b|\b(?:requirements?|conditions?|criteria)\b|\bwhat do i need\b/.test(
      q,
    )
  )
    add('requirement', (s) => REQUIREMENT.test(s));
  return types;
}
