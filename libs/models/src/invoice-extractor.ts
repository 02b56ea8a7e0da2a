import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import currencyCodes from 'currency-codes';

/** Every ISO 4217 code (list one, from the currency-codes package). */
export const ISO_4217: ReadonlySet<string> = new Set(currencyCodes.codes());

export interface InvoiceFields {
  invoiceNumber?: string;
  invoiceDate?: string;
  total?: number;
  currency?: string;
  vendor?: string;
}

// ---- amounts --------------------------------------------------------------------------------

/**
 * A written amount as a number, in either convention: `1,234.56`, `1.234,56`, `1 234,56`,
 * `1'250.00`, `12,99`, `¥48,000`. The last of `.`/`,` is the decimal mark when both appear; a
 * single one followed by exactly three digits groups thousands; spaces and apostrophes always do.
 */
export function parseAmount(written: string): number | undefined {
  let s = written.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = s.split(mark);
    const tail = parts.at(-1) ?? '';
    s =
      parts.length > 2 || tail.length === 3
        ? parts.join('')
        : `${parts.slice(0, -1).join('')}.${tail}`;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Symbols that several currencies share: the most common reading, unless the text says more. */
const SYMBOL_DEFAULTS: Record<string, string> = {
  $: 'USD',
  '¥': 'JPY',
  '£': 'GBP',
  '€': 'EUR',
  kr: 'SEK',
  'kr.': 'DKK',
  Fr: 'CHF',
  'Fr.': 'CHF',
  R$: 'BRL',
  zł: 'PLN',
  '₩': 'KRW',
  '₱': 'PHP',
  '₨': 'PKR',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  US$: 'USD',
  HK$: 'HKD',
  S$: 'SGD',
};

const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  kronor: 'SEK',
  kroner: 'NOK',
  franc: 'CHF',
  francs: 'CHF',
  zloty: 'PLN',
  rupees: 'INR',
  yuan: 'CNY',
  rmb: 'CNY',
};

/** Every currency symbol the runtime's ICU data knows (narrow and wide), to its ISO code. */
function symbolTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const code of ISO_4217) {
    for (const display of ['narrowSymbol', 'symbol'] as const) {
      try {
        const symbol = new Intl.NumberFormat('en', {
          style: 'currency',
          currency: code,
          currencyDisplay: display,
        })
          .formatToParts(1)
          .find((p) => p.type === 'currency')?.value;
        if (symbol && symbol !== code && !table.has(symbol)) table.set(symbol, code);
      } catch {
        // a code the runtime cannot format (funds, metals)
      }
    }
  }
  for (const [symbol, code] of Object.entries(SYMBOL_DEFAULTS)) table.set(symbol, code);
  return table;
}
let symbols: Map<string, string> | undefined;
let symbolPattern: RegExp | undefined;

/** "kr" and "$" are ambiguous: the text's country, legal form or web domain decides. */
function disambiguate(code: string, symbol: string, text: string): string {
  if (symbol === 'kr' || symbol === 'kr.') {
    if (/\b(norway|norge|oslo|bergen|nok)\b|\bASA?\b|\.no\b/i.test(text)) return 'NOK';
    if (/\b(denmark|danmark|copenhagen|københavn|dkk)\b|\bApS\b|\bA\/S\b|\.dk\b/i.test(text))
      return 'DKK';
    if (/\b(iceland|reykjavik|isk)\b|\.is\b/i.test(text)) return 'ISK';
    return 'SEK';
  }
  if (symbol === '$') {
    if (/\b(canada|ontario|quebec|toronto|vancouver)\b|\bCA\$/i.test(text)) return 'CAD';
    if (/\b(australia|sydney|melbourne|abn)\b|\bA\$/i.test(text)) return 'AUD';
    if (/\b(new zealand|auckland)\b|\bNZ\$/i.test(text)) return 'NZD';
  }
  return code;
}

interface Amount {
  value: number;
  currency?: string;
  /** Where the number starts and ends in the text. */
  start: number;
  end: number;
}

const NUMBER =
  /(?<![\w.,])\d{1,3}(?:(?:[ \u00a0\u202f'](?=\d{3}\b)|[.,](?=\d{3}\b))\d{3})*(?:[.,]\d{1,2})?(?![\w]|[.,]\d)|(?<![\w.,])\d+(?:[.,]\d{1,2})?(?![\w]|[.,]\d)/g;

/** Every amount in the text, with a currency where a code, symbol or word stands next to it. */
export function findAmounts(text: string): Amount[] {
  symbols ??= symbolTable();
  symbolPattern ??= new RegExp(
    `(${[...symbols.keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})`,
    'u',
  );
  const out: Amount[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = parseAmount(m[0]);
    if (value === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 8);
    out.push({ value, currency: currencyNear(before, after, text), start, end });
  }
  return out;
}

function currencyNear(before: string, after: string, text: string): string | undefined {
  const codeBefore = /\b([A-Z]{3})\s*$/.exec(before)?.[1];
  const codeAfter = /^\s*([A-Z]{3})\b/.exec(after)?.[1];
  for (const code of [codeAfter, codeBefore]) if (code && ISO_4217.has(code)) return code;
  const wordAfter = /^\s*([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
  if (wordAfter && CURRENCY_WORDS[wordAfter]) return CURRENCY_WORDS[wordAfter];
  const symbolBefore = new RegExp(`${symbolPattern!.source}\\s*$`, 'u').exec(before)?.[1];
  const symbolAfter = new RegExp(`^\\s*${symbolPattern!.source}(?![a-z])`, 'iu').exec(after)?.[1];
  const symbol = symbolBefore ?? symbolAfter;
  if (symbol)
    return disambiguate(symbols!.get(symbol) ?? symbols!.get(symbol.toLowerCase())!, symbol, text);
  return undefined;
}

// ---- labels ---------------------------------------------------------------------------------

/** Labels of the payable total, strongest first (English and the common European ones). */
const TOTAL_LABELS: Array<[RegExp, number]> = [
  [/\b(total|amount|balance|sum)\s*(now\s+)?(due|payable|to\s+pay|owing|outstanding)\b/i, 10],
  [
    /\bgrand\s+total\b|\btotal\s+(amount\s+)?(incl\.?|including|inc\.?)\b|\btotal\s+paid\b|\bamount\s+paid\b/i,
    9,
  ],
  [
    /\b(te\s+betalen|att\s+betala|totalt|zu\s+zahlen|gesamtbetrag|rechnungsbetrag|endbetrag|à\s+payer|montant\s+dû|totaal|summa)\b/i,
    9,
  ],
  [/\btotal\b|\bgesamt\b|\bsumme\b/i, 7],
  [/\bamount\b|\bbalance\b|\bpaid\b|\bcharged?\b/i, 4],
];
/** Lines that are not the payable total. */
const NOT_TOTAL =
  /\b(sub-?\s?total|net(\s+amount)?|vat|tax|gst|hst|mwst|btw|moms|shipping|delivery|freight|discount|deposit|each|unit\s+price|price|qty|excl\.?|excluding)\b/i;

/**
 * Labels of an invoice's own number: the document's name in English and the common European
 * languages by its stem, so the compounds count too (`Rechnungsnummer`, `Fakturanr`,
 * `Factuurnummer`), then an optional "No" in any of its forms (`No.`, `Nr.`, `n°`, `nº`, `č.`,
 * `#`, `Number`, `ID`, `Ref`). Spaces and tabs only after it: the next line is not its value.
 */
const NUMBER_LABELS =
  /\b(?:invoice|inv|bill|receipt|document|doc|tax[ \t]+invoice|credit[ \t]+note|statement|rechnung\w*|faktur\w*|factur\w*|fattur\w*|fatur\w*|factuur\w*|lasku\w*|reikning\w*|rachun\w*|recibo|számla\w*)\b\.?[ \t]*(?:(?:is|was|has)[ \t]+)?(?:(?:the[ \t]+)?(?:no|nr|num|number|numero|número|numéro|n[°º]|č|#|id|ref(?:erence)?)(?:\b|(?<=[°º#]))\.?)?[ \t]*[:#.]?[ \t]*/giu;
/** A number labelled only by "No." in one of its forms, at the start of a line or field. */
const BARE_NUMBER_LABEL =
  /(?:^|[\n|·•]|\s[-–—]\s)[ \t]*(?:no|nr|n[°º]|č|num)\.?[ \t]*[:#]?[ \t]*(?=[A-Z0-9])/giu;
const ID = /^(#?[ \t]*)([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/i;

function looksLikeId(s: string): boolean {
  return /\d/.test(s) && s.length >= 2 && !/^\d{1,2}$/.test(s);
}

function looksLikeDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./]\d{2}[./]\d{2}$/.test(s);
}

function invoiceNumber(text: string): string | undefined {
  for (const m of text.matchAll(NUMBER_LABELS)) {
    const rest = text.slice(m.index + m[0].length);
    const id = ID.exec(rest)?.[2];
    if (id && looksLikeId(id) && !looksLikeDate(id)) return id.replace(/[.]$/, '');
  }
  for (const m of text.matchAll(BARE_NUMBER_LABEL)) {
    const id = ID.exec(text.slice(m.index + m[0].length))?.[2];
    if (id && looksLikeId(id) && !looksLikeDate(id)) return id.replace(/[.]$/, '');
  }
  // No label: an id after '#', else the first id-like token (letters and digits with - or /).
  const hash = /#\s*([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/i.exec(text)?.[1];
  if (hash && looksLikeId(hash)) return hash;
  return /\b([A-Z]{1,5}[-/]\d[\w/-]*|\d+[-/][A-Z0-9][\w/-]*)\b/.exec(text)?.[1];
}

// ---- dates ----------------------------------------------------------------------------------

const DATE_GOOD =
  /\b(invoice\s+date|date\s+of\s+issue|issue\s+date|issued(\s+on)?|dated|date|datum|rechnungsdatum|fakturadatum|factuurdatum|d\.d\.|vom|on)\s*[:.]?\s*$/i;
const DATE_BAD =
  /\b(due|payable\s+by|pay\s+by|delivery|delivered|ship(ped|ping)?|order(ed)?|period|until|expires?|valid|from|to|fällig|vervaldatum|förfallodag)\b[^\n]{0,20}$/i;

interface FoundDate {
  iso: string;
  index: number;
  text: string;
  dayFirstAmbiguous: boolean;
  monthFirstOnly: boolean;
  dayFirstOnly: boolean;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Chrono = typeof ChronoEn;
let chrono: Record<'en' | 'de' | 'nl' | 'sv', Chrono> | undefined;

/**
 * chrono-node's English, German, Dutch and Swedish parsers, loaded on the first invoice: every
 * service imports this library (for the providers), only the generator reads invoices.
 */
function locales(): Record<'en' | 'de' | 'nl' | 'sv', Chrono> {
  if (!chrono) {
    const require = createRequire(import.meta.url);
    chrono = {
      en: require('chrono-node/en') as Chrono,
      de: require('chrono-node/de') as Chrono,
      nl: require('chrono-node/nl') as Chrono,
      sv: require('chrono-node/sv') as Chrono,
    };
  }
  return chrono;
}

function findDates(text: string, monthFirst: boolean): FoundDate[] {
  const reference = new Date(Date.UTC(2025, 0, 1));
  const seen = new Map<number, FoundDate>();
  const { en, de, nl, sv } = locales();
  const parsers = [monthFirst ? en.casual : en.GB, de.casual, nl.casual, sv.casual];
  for (const parser of parsers) {
    for (const r of parser.parse(text, reference)) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day'))
        continue;
      const year = r.start.get('year')!;
      if (year < 1990 || year > 2100) continue;
      if (seen.has(r.index)) continue;
      const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(r.text.trim());
      const a = Number(slashed?.[1]);
      const b = Number(slashed?.[2]);
      seen.set(r.index, {
        iso: iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!),
        index: r.index,
        text: r.text,
        dayFirstAmbiguous: !!slashed && a <= 12 && b <= 12,
        monthFirstOnly: !!slashed && b > 12,
        dayFirstOnly: !!slashed && a > 12,
      });
    }
  }
  return [...seen.values()].sort((x, y) => x.index - y.index);
}

function invoiceDate(text: string, currency: string | undefined): string | undefined {
  // Day first (most of the world) unless the document shows month first, or is in US dollars and
  // shows nothing either way.
  const probe = findDates(text, false);
  const monthFirst =
    probe.some((d) => d.monthFirstOnly) ||
    (!probe.some((d) => d.dayFirstOnly) &&
      currency === 'USD' &&
      probe.some((d) => d.dayFirstAmbiguous));
  const dates = monthFirst ? findDates(text, true) : probe;
  let best: { date: FoundDate; score: number } | undefined;
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.index - 30), d.index);
    let score = 0;
    if (DATE_GOOD.test(before)) score += 2;
    if (DATE_BAD.test(before)) score -= 3;
    if (!best || score > best.score) best = { date: d, score };
  }
  return best && best.score > -3 ? best.date.iso : undefined;
}

// ---- vendor ---------------------------------------------------------------------------------

const LEGAL_FORM =
  /(?<![\p{L}\d])(?:ltd|limited|gmbh|ag|kg|gbr|ohg|se|b\.?v\.?|n\.?v\.?|inc|llc|llp|plc|corp|co|company|s\.?a\.?|sas|sarl|eurl|s\.?r\.?l\.?|s\.?p\.?a\.?|s\.?l\.?u?|lda|ab|as|asa|aps|a\/s|oy|oyj|ehf|hf|kk|k\.k|pty|pvt|e\.?k\.?|kft|zrt|d\.o\.o|s\.r\.o|sp\.\s*z\s*o\.?o\.?)\.?(?=$|[\s,;|·)]|\.(?![\p{L}\d]))/iu;
const VENDOR_LABEL =
  /\b(?:(?:from|billed\s+by|issued\s+by|sold\s+by|från|von)[ \t]*[:\-–]?|(?:supplier|vendor|seller|merchant|sprzedawca|lieferant|leverancier|leverantör|company|store|shop)[ \t]*[:\-–])[ \t]*/gi;
const BUYER_LABEL =
  /\b(bill(ed)?\s+to|ship\s+to|sold\s+to|to|customer|client|buyer|kunde)\s*:?\s*$/i;
/** A name: up to six words of letters (any script), digits and the marks names use. */
const NAME = /^([\p{Lu}\d][\p{L}\p{M}\d&'’.-]*(?:[ \t]+(?:&[ \t]+)?[\p{L}\p{M}\d&'’.-]+){0,5})/u;

function cleanName(s: string): string {
  const name = s
    .replace(/\s+(invoice|inv|bill|receipt|faktura|rechnung|factuur|document)\b.*$/i, '')
    .replace(/[\s,;:|·-]+$/, '')
    .trim();
  // "Inc." and "B.V." keep their dot; a sentence's full stop goes
  return /\b(inc|co|corp|ltd|b\.v|n\.v|s\.a|s\.l|e\.k|o\.o|k\.k|s\.r\.o|d\.o\.o|pvt\. ltd|ehf)\.$/i.test(
    name,
  )
    ? name
    : name.replace(/\.+$/, '');
}

/** The name up to the end of its legal form(s): "Southern Cross Outfitters Pty Ltd". */
function upToLegalForm(name: string): string {
  const legal = LEGAL_FORM.exec(name);
  if (!legal) return name;
  let end = legal.index + legal[0].length;
  for (;;) {
    const more = /^[\s,]+/.exec(name.slice(end));
    const next = more && LEGAL_FORM.exec(name.slice(end + more[0].length));
    if (!more || !next || next.index !== 0) break;
    end += more[0].length + next[0].length;
  }
  return name.slice(0, end);
}

function vendor(text: string): string | undefined {
  for (const m of text.matchAll(VENDOR_LABEL)) {
    const name = NAME.exec(text.slice(m.index + m[0].length))?.[1];
    if (name && !/^\d/.test(name) && !/^(the|this|our|your|a|an|us|you|me)\b/i.test(name))
      return cleanName(upToLegalForm(name));
  }
  // A name ending in a legal form (GmbH, Ltd, AB, Oy...) that is not the buyer's.
  const segments = text.split(/\n|[,;|·•()]|\s[-–—]\s|\s\/\s/);
  for (const seg of segments) {
    if (!LEGAL_FORM.test(seg)) continue;
    const upto = upToLegalForm(seg);
    const before = text.slice(0, text.indexOf(seg));
    if (
      BUYER_LABEL.test(before.slice(-20)) ||
      /\b(bill(ed)?\s+to|ship\s+to|to|customer)\s*:/i.test(upto)
    )
      continue;
    const name = cleanName(
      upto.replace(/^.*?:\s*/, '').replace(/^.*\b(from|by|från|von|van|door|par)\s+/i, ''),
    );
    if (name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 7 && !/\d/.test(name))
      return name;
    // the capitalised words just before the legal form ("... SUPPLIER Polar Light Oy")
    const words = name.split(/\s+/);
    let start = words.length - 1;
    while (
      start > 0 &&
      /^[\p{Lu}&]/u.test(words[start - 1]) &&
      !/\d/.test(words[start - 1]) &&
      !NOT_NAME.test(words[start - 1].replace(/[.:]+$/, ''))
    )
      start--;
    if (start < words.length - 1) return words.slice(start).join(' ');
  }
  // No label and no legal form: the first field, between line breaks or separators, that reads
  // like a name — capitalised words without digits that are not a field's label ("Station
  // Bistro" in "Receipt 66-10 • 2025-06-30 • Station Bistro • Total 47.00"). A letterhead is one.
  if (!/[\n|·•]|\s[-–—]\s/.test(text)) return undefined;
  let offset = 0;
  for (const field of text.split(/(\n|[|·•]|\s[-–—]\s)/)) {
    const at = offset;
    offset += field.length;
    const name = field.trim();
    if (!looksLikeName(name)) continue;
    if (BUYER_LABEL.test(text.slice(Math.max(0, at - 20), at))) continue;
    return name;
  }
  return undefined;
}

/** Words of fields that are not a name: labels, totals, dates, payment and receipt words. */
const NOT_NAME =
  /^(?:invoice|inv|bill|receipt|statement|document|tax|vat|total|subtotal|amount|balance|due|paid|payment|date|time|qty|quantity|item|items|description|price|cash|card|visa|mastercard|change|thank|thanks|merci|danke|customer|order|from|to|rechnung\w*|faktur\w*|factur\w*|fattur\w*|fatur\w*|factuur\w*|datum|summe|gesamt|totaal|no|nr|page|supplier|vendor|seller|merchant|issuer)$/i;
/** Words a name may hold in lower case ("Bank of Scotland", "Maison de la Presse"). */
const NAME_JOINERS =
  /^(?:&|and|of|the|de|du|des|la|le|van|von|der|den|del|di|da|y|et|und|en|och)$/i;

/** Two to six capitalised words of letters (any script) that are not a field's label. */
function looksLikeName(s: string): boolean {
  if (s.length < 3 || s.length > 60 || !/^[\p{Lu}][\p{L}\p{M}&'’.\- ]+$/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every(
    (w) =>
      !NOT_NAME.test(w.replace(/[.:]+$/, '')) && (/^[\p{Lu}&]/u.test(w) || NAME_JOINERS.test(w)),
  );
}

// ---- total ----------------------------------------------------------------------------------

function total(text: string): Amount | undefined {
  const amounts = findAmounts(text).filter(
    (a) => !looksLikeDate(text.slice(a.start, a.end + 3).trim()),
  );
  let best: { amount: Amount; score: number } | undefined;
  for (const a of amounts) {
    const lineStart = Math.max(text.lastIndexOf('\n', a.start - 1) + 1, 0);
    const before = text.slice(Math.max(lineStart, a.start - 40), a.start);
    // the label nearest the amount: the text after the last separator before it
    const label = before.split(/[,;|·\n]|\s[-–]\s|\s\/\s/).at(-1) ?? '';
    let score = 0;
    for (const [re, weight] of TOTAL_LABELS)
      if (re.test(label)) {
        score = weight;
        break;
      }
    if (NOT_TOTAL.test(label) && score < 9) score = -5;
    if (/%\s*$/.test(text.slice(a.end, a.end + 2)) || /%\s*$/.test(label)) continue;
    if (a.currency) score += 1;
    if (score <= 0 && !a.currency) continue;
    // a later total beats an earlier one of the same strength (totals close a document)
    if (!best || score >= best.score) best = { amount: a, score };
  }
  return best?.amount;
}

/**
 * Reads an invoice's fields from its text: the invoice number (labelled "Invoice No:", "Bill #",
 * "Document", or unlabelled after "#"), the invoice date (chrono-node: ISO, day-first, month names,
 * English, German, Dutch and Swedish; not the due date), the payable total (preferring "Total
 * due", "Amount due", "Grand total", "Balance due" over subtotal, net and tax lines; either
 * thousands convention), its currency (ISO code, symbol or word next to it) and the vendor.
 */
export function extractInvoice(text: string): InvoiceFields {
  const fields: InvoiceFields = {};
  const number = invoiceNumber(text);
  if (number) fields.invoiceNumber = number;
  const amount = total(text);
  if (amount) fields.total = amount.value;
  const currency =
    amount?.currency ??
    findAmounts(text).find((a) => a.currency)?.currency ??
    [...text.matchAll(/\b[A-Z]{3}\b/g)].map((m) => m[0]).find((c) => ISO_4217.has(c));
  if (currency) fields.currency = currency;
  const date = invoiceDate(text, currency);
  if (date) fields.invoiceDate = date;
  const name = vendor(text);
  if (name) fields.vendor = name;
  return fields;
}
