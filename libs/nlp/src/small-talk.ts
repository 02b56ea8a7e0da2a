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
      // apologies for writing and announcements of a question
      '(?:sorry|apologies)\\s+(?:to\\s+bother\\s+(?:you|u)|for\\s+(?:bothering\\s+(?:you|u)|the\\s+trouble|the\\s+long\\s+message))(?:\\s+(?:again|today))?',
      '(?:i\\s+(?:have|had|got)\\s+(?:a|one)\\s+(?:quick|small|short|little|simple)?\\s*(?:question|query)|(?:a\\s+)?quick\\s+question)(?:\\s+for\\s+(?:you|u))?',
    ].join('|') +
    ')[\\s.!,:;)-]*$',
  'iu',
);

/** A thank-you closing a sentence that asks something ("…, thanks!", "… Thank you so much!"). */
const TRAILING_THANKS = new RegExp(`[\\s,;:.!-]+(?:${THANKS}|thx|cheers|tia)[\\s.!]*$`, 'iu');

/** A signature: from a line that is only "--" on, and "Sent from my iPhone"-style lines. */
const SIGNATURE_DELIMITER = /\n[ \t]*(?:--|—|__+)[ \t]*\n[\s\S]*$/u;
const SENT_FROM =
  /^[ \t]*(?:sent\s+from\s+(?:my\s+)?[\p{L}\d ]{2,30}|get\s+outlook\s+for\s+\S+|von\s+meinem\s+[\p{L}\d ]{2,30}\s+gesendet|envoyé\s+de\s+mon\s+[\p{L}\d ]{2,30})[ \t]*$/gimu;

function withoutSignature(text: string): string {
  const cut = text.replace(SIGNATURE_DELIMITER, '').replace(SENT_FROM, '');
  return cut.trim() ? cut : text;
}

/**
 * `text` without its small talk: a greeting opening a sentence, sentences that are only a
 * well-wish, a thank-you, an apology for writing, an announcement of a question or a sign-off,
 * and a thank-you closing a sentence. Everything else stays as written, line breaks included (a
 * pasted document keeps its layout). A text that is nothing but small talk is returned as it is.
 */
export function withoutSmallTalk(text: string): string {
  text = withoutSignature(text);
  // sentences (even indices) and what separates them (odd): after . ! ? or at a line break
  const parts = text.split(/((?<=[.!?])[ \t]+|[ \t]*\n[ \t\n]*)/);
  let out = '';
  let pending = '';
  for (let i = 0; i < parts.length; i += 2) {
    let s = (parts[i] ?? '').replace(GREETING, '').replace(ANNOUNCEMENT, '');
    if (s.trim() && !SOCIAL_SENTENCE.test(s)) s = s.replace(TRAILING_THANKS, '');
    else s = '';
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
