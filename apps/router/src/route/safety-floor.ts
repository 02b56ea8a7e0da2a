import { Lexicon, SpellChecker, phrasalVerbAt, splitSentences, tokenize } from '@switchyard/nlp';

/** Verbs (as lemmas) that move money or undo a purchase whatever their object. */
const MONEY_ACTIONS = new Set([
  'refund',
  'reimburse',
  'compensate',
  'compensation',
  'chargeback',
  'waive',
  'void',
  'cancel',
  'cancellation',
  'overcharge',
]);

/**
 * Refunds, cancellations, reversals and changes of bank or delivery details in the languages
 * customers most often write in besides English (German, French, Spanish, Italian, Dutch,
 * Portuguese, the Scandinavian languages, Polish), as word stems. The router's lexicon is
 * English, so it cannot tell a question about such a thing from a request for it: any mention
 * is a plausible request, and a person looks at it.
 */
const OTHER_LANGUAGES = new RegExp(
  [
    // German
    '(?:zurück|rück)?erstatt\\p{L}*|rückzahl\\p{L}*|zurückzahl\\p{L}*|storn\\p{L}*|kündig\\p{L}*|gutschrift\\p{L}*|widerruf\\p{L}*|geld\\s+zurück|(?:bankverbindung|kontonummer|iban|lieferadresse|zahlungsart|kreditkarte)\\p{L}*\\s+(?:\\p{L}+\\s+)?ändern|ändern\\s+(?:sie\\s+)?(?:meine?n?\\s+)?(?:bankverbindung|kontonummer|iban|lieferadresse|zahlungsart)',
    // French
    "rembours\\p{L}*|annul\\p{L}*|résili\\p{L}*|virement|(?:changer|modifier)\\s+(?:mon|ma|mes|l[ae']|les)?\\s*(?:iban|rib|adresse\\s+de\\s+livraison|coordonnées\\s+bancaires|carte|moyen\\s+de\\s+paiement)",
    // Spanish and Portuguese
    'reembols\\p{L}*|devuelv\\p{L}*\\s+(?:el\\s+|mi\\s+)?dinero|devoluci[oó]n\\s+del?\\s+dinero|cancel(?:ar|en|e|o|ación|amento)\\b|anul(?:ar|en|e|ación|ação)\\b|estorn\\p{L}*|devolu[cç][aã]o\\s+do\\s+dinheiro|cambiar\\s+(?:mi\\s+|la\\s+)?(?:dirección\\s+de\\s+entrega|cuenta\\s+bancaria|tarjeta|iban)',
    // Italian
    "rimbors\\p{L}*|annull\\p{L}*|disdett\\p{L}*|disdire|(?:cambiare|modificare)\\s+(?:il\\s+|l'|la\\s+)?(?:iban|indirizzo\\s+di\\s+consegna|carta|metodo\\s+di\\s+pagamento)",
    // Dutch
    'terugbeta\\p{L}*|geld\\s+terug|annuleer\\p{L}*|annulering|opzeg\\p{L}*|restitutie|(?:wijzig|verander)\\p{L}*\\s+(?:mijn\\s+|het\\s+|de\\s+)?(?:iban|rekeningnummer|bezorgadres|afleveradres|betaalmethode)',
    // Scandinavian
    'återbetal\\p{L}*|pengarna\\s+tillbaka|avbeställ\\p{L}*|makuler\\p{L}*|tilbagebetal\\p{L}*|penge(?:ne)?\\s+tilbage|refusjon|penger(?:ne)?\\s+tilbake|kanseller\\p{L}*|annuller\\p{L}*',
    // Polish
    'zwrot\\s+(?:pieniędzy|środków|kosztów)|zwróć\\p{L}*|anuluj\\p{L}*|anulowa\\p{L}*|rezygnacj\\p{L}*|zmian\\p{L}*\\s+(?:numeru\\s+konta|adresu\\s+dostawy)',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?<![\\p{L}])(?:')
    .concat(')'),
  'iu',
);

/** Verbs that change something: high impact only with one of OBJECTS. */
const CHANGE_ACTIONS = new Set([
  'change',
  'update',
  'edit',
  'modify',
  'amend',
  'correct',
  'switch',
  'swap',
  'replace',
  'move',
  'transfer',
  'put',
  'pay',
  'charge',
  'credit',
  'close',
  'delete',
  'remove',
  'deactivate',
  'terminate',
  'stop',
  'hold',
  'split',
  'add',
  'upgrade',
  'downgrade',
  'give',
  'reverse',
  'dispute',
  'drop',
  'issue',
  'unsubscribe',
  'undo',
  'merge',
]);

/** Account, payment and money data. */
const OBJECTS = new Set([
  'account',
  'profile',
  'card',
  'iban',
  'bank',
  'payment',
  'billing',
  'address',
  'email',
  'e-mail',
  'phone',
  'name',
  'credit',
  'balance',
  'money',
  'refund',
  'subscription',
  'membership',
  'renewal',
  'plan',
  'fee',
  'charge',
  'deposit',
  'voucher',
  'point',
  'detail',
  'data',
  'recipient',
  'paypal',
  'difference',
  'order',
  'user',
]);

/** Verbs that send an order somewhere: high impact when the destination changes. */
const DELIVERY_ACTIONS = new Set([
  'send',
  'deliver',
  'ship',
  'redirect',
  'reroute',
  'forward',
  'post',
  'leave',
]);
const DESTINATION_CHANGE = new Set([
  'instead',
  'different',
  'another',
  'new',
  'address',
  'pickup',
  'locker',
  'neighbour',
  'neighbor',
  'office',
  'work',
]);

/** What a customer can ask us not to do ("don't ship it", "do not renew my plan"). */
const STOPPABLE = new Set([...DELIVERY_ACTIONS, 'renew', 'charge', 'bill']);

/** Words that make a sentence a look-up of something already under way. */
const STATUS = new Set([
  'status',
  'yet',
  'update',
  'news',
  'process',
  'arrive',
  'receive',
  'through',
  'track',
  'tracking',
  'already',
]);
const QUESTION_OPENERS = new Set([
  'how',
  'what',
  'when',
  'which',
  'why',
  'where',
  'who',
  'is',
  'are',
  'do',
  'does',
  'will',
  'would',
  'can',
  'could',
  'should',
  'if',
  'may',
]);
const NOUN_MARKERS = new Set(['a', 'an', 'any', 'the', 'some', 'no', 'your']);
/** Prepositions of means: "paid by bank transfer", "via card". */
const MEANS = new Set(['by', 'via']);
/** Words that name a kind of payment card before "card" ("credit card"). */
const CARD_KINDS = new Set(['credit', 'debit', 'charge']);
/** Verbs of finding out: with "whether" or "if" they ask how something stands. */
const FIND_OUT = new Set(['check', 'confirm', 'know', 'see', 'tell', 'verify', 'find', 'look']);
/** Words that ask whether something can be done ("is it possible to cancel ...?"). */
const ABILITY = new Set(['possible', 'able', 'ok', 'okay', 'allowed']);
const PAST = new Set(['paid', 'sent', 'put', 'shipped', 'moved', 'given', 'gave', 'closed']);

/** A question in the past or perfect asks what happened, not for something to be done. */
const STATUS_OPENERS = new Set(['was', 'were', 'did', 'has', 'have', 'had']);
const YOU_REQUEST = new Set(['can', 'could', 'would', 'will']);
const DESIRE = new Set(['want', 'like', 'need', 'demand', 'wish', 'request', 'ask', 'let']);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);
const POSSESSIVE = new Set(['my', 'our', 'mine']);
/** Money a customer can be owed (wished for with "the": "I want the difference"). */
const OWED = new Set(['difference', 'money', 'deposit', 'balance', 'refund']);

interface Word {
  norm: string;
  lemma: string;
  /** Follows another word directly (no number or punctuation between). */
  joined: boolean;
}

/**
 * The safety floor's reading of a request: does it plausibly ask to move money, refund, cancel, or
 * change account, payment or delivery data? Works on lemmas (so "cancelled", "refunds" and the
 * misspelt "refnd" count) and on the shape of the sentence — an imperative, a wish ("I'd like"),
 * a request to us ("could you"), a possessive ("my card") or a reference (an order number or an
 * amount) makes it a request; a general question ("can an order be cancelled?") or a status
 * look-up ("has my refund gone through yet?") does not. Returns why, or undefined.
 */
export class SafetyFloor {
  private readonly spell: SpellChecker;
  private readonly lexicon = Lexicon.get();

  constructor() {
    this.spell = new SpellChecker([
      ...MONEY_ACTIONS,
      ...CHANGE_ACTIONS,
      ...OBJECTS,
      ...DELIVERY_ACTIONS,
    ]);
  }

  /**
   * The money action a phrasal verb means, when WordNet gives it as a synonym ("call_off" →
   * cancel). Only money actions: a change verb needs its object, which a phrase may not have
   * ("take the data out" is not "remove").
   */
  private actionFor(phrase: string): string | undefined {
    for (const [w, strength] of this.lexicon.related(phrase))
      if (strength >= 0.9 && MONEY_ACTIONS.has(w)) return w;
    return undefined;
  }

  check(text: string): string | undefined {
    // each sentence, and each clause of one ("and", "but", ";")
    const clauses = splitSentences(text).flatMap((s) => s.split(/;|\band\b|\bbut\b/i));
    for (const sentence of clauses) {
      const reason = this.checkSentence(sentence);
      if (reason) return reason;
    }
    const foreign = OTHER_LANGUAGES.exec(text);
    if (foreign)
      return `names a refund, cancellation or payment change in another language ('${foreign[0].trim()}'), which the router cannot read closely`;
    return undefined;
  }

  private checkSentence(sentence: string): string | undefined {
    const tokens = tokenize(sentence);
    const words: Word[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const norm = this.spell.correct(t.norm);
      words.push({ norm, lemma: this.lexicon.lemma(norm), joined: tokens[i - 1]?.kind === 'word' });
    });
    if (words.length === 0) return undefined;
    // a phrasal verb whose WordNet synonym is an action counts as it ("call it off" is "cancel")
    words.forEach((w, i) => {
      const found = phrasalVerbAt(words, i, w.lemma);
      const seed = found && this.actionFor(found.phrase);
      if (seed) words[i] = { ...w, lemma: seed };
    });
    const lemmas = new Set(words.map((w) => w.lemma));
    const norms = words.map((w) => w.norm);
    const reference = tokens.some(
      (t) =>
        t.kind === 'code' ||
        t.kind === 'currency' ||
        (t.kind === 'number' && t.norm.replace(/\D/g, '').length >= 3),
    );
    // money back: "back" or "return" with money ("I want the 20 back", "return my deposit")
    const moneyBack =
      (lemmas.has('back') ||
        lemmas.has('return') ||
        lemmas.has('repay') ||
        // "I want my money", "need my deposit now"
        norms.some(
          (w, i) => DESIRE.has(this.lexicon.lemma(w)) && POSSESSIVE.has(norms[i + 1] ?? ''),
        ) ||
        // "I want the difference", "we need the deposit": money itself wished for
        norms.some(
          (w, i) =>
            DESIRE.has(this.lexicon.lemma(w)) &&
            norms[i + 1] === 'the' &&
            OWED.has(this.lexicon.lemma(norms[i + 2] ?? '')),
        )) &&
      ['money', 'pay', 'payment', 'refund', 'deposit', 'charge', 'difference', 'fee'].some((w) =>
        lemmas.has(w),
      );
    // A change is a verb asked for: not a noun ("an update on my order"), not a past participle
    // describing a document ("paid by card"); and its object is another word ("credit note").
    // A plural or third-person form ("extra charges", "the fee changes") describes; a request
    // asks with the base form ("charge me", "please change", "I want to change").
    const first = norms[0];
    const desire =
      norms.some(
        (w, i) => (w === 'i' || w === 'we') && DESIRE.has(this.lexicon.lemma(norms[i + 1] ?? '')),
      ) ||
      norms.some(
        (w, i) => (w === 'i' || w === 'we') && norms[i + 1] === 'would' && norms[i + 2] === 'like',
      ) ||
      (first === 'let' && norms[1] === 'me');
    // "I need my address changed", "I want my account wiped": a participle after a wish for
    // something of mine is the action wished for
    const wished = (i: number): boolean =>
      desire && norms.slice(0, i).some((x) => POSSESSIVE.has(x)) && i > 2;
    const isVerb = (w: Word, i: number): boolean =>
      !NOUN_MARKERS.has(norms[i - 1] ?? '') &&
      // the head of a compound noun ("bank transfer", "card payment") or a means ("paid by bank
      // transfer", "by card") describes how something was done
      !(w.joined && OBJECTS.has(words[i - 1]?.lemma ?? '') && w.norm === w.lemma) &&
      !MEANS.has(norms[i - 1] ?? '') &&
      !MEANS.has(norms[i - 2] ?? '') &&
      // a payment card named by its kind ("credit card", "charge card") is a noun
      !(CARD_KINDS.has(w.lemma) && norms[i + 1] === 'card') &&
      !['on', 'about', 'note'].includes(norms[i + 1] ?? '') &&
      !(w.norm !== w.lemma && (w.norm.endsWith('ed') || PAST.has(w.norm)) && !wished(i)) &&
      !(
        w.norm !== w.lemma &&
        w.norm.endsWith('s') &&
        !['i', 'we', 'you'].includes(norms[i - 1] ?? '')
      );
    const change = words.find((w, i) => CHANGE_ACTIONS.has(w.lemma) && isVerb(w, i));
    // the customer's data, not ours ("give me your contact details")
    const object =
      change &&
      words.find(
        (w, i) => w !== change && OBJECTS.has(w.lemma) && !norms.slice(i - 2, i).includes('your'),
      );

    const moneyAction = words.find((w) => MONEY_ACTIONS.has(w.lemma))?.lemma;
    const actionWord = moneyAction ?? change?.lemma;
    const action =
      moneyAction ??
      (moneyBack ? 'money back' : undefined) ??
      (change && object ? `${change.lemma} ${object.lemma}` : undefined) ??
      ((words.some((w, i) => DELIVERY_ACTIONS.has(w.lemma) && isVerb(w, i)) ||
        words.some((w, i) => w.lemma === 'go' && norms[i + 1] === 'to')) &&
      words.some((w) => DESTINATION_CHANGE.has(w.lemma))
        ? 'change where it is delivered'
        : undefined) ??
      // "don't ship order 66230", "do not renew my plan": stopping a delivery or a charge
      (words.some(
        (w, i) => STOPPABLE.has(w.lemma) && norms[i - 1] === 'not' && norms[i - 2] === 'do',
      )
        ? 'stop a delivery or a charge'
        : undefined) ??
      // "take my card off my account", "knock 20 EUR off my order": removing from my data
      (norms.some(
        (w, i) =>
          w === 'off' &&
          POSSESSIVE.has(norms[i + 1] ?? '') &&
          words.slice(i + 2, i + 4).some((x) => OBJECTS.has(x.lemma) || x.lemma === 'invoice'),
      )
        ? 'take something off an order or account'
        : undefined);
    if (!action) return undefined;

    const youRequest = norms.some((w, i) => YOU_REQUEST.has(w) && norms[i + 1] === 'you');
    const polite = norms.some((w) => POLITE.has(w));
    const imperative =
      MONEY_ACTIONS.has(this.lexicon.lemma(first)) ||
      CHANGE_ACTIONS.has(this.lexicon.lemma(first)) ||
      DELIVERY_ACTIONS.has(this.lexicon.lemma(first)) ||
      first === 'give' ||
      first === 'don' ||
      (first === 'do' && norms[1] === 'not');
    const possessive = norms.some((w) => POSSESSIVE.has(w)) || norms.includes('me');
    const firstPerson = norms.includes('i') || norms.includes('we');
    const asking = youRequest || desire || polite || imperative;
    const question = QUESTION_OPENERS.has(first) && !(first === 'do' && norms[1] === 'not');
    const howDoI =
      first === 'how' && ['do', 'can', 'should'].includes(norms[1] ?? '') && norms[2] === 'i';
    // "is the refund on its way?", "are my details changed?": a question about how something
    // stands, unless it asks whether something can be done ("is it possible to ...")
    const stateQuestion = (first === 'is' || first === 'are') && !norms.some((w) => ABILITY.has(w));
    // "could you check whether ...", "I want to know if ...": finding out, not doing
    const asksWhether = norms.findIndex(
      (w, i) =>
        (w === 'whether' || w === 'if') &&
        norms.slice(Math.max(0, i - 3), i).some((x) => FIND_OUT.has(this.lexicon.lemma(x))),
    );
    const findOut = asksWhether >= 0;
    // what is to be found out is whether the action happened or can: not a request for it
    if (findOut && words.findIndex((w) => w.lemma === actionWord) > asksWhether) return undefined;
    // "which address did it ship to?": a question about what happened
    const pastQuestion =
      QUESTION_OPENERS.has(first) && norms.slice(1, 4).some((w) => STATUS_OPENERS.has(w));
    const status =
      findOut ||
      pastQuestion ||
      // "any update on my order" (a noun), not "update my address" (the change asked for)
      words.some((w) => STATUS.has(w.lemma) && w !== change) ||
      first === 'where' ||
      STATUS_OPENERS.has(first) ||
      stateQuestion;

    if (status && !asking) return undefined;
    if (question) {
      // "can I get a refund for order 77120?" asks for one; "can I get a refund if ...?" asks how
      if (!asking && !reference && !(howDoI && possessive)) return undefined;
    } else if (!asking && !possessive && !firstPerson) return undefined;
    return `asks to ${action}`;
  }
}
