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

/** Labels of an invoice's own number, with what they weigh. */
const NUMBER_LABELS =
  /\b(invoice|inv|bill|receipt|document|doc|tax\s+invoice|credit\s+note|rechnung|rechnungsnummer|faktura|fakturanr|factuur|facture|statement)\b\.?\s*(?:(?:is|was|has)\s+)?(?:(?:the\s+)?(?:no|nr|num|number|n°|nº|#|id|ref(?:erence)?)\b\.?)?\s*[:#.]?\s*/gi;
const ID = /^(#?\s*)([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/i;

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
  /\b(?:ltd|limited|gmbh|ag|b\.?v\.?|n\.?v\.?|inc|llc|llp|plc|corp|co|company|s\.?a\.?|sas|sarl|s\.?r\.?l\.?|s\.?p\.?a\.?|ab|as|asa|aps|a\/s|oy|oyj|kk|pty|e\.?k\.?|sp\.\s*z\s*o\.?o\.?)\.?(?=$|[\s,;|·)]|\.(?!\w))/i;
const VENDOR_LABEL =
  /\b(?:(?:from|billed\s+by|issued\s+by|sold\s+by|från|von)[ \t]*[:\-–]?|(?:supplier|vendor|seller|merchant|sprzedawca|lieferant|leverancier|leverantör|company|store|shop)[ \t]*[:\-–])[ \t]*/gi;
const BUYER_LABEL =
  /\b(bill(ed)?\s+to|ship\s+to|sold\s+to|to|customer|client|buyer|kunde)\s*:?\s*$/i;
const NAME = /^([A-Z0-9ÀÖØ-Þ][\w&'’.\-ÀÖØ-öø-ÿ]*(?:[ \t]+(?:&[ \t]+)?[\w&'’.\-ÀÖØ-öø-ÿ]+){0,5})/u;

function cleanName(s: string): string {
  const name = s
    .replace(/\s+(invoice|inv|bill|receipt|faktura|rechnung|factuur|document)\b.*$/i, '')
    .replace(/[\s,;:|·-]+$/, '')
    .trim();
  // "Inc." and "B.V." keep their dot; a sentence's full stop goes
  return /\b(inc|co|corp|ltd|b\.v|n\.v|s\.a|e\.k|o\.o)\.$/i.test(name)
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
    if (name && /^[A-Z]/.test(name) && name.split(/\s+/).length <= 7) return name;
  }
  // A first line that reads like a name (a letterhead).
  const first = text.split('\n')[0]?.trim() ?? '';
  if (
    text.includes('\n') &&
    /^[A-Z][\w&'’.\- ]{2,60}$/.test(first) &&
    !/\d/.test(first) &&
    !/\b(invoice|receipt|bill|rechnung|faktura|factuur|statement|tax)\b/i.test(first)
  )
    return first;
  return undefined;
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
