/**
 * Small talk: what people write around a request that says nothing about it — a greeting, a
 * well-wish, a thank-you, a sign-off. A classifier that learns from examples where only some
 * routes carry these words (FAQ questions are often polite) would otherwise route a wrapped
 * request by its politeness; rules anchored at a sentence's start would miss it.
 */

const GREETING =
  /^\s*(?:(?:hi|hello|hey|hiya|howdy|greetings|hallo|hola|bonjour|ciao|hej|moin)(?:\s+(?:there|team|all|folks|guys|everyone|everybody|support|again))?|good\s+(?:morning|afternoon|evening|day)(?:\s+(?:there|team|all|everyone))?|dear\s+(?:sir(?:\s+or\s+madam)?|madam|all|team|support(?:\s+team)?|customer\s+(?:service|support)(?:\s+team)?)|to\s+whom\s+it\s+may\s+concern)(?=[\s,!.:;]|$)[\s,!.:;-]*/iu;

/** An announcement opening a sentence ("Quick question: …"). */
const ANNOUNCEMENT =
  /^\s*(?:(?:just\s+)?(?:a\s+)?(?:quick|small|short|simple)\s+(?:question|query|one)|one\s+more\s+thing)\s*[:,;–—-]\s*/iu;

const THANKS =
  '(?:(?:many|big|huge)\\s+)?(?:thanks?|thank\\s+(?:you|u))(?:\\s+(?:so|very)\\s+much|\\s+a\\s+(?:lot|million|bunch|ton))?' +
  '(?:\\s+(?:in\\s+advance|for\\s+(?:your|the|any|all\\s+(?:your|the))\\s+(?:help|time|support|assistance|patience|reply|quick\\s+reply|answer|response)))?';

/** A sentence that is only a well-wish, a thank-you, an apology for writing or a sign-off. */
const SOCIAL_SENTENCE = new RegExp(
  '^\\s*(?:' +
    [
      // well-wishes
      "(?:i\\s+)?hope\\s+(?:you\\s+are|you're|youre|u\\s+are|all\\s+is|everything\\s+is|this\\s+(?:e-?mail|message|note)\\s+finds\\s+you)\\s+(?:(?:doing\\s+)?(?:well|good|fine|great|ok|okay)|safe|keeping\\s+well)(?:\\s+today)?",
      "(?:i\\s+)?hope\\s+(?:you\\s+are\\s+|you're\\s+)?(?:having|had)\\s+an?\\s+(?:good|great|nice|lovely)\\s+(?:day|week|weekend)",
      'how\\s+are\\s+(?:you|u|things)(?:\\s+(?:doing|today|all))*',
      // thanks and appreciation
      THANKS,
      'thx|ty|tia|cheers|much\\s+appreciated|(?:i\\s+)?(?:really\\s+)?appreciate\\s+(?:it|(?:your|the|any)\\s+help)',
      'danke(?:\\s+schön|\\s+sehr)?|merci(?:\\s+beaucoup)?|gracias|grazie|tack(?:\\s+så\\s+mycket)?',
      // sign-offs
      '(?:best|kind|warm|warmest|many)?\\s*regards',
      'best(?:\\s+wishes)?|all\\s+the\\s+best|sincerely|yours\\s+(?:truly|sincerely)|take\\s+care',
      'have\\s+a\\s+(?:nice|good|great|lovely|wonderful)\\s+(?:day|one|weekend|evening)',
      'looking\\s+forward\\s+to\\s+(?:your\\s+(?:reply|answer|response)|hearing\\s+(?:from|back\\s+from)\\s+you)',
      // pleas for help that say nothing of what with ("Please help.", "Can someone help me?")
      '(?:(?:please|pls|plz|kindly)\\s+)?help(?:\\s+(?:me|us))?(?:\\s+out)?(?:\\s+(?:please|pls|plz|asap|urgently|quickly))*',
      '(?:i\\s+)?need\\s+(?:some\\s+)?help(?:\\s+(?:please|pls|plz|asap|urgently))*',
      '(?:can|could)\\s+(?:you|u|someone|somebody|anyone|anybody)\\s+(?:please\\s+)?help(?:\\s+(?:me|us))?(?:\\s+(?:please|pls|plz))?',
      // a customer's standing told ("I've been a customer for years and usually love your stuff")
      "(?:i['’]?ve|i\\s+have)\\s+been\\s+(?:a\\s+)?(?:loyal\\s+|regular\\s+|long[\\s-]?time\\s+|happy\\s+|good\\s+)?customer(?:\\s+(?:of\\s+yours|with\\s+you|here))?(?:\\s+for\\s+(?:years|ages|a\\s+long\\s+time|\\d+\\s+years|many\\s+years))?(?:\\s+(?:and|&)\\s+(?:i\\s+)?(?:usually|always|really|generally)?\\s*(?:love|like|enjoy)\\s+(?:your|the)\\s+(?:stuff|products|gear|shop|store|brand))?",
      // apologies for writing and announcements of a question
      '(?:sorry|apologies)\\s+(?:to\\s+bother\\s+(?:you|u)|for\\s+(?:bothering\\s+(?:you|u)|the\\s+trouble|the\\s+long\\s+message))(?:\\s+(?:again|today))?',
      // ("I have a question about my order from last month": what it is about told, nothing asked)
      "(?:i\\s+(?:have|had|got)\\s+(?:a|one)\\s+(?:quick|small|short|little|simple)?\\s*(?:question|query)|(?:a\\s+)?quick\\s+question|i['’]?m\\s+writing|i\\s+am\\s+writing)(?:\\s+for\\s+(?:you|u))?(?:\\s+(?:to\\s+you\\s+)?(?:about|regarding|concerning|on|with)\\s+(?:my|an|our|the|a)\\s+(?:recent\\s+|last\\s+|online\\s+)?(?:order|purchase|account|delivery|parcel)(?:\\s+from\\s+(?:last\\s+\\w+|\\w+\\s+ago|yesterday|today|this\\s+\\w+))?)?",
    ].join('|') +
    ')[\\s.!,:;)-]*$',
  'iu',
);

/** A thank-you closing a sentence that asks something ("…, thanks!", "… Thank you so much!"). */
const TRAILING_THANKS = new RegExp(`[\\s,;:.!-]+(?:${THANKS}|thx|cheers|tia)[\\s.!]*$`, 'iu');

/** `s` without a closing thank-you, looked for in its last SOCIAL_MAX characters only. */
function withoutTrailingThanks(s: string): string {
  const from = Math.max(0, s.length - SOCIAL_MAX);
  const m = TRAILING_THANKS.exec(s.slice(from));
  return m ? s.slice(0, from + m.index) : s;
}

/** A line that is only "--", "—" or underscores: what follows may be a signature. */
const SIGNATURE_DELIMITER = /\n[ \t]*(?:--|—|__+)[ \t]*\n/u;
const SENT_FROM =
  /^[ \t]*(?:sent\s+from\s+(?:my\s+)?[\p{L}\d ]{2,30}|get\s+outlook\s+for\s+\S+|von\s+meinem\s+[\p{L}\d ]{2,30}\s+gesendet|envoyé\s+de\s+mon\s+[\p{L}\d ]{2,30})[ \t]*$/gimu;
const CONTACT = /@|www\.|https?:\/\/|\+?\d[\d ()./-]{6,}/u;

/** A signature's line: a name, a role, a company, a phone number or an address, not a sentence. */
function signatureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (t.length > 80 || /[?!]/.test(t)) return false;
  if (CONTACT.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 6 && !(t.endsWith('.') && words > 4);
}

/** `text` without a signature after a delimiter line (when all that follows looks like one). */
function withoutSignature(text: string): string {
  const delimiter = SIGNATURE_DELIMITER.exec(text);
  let cut = text;
  if (delimiter) {
    const tail = text.slice(delimiter.index + delimiter[0].length).split('\n');
    if (tail.length <= 8 && tail.every(signatureLine)) cut = text.slice(0, delimiter.index);
  }
  return cut.replace(SENT_FROM, '');
}

/** A closing formula and the name after it: "Thanks, Tom", "Kind regards, Ana Lima". */
const SIGNED_OFF = /^(.{2,40}?)[,!.]?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)[.!]?$/u;
/**
 * An introduction: "Alex Moreau here.", "This is Petra.", "It's Sam again." — its name written
 * capitalised (case matters here: "this is cancellation again" introduces nobody).
 */
const INTRODUCTION =
  /^(?:(?:[Tt]his\s+is|[Ii]t['’]?s|[Ii]t\s+is|[Mm]y\s+name\s+is|I\s+am|I['’]m)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+here(?:\s+again)?[\s.!,:;)-]*$|^(?:[Tt]his\s+is|[Mm]y\s+name\s+is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s+again)?[\s.!,:;)-]*$/u;
/**
 * The words of a request, never a name's however they are written ("Thanks, Cancel Everything",
 * "Address change here."): a sign-off or an introduction that holds one is kept.
 */
const REQUEST_WORDS = new Set(
  (
    'cancel cancelled cancellation refund refunds return returns change changes stop block close ' +
    'delete remove update transfer pay payment charge charged chargeback dispute address account ' +
    'card bank iban order orders money credit send ship deliver delivery help urgent request ' +
    'everything it me now please asap all my new reverse withdraw unsubscribe replace'
  ).split(' '),
);
/** A name: capitalised words none of which is a request's. */
function isName(words: string): boolean {
  return words.split(/\s+/).every((w) => !REQUEST_WORDS.has(w.toLowerCase()));
}
/** What is left of a message's last line after its greeting when it is only a name ("Greetings, Ana"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?[.!]?$/u;

/** Social sentences are short: longer ones are not tested (and the patterns stay linear). */
const SOCIAL_MAX = 160;

/**
 * `text` without its small talk: a greeting opening a sentence, sentences that are only a
 * well-wish, a thank-you, an apology for writing, an announcement of a question or a sign-off,
 * and a thank-you closing a sentence. Everything else stays as written, line breaks included (a
 * pasted document keeps its layout). A text that is nothing but small talk is returned as it is.
 */
export function withoutSmallTalk(text: string): string {
  // sentences (even indices) and what separates them (odd): after . ! ? or at a line break
  const parts = withoutSignature(text).split(/((?<=[.!?])[ \t]+|\n[ \t\n]*)/);
  let out = '';
  let pending = '';
  for (let i = 0; i < parts.length; i += 2) {
    let s = parts[i] ?? '';
    const written = s;
    // "Hi, hello, …": greetings and announcements one after the other
    for (let n = 0; n < 3; n++) {
      const rest = s.replace(GREETING, '').replace(ANNOUNCEMENT, '');
      if (rest === s) break;
      s = rest;
    }
    let t = s.trim();
    // a sign-off's name ("Thanks, Tom", "Merci, Alex Moreau"): the formula is small talk, and so
    // is the name closing the message after it
    const signed = SIGNED_OFF.exec(t);
    const introduced = INTRODUCTION.exec(t);
    if (signed && i >= parts.length - 2 && SOCIAL_SENTENCE.test(signed[1]) && isName(signed[2]))
      t = s = '';
    else if (
      i >= parts.length - 2 &&
      i > 0 &&
      s !== written &&
      NAME_ONLY.test(t) &&
      isName(t.replace(/[.!]$/, ''))
    )
      t = s = '';
    else if (introduced && isName(introduced[1] ?? introduced[2])) t = s = '';
    // nothing but punctuation ("--") or a social formula
    if (!/[\p{L}\p{N}]/u.test(t) || (t.length <= SOCIAL_MAX && SOCIAL_SENTENCE.test(t))) s = '';
    else s = withoutTrailingThanks(s);
    if (s.trim()) {
      out += (out ? pending : '') + s;
      pending = '';
    }
    const separator = parts[i + 1] ?? '';
    // keep the strongest separator since the last kept sentence (a line break over a space)
    if (separator.includes('\n') || !pending) pending = separator || pending;
  }
  return out.trim() ? out.trim() : text;
}
