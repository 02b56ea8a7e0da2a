import type { PayloadInput, RouteRequestedV1, Subjects } from '@switchyard/contracts';
import { splitSentences, withoutSmallTalk } from '@switchyard/nlp';
import type { RouteDecision, Router } from '@switchyard/workflows';
import type { RouteClassifier } from './route-classifier.js';
import type { RouteModel } from './route-model.js';
import {
  type SafetyFloor,
  documentParts,
  inlineDocumentParts,
  looksLikeDocument,
  mostlyForeign,
  unpunctuated,
  withApostrophes,
  withoutQuotedLines,
} from './safety-floor.js';

/** A wish only to know a balance ("I would like to know how much is left on my gift card"). */
const ONLY_TO_KNOW_WHAT_IS_LEFT =
  /\bhow\s+much\s+(?:money\s+|credit\s+)?(?:is\s+|i\s+have\s+|have\s+i\s+got\s+)?(?:still\s+)?(?:left|remaining)\b|\b(?:my|the)\s+remaining\s+balance\b|\b(?:know|tell\s+me|check|see)\s+(?:the|my)\s+balance\b/i;
/** A word of moving or changing money or data beside it ("… and transfer it to my sister"). */
const MOVES_IT =
  /\b(?:transfer\w*|move|moved|refund\w*|cancel\w*|change|send|give|put|pay\s+out|cash\s+out|merge|combine|add)\b/i;
/** A wish only to know what is left on a card, nothing moved or changed beside it. */
const onlyAsksWhatIsLeft = (text: string): boolean =>
  ONLY_TO_KNOW_WHAT_IS_LEFT.test(text) && !MOVES_IT.test(text);
/** Longer messages, and pasted documents (this many lines), are not read sentence by sentence. */
const MAX_SENTENCES_CHECKED = 12;

/** A sentence that asks someone to do something: a plea, a wish, or an imperative action verb. */
const ASKS_TO_ACT =
  /\b(?:please|pls|plz|kindly|can\s+(?:you|u)|could\s+(?:you|u)|would\s+you|(?:i|we)\s+(?:want|need|would\s+like|wish)|(?:i|we)['’]?d\s+like|let\s+(?:me|us)|make\s+sure|get\s+rid\s+of)\b|^\s*(?:\p{L}+,?\s+)?(?:cancel|refund|change|update|move|transfer|send|return|credit|fix|reverse|stop|close|delete|remove|wipe|erase|end|use|switch|swap|replace|pay|charge|reimburse|redirect|reroute)\b/iu;

/**
 * What the approval path is about, named in a sentence: money (an amount, a charge, a refund), an
 * order, an account, a payment means or delivery data, or an action on one. A sentence read alone
 * ("I want to be home when it arrives.", "I'd like to call before the weekend.") that names none
 * asks nothing of it, whatever the classifier makes of its "I want".
 */
const SENSITIVE_MATTER =
  /[£$€¥₹]|\d|\b(?:money|cash|refund\w*|reimburs\w*|compensat\w*|charg\w*|pa(?:y|id|yment\w*)|fees?|price\w*|cost\w*|credit\w*|debit\w*|card\w*|bank\w*|iban|account\w*|login|password|e-?mail\w*|order\w*|purchase\w*|bought|invoice\w*|receipt\w*|subscri\w*|membership\w*|renew\w*|voucher\w*|address\w*|deliver\w*|ship\w*|parcel\w*|package\w*|cancel\w*|revers\w*|chargeback|waive\w*|delete\w*|details?|data|name|surname|phone|mobile|number|profile|box|plan|club|back|took|taken|unsubscrib\w*|undo|flat|postcode|zip|street)\b|\bstop\s+sending\b|\btake\s+me\s+off\b/iu;

/**
 * The sender's sentences of a message read one by one, when there are several and not too many:
 * none of a pasted document ("Payment within 30 days please." is the document's), and not a
 * quoted e-mail's lines ("> Please drop the parcel at any post office." are ours).
 */
function sendersSentences(asked: string): string[] | undefined {
  if (looksLikeDocument(asked)) return undefined;
  const sentences = splitSentences(withoutQuotedLines(asked));
  return sentences.length < 2 || sentences.length > MAX_SENTENCES_CHECKED ? undefined : sentences;
}

/** A line of a quoted earlier message ("> your order 30021 left our warehouse"). */
const QUOTED_LINE = /^\s*>/;
/** How many words a reply above a quote needs to be read on its own. */
const OWN_REPLY_WORDS = 4;
/** The line that introduces a quoted message ("On Thu, 6 Jun 2024, Harbor & Pine Support wrote:"). */
const QUOTE_HEADER = /\b(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|skrev):\s*$/i;

/**
 * A reply above a quoted earlier message: the sender's own lines apart from the quote ("Thanks,
 * that solved it!" above "> your order 30021 left our warehouse this morning"), so that a rule
 * matched only in the quote is read as one matched inside a pasted document.
 */
function replyParts(text: string): { sender: string } | undefined {
  const lines = text.split('\n');
  const quoted = lines.filter((l) => QUOTED_LINE.test(l) && l.replace(/^\s*>+/, '').trim());
  // (one quoted line is a quote too, below a message of the sender's own — not in a forward,
  // whose quote is what is asked about: "Fwd: my friend asked me this: > does the tent fit two")
  if (quoted.length < 2 && (quoted.length === 0 || /^\s*(?:fwd?|fw)\s*:/i.test(text)))
    return undefined;
  const sender = lines
    .filter((l) => !QUOTED_LINE.test(l) && !QUOTE_HEADER.test(l))
    .join('\n')
    .trim();
  return sender ? { sender } : undefined;
}

/** How sure the classifier must be of the approval path, alone, in a note above a document. */
const SURE_OF_APPROVAL = 0.8;
/** …and alone against a rule's look-up of what is left on a card. */
const NEAR_CERTAIN = 0.95;
/** The routes of a question asked beside a request about something else (the shop, a policy). */
const ASIDE_ROUTES = new Set(['faq', 'knowledge']);
/**
 * Whether a message asks something anywhere, in words the sender's lines around a pasted document
 * may not show as theirs: a question mark of any script (not a footer's "Questions? Contact us"),
 * or a wait told as a complaint ("It's the 15th. Nothing.", "still nothing … where is it", "any
 * update on this").
 */
const asksAnywhere = (text: string): boolean =>
  /[?？؟]/.test(text.replace(/\bquestions\?/gi, '')) ||
  /\b(?:where\s+is\s+(?:it|this|that|my)|still\s+(?:nothing|no\b|not\b|waiting)|nothing\s+(?:yet|came|arrived|has\s+(?:come|arrived))|any\s+(?:update|news|word)|^\s*nothing\b)/im.test(
    text,
  );
/** The route that reads a pasted document (workflows/routing.yaml). */
const READING_ROUTE = 'extraction';
/** What opens an aside ("Also, …", "Oh and …", "btw …", "P.S. …", "One more thing: …"). */
const ASIDE =
  /^\s*(?:also|and\s+also|oh\s+and|p\.?\s?s\.?|btw|by\s+the\s+way|one\s+more\s+thing|another\s+(?:thing|question)|separately|while\s+i['’]?m\s+at\s+it|unrelated(?:ly)?|on\s+another\s+note|plus|side\s+(?:note|question))\b/i;

/** The rules of an action named as a thing ("cancel policy", "refund window"): no action asked. */
const RULES_OF =
  /\b(?:cancel\w*|refund\w*|return\w*|exchange\w*|payment|delivery|shipping)\s+(?=(?:policy|policies|rules|terms|window|period|deadline)\b)/giu;

/**
 * Nothing bought yet, said outright ("Not ordered yet, just asking", "haven't bought anything yet",
 * "before I order"): a question about how something would go (the same words as the routing rule
 * `before-buying`), in which the classifier's words of change are no request.
 */
const PRE_PURCHASE =
  /\b(?:just\s+(?:want(?:ed)?\s+to\s+know|asking)\s+(?:for\s+(?:the\s+)?(?:future|next\s+time)|before\s+(?:i|we)\s+decide)|asking\s+for\s+(?:the\s+)?(?:future|next\s+time)|not\s+doing\s+(?:it|that|this|anything)\s+(?:now|yet)|(?:did\s+not|didn['’]?t|haven['’]?t|have\s+not)\s+(?:returned|sent|cancell?ed|closed)\s+(?:it|them|anything|the\s+\w+)\s+yet)\b|\b(?:not|haven['’]?t|have\s+not|hasn['’]?t|didn['’]?t|did\s+not|never)\s+(?:(?:even|actually)\s+)?(?:ordered|bought|purchased|placed\s+(?:an?\s+|the\s+|my\s+)?order)(?:\s+(?:anything|it|one|them|this|that))?\s+yet\b|\bbefore\s+(?:i|we)\s+(?:order|buy|purchase|place\s+(?:an?|the|my)\s+order)\b|\b(?:thinking|thought)\s+(?:of|about)\s+(?:buying|ordering)\b/iu;

/**
 * Said in so many words not to be asked now ("not planning to do it right now", "for future
 * reference", "not cancelling anything", "asking before I order", "hypothetically", "in theory";
 * not a bare "just asking" or "just curious", which customers add to real requests too): with no
 * order or number named and every request-like sentence a question, the message asks how
 * something would go.
 */
const NOT_NOW =
  /\b(?:hypothetically|theoretically|in\s+theory|out\s+of\s+curiosity|purely\s+(?:hypothetical|theoretical)|asking\s+(?:for\s+(?:the\s+)?(?:future|next\s+time)|before\s+i\s+(?:order|buy|decide))|for\s+future\s+reference|for\s+next\s+time|not\s+planning\s+(?:to|on)|no\s+plans?\s+to|not\s+(?:cancell?ing|changing|returning|closing|doing|deleting)\s+(?:anything|it|that|this|them)(?:\s+(?:now|yet|right\s+now))?)\b/i;

/** Asked of us to do: "could you …", "would you mind …", "please …". */
const ASKED_OF_US = /\b(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|kindly)\b/i;
/** "Would you …" under a condition ("would you refund me if it arrived damaged?"): how it would go. */
const WOULD_IF = /\bwould\s+(?:you|u)\b(?=[^?]*\bif\b)|\bif\b[^?]*?\bwould\s+(?:you|u)\b/gi;
/** Whether a sentence asks us to do something, not how something would go under a condition. */
const asksOfUs = (sentence: string): boolean => ASKED_OF_US.test(sentence.replace(WOULD_IF, ''));

export type RouteResult = PayloadInput<typeof Subjects.RouteCompleted>;

/**
 * Decides which workflow a request takes: a workflow the caller named wins when the tenant may
 * use it; then the declarative rules (workflows/routing.yaml); when no rule is confident, the
 * built-in learned classifier; when it is not confident either, the model classifier if one is
 * configured; else the default route. Last, the safety floor: a request that plausibly asks to
 * move money, refund, cancel or change account, payment or delivery data goes to the safety route
 * (a workflow with an approval step) whatever was decided. The reason says which.
 */
export class RouteService {
  constructor(
    private readonly router: Router,
    private readonly classifier?: RouteClassifier,
    private readonly onClassifierError: (err: unknown) => void = () => undefined,
    private readonly model?: RouteModel,
    private readonly floor?: SafetyFloor,
  ) {}

  async route(tenant: string, request: RouteRequestedV1): Promise<RouteResult> {
    // rules and classifiers read what is asked, not the greeting, thanks or sign-off around it
    // (and contractions typed without their apostrophe as written with it: "dont", "Id")
    // (and a message typed with no sentence marks in sentences: see `unpunctuated`)
    const asked = withoutSmallTalk(unpunctuated(withApostrophes(request.text)));
    let decision: RouteDecision = this.router.route(
      tenant,
      asked,
      request.requestedWorkflow,
      request.context ?? {},
    );
    if (decision.source === 'requested') return { stepId: request.stepId, ...decision };
    // (read once: a message said not to be asked now that only asks how it would go)
    const hypothetical = this.onlyHypothetical(tenant, asked);
    // a change asked for already, only being confirmed ("I asked to cancel order 60321 on
    // Tuesday. Did the cancellation actually go through?"): a rule's words of change are no new
    // request, and the classifier's next reading decides
    if (decision.source === 'rule' && decision.route === this.router.config.safety?.route) {
      const confirmed = !!this.floor?.onlyConfirms(asked);
      if (confirmed || hypothetical)
        decision = {
          route: this.router.config.defaultRoute,
          confidence: 0,
          source: 'default',
          reason: `${decision.reason}, but ${confirmed ? 'a change asked for is only being confirmed' : 'it only asks how it would go'}; default route`,
        };
    }
    // a pasted document's own words ("Order #1044", "customs invoice") are not what the sender
    // asks (never a rule's reading for the approval path: that stands wherever its words are)
    const reply = replyParts(asked);
    const pasted = documentParts(asked) ?? inlineDocumentParts(asked);
    if (decision.source === 'rule' && decision.route !== this.router.config.safety?.route) {
      const parts = pasted ?? reply;
      if (parts)
        decision = this.senderAround(
          tenant,
          parts.sender,
          decision,
          request.context,
          pasted?.block,
        );
    }
    // (what the sender says they do not ask for, "I'm not changing anything on the order", is
    // not what the classifier reads them as asking)
    // (and a reply above a quoted message is read in the sender's own words, when they say
    // something of their own: "Thanks, that solved it! Have a nice weekend." above the quote —
    // unless the quote is a document they ask about and no rule read what they ask: "Which card
    // was used on this receipt?" above a quoted receipt is read with the receipt)
    const aboutQuotedDocument =
      !!pasted && decision.source === 'default' && /\?/.test(reply?.sender ?? '');
    const read =
      reply && !aboutQuotedDocument && reply.sender.split(/\s+/).length >= OWN_REPLY_WORDS
        ? reply.sender
        : asked;
    const learned = this.model?.classifyAsked(this.floor?.withoutDisclaimers(read) ?? read);
    let decided: RouteDecision = decision;
    if (decision.source === 'default' && learned && this.model) {
      // a change the customer or we made, only being confirmed ("You changed my address
      // yesterday — can you confirm it shows now?"): the classifier's words of change are no
      // request, and its next reading stands
      const safety = this.router.config.safety?.route;
      const confirms = learned.label === safety && !!this.floor?.onlyConfirms(asked);
      // (…or only thanks us for something done, whatever the classifier makes of its words of
      // money or of an order: small talk, the default route's)
      const thanks =
        learned.label !== this.router.config.defaultRoute &&
        !confirms &&
        !!this.floor?.onlyThanks(request.text);
      // (…or a question about how it would go, nothing done yet, "asking for the future": the
      // classifier's words of change are no request where the floor reads none)
      const notYet =
        !confirms &&
        !thanks &&
        learned.label === safety &&
        ((PRE_PURCHASE.test(asked) && !this.floor?.check(asked)) || hypothetical);
      const label = thanks
        ? this.router.config.defaultRoute
        : confirms || notYet
          ? Object.entries(learned.probabilities)
              .filter(([route]) => route !== safety && this.router.mayRoute(route))
              .sort((a, b) => b[1] - a[1])[0]?.[0]
          : learned.label;
      const p = label ? (learned.probabilities[label] ?? 0) : 0;
      if (
        label &&
        (confirms || notYet || thanks || p >= this.model.minConfidence) &&
        this.router.mayRoute(label)
      ) {
        const but = confirms
          ? 'a change made is only being confirmed'
          : thanks
            ? 'it only thanks us for something done'
            : notYet
              ? 'nothing is done yet, only asked about'
              : undefined;
        const instead = but
          ? `${learned.label} p=${learned.confidence.toFixed(2)}, but ${but}: `
          : '';
        decided = {
          route: label,
          confidence: Number(p.toFixed(4)),
          source: 'model',
          reason: `${decision.reason.replace(/; default route$/, '')}; built-in classifier (${this.model.examples} examples): ${instead}${label} p=${p.toFixed(2)}`,
        };
      }
    }
    if (decided.source === 'default' && this.classifier)
      decided = await this.askModel(request.text, tenant, decision);
    return {
      stepId: request.stepId,
      // (a question about how it would go, said not to be asked now, meets no floor)
      ...(hypothetical
        ? decided
        : this.applyFloor(tenant, request.text, asked, decided, learned?.probabilities)),
    };
  }

  /**
   * The decision for a pasted document whose rule matched only its own words: the rules read the
   * sender's words around it; when those match none, the built-in classifier reads what they ask
   * ("Where is this order?"); a pasted document with nothing asked of it anywhere is to be read
   * (extraction); otherwise what they ask nothing of is read whole by the classifier afterwards
   * (the decision returned is then the default).
   */
  private senderAround(
    tenant: string,
    sender: string,
    decision: RouteDecision,
    context: Record<string, unknown> = {},
    block?: string,
  ): RouteDecision {
    const own = this.router.route(tenant, sender, undefined, context);
    // (a surer rule that needs the sender's words and the document together — "list the items
    // and sizes on this confirmation" over the sizes its words name — stands: not one that the
    // document's own words match alone)
    // (and where the sender's words alone match no rule, a reading of the document that neither
    // they nor the document match alone reads them together: "Proszę odczytać z tego
    // potwierdzenia numer przesyłki" over the confirmation it names)
    if (
      block !== undefined &&
      (own.source === 'rule'
        ? decision.confidence > own.confidence
        : decision.route === READING_ROUTE) &&
      this.router.route(tenant, block, undefined, context).reason !== decision.reason
    )
      return decision;
    if (own.source === 'rule')
      return { ...own, reason: `${own.reason} in the sender's words around a pasted document` };
    const inDocument = `${decision.reason.replace(/ matched$/, '')} matched only inside a pasted document`;
    // what the sender asks: their questions and requests, not a statement ("I have been a
    // customer for years.") or a heading on the same line
    const asks = splitSentences(sender)
      .filter((x) => ASKS_TO_ACT.test(x) || /[?？؟]\s*$/.test(x))
      .join(' ');
    // a pasted document with nothing asked of it, anywhere, is pasted to be read (the classifier
    // reads a shop's order confirmation, all tracking and delivery, as a look-up); not a reply
    // above a quoted message, which tells us something ("just wanted you to know")
    if (
      !asks &&
      block !== undefined &&
      !asksAnywhere(`${sender}\n${block}`) &&
      this.router.mayRoute(READING_ROUTE)
    )
      return {
        route: READING_ROUTE,
        confidence: decision.confidence,
        source: 'rule',
        reason: `${inDocument}; nothing else asked: a pasted document, to be read`,
      };
    if (!asks) return { ...own, reason: `${inDocument}; nothing else asked: ${own.reason}` };
    const said = this.model?.classifyAsked(asks);
    if (
      !said ||
      !this.model ||
      said.confidence < this.model.minConfidence ||
      !this.router.mayRoute(said.label) ||
      // words read as the route for what nothing recognises ("sorry, it's a scan, read what you
      // can") do not outweigh the document's own reading
      said.label === this.router.config.defaultRoute ||
      // nor does the approval path read by the classifier alone, unsure, in a note above a
      // document ("pls enter into the system, thx", "please confirm receiving"): it stands when
      // near-certain or when the safety floor reads a request in the sender's words ("please
      // reissue the payment to our current IBAN"); the floor reads the whole text afterwards
      (said.label === this.router.config.safety?.route &&
        said.confidence < SURE_OF_APPROVAL &&
        !this.floor?.check(sender))
    )
      // the document read whole by the classifier afterwards, as when nothing else is asked:
      // a rule that matched only its words ("Versand 4,95 €") says what it mentions, not what
      // the sender wants of it
      return {
        ...own,
        reason: `${inDocument}; the sender's words around it ask nothing a rule or the classifier reads: ${own.reason}`,
      };
    return {
      route: said.label,
      confidence: Number(said.confidence.toFixed(4)),
      source: 'model',
      reason: `${inDocument}; the sender's words around it: built-in classifier (${this.model.examples} examples): ${said.label} p=${said.confidence.toFixed(2)}`,
    };
  }

  /**
   * The safety floor, applied last (never to a workflow the caller named), to the whole text and
   * to what it asks without its small talk.
   */
  private applyFloor(
    tenant: string,
    text: string,
    asked: string,
    decision: RouteDecision,
    probabilities?: Record<string, number>,
  ): RouteDecision {
    const safety = this.router.config.safety;
    if (!safety || decision.route === safety.route) return decision;
    // asked to confirm a change the customer made themselves: a look-up, whatever the classifier
    // makes of its words of change
    // (or only thanks us for something done: "thank you for refunding the tent so fast")
    if (this.floor?.onlyConfirms(text) || this.floor?.onlyThanks(text)) return decision;
    // (the classifier reads the text without what the sender says they do not ask for)
    const disclaimed = this.floor?.withoutDisclaimers(text) ?? text;
    const p =
      (disclaimed !== text && this.model
        ? this.model.classifyAsked(withoutSmallTalk(disclaimed)).probabilities[safety.route]
        : probabilities?.[safety.route]) ?? 0;
    const why =
      this.floor?.check(text) ??
      (asked !== text ? this.floor?.check(asked) : undefined) ??
      // (the classifier's words of change in a question about how it would go, nothing bought yet,
      // are not a request: the floor's own reading above is)
      (PRE_PURCHASE.test(asked)
        ? undefined
        : ((p >= this.classifierFloor(decision, asked, safety.minProbability)
            ? `classifier gives ${safety.route} p=${p.toFixed(2)}`
            : undefined) ??
          this.sentenceAsking(asked, safety.route, safety.minProbability) ??
          this.restAsking(tenant, asked, safety.route, safety.minProbability)));
    if (!why) return decision;
    return {
      route: safety.route,
      confidence: Number(Math.max(p, 0.9).toFixed(4)),
      source: 'rule',
      reason:
        `safety floor: ${why} → ${safety.route} (otherwise ${decision.route}: ${decision.reason})`.slice(
          0,
          1000,
        ),
    };
  }

  /**
   * How sure the classifier must be, alone, to take a text to the approval path: its words are
   * English ones, so in a text of another language where a rule read the request ("¿están
   * contratando?" → faq) it must be near-certain; the floor's own reading of that language's words
   * of money and change stands whatever the classifier says.
   */
  private classifierFloor(decision: RouteDecision, asked: string, min: number): number {
    if (decision.source !== 'rule') return min;
    // (a wish only to know what is left on a card, read by a rule: "I would like to know how much
    // is left on my gift card, the one ending 4471" — the classifier's words of money are the
    // card's; only a near-certain reading overrules the look-up)
    if (onlyAsksWhatIsLeft(asked)) return Math.max(min, NEAR_CERTAIN);
    return mostlyForeign(asked) ? Math.max(min, SURE_OF_APPROVAL) : min;
  }

  /**
   * Whether a message said not to be asked now (NOT_NOW), naming no order or number, reads as a
   * request only in its questions ("If I ever close my account, do I lose the credit on it? Just
   * asking, not planning to do it right now."): a question about how it would go.
   */
  private onlyHypothetical(tenant: string, asked: string): boolean {
    if (!NOT_NOW.test(asked) || /\d{3,}/.test(asked)) return false;
    const safety = this.router.config.safety?.route;
    const reading = splitSentences(asked).filter(
      (x) => !!this.floor?.check(x) || this.router.route(tenant, x).route === safety,
    );
    // (a question that asks us to act is a request, however framed: "hypothetically, … could you
    // stop it before it renews next week?")
    // (…and one that nothing but the classifier reads as a request is a question about how it
    // would go when it asks one and asks nothing of us: "Hypothetically, if I join … and then
    // cancel a week later, would I get the 29 EUR back?")
    // (…and "would you" under a condition asks how it would go: "Hypothetically, if it arrived
    // damaged, would you also refund the shipping?")
    if (reading.length === 0) return /\?\s*(?:$|\n)/.test(asked) && !asksOfUs(asked);
    return reading.every((x) => /\?\s*$/.test(x.trim()) && !asksOfUs(x));
  }

  /**
   * A message of several requests takes the approval path when one of its sentences, on its own,
   * reads as a request for it ("What are your hours? Also, please fix the charge."): the other
   * requests dilute the whole message's probability.
   */
  private sentenceAsking(asked: string, route: string, min: number): string | undefined {
    const sentences = this.model && sendersSentences(asked);
    if (!sentences) return undefined;
    for (const said of sentences) {
      const sentence = said.replace(RULES_OF, '');
      if (!ASKS_TO_ACT.test(sentence)) continue; // a statement ("I keep getting an error") asks nothing
      if (!SENSITIVE_MATTER.test(sentence)) continue;
      // (a wish only to know what is left, "I would like to know how much is left on my gift card")
      if (onlyAsksWhatIsLeft(sentence)) continue;
      const p = this.model.classifyAsked(sentence).probabilities[route] ?? 0;
      if (p >= min)
        return `the sentence "${sentence.slice(0, 80)}" on its own gives ${route} p=${p.toFixed(2)}`;
    }
    return undefined;
  }

  /**
   * A message that asks something a rule reads as another route beside its request ("Could I give
   * my store credit to my sister? … Also, what are your opening hours?"): the classifier reads
   * the rest without those sentences, so the question added does not drown the request.
   */
  private restAsking(
    tenant: string,
    asked: string,
    route: string,
    min: number,
  ): string | undefined {
    const sentences = this.model && sendersSentences(asked);
    if (!sentences) return undefined;
    // (a question about something else, said as an aside — "Also, …", "btw …": the shop or its
    // policies, not the same order; a question the rest only sets the scene for is the message)
    const aside = (sentence: string): boolean => {
      if (!ASIDE.test(sentence)) return false;
      const own = this.router.route(tenant, sentence);
      return own.source === 'rule' && ASIDE_ROUTES.has(own.route);
    };
    const kept = sentences.filter((s) => !aside(s));
    if (kept.length === 0 || kept.length === sentences.length) return undefined;
    const rest = kept.join(' ');
    // (the floor reads the rest too: a story that asks nothing of its own — "I only ordered ONE
    // pair of boots." — is read as the request it is once the question beside it is set aside)
    const floorRead = this.floor?.check(rest);
    if (floorRead) return `without the sentences a rule reads as another route, ${floorRead}`;
    const read = this.model.classifyAsked(rest);
    const p = read.probabilities[route] ?? 0;
    // (…or the rest alone would have been routed there: the classifier's choice, as confident as
    // a choice of its must be)
    return p >= min || (read.label === route && read.confidence >= this.model.minConfidence)
      ? `without the sentences a rule reads as another route, the rest gives ${route} p=${p.toFixed(2)}`
      : undefined;
  }

  private async askModel(
    text: string,
    tenant: string,
    decision: RouteDecision,
  ): Promise<RouteDecision> {
    const model = await this.classifier!.classify(text).catch((err: unknown) => {
      this.onClassifierError(err);
      return undefined;
    });
    const min = this.router.config.minConfidence;
    if (model && this.router.mayUse(tenant, model.workflow) && model.confidence >= min) {
      return {
        route: model.workflow,
        confidence: model.confidence,
        source: 'model',
        reason: `${decision.reason.replace(/; default route$/, '')}; classifier ${model.provider}/${model.model}: ${model.reason}`,
      };
    }
    const why = model
      ? `classifier ${model.provider}/${model.model} said ${model.workflow} (${model.confidence.toFixed(2)}), not usable`
      : 'classifier unavailable';
    return { ...decision, reason: `${decision.reason} (${why})` };
  }
}
