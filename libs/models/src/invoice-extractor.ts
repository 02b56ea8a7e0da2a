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
  let s = written.replace(/[\s\u00a0\u202f'’]/g, '');
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
  // local abbreviations ICU does not list
  TL: 'TRY',
  Rs: 'INR',
  'Rs.': 'INR',
  лв: 'BGN',
  'лв.': 'BGN',
  руб: 'RUB',
  'руб.': 'RUB',
  грн: 'UAH',
  'ر.س': 'SAR',
  'د.إ': 'AED',
  'ج.م': 'EGP',
  'د.ك': 'KWD',
  'ر.ق': 'QAR',
  lei: 'RON',
  'S/': 'PEN',
  'S/.': 'PEN',
  KSh: 'KES',
  Ksh: 'KES',
  USh: 'UGX',
  TSh: 'TZS',
  RD$: 'DOP',
  // a dollar with its country's prefix ("FJ$ 1,274.50", "J$12,500", "TT$ 3,250")
  FJ$: 'FJD',
  J$: 'JMD',
  TT$: 'TTD',
  BZ$: 'BZD',
  EC$: 'XCD',
  Bds$: 'BBD',
  BD$: 'BMD',
  B$: 'BSD',
  CI$: 'KYD',
  G$: 'GYD',
  N$: 'NAD',
  SI$: 'SBD',
  WS$: 'WST',
  T$: 'TOP',
  L$: 'LRD',
  // the dirham as Morocco writes it (and the Emirates: "Dhs 1,050"; the text's country decides)
  DH: 'MAD',
  Dh: 'MAD',
  DHS: 'MAD',
  Dhs: 'MAD',
  // the dong as Vietnamese receipts write it without its own sign ("45.000 đ", "45.000 VNĐ")
  đ: 'VND',
  Đ: 'VND',
  VNĐ: 'VND',
  // written after the amount in Chinese, Japanese and Korean
  元: 'CNY',
  円: 'JPY',
  원: 'KRW',
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
/** The currencies a shared symbol stands for, whose code a text may write elsewhere. */
const SHARED_CODES: Record<string, string[]> = {
  DH: ['MAD', 'AED'],
  Dh: ['MAD', 'AED'],
  DHS: ['MAD', 'AED'],
  Dhs: ['MAD', 'AED'],
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  'kr.': ['DKK', 'SEK', 'NOK', 'ISK'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
};

function disambiguate(code: string, symbol: string, text: string): string {
  // the code written elsewhere in the text says which ("Total NZD   $457.01", "Moneda: MXN")
  const written = SHARED_CODES[symbol]?.filter((c) => new RegExp(`\\b${c}\\b`).test(text));
  if (written?.length === 1) return written[0];
  // the dirham's abbreviation: the Emirates' by their places, tax id or phone code
  if (/^d/i.test(symbol) && SHARED_CODES[symbol])
    return /\b(?:dubai|abu\s+dhabi|sharjah|ajman|fujairah|ras\s+al\s+khaimah|u\.?a\.?e|united\s+arab\s+emirates|TRN)\b|\+971/i.test(
      text,
    )
      ? 'AED'
      : 'MAD';
  if (symbol === 'kr' || symbol === 'kr.') {
    if (
      /\b(norway|norge|oslo|bergen|trondheim|stavanger|nok|mva)\b|\bASA?\b|\.no\b|å\s+betale|(?<![\p{L}])beløp(?![\p{L}])/iu.test(
        text,
      )
    )
      return 'NOK';
    if (
      /\b(denmark|danmark|copenhagen|københavn|aarhus|odense|dkk|cvr)\b|\bApS\b|\bA\/S\b|\.dk\b|\bi\s+alt\b|at\s+betale|(?<![\p{L}])beløb(?![\p{L}])/iu.test(
        text,
      )
    )
      return 'DKK';
    // Iceland: its places, legal forms (ehf., hf.), id number (kt.) and invoice words
    if (
      /(?<![\p{L}])(?:iceland|ísland|reykjav[ií]k|kópavogur|akureyri|isk|ehf|kt|reikning(?:ur)?|samtals|greiða|gjalddagi)(?![\p{L}])|\bhf\.|\.is\b/iu.test(
        text,
      )
    )
      return 'ISK';
    return 'SEK';
  }
  // the yen sign is also the yuan's: a text in Chinese (its invoice's words, a company's 公司)
  // without kana or a Japanese company's form is Chinese
  if (
    (symbol === '¥' || symbol === '￥') &&
    // (or simplified characters Japanese writes otherwise: 计 計, 额 額, 费 費, 单 単, 总 総, 实 実)
    /公司|发票|發票|人民币|人民幣|增值税|价税|價稅|税额|稅額|开票|開票|元|[计额费单总实]|收据|编号|微信|支付宝|收款|日期/u.test(
      text,
    ) &&
    !/[\p{Script=Hiragana}\p{Script=Katakana}]|株式会社|有限会社|合同会社|消費税|税込|御中|円/u.test(
      text,
    )
  )
    return 'CNY';
  // the dollar's country: its towns, its provinces or states with their postcodes, its taxes and
  // legal forms
  if (symbol === '$') {
    if (
      /\b(canada|ontario|quebec|québec|toronto|vancouver|montreal|montréal|calgary|ottawa|gst\/hst|hst|qst)\b|\bCA\$|\b(?:ON|BC|QC|AB|MB|SK|NS|NB|NL|PE)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/i.test(
        text,
      )
    )
      return 'CAD';
    if (
      /\b(australia|sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|abn)\b|\bA\$|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b|\bPty\.?\s+Ltd\b/i.test(
        text,
      )
    )
      return 'AUD';
    if (
      // (its towns, a Māori greeting or sign-off, or a bank account's form "12-3140-0459812-00")
      /\b(new zealand|aotearoa|auckland|wellington|christchurch|hamilton nz|dunedin|tauranga|rotorua|invercargill|palmerston north|new plymouth|whanganui|lower hutt|upper hutt|porirua|timaru)\b|(?<![\p{L}])(?:whang[aā]rei|kia[ \t]+ora|ng[aā][ \t]+mihi)(?![\p{L}])|\bNZ\$|\bNZ\b|(?<![\d-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d-])/iu.test(
        text,
      )
    )
      return 'NZD';
    if (/\bsingapore\b|\bS\$|\bPte\.?\s+Ltd\b/i.test(text)) return 'SGD';
    if (/\bhong\s+kong\b|\bHK\$/i.test(text)) return 'HKD';
    if (/\bm[eé]xico\b|\bRFC\b|\bCFDI\b|\bS\.\s?A\.\s+de\s+C\.\s?V\./i.test(text)) return 'MXN';
    // the other peso countries by their capitals and towns, tax offices or tax ids' forms (Chile's
    // RUT "76.448.219-3", Argentina's CUIT "30-71234567-8", Colombia's NIT "900.123.456-7"; not a
    // country's name alone: "Green Chile Stew", "Colombia Supremo" on a café's receipt)
    if (
      /(?<![\p{L}])(?:santiago|valpara[ií]so|concepci[oó]n|vi[ñn]a\s+del\s+mar|providencia|las\s+condes)[,\s]+(?:\p{L}+[,\s]+)?chile(?![\p{L}])|\bRUT\b[:.\s]*\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b|\bSII\b/u.test(
        text,
      )
    )
      return 'CLP';
    // (…or its bank accounts' keys, a CBU or a CVU of 22 figures, and its capital's "CABA")
    if (
      /\bbuenos\s+aires\b|\bAFIP\b|\bCUIT\b[:.\s]*\d{2}-\d{8}-\d\b|\bC[BV]U\b[:.\s]*\d{22}\b|\bCABA\b/.test(
        text,
      )
    )
      return 'ARS';
    if (
      /(?<![\p{L}])(?:bogot[aá]|medell[ií]n)(?![\p{L}])|\bDIAN\b|\bNIT\b[:.\s]*\d{3}\.\d{3}\.\d{3}-\d\b/u.test(
        text,
      )
    )
      return 'COP';
    // (Taiwan by its dollar's sign or its capital, not its name alone: "Made in Taiwan")
    if (/\bNT\$|\btaipei\b|台灣|臺灣|台北|臺北/i.test(text)) return 'TWD';
    // (pesos said in words, and nothing else of another peso's country: Mexico's, the commonest)
    if (/\bpesos\b/i.test(text)) return 'MXN';
  }
  return code;
}

interface Amount {
  value: number;
  currency?: string;
  /** The currency was read from a symbol several currencies share ($, kr, ¥) with no more said. */
  guessed?: boolean;
  /** Where the number starts and ends in the text. */
  start: number;
  end: number;
}

/**
 * Not after a letter or a figure, unless the letters are a currency's glued to it ("R2 400,00",
 * and the rupiah's as Indonesian e-mails and WhatsApp bills write it: "Total: Rp2.975.000").
 */
const NOT_IN_WORD = String.raw`(?:(?<![\w.,])|(?<=(?<![A-Za-z])(?:R|Rp)))`;
const NUMBER = new RegExp(
  String.raw`${NOT_IN_WORD}\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?![\w]|[.,]\d)|${NOT_IN_WORD}\d{1,3}(?:(?:[ \u00a0\u202f'’](?=\d{3}\b)|[.,](?=\d{3}\b))\d{3})*(?:[.,]\d{1,2})?(?![\w]|[.,]\d)|${NOT_IN_WORD}\d+(?:[.,]\d{1,2})?(?![\w]|[.,]\d)`,
  'g',
);

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
    // a column's padding may stand between a code and its amount: "TOTALE EUR        7,70"
    // (its padding closed up however wide, so no word is cut by a window: the "R" of "Yhteensä EUR"
    // thirty spaces before "793,16" is no rand's sign)
    // (…and a credit note's minus sign between them: "Kokku   EUR -268,40", "Totaal € -163,23")
    let pad =
      /[-−]/.test(text[start - 1] ?? '') &&
      /(?:[A-Z]{3}|\p{Sc})[ \t]*[-−]$/u.test(text.slice(Math.max(0, start - 6), start))
        ? start - 1
        : start;
    const signed = pad;
    while (pad > 0 && signed - pad < 200 && /[^\S\n]/.test(text[pad - 1])) pad--;
    let word = pad;
    while (word > 0 && pad - word < 6 && /\S/.test(text[word - 1])) word--;
    const before = text.slice(word, signed);
    const after = text.slice(end, end + 16);
    const near = currencyNear(before, after, text);
    out.push({ value, currency: near?.code, guessed: near?.guessed, start, end });
  }
  return out;
}

/** A US state's abbreviation and its ZIP code ("Columbus, OH 43221", "TX 75201-4410"). */
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?\b/;

/** Symbols whose default reading is a guess when the text says nothing more. */
const SHARED_SYMBOLS = new Set([
  '$',
  'kr',
  'kr.',
  '¥',
  '￥',
  'R',
  'Fr',
  'Fr.',
  'DH',
  'Dh',
  'DHS',
  'Dhs',
]);

/** Arabic currencies' names after an amount, with the adjective of their country if written. */
const ARABIC_CURRENCY = /^\s*(درهم|ريال|دينار|جنيه)(?:\s+(\p{L}+))?/u;
const ARABIC_QUALIFIED: Record<string, string> = {
  'درهم إماراتي': 'AED',
  'درهم اماراتي': 'AED',
  'درهم مغربي': 'MAD',
  'ريال سعودي': 'SAR',
  'ريال قطري': 'QAR',
  'ريال عماني': 'OMR',
  'دينار كويتي': 'KWD',
  'دينار بحريني': 'BHD',
  'دينار أردني': 'JOD',
  'جنيه مصري': 'EGP',
};
/** Each Arabic currency's name: its countries (the first its default) and their places' names. */
const ARABIC_COUNTRY: Record<string, Array<[string, RegExp]>> = {
  درهم: [
    ['AED', /الإمارات|الامارات|دبي|أبوظبي|أبو ظبي|الشارقة|عجمان|\bUAE\b|Dubai/u],
    ['MAD', /المغرب|الرباط|الدار البيضاء|مراكش|Maroc|Morocco/u],
  ],
  ريال: [
    ['SAR', /السعودية|الرياض|جدة|الدمام|Saudi|Riyadh/u],
    ['QAR', /قطر|الدوحة|Qatar|Doha/u],
    ['OMR', /عمان|مسقط|Oman|Muscat/u],
  ],
  دينار: [
    ['KWD', /الكويت|Kuwait/u],
    ['BHD', /البحرين|المنامة|Bahrain/u],
    ['JOD', /الأردن|عمّان|Jordan/u],
  ],
  جنيه: [['EGP', /مصر|القاهرة|الإسكندرية|Egypt|Cairo/u]],
};

function currencyNear(
  before: string,
  after: string,
  text: string,
): { code: string; guessed: boolean } | undefined {
  const codeBefore = /\b([A-Z]{3})\s*$/.exec(before)?.[1];
  // (a sign or code after a number that another number follows is that number's: the "€" of
  // "20 Apr 2025     €38.50" is no part of 2025)
  // (…or in brackets after it: "Total: 2,450.00 (USD)")
  const codeAfter = /^\s*(?:\([ \t]*(?=[A-Z]{3}[ \t]*\)))?([A-Z]{3})\b(?![ \t]*\d)/.exec(
    after,
  )?.[1];
  for (const code of [codeAfter, codeBefore])
    if (code && ISO_4217.has(code)) return { code, guessed: false };
  // (the baht written in Thai after its amount: "รวมทั้งสิ้น 120.00 บาท")
  if (/^\s*บาท(?![\p{L}\p{M}])/u.test(after)) return { code: 'THB', guessed: false };
  const wordAfter = /^\s*([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
  if (wordAfter && CURRENCY_WORDS[wordAfter])
    return { code: CURRENCY_WORDS[wordAfter], guessed: false };
  // an Arabic currency's name after the amount, its country said after it or in the text
  // ("10,552.50 درهم إماراتي", "502.50 درهم" in a Dubai invoice)
  const arabic = ARABIC_CURRENCY.exec(after);
  if (arabic) {
    const [, unit, qualifier] = arabic;
    const said = qualifier && ARABIC_QUALIFIED[`${unit} ${qualifier}`];
    if (said) return { code: said, guessed: false };
    for (const [code, place] of ARABIC_COUNTRY[unit] ?? [])
      if (place.test(text)) return { code, guessed: false };
    return { code: ARABIC_COUNTRY[unit][0][0], guessed: true };
  }
  const symbolBefore = new RegExp(`(?<!\\p{L})${symbolPattern!.source}\\s*$`, 'u').exec(
    before,
  )?.[1];
  // (not a word's first letters: the "Fr" of "Frühstück" on the next line is no franc's sign)
  const symbolAfter = new RegExp(
    `^\\s*${symbolPattern!.source}(?![\\p{L}])(?![ \\t]*\\d)`,
    'iu',
  ).exec(after)?.[1];
  // one Latin letter after a number is a unit ("2L", "5 K"), not a currency's sign
  const letter = (sym: string | undefined) => !!sym && /^[A-Za-z]$/.test(sym);
  const unitBefore = letter(symbolBefore) && /\d\s*[A-Za-z]\s*$/.test(before);
  const symbol =
    (unitBefore ? undefined : symbolBefore) ?? (letter(symbolAfter) ? undefined : symbolAfter);
  if (!symbol) return undefined;
  const standard = symbols!.get(symbol) ?? symbols!.get(symbol.toLowerCase())!;
  // the text's answers, looked for once per text (once per amount, a long text's many amounts
  // each searched the whole of it)
  if (currencyCache?.text !== text) currencyCache = { text, codes: new Map(), written: new Map() };
  const { codes, written } = currencyCache;
  const key = `${standard} ${symbol}`;
  if (!codes.has(key)) codes.set(key, disambiguate(standard, symbol, text));
  const code = codes.get(key)!;
  if (!written.has(code)) written.set(code, new RegExp(`\\b${code}\\b`).test(text));
  // a shared symbol read by default is a guess unless the code is written somewhere too (or, for
  // the dollar, a US state and its ZIP code: "Peoria, IL 61602")
  if (code === 'USD' && !written.has('US address'))
    written.set('US address', US_STATE_ZIP.test(text));
  const guessed =
    code === standard &&
    SHARED_SYMBOLS.has(symbol) &&
    !written.get(code) &&
    !(code === 'USD' && written.get('US address'));
  return { code, guessed };
}
let currencyCache:
  { text: string; codes: Map<string, string>; written: Map<string, boolean> } | undefined;

// ---- layout ---------------------------------------------------------------------------------

/** The line that holds `index`: where it starts and ends, and the column of `index` in it. */
function lineAt(text: string, index: number): { start: number; end: number; column: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline < 0 ? text.length : newline, column: index - start };
}

/** The line of an amount, at most 200 characters either side of it (a long line costs no more). */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  const window = text.slice(from, end + 200);
  const lineStart = window.lastIndexOf('\n', start - from - 1) + 1;
  const lineEnd = window.indexOf('\n', end - from);
  return window.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
}

/**
 * What the line above says over `index`'s column: a table's header over its value, as in a PDF
 * pasted as text ("Invoice No      Date" over "TPW-10488       14/02/2025"). Only for a value
 * that starts its line or a column (two spaces or more before it).
 */
function headerAbove(text: string, index: number, width = 16): string {
  const line = lineAt(text, index);
  if (line.start === 0) return '';
  const left = text.slice(line.start, index);
  if (left.trim() && !/\s{2,}$/.test(left) && !/\t$/.test(left)) return '';
  const above = lineAt(text, line.start - 1);
  // (a table whose cells a tab parts, pasted from a spreadsheet: the header's cell of the same
  // place, whatever its width)
  const cellsAbove = tabCells(text.slice(above.start, above.end));
  if (cellsAbove && tabCells(text.slice(line.start, line.end))) {
    const cell = cellsAbove[left.split(/\t+/).length - 1] ?? '';
    return /\d/.test(cell) ? '' : cell;
  }
  const header = text
    .slice(above.start, above.end)
    .slice(Math.max(0, line.column - 2), line.column + width);
  // a header is words; a line of values above ("CHANGE DUE 0.00") heads nothing
  return /\d/.test(header) ? '' : header;
}

/** A line's cells when tabs part them (two or more, at most 200 characters), else undefined. */
function tabCells(line: string): string[] | undefined {
  if (line.length > 200 || !line.includes('\t')) return undefined;
  const cells = line.trim().split(/[ ]*\t+[ ]*/);
  return cells.length >= 2 ? cells : undefined;
}

/** The text in the line below a label, from the label's column on (its value in a table). */
function belowLabel(text: string, labelStart: number, labelLength: number): string | undefined {
  const line = lineAt(text, labelStart);
  if (line.end >= text.length) return undefined;
  const below = lineAt(text, line.end + 1);
  // (a table whose cells a tab parts: the row's cell of the label's place, and those after it)
  const heads = tabCells(text.slice(line.start, line.end));
  const cells = heads && tabCells(text.slice(below.start, below.end));
  if (heads && cells && cells.length === heads.length)
    return cells.slice(text.slice(line.start, labelStart).split(/\t+/).length - 1).join('\t');
  const cell = text.slice(below.start, below.end).slice(Math.max(0, line.column - 2));
  const lead = /^\s*/.exec(cell)![0].length;
  return lead <= labelLength + 4 ? cell.trimStart() : undefined;
}

// ---- labels ---------------------------------------------------------------------------------

/**
 * Phrases of the amount to pay, in English and the common European languages (and a few others:
 * Thai's net amount to pay after a tax withheld, "ยอดชำระสุทธิ").
 */
const PAYABLE =
  /(?<![\p{L}\d])(?:(?:total|amount|balance|sum)\s*(?:now\s+)?(?:due|payable|to\s+pay|owing|outstanding)|zost[aá]va\s+(?:uhradi[tť]|zaplati[tť])|hátralék|fennmaradó\s+összeg|(?:valor\s+)?em\s+d[íi]vida|valor\s+em\s+falta|zb[yý]v[aá]\s+(?:uhradit|zaplatit)|(?:payable|due|to\s+pay)\s+(?:now|today|immediately)|net\s+(?:amount\s+)?payable|amount\s+to\s+be\s+paid|total\s+to\s+pay|remaining\s+balance|balance\s+remaining|rest(?:betrag|summe|zahlung)|zahl(?:ungs)?betrag|noch\s+offen|offene[rn]?\s+betrag|(?:amount\s+|balance\s+)?outstanding(?:\s+(?:balance|amount))?|amount\s+remaining|remaining\s+(?:amount|due)|left\s+to\s+pay|rest(?:e|ant)\s+dû|openstaand(?:\s+(?:bedrag|saldo))?|nog\s+te\s+voldoen|te\s+voldoen(?=[ \t]*:)|saldo\s+(?:dovuto|residuo)|(?:saldo\s+|importe\s+)?pendiente(?:\s+de\s+pago)?|residuo(?:\s+da\s+(?:pagare|saldare))?|reste\s+à\s+payer|solde\s+(?:dû|à\s+payer)|saldo\s+(?:a\s+pagar|da\s+pagare|te\s+betalen)|сума\s+за\s+плащане|к\s+оплате|до\s+сплати|do\s+zapłaty|[åa]\s+betale|att\s+betala|at\s+betale|zu\s+(?:be)?zahlen(?:de[rnms]?\s+(?:gesamt)?(?:betrag|summe))?|(?:te\s+betalen|verschuldigd)\s+bedrag|à\s+payer|a\s+pagar|d?a\s+pagare|por\s+pagar|te\s+betalen|k\s+úhradě|maksettava|fizetendő|ödenecek|πληρωτέο(?:\s+ποσό)?|πληρωτεο|za\s+plačilo|za\s+platiti|de\s+plată|المبلغ\s+المستحق|应付金额|應付金額|(?:총\s*)?결제\s*금액|ยอดชำระสุทธิ|ยอดที่ต้องชำระ|จำนวนเงินที่ต้องชำระ|לתשלום)(?![\p{L}\d])/iu;

/** Labels of the payable total, strongest first (English and the common European ones). */
const TOTAL_LABELS: Array<[RegExp, number]> = [
  [PAYABLE, 10],
  // a sentence asking for the amount right after it ("Bitte überweisen Sie 895,00 €", "Please pay
  // £314.00"; not an amount further along its sentence, "… including the £4.00 fee")
  [
    /(?<![\p{L}])(?:überweisen\s+sie|please\s+(?:pay|transfer|remit)|veuillez\s+(?:payer|régler|virer)|por\s+favor\s+(?:pague|transfiera|abone)|gelieve)(?:\s+(?:us|uns|nous|the\s+(?:amount|sum|balance)\s+of|den\s+betrag\s+von|la\s+somme\s+de|el\s+importe\s+de))?[ \t]*:?[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu,
    10,
  ],
  [
    /\bgrand\s+total\b|\b(?:total|amount|sum|betrag|montant|importe|gesamt\w*|summe|totale|totaal|totalt|beløp|belopp|beløb|bedrag|importo|summa|kwota|valor|montante)\s*,?\s*(?:\(?\s*(?:eur|usd|gbp|dkk|sek|nok|isk|chf|pln|czk|huf|ron|aud|cad|nzd|zar|kr\.?)\s*\)?\s+)?\(?\s*(?:amount\s+)?(?:incl\.?|including|inc\.?|inkl\.?|ttc|iva\s+incl\w*)|\b(?:total|amount|sum|betrag|montant|importe|gesamt\w*|summe|totale|totaal|totalt|beløp|belopp|beløb|bedrag|importo|summa|kwota|valor|montante)\s*\(?\s*(?:vat|gst|hst|tax|mwst|ust|tva|iva|btw|moms|mva|alv)\.?\s*(?:incl\w*|inc\.?|inkl\w*|inbegriffen|compris\w*|incluid\w*|inclus\w*)|\btotal\s+paid\b|\bamount\s+paid\b|\bamount\s+received\b|\bimport[âa]ncia\s+recebida\b|\b(?:valor|montante)\s+recebido\b/i,
    9,
  ],
  // (a document's name before "total" labels its whole, "INVOICE TOTAL", over a later "totaled")
  // (a credit note's total is what is to be credited, in Dutch, French, Spanish and the Nordic
  // languages too: "Å kreditere NOK -1 250,00", "Att kreditera", "At kreditere", "Krediteret beløb")
  [
    /(?<![\p{L}\d])(?:totalt|spolu[ \t]+k[ \t]+úhrade|k[ \t]+úhrade|tổng[ \t]+(?:thanh[ \t]+toán|cộng(?:[ \t]+tiền[ \t]+thanh[ \t]+toán)?|tiền)|total[ \t]+price|price[ \t]+total|prix[ \t]+total|precio[ \t]+total|prezzo[ \t]+totale|totaalprijs|gesamtpreis|gesamtbetrag|gutschriftsbetrag|(?:anzahlungs|abschlags|teilzahlungs|vorauszahlungs|teilrechnungs)betrag|credit\s+(?:total|amount)|total\s+credit|(?:(?:totaal|bedrag)\s+)?te\s+crediteren(?:\s+bedrag)?|å\s+kreditere|at\s+kreditere|att\s+kreditera|kreditert\s+beløp|krediteret\s+beløb|krediterat\s+belopp|(?:total|montant)\s+à\s+créditer|(?:total|importe)\s+a\s+abonar|amount\s+(?:to\s+be\s+)?credited|montant\s+de\s+l['’]avoir|importe\s+(?:del\s+)?abono|rechnungsbetrag|endbetrag|bruttobetrag|montant\s+(?:dû|total|ttc)|totaal(?:bedrag)?|total\s+geral|(?:total\s+)?invoice\s+value|(?:invoice|bill|receipt)\s+total|sum\s+total|המחיר\s+הכולל|summa|total\s+(?:factura|fattura|fatura|facture|documento|general|à\s+pagar)|totale\s+(?:documento|fattura)|importe\s+total|valor\s+total|valor\s+l[ií]quido|total\s+l[ií]quido|l[ií]quido\s+a\s+(?:pagar|percibir|receber)|i\s+alt|yhteensä|celkem|végösszeg|összesen|genel\s+toplam|razem|kokku(?:\s+tasuda)?|iš\s+viso|kopā|ukupno|skupaj|итого|всего|общо|σύνολο|συνολο|jumlah|tổng\s+cộng|ยอดรวม|المجموع|الإجمالي|סה"כ)(?![\p{L}\d])/iu,
    9,
  ],
  // a Chinese VAT invoice's total in figures after the one in words ("价税合计（大写）壹万壹仟叁佰圆整
  // （小写）¥11300.00"): the payable total, over the line of the sum and the tax ("合计 ¥10000.00 ¥1300.00")
  [
    /(?:价税合计|價稅合計)[^\n]*[(（][ \t]*(?:小写|小寫)[ \t]*[)）][ \t]*:?[ \t]*(?:[¥￥]|CNY|RMB)?[ \t]*$/u,
    10,
  ],
  [
    /(?:价税合计|價稅合計|合計金額|合计金额|ご請求金額|請求金額|합계\s*금액|합계|총액|청구\s*금액|총\s*금액|合計|合计|总计|總計)\s*[:：]?\s*[(（]?[^\n]{0,12}$/u,
    9,
  ],
  // a Thai invoice's grand total ("จำนวนเงินรวมทั้งสิ้น", "รวมทั้งสิ้น", "ยอดรวมสุทธิ"; not "รวมเงิน",
  // the sum before VAT), and a Thai till receipt's net amount after its discount ("ยอดสุทธิ",
  // under "รวม 6 รายการ" and "ส่วนลดสมาชิก", above the cash handed over and the change)
  [/(?:จำนวนเงินรวมทั้งสิ้น|รวมทั้งสิ้น|ยอดรวมสุทธิ|ยอดเงินสุทธิ|ยอดชำระทั้งสิ้น|ยอดสุทธิ)\s*[:：]?[^\n\d]{0,12}$/u, 9],
  // the amount of a Japanese, Chinese or Korean receipt ("金額 ¥30,000－", "금액: 12,000원")
  [/(?:^|[\s|:])(?:金額|金额|금액)\s*[:：]?\s*[(（]?[^\n\d]{0,6}$/u, 7],
  // a sentence's amount of the invoice ("meine Rechnung über 1.785,00 €", "amounting to $900")
  [
    /(?<![\p{L}])(?:über|in\s+höhe\s+von|beläuft\s+sich\s+auf|amount(?:s|ing)?\s+to|comes\s+to|s['’]élève\s+à|bedraagt|ammonta\s+a|asciende\s+a|uppgår\s+till|beløber\s+sig\s+til|for\s+the\s+(?:sum|amount)\s+of|d['’]un\s+montant\s+de|por\s+(?:un\s+)?importe\s+de|per\s+un\s+importo\s+di|ter\s+waarde\s+van)[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu,
    7,
  ],
  [/\btotal\w*|\bgesamt\w*|\bsumm[ea]\b|\btoplam\b|\bsuma\b/i, 7],
  [/\bamount\b|\bbalance\b|\bpaid\b|\bcharged?\b|\bbetrag\b|\bmontant\b|\bimporte\b|\bvalor\b/i, 4],
];
/** Lines that are not the payable total: parts of it, taxes, and what a till hands back. */
const NOT_TOTAL =
  /\b(sub-?\s?total\w*|zwischensumme|ara\s+toplam|net(?:t|to)?(\s+amount)?|vat|tax|gst|hst|pst|qst|mwst|ust|btw|moms|mva|alv|tva|iva|dph|áfa|kdv|cgst|sgst|igst|shipping|delivery|freight|postage|discount|deposit|pfand|each|unit\s+price|price|rate|qty|excl\.?|exkl\.?|ekskl\.?|excluding|ex\.|hors|ohne|zzgl|before|tip|gratuity|trinkgeld|pourboire|propina|mancia|cash|tendered|given|gegeben|change|zurück|rückgeld|resto|contanti|rendu|cambio|vuelto|savings|previous|imponibile|imponible|taxable|base|carried\s+forward|brought\s+forward|übertrag)\b/i;
/** A line that starts by taking its amount off: "abzgl. …", "Less: …", "Moins …", "Menos …". */
const DEDUCTED_LINE =
  /^[ \t]*(?:\.\/\.[ \t]*)?(?:abzgl|abzüglich|abz|less|minus|moins|menos|meno|af(?:drag|trek)|abzug)(?![\p{L}])\.?[ \t]*:?/iu;
/**
 * A total of the goods or items alone, before freight, discounts and taxes. (A till's count of
 * items before its total, "6 ITEMS    TOTAL      EUR 17.35", is not the items' total: the whole
 * receipt's.)
 */
const ITEMS_TOTAL =
  /(?<![\p{L}])(?:(?:valor[ \t]+)?total[ \t]+(?:(?:of[ \t]+(?:the[ \t]+)?|dos|das|de[ \t]+(?:los|las)?|des|del|dei|degli|der)[ \t]*)?(?:produtos|productos|produits|prodotti|products|goods|items|articles|art[ií]culos|merchandise|mercadorias|mercanc[ií]as|marchandises|merci|waren|positionen)|(?<!\d[ \t]{0,3})(?:items?|goods|merchandise|products?)[ \t]+total|warenwert|summe[ \t]+(?:der[ \t]+)?(?:positionen|waren|artikel))(?![\p{L}])/iu;
/** A total that leaves something out ("Total excl. VAT", "Totaal excl. btw", "Summe netto"). */
const EXCLUDING =
  /\b(excl\.?|exkl\.?|ekskl\.?|eksklusive|exklusive|excluding|ex\.|net(?:t|to)?|hors|ohne|zzgl|sans|before|ht|h\.t|veroton|(?:uden|utan|uten|zonder|sin|senza|sem|bez|ilman)[ \t]+(?:moms|mva|btw|iva|vat|dph|pdv|ddv|alv|áfa|kdv|tax))\b/i;

/**
 * The names of a document (its stem, so compounds count too: `Rechnungsnummer`, `Fakturanr`; Malay's
 * "Invois" too, "No. Invois : BT-24-00731"; a Turkish till's slip before its number, "FİŞ NO: 0042").
 */
const DOCUMENT =
  'invoice|invois|inv|fact(?=\\.)|fra(?=\\.[ \\t]*(?:simpl|n[°º]|núm|num|no(?!\\p{L})))|re(?=\\.-?[ \\t]*(?:nr|no)(?!\\p{L}))|(?:p|s)\\.?i(?=\\.?[ \\t]*(?:no|nr|num|number|#)(?!\\p{L}))|o\\.?r(?=\\.?[ \\t]*(?:no|nr|num|number|#)(?!\\p{L}))|pro-?forma(?=\\.?[ \\t]*(?:no|nr|num|number|#)(?!\\p{L}))|(?<=(?<![\\p{L}])(?:n[°º]|no\\.?|nr\\.?|núm\\.?)[ \\t]*)pro-?forma|bill|rg|fakt|счета|счёта|счет|παραστατικ\\p{L}*|חשבונית(?:[ \\t]+מס(?![\\u0027׳]))?(?:[ \\t]*\\/[ \\t]*קבלה)?|קבלה|tšekk|tsekk|doklad|dobropis|vrubopis|बीजक|račun\\p{L}*|sąskait\\p{L}*|faktūr\\p{L}*|rēķin\\p{L}*|reminder|rykker\\p{L}*|mahnung|zahlungserinnerung|påminnelse|purring|herinnering|maksumuistutus|hyvityslasku\\p{L}*|bolletta|opkr[æa]vning|ricevuta|reçu|quittance|kuitti|r[äa]kning\\p{L}*|regning\\p{L}*|receipt|document|doc|nf-?e|nfs-?e|nfc-?e|nota[ \\t]+fiscal|tax[ \\t]+invoice|credit[ \\t]+note|fee[ \\t]+note|honorarnote|(?:credit|debit)[ \\t]+memo|memo|avoir|abono|nota[ \\t]+de[ \\t]+cr[eé]dito|note[ \\t]+de[ \\t]+cr[eé]dit|nota[ \\t]+di[ \\t]+credito|creditnota\\p{L}*|kreditnota\\p{L}*|creditfactuur\\p{L}*|credit(?:nummer|nr)|statement|folio|ticket|tiquet|note(?=[ \\t]*n[°º])|addition(?=[ \\t]*n[°º])|check|chk|rcpt|bon|bon(?:nummer|nr)|kassenbon|kassenbeleg|beleg(?:nummer|nr)?|quittung|gutschrift\\p{L}*|scontrino|documento|(?:kreedit)?arve|f[iİı][şs](?=[ \\t]*(?:no|nr|numaras[ıi])(?!\\p{L}))|nota|boleta|comprobante|kvitt\\p{L}*|(?:abschlags|schluss|teil|anzahlungs|vorauszahlungs|sammel|jahres|monats|proforma|korrektur)?rechnung\\p{L}*|faktur\\p{L}*|faktúr\\p{L}*|belge|h[oó]a[ \\t]+đ[oơ]n|factur\\p{L}*|fattur(?!at[oaie](?![\\p{L}])|azion)\\p{L}*|fatur\\p{L}*|factuur\\p{L}*|faktuur\\p{L}*|lasku\\p{L}*|reikning\\p{L}*|rachun\\p{L}*|recibo|struk|kwitansi|resit|paragon(?:u|[ \\t]+fiskalny)?|számla\\p{L}*|nyugta\\p{L}*|bizonylat\\p{L}*|фактура|сметка|счёт|сч[её]т-фактура|рахунок|(?:αρ\\.?|αριθμ(?:ός|ος)?\\.?)[ \\t]*τιμολογ\\p{L}*|(?:αρ\\.?|αριθμ(?:ός|ος)?\\.?)[ \\t]*τιμολόγ\\p{L}*|τιμολόγι\\p{L}*|τιμολογι\\p{L}*|απόδειξη|αποδειξη|請求書番号|請求番号|領収書番号|伝票番号|发票号码|發票號碼|收据号码|收據號碼|收据编号|收據編號|单据编号|單據編號|发票编号|發票編號|영수증[ \\t]*번호|单号|單號|票号|票號|流水号|流水號|거래[ \\t]*번호|청구서[ \\t]*번호|청구[ \\t]*번호|계산서[ \\t]*번호|전표[ \\t]*번호';
/** A document's name as a whole word: a field that is one is not a name. */
const DOCUMENT_WORD = new RegExp(`^(?:${DOCUMENT})$`, 'iu');
/** "No" in its forms (`No.`, `Nr.`, `n°`, `nº`, `č.`, `#`, `Number`, `ID`, `Ref`). */
// (Hindi's "संख्या" too, after "बीजक", an invoice: "बीजक संख्या: SGV/24-25/0412"; it ends in a vowel's mark)
const NO =
  '(?:no|nr|nro|br|num|núm|number|nummer|sorszám\\p{L}*|száma|numero|número|numéro|n\\.?[°º]|n(?=\\.[\\s:])|číslo|č|#|№|αρ|id|ref(?:erence)?|מס[\\u0027׳]|संख्या)(?:\\b|(?<=[°º#№\\u0027׳č]|\\p{M}))\\.?';
/**
 * Labels of an invoice's own number: the document's name and an optional "No"; spaces and tabs
 * only after it, so the next line is not its value unless the label heads a table's column.
 */
/**
 * Words that say which kind of document it is, between its name and its number, maybe in brackets
 * ("Faktura VAT (końcowa) nr 214/10/2024", a final invoice; "FAKTURA KORYGUJĄCA nr K/3/2025", a
 * correction).
 */
const DOCUMENT_KIND =
  '(?:seri[ \\t]*\\/[ \\t]*sıra|на[ \\t]+оплату|simplificad[ao]|simpl\\.|simplifiée|simplificata|rectificativa|rectificative|d[\u0027’]acompte|de[ \\t]+acompte|de[ \\t]+anticipo|di[ \\t]+acconto|d[\u0027’]acconto|de[ \\t]+sinal|zaliczkowa|końcowa|korygując\\p{L}*|deposit|advance|interim|final|partial|original|copy|copia|kopie|duplicate|duplicado|duplicata|pro-?forma|comercial|commercial|fiscal|electr[oó]nica|elettronica|électronique|elektronisch|differita|accompagnatoria|immediata|riepilogativa|recibo|vat|de[ \\t]+venta|de[ \\t]+exportaci[oó]n)';
/**
 * A word between a document's name and a "No" that says the number is another thing's: "INVOICE
 * Account No: SNF-220918 Invoice Number: INV-KE-554190" (a heading run into the next label, one
 * line of a portal's page) labels the account's number, not the invoice's.
 */
const OTHER_HOLDER =
  '(?:account|acct|customer|client|member|order|contract|kunden|konto|auftrags?|bestell|compte|cuenta|conto|klant|kund|asiakas|cliente|contrat|contrato|vertrags?)[ \\t]';
const NUMBER_LABELS = new RegExp(
  `(?<![\\p{L}\\d])(?:${DOCUMENT})(?![\\p{L}\\d])\\.?[ \\t]*(?:\\(?${DOCUMENT_KIND}\\)?(?:[ \\t]+|(?=[ \\t]*[:#]))){0,2}(?:(?:is|was|has)[ \\t]+)?(?:(?:the[ \\t]+|(?!${OTHER_HOLDER})\\p{L}{2,8}[ \\t]+|-)?(${NO}))?[ \\t]*[:#.|]?[ \\t]*`,
  'giu',
);
/** A document's name or a "No" in a label (not global: for a single test). */
const NUMBER_LABELS_ONE = new RegExp(`(?<![\\p{L}\\d])(?:${DOCUMENT}|${NO})`, 'iu');
/**
 * An invoice's title on a line of its own (no figures), and below it a "No" alone or said in two
 * languages ("Αριθμός / No:"), or an "N." before its colon, as a Spanish till's simplified invoice
 * prints it ("FACTURA SIMPLIFICADA" / "N.: T4-2025-0088731"), then the id (group 1) alone on its
 * line or before a column's gap (not an address's house number, "No. 12, Jalan Ampang").
 */
const TITLE_THEN_NO =
  /(?:^|\n)[ \t]*[^\n\d]{0,60}?(?<![\p{L}])(?:invoice|rechnung|facture|factura|fattura|fatura|factuur|faktura|lasku|számla|τιμολόγιο|τιμολογιο|фактура|счёт|счет|חשבונית|فاتورة)(?![\p{L}])[^\n\d]{0,60}\n[ \t]*(?:\p{L}[\p{L}.]{0,15}[ \t]*\/[ \t]*)?(?:no|nr|n[°º]|n(?=\.[ \t]*:)|number|numéro|número|numero|nummer|sorszám|αριθμός|αριθμος|номер)(?![\p{L}])\.?[ \t]*[:#]?[ \t]*([^\s,;]{1,40})(?=[ \t]*(?:\n|$)|[ \t]{2,})/iu;
/** An invoice's title on a line of its own, and below it a series and number alone ("F001-00004521"). */
const TITLE_THEN_SERIES =
  /(?:^|\n)[ \t]*[^\n\d]{0,60}?(?<![\p{L}])(?:invoice|rechnung|facture|factura|fattura|fatura|factuur|faktura|boleta|nota|comprobante)(?![\p{L}])[^\n\d]{0,60}\n[ \t]*([A-Z]{1,4}\d{0,4}-\d{3,12})[ \t]*(?=\n|$)/iu;
/**
 * A number labelled only by "No." in one of its forms, at the start of a line or field (or run
 * on to a receipt's or transaction's word in Japanese, Korean, Chinese: "取引No.000234"; a Greek
 * receipt's serial number, "Α.Α." for αύξων αριθμός; a Greek invoice's series and number,
 * "Σειρά-Αριθμός: Α-1093").
 */
const BARE_NUMBER_LABEL =
  /(?:^|[\n|│┃·•(,:;]|\s[-–—]\s|[ ]{3,}|(?<=[\p{Script=Thai}\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}][ \t])|(?<=(?:取引|伝票|レシート|領収書?|お買上げ?|売上|거래|영수증|交易|单据|單據)))[ \t]*(?:s[ée]rie[ \t]*\/[ \t]*|σειρ[άα][ \t]*[-–/][ \t]*)?(?:number|số|numéro|n[uú]mero|numer|nummer|num|nr|nro|no|n\.?[°º]|n(?=\.\s)|č|číslo|broj|№|αριθμός|αριθμος|αρ|α\.[ \t]?α|номер|番号|번호|编号|號碼|号码|رقم(?:\s+الفاتورة(?:\s+(?:المبدئية|الضريبية|الأولية|التجارية))?)?|מספר(?:\s+חשבונית)?|เลขที่(?:ใบกำกับภาษี|ใบเสร็จ(?:รับเงิน)?)?)(?![\p{L}\p{M}])\.?[ \t]*[:#\-–：]?[ \t]*(?=[A-Z0-9\p{Script=Greek}\p{Script=Cyrillic}])/giu;
/** An id: letters (Latin, Greek or Cyrillic: "ΤΠΥ-0457", "СФ-118") and digits, joined by - / . _ */
const ID =
  /^(#?[ \t]*)([A-Z0-9\p{Script=Greek}\p{Script=Cyrillic}](?:[A-Z0-9\p{Script=Greek}\p{Script=Cyrillic}]|[-/._](?=[A-Z0-9\p{Script=Greek}\p{Script=Cyrillic}]))*)/iu;
/**
 * Words before a number that is not the invoice's: orders, accounts, tax ids, phones, banks (the
 * phone as Indonesian and Malaysian small businesses label it too: "Telp/WA 0812-2745-1190").
 */
const OTHER_NUMBER =
  /(?:(?<![\p{L}])(?:טל|טלפון|פקס|נייד|ח\.פ|ע\.מ|هاتف|جوال|فاكس|ھاتف|사업자(?:등록)?[ \t]*번호|등록[ \t]*번호|전화(?:번호)?|팩스|(?:입금[ \t]*)?계좌(?:번호)?|승인[ \t]*번호|카드[ \t]*번호)['׳.]?[^\n]{0,12}$)|\b(order|po|purchase|account|acct|customer|client|member|card|table|room|polic[ey]|policy|polizza|p[oó]liza|polis|apólice|vakuutus\w*|store|st|till|te|tr|op|pos|terminal|cashier|trans\w*|hst|gst|gstin|vat|tax|reg\w*|abn|org\w*|cvr|kvk|siret|siren|cif|nif|nip|p\.?\s?iva|ust|mwst|btw|y-tunnus|iban|bic|swift|sort\s+code|bank\w*|c\/c|cta\.?\s*cte|conta\s+corrente|cuenta\s+corriente|phone|tel|telp|wa|whatsapp|fax|mobile|ref|cnpj|cpf|cuit|rut|ruc|nit|rfc|curp|dni|nie|tin|ein|ssn|ie)\b[^\n]{0,12}$/iu;

/**
 * The text of `index`'s line before it, at most 200 characters of it (a line cut short starts with
 * a NUL, so no pattern anchored at a line's start reads it as one): a long line's many ids each
 * looked at their whole line before.
 */
function lineBefore(text: string, index: number): string {
  const back = text.slice(Math.max(0, index - 200), index);
  const newline = back.lastIndexOf('\n');
  return newline >= 0 || index <= 200 ? back.slice(newline + 1) : `\u0000${back}`;
}

/**
 * Letters or digits with a digit, more than a day or a month, and not a year alone (one a document
 * may be dated or refer to, 1950 to 2049: a till's receipt numbered "Kvitto nr 2088" is no year).
 */
function looksLikeId(s: string): boolean {
  return (
    /\d/.test(s) && s.length >= 2 && !/^\d{1,2}$/.test(s) && !/^(?:19[5-9]\d|20[0-4]\d)$/.test(s)
  );
}

function looksLikeDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./]\d{2}[./]\d{2}$/.test(s);
}

interface Reading<T> {
  value: T;
  /** How sure the evidence makes it, 0..1. */
  confidence: number;
  /** Why, for a person who looks. */
  how: string;
}

/** Words of a field's label (a line that is one, in a stack of labels, says so). */
const LABEL_WORD = new RegExp(
  `(?<![\\p{L}])(?:${DOCUMENT}|date|datum|fecha|data|dato|due|total|sub-?total|tax|vat|gst|hst|less|amount|balance|from|to|bill|billed|customer|client|item|qty|quantity|price|description|reference|ref|terms|period|order|account|no|nr|number|issued|issue|payment|totale|totaal|totalt|importo|importe|montant|betrag|summe|scadenza|vencimiento|échéance|emissione|emisión|émission|\\p{L}{3,}(?:datum|dato|nummer))(?![\\p{L}])`,
  'iu',
);
const isLabelLine = (line: string) => {
  const l = line.trim();
  if (l.length < 2 || l.length > 25) return false;
  // a rate in a label is part of it ("TOTAL GST 10%")
  const words = l.replace(/[ \t]*\d+(?:[.,]\d+)?[ \t]*%/g, '');
  return (
    !/\d/.test(words) &&
    l.split(/\s+/).length <= 4 &&
    /^[\p{L}\p{M} .#°º№'’()/-]+:?$/u.test(words) &&
    LABEL_WORD.test(l)
  );
};

/**
 * The label of a value in labels stacked one per line above their values, in the same order (a
 * PDF's table pasted one cell per line: "Invoice No. / Date / INV-004417 / 15/10/2025").
 */
let stackCache: { text: string; lines: string[]; starts: number[] } | undefined;
/** The most lines a stack of labels or of values may have (a table's header over its values). */
const MAX_STACK = 64;

function stackedLabel(
  text: string,
  index: number,
  value?: (line: string) => boolean,
): string | undefined {
  if (stackCache?.text !== text) {
    const lines = text.split('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      starts.push(offset);
      offset += l.length + 1;
    }
    stackCache = { text, lines, starts };
  }
  const { lines, starts } = stackCache;
  // the line holding `index`: the last start at or before it (binary search)
  let at = 0;
  for (let hi = starts.length - 1; at < hi;) {
    const mid = (at + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) at = mid;
    else hi = mid - 1;
  }
  if (isLabelLine(lines[at])) return undefined;
  // a stack of labels over a stack of values is a table's header: at most MAX_STACK lines each
  // (unbounded walks made a long document's reading quadratic)
  let first = at;
  while (first > 0 && lines[first - 1].trim() && !isLabelLine(lines[first - 1])) {
    if (at - first >= MAX_STACK) return undefined;
    first--;
  }
  let top = first;
  while (top > 0 && first - top < MAX_STACK && isLabelLine(lines[top - 1])) top--;
  // a document's title above the labels ("INVOICE") heads no value
  let from = top;
  while (
    from < first - 1 &&
    ((DOCUMENT_WORD.test(lines[from].trim()) &&
      // (not a compound label of the document's number or date: "Fakturanummer", "Rechnungsdatum")
      !/(?:nummer|numer|nr|datum|dato)$/iu.test(lines[from].trim())) ||
      /^\p{Lu}+$/u.test(lines[from].trim()))
  )
    from++;
  const labels = lines.slice(from, first);
  const j = at - first;
  // with the values' shape given: as many values in the stack as labels, so each has its own
  if (value) {
    if (!lines.slice(first, at + 1).every(value)) return undefined;
    let last = at;
    while (last + 1 < lines.length && last - first < labels.length && value(lines[last + 1]))
      last++;
    if (last - first + 1 !== labels.length) return undefined;
  }
  return labels.length >= 2 && j < labels.length ? labels[j].trim() : undefined;
}

/** "No." before the document's name, as Romance languages write it ("Nº de factura", "Numéro de facture"). */
const NUMBER_OF_DOCUMENT = new RegExp(
  `^(?:n[°º]|n\\.|nr\\.?|no\\.?|n[uú]mero|numéro|number|s[ốo])[ \\t]*(?:(?:de|of|du|della|del|da|do|van)[ \\t]+(?:(?:la|the|de)[ \\t]+)?)?(?:${DOCUMENT})(?![\\p{L}])[ \\t]*:?$`,
  'iu',
);

/** Words before a document's name that make it another document, referred to ("zu Rechnung"). */
const REFERRED_BEFORE =
  /(?<![\p{L}])(?:against|zu[rm]?|bezug(?:nehmend\s+auf)?|refers?\s+to|referring\s+to|related\s+to|corrects?|korrektur\s+(?:zu[rm]?|der)|storno\s+(?:zu[rm]?|der)|à\s+la|a\s+la|alla|do(?=[ \t]+faktur)|bij|till|regarding|concerning|расч[её]тный|корр\.?|корреспондентский|лицевой|банковский|текущий|vedr\.?|vedrørende|gjelder|avser|betreft|inzake|relativ[ao]\s+a(?:lla)?|riferit[ao]\s+a(?:lla)?|correspondiente\s+a(?:\s+la)?|referente\s+(?:a|à)|relative\s+à(?:\s+la)?|concernant(?:\s+la)?|k[e]?\s+faktuře|til\s+faktura|betr\.?|betreffend|angående|ang\.|gällande|koskien|dotyczy|hyvitettävä|krediteret|krediterad|gutgeschriebene|credited|korrigierte|corrected|rectifica|rectifie|rettifica|retifica|corrige|annule(?:[ \t]+et[ \t]+remplace)?|anula|sustituye(?:[ \t]+a)?|remplace|replaces|storniert|berichtigt|ersetzt|verbetert|vervangt|crediteert)(?:[ \t]+(?:the|die|der|des|la|le|l['’]|il|a|o|de|het))?[ \t]*:?[ \t]*$/iu;
/** Words before a document's name that make it its kind ("Tipo documento", "Art der Rechnung"). */
const DOCUMENT_TYPE_BEFORE =
  /(?<![\p{L}])(?:tipo|type|typ|rodzaj|soort|kind|classe|genre|tyyppi)(?:[ \t]+(?:de|di|del|of|du|van))?[ \t]+$/iu;

/** A line that starts with a document's name and its number ("Invoice 1021   01/03/2025   £420.00"). */
const DOCUMENT_ROW = new RegExp(
  `^[ \\t]*(?:${DOCUMENT})\\.?[ \\t]*(?:${NO})?[ \\t]*[:#]?[ \\t]*([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)`,
  'iu',
);

/**
 * The invoice number, doubtful in a list of documents: rows that start with a document's name and
 * each another number (a statement of account's invoices) say several, not which one this is.
 */
function invoiceNumber(text: string): Reading<string> | undefined {
  const found = ownNumber(text);
  // an id at the end of a CJK invoice's title line, after a column's gap ("請求書", maybe spaced
  // out by full-width spaces, then "SDK-118"; "청 구 서 (INVOICE)      NC-2204"): the invoice's,
  // where nothing labels one
  if (!found || found.confidence < 0.7) {
    const titled = CJK_TITLE_THEN_ID.exec(text.slice(0, 3000))?.[1];
    if (titled && looksLikeId(titled) && !looksLikeDate(titled))
      return { value: titled, confidence: 0.85, how: "at the end of its title's line" };
  }
  if (!found || found.confidence < 0.7) return found;
  const listed = new Set<string>();
  for (const line of text.split('\n')) {
    const m = DOCUMENT_ROW.exec(line.slice(0, 200));
    if (m && /\d/.test(m[1]) && /\d[.,]\d{2}(?!\d)/.test(line.slice(m[0].length))) listed.add(m[1]);
  }
  return listed.size >= 2
    ? { ...found, confidence: 0.5, how: `${found.how}, but ${listed.size} documents are listed` }
    : found;
}

/**
 * A CJK invoice's title alone at its line's start (its characters maybe spaced, by full-width
 * spaces too; maybe glossed in brackets, "(INVOICE)"), then a column's gap and an id (group 1)
 * ending the line.
 */
const CJK_TITLE_THEN_ID =
  /(?:^|\n)[ \t\u3000]*(?:請[ \t\u3000]?求[ \t\u3000]?書|発[ \t\u3000]?票|发[ \t\u3000]?票|發[ \t\u3000]?票|청[ \t]?구[ \t]?서|인[ \t]?보[ \t]?이[ \t]?스)(?:[ \t\u3000]*[(（][A-Za-z ]{2,20}[)）])?(?:[ \t\u3000]{2,}|\t)[ \t\u3000]*(?:No\.?[ \t]*)?([A-Z0-9][A-Za-z0-9/-]{3,24}\d[A-Za-z0-9]*)[ \t\u3000]*(?=\n|$)/u;

/** A receipt's or a till's label of its number (not the invoice's). */
const RECEIPT_LABEL =
  /^(?:receipt|ticket|bon|beleg|quittung|kassenbon|recibo|ricevuta|reçu|kvitto|kvittering|kuitti|scontrino|check|nyugta|bizonylat)(?![\p{L}])/iu;
/** A credit note's label of its number. */
const CREDIT_LABEL =
  /^(?:credit[ \t]+note|credit[ \t]+memo|gutschrift|avoir|abono|nota[ \t]+de[ \t]+cr[eé]dito|nota[ \t]+di[ \t]+credito|note[ \t]+de[ \t]+cr[eé]dit|creditnota|kreditnota|creditfactuur|creditnummer|hyvityslasku|faktura[ \t]+korygująca)/iu;
/** An invoice's label of its number. */
const INVOICE_LABEL =
  /^(?:invoice|inv|tax[ \t]+invoice|rechnung|factur|fattur|fatur|factuur|faktur|lasku|számla|חשבונית)/iu;

/** A number in groups of digits a space apart, maybe after a short code ("RN 2025 0221 8874"). */
const SPACED_ID = /^(?:[A-Z]{1,4}|\d{2,6})(?: \d{2,6})+(?=[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]*[|·•;])/;

/**
 * The id right under a label that sits in a middle column of its line (other text left of it, a
 * gap of three spaces or more before it), starting in the label's column on the next line.
 */
function idUnderLabel(text: string, at: number): string | undefined {
  const line = lineAt(text, at);
  if (!/\S[ \t]{3,}$/.test(text.slice(line.start, at))) return undefined;
  if (line.end >= text.length) return undefined;
  const next = lineAt(text, line.end + 1);
  if (next.end - next.start <= line.column) return undefined;
  const cell = text.slice(next.start + line.column, next.end);
  // (the cell starts in the label's column, a space before it, and is alone in its column)
  if (!/^\S/.test(cell) || /\S$/.test(text.slice(next.start, next.start + line.column))) return;
  const id = /^([A-Z0-9][A-Z0-9/-]{2,24}[A-Z0-9])(?=[ \t]{2,}|[ \t]*$)/.exec(cell)?.[1];
  return id && /\d/.test(id) ? id : undefined;
}

/** A series' letters, a dash and a number whose last digits stand a space apart ("F-88 213"). */
const DASHED_SPACED_ID = /^[A-Z]{1,4}-\d{1,3}(?: \d{3})+(?=[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]*[|·•;])/;

/** A label of the document's own number, a cell of a row of labels ("Invoice Number", "Rechnungsnr"). */
const OWN_NUMBER_CELL = new RegExp(
  `^(?:${DOCUMENT})(?:[ \\t]*(?:${NO})|(?<=\\p{L}(?:nummer|numer|nr|no)))\\.?$`,
  'iu',
);

/**
 * The value under a label in a row of two to six labels, each closed by its colon, over a row of
 * as many values a space or more apart (matched by order, not by column: a PDF's text closes its
 * gaps up), the first such row whose label `wanted` accepts.
 */
function valueUnderLabel(text: string, wanted: (label: string) => boolean): string | undefined {
  const lines = text.slice(0, 20000).split('\n');
  for (let n = 0; n + 1 < lines.length; n++) {
    const line = lines[n].trim();
    if (line.length > 160 || !/:$/.test(line)) continue;
    const labels = line
      .slice(0, -1)
      .split(':')
      .map((l) => l.trim());
    if (
      labels.length < 2 ||
      labels.length > 6 ||
      labels.some((l) => !/^\p{L}[\p{L}\p{M} .#°º№/-]{0,30}$/u.test(l))
    )
      continue;
    const at = labels.findIndex(wanted);
    if (at < 0) continue;
    const values = (lines[n + 1] ?? '').trim().split(/\s+/);
    if (values.length === labels.length) return values[at];
  }
  return undefined;
}

/** The text's first line up to a "#" after a name: a shop's name and its store's number ("Walgreens #4471"). */
const STORE_NUMBER = /^\s*\p{Lu}[\p{L}\p{M}&'’. -]{1,40}?[ \t]+$/u;

/** An Argentine invoice's point of sale and its number, labelled apart (groups 1 and 2). */
const AFIP_NUMBER =
  /(?<![\p{L}])punto[ \t]+de[ \t]+venta[ \t]*:?[ \t]*(\d{4,5})[ \t,;|]+comp(?:robante)?\.?[ \t]*(?:n(?:ro|°|º|\.)|número|numero)\.?[ \t]*:?[ \t]*(\d{8})(?!\d)/iu;

/** A series' letters and the number after its "nr." ("Seria CN nr. 0457"; groups 1 and 2). */
const SERIES_NUMBER =
  /(?<![\p{L}])(?:[Ss]eria|SERIA)[ \t]*:?[ \t]+([A-Z]{1,6})[ \t]+(?:[Nn]r|NR|[Nn]um[ăa]r(?:ul)?|NUM[ĂA]R(?:UL)?|[Nn]o|NO)\.?[ \t]*:?[ \t]*(\d{1,12})(?![\w/-])/u;
/**
 * A series and its number under one label, as Romanian invoices also print them ("Seria și nr.:
 * TIS 0421", "Serie si numar: ABC 118"; groups 1 and 2).
 */
const SERIES_AND_NUMBER =
  /(?<![\p{L}])(?:[Ss]eri[ae]|SERI[AE])[ \t]+(?:și|şi|si|ȘI|ŞI|SI|&)[ \t]+(?:[Nn]r|NR|[Nn]um[ăa]r(?:ul)?|NUM[ĂA]R(?:UL)?)\.?[ \t]*:?[ \t]*([A-Z]{1,6})[ \t]+(\d{1,12})(?![\w/-])/u;

/** A year and the next ("2025/26", "2025-2026"): a period, not an id. */
function yearRange(id: string): boolean {
  const m = /^((?:19|20)\d\d)[-/](\d\d|(?:19|20)\d\d)$/.exec(id);
  return !!m && Number(m[2]) % 100 === (Number(m[1]) + 1) % 100;
}

/**
 * An id cut at its dash or slash at a line's end, its rest alone on the next line (its column
 * is not kept: the text's gaps may be narrowed) ("KW-INV-2025-" / "00318"): the id whole, or
 * undefined.
 */
function wrappedId(text: string, restAt: number, rest: string, id: string): string | undefined {
  const off = rest.indexOf(id);
  if (off < 0) return undefined;
  const at = restAt + off;
  const cut = /^([-/])[ \t]*\n/.exec(text.slice(at + id.length, at + id.length + 40));
  if (!cut || id.endsWith(cut[1])) return undefined;
  const nextAt = at + id.length + cut[0].length;
  const nextEnd = text.indexOf('\n', nextAt);
  const next = text.slice(nextAt, nextEnd < 0 ? Math.min(text.length, nextAt + 400) : nextEnd);
  const tail = /^([ \t]*)([A-Z0-9]{2,12})[ \t]*$/.exec(next);
  if (!tail || !/\d/.test(tail[2])) return undefined;
  return `${id}${cut[1]}${tail[2]}`;
}

/**
 * A Korean tax invoice's title ("전자세금계산서", "세금계산서 (공급받는자 보관용)") on a line of its own near
 * the top, and further on its approval number ("승인번호: 20250310-41000012-00418832", group 1;
 * its last eight may be letters and digits, "…-7c3b9a2f").
 */
const KOREAN_TAX_INVOICE =
  /^[ \t]*(?:전자)?[ \t]*세금[ \t]*계산서(?![\p{L}])[^\n\d]{0,40}\n(?:[^\n]{0,200}\n){0,6}?[^\n]{0,40}?승인[ \t]*번호[ \t]*[:：]?[ \t]*(\d{8}-?\d{8}-?[0-9A-Za-z]{8}|[0-9][0-9-]{5,40}[0-9])(?![\dA-Za-z-])/mu;
/** A document's word that is also a bank account's in its language (see ownNumber). */
const ACCOUNT_TOO = /^(?:rachun|reikning|račun|sąskait|сч[её]т|рахун)/iu;
/**
 * The kind of bank account said just before such a word, as Balkan and East Slavic letterheads
 * print their own account ("Tekući račun", "Žiro račun", "Текући рачун", "Поточний рахунок",
 * "Расчётный счёт").
 */
const ACCOUNT_KIND =
  /(?<![\p{L}])(?:teku[cćč]i|[zž]iro|текући|текущий|поточний|расч[её]тный|current)[ \t]*$/iu;
function ownNumber(text: string): Reading<string> | undefined {
  // (a year and the next, "2025/26", "2025-2026", is a period: a bill's or a tax year's)
  const ok = (id: string | undefined): id is string =>
    !!id && looksLikeId(id) && !looksLikeDate(id) && !yearRange(id);
  const credit = CREDIT_NOTE.test(text.slice(0, 600));
  // a receipt's number labelled before the invoice's ("Receipt number: … / Invoice number: …"):
  // the invoice's is the one asked for
  // …and in a credit note, the invoice's number labelled before the credit note's own
  const [later, wanted] = credit ? [INVOICE_LABEL, CREDIT_LABEL] : [RECEIPT_LABEL, INVOICE_LABEL];
  let receipts: Reading<string> | undefined;
  const decide = (r: Reading<string>, label: string): Reading<string> | undefined => {
    if (receipts) return wanted.test(label) ? r : undefined;
    if (!later.test(label) || (credit && CREDIT_LABEL.test(label))) return r;
    receipts = r;
    return undefined;
  };
  // a Korean tax invoice ("세금계산서", "전자세금계산서") is numbered by its approval number ("승인번호"),
  // the National Tax Service's id of it; on a card slip that label is the card payment's, not this
  const taxInvoice = KOREAN_TAX_INVOICE.exec(text.slice(0, 3000));
  if (taxInvoice && ok(taxInvoice[1]))
    return { value: taxInvoice[1], confidence: 0.9, how: 'the approval number of a tax invoice' };
  // an Argentine electronic invoice's point of sale and number, labelled apart ("Punto de Venta:
  // 0003  Comp. Nro: 00001187"): written together as its number is, "0003-00001187"
  const afip = AFIP_NUMBER.exec(text.slice(0, 5000));
  if (!credit && afip)
    return { value: `${afip[1]}-${afip[2]}`, confidence: 0.85, how: 'point of sale and number' };
  // a Polish fiscal receipt's printout number ("2025-06-03   nr wydr. 0045/1182")
  const printout =
    /(?<![\p{L}])nr[ \t]+wydr(?:uku)?\.?[ \t]*:?[ \t]*(\d[\d/-]{1,20}\d)(?![\d/-])/iu.exec(
      text.slice(0, 5000),
    );
  // (…unless the receipt labels its own number, "Nr paragonu: 7741", "Paragon nr 7741": the
  // printout's is the till's count of what it printed, the receipt's own is the one asked for)
  const receiptNo =
    !credit &&
    printout &&
    /(?<![\p{L}])(?:nr\.?[ \t]+paragonu|paragon(?:[ \t]+fiskalny)?[ \t]+nr\.?)[ \t]*:?[ \t]*(\d[\d/-]{0,20}\d|\d)(?![\d/-])/iu.exec(
      text.slice(0, 5000),
    );
  if (receiptNo && looksLikeId(receiptNo[1]))
    return { value: receiptNo[1], confidence: 0.85, how: "a fiscal receipt's own number" };
  if (!credit && printout && ok(printout[1]))
    return { value: printout[1], confidence: 0.85, how: "a fiscal receipt's printout number" };
  // a series and its number, as a Romanian invoice writes them ("Seria CN nr. 0457", "Seria ABC
  // număr 118", "Seria și nr.: TIS 0421"): the series' letters and the number a space apart, as
  // other series are read
  const head = text.slice(0, 5000);
  const romanian = SERIES_NUMBER.exec(head) ?? SERIES_AND_NUMBER.exec(head);
  if (!credit && romanian)
    return { value: `${romanian[1]} ${romanian[2]}`, confidence: 0.85, how: 'series and number' };
  // the number on the line right under the invoice's title, labelled by a "No" alone or by one in
  // two languages ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ / INVOICE" over "Αριθμός / No: Α-3318"): the
  // invoice's, before another document's label further on (a hotel's "Folio: 40917")
  const underTitle = TITLE_THEN_NO.exec(text.slice(0, 3000));
  const titleId = underTitle ? ID.exec(underTitle[1])?.[2] : undefined;
  if (!credit && ok(titleId))
    return {
      value: titleId.replace(/[.]$/, ''),
      confidence: 0.95,
      how: 'labelled under its title',
    };
  // a series and its number alone on the line under the title, as Peru's and Latin America's
  // electronic invoices print it ("FACTURA ELECTRÓNICA" over "F001-00004521")
  const seriesUnder = TITLE_THEN_SERIES.exec(text.slice(0, 3000))?.[1];
  if (!credit && seriesUnder && ok(seriesUnder))
    return { value: seriesUnder, confidence: 0.9, how: 'series and number under its title' };
  // (a short one, its "No" said: "INVOICE / No. 57", "ΠΙΣΤΩΤΙΚΟ ΤΙΜΟΛΟΓΙΟ / Αριθμός: 87")
  if (!credit && titleId && /^\d{1,6}$/.test(titleId) && !/^(?:19|20)\d{2}$/.test(titleId))
    return { value: titleId, confidence: 0.8, how: 'labelled under its title, short' };
  for (const m of text.matchAll(NUMBER_LABELS)) {
    // "Tipo documento: TD01", "Document type: 380": the document's kind, coded, not its number
    if (
      DOCUMENT_TYPE_BEFORE.test(
        text.slice(Math.max(lineAt(text, m.index).start, m.index - 20), m.index),
      ) ||
      /^[ \t]*(?:type|kind|typ|art)(?![\p{L}])/iu.test(text.slice(m.index + m[0].trimEnd().length))
    )
      continue;
    // the number of the invoice a credit note or a correction refers to is another document's
    // (in a credit note, also its "original invoice"; elsewhere "Original" marks which copy it is)
    const said = text.slice(Math.max(lineAt(text, m.index).start, m.index - 30), m.index);
    // a credit applied as a deduction on an invoice's totals ("Less Credit Memo CM-0412",
    // "abzüglich Gutschrift GS-118", "moins avoir AV-22"): the credit's number, not the invoice's
    if (
      !credit &&
      CREDIT_LABEL.test(m[0].trimStart()) &&
      /(?<![\p{L}])(?:less|minus|deduct(?:ed)?|applied|abzgl\.?|abzüglich|moins|déduction|menos|meno|dedotto|min)[ \t]*$/iu.test(
        said,
      )
    )
      continue;
    // (Polish "do faktury nr …", to invoice no. …: the invoice a correction is made to; the
    // pattern's "do" looks past what is before the label, so it is read here with the label's word)
    if (
      REFERRED_BEFORE.test(said) ||
      (/(?<![\p{L}])do[ \t]+$/iu.test(said) && /^faktur/iu.test(m[0])) ||
      // (Slovak and Czech "k faktúre č. …", "ke faktuře č. …", to invoice no. …)
      (/(?<![\p{L}])ke?[ \t]+$/iu.test(said) && /^fakt[uú]/iu.test(m[0])) ||
      (credit && /(?<![\p{L}])original[ \t]*$/iu.test(said))
    )
      continue;
    // invoicing, the activity, is no document: the number after "Resolución de facturación", an
    // authority's permit to invoice (and its range), or a "facturation" account is not the invoice's
    if (
      /^(?:facturaci[oó]n|facturation|fatturazione|faturamento|fakturering|fakturierung)/iu.test(
        m[0].trimStart(),
      ) ||
      /(?<![\p{L}])(?:resoluci[oó]n|autorizaci[oó]n|habilitaci[oó]n|authori[sz]ation)(?![\p{L}])[^\n]{0,30}$/iu.test(
        said,
      )
    )
      continue;
    // a word that is both an invoice and an account in its language (Polish "rachunek", Icelandic
    // "reikningur", Croatian "račun", Lithuanian "sąskaita", Russian "счёт", Ukrainian "рахунок"),
    // on a line that names a bank before it ("… Bank Polski — nr rachunku: 12 1020 …"): the
    // account's number
    // …or right after the kind of account it is, as a letterhead prints its current account
    // ("Tekući račun: 840-…", "Žiro račun", "Текући рачун", "Поточний рахунок"): the account's
    // number, not the bill's
    if (ACCOUNT_TOO.test(m[0].trimStart())) {
      const lineBefore = text.slice(Math.max(0, m.index - 120), m.index).replace(/^[^]*\n/, '');
      if (BANK_WORDS.test(lineBefore) || ACCOUNT_KIND.test(lineBefore)) continue;
    }
    // a total's label that names the document ("Total factura: 4.452,00 €") labels an amount
    if (
      /(?<![\p{L}])(?:total|totale|importe|amount|betrag|montant|summe|valor|totaal)[ \t]*$/iu.test(
        said,
      )
    )
      continue;
    // (a label said twice, in two languages: "Invoice No. / رقم الفاتورة: DPT-INV-25-0611")
    const after = text.slice(m.index + m[0].length);
    const rest = after.replace(/^\/[ \t]*[^\n:/]{1,30}:[ \t]*/u, '');
    // a series code and its number, as Portuguese invoices write them ("FR 2025/318", "FT A/12")
    const series = /^([A-Z]{2,3}) ([A-Z0-9]+(?:\/\d+){1,3})(?![\w/])/.exec(rest);
    if (series) {
      const r = decide(
        { value: `${series[1]} ${series[2]}`, confidence: 0.9, how: 'series and number' },
        m[0],
      );
      if (r) return r;
      continue;
    }
    // a series code of capitals and its number a space apart ("KPI 0048213", "HCM 15520"), to the
    // line's end or a column's gap
    const coded = /^[A-Z]{2,4} \d{3,12}(?=[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]*[|·•;,])/.exec(rest)?.[0];
    if (coded) {
      const r = decide({ value: coded, confidence: 0.9, how: 'series and number' }, m[0]);
      if (r) return r;
      continue;
    }
    // a number written in groups a space apart, as a phone company or a utility prints it ("Invoice
    // no: 1000 4482 913", "Rechnungsnummer: RN 2025 0221 8874"): the whole, to the line's end or
    // a column's gap (not a date's or an amount's groups, which go on with "/", "," or a word)
    // (…after a series' letters and a dash, as a French invoice groups its number's thousands:
    // "FACTURE N° F-88 213")
    const grouped = (SPACED_ID.exec(rest) ?? DASHED_SPACED_ID.exec(rest))?.[0];
    // (a label in a middle column, another column's text left of it and a wide gap to the
    // groups on its right, with an id right under the label: "Leeds LS1 4AB      Invoice Number
    // 0113 555 0199" / "                  INV-0457", the number under it, the groups the
    // next column's, a phone's)
    const under = grouped && /[ \t]{6,}$/.test(m[0]) ? idUnderLabel(text, m.index) : undefined;
    if (under && ok(under)) {
      const r = decide(
        { value: under, confidence: 0.85, how: 'labelled above, in its column' },
        m[0],
      );
      if (r) return r;
      continue;
    }
    if (grouped) {
      const r = decide({ value: grouped, confidence: 0.9, how: 'labelled, in groups' }, m[0]);
      if (r) return r;
      continue;
    }
    // (an amount is no id: "4.452" of "4.452,00 €")
    const id = ((i) =>
      i && /^[.,]\d{2}(?!\d)/.test(rest.slice(rest.indexOf(i) + i.length)) ? undefined : i)(
      ID.exec(rest)?.[2],
    );
    const written: string | undefined = id;
    // a number wrapped at its dash onto the next line, alone there ("Invoice no.
    // KW-INV-2025-" / "00318"): the whole
    const whole = id
      ? wrappedId(text, m.index + m[0].length + (after.length - rest.length), rest, id)
      : undefined;
    if (whole && ok(whole)) {
      const r = decide({ value: whole, confidence: 0.9, how: 'labelled, wrapped' }, m[0]);
      if (r) return r;
      continue;
    }
    if (ok(id)) {
      const r = decide({ value: id.replace(/[.]$/, ''), confidence: 0.95, how: 'labelled' }, m[0]);
      if (r) return r;
      continue;
    }
    // with its "No" said ("Invoice #77", "Faktura nr 14/06/2025"), a short or date-shaped id is one
    if (
      m[1] &&
      written &&
      /\d/.test(written) &&
      !/^(19|20)\d{2}$/.test(written) &&
      !/^\d{1,2}[./-]\d{1,2}$/.test(written)
    ) {
      const r = decide(
        {
          value: written.replace(/[.]$/, ''),
          confidence: 0.8,
          how: 'labelled, short or date-shaped',
        },
        m[0],
      );
      if (r) return r;
      continue;
    }
    // a label with its "No" heading a table's column: the value is below it
    // (its "No" may be part of the word, "Rechnungsnummer", and the next column's label may follow
    // its gap: "Invoice No.   Invoice Date   PO Number" over a row of values)
    if (
      (m[1] || /(?:nummer|number|numero|número|numéro|nr|no)\.?$/iu.test(m[0].trimEnd())) &&
      (/^[ \t]*(\n|$)/.test(rest) ||
        /^[ \t]{2,}\p{L}/u.test(rest) ||
        (/[ \t]{2,}$/.test(m[0]) && /^\p{L}/u.test(rest)))
    ) {
      const below = belowLabel(text, m.index, m[0].trimEnd().length);
      const under = below && ID.exec(below)?.[2];
      if (ok(under)) {
        const r = decide({ value: under, confidence: 0.9, how: 'labelled above' }, m[0]);
        if (r) return r;
      }
    }
  }
  if (receipts) return receipts;
  // a row of labels, each closed by its colon, over a row of as many values a space apart (a
  // PDF's table whose column gaps the copy closed up: "Invoice Number: Invoice Date: Due Date:" /
  // "INV-20931 28/06/2025 28/07/2025"): the value in the number's label's place
  const rowed = valueUnderLabel(text, (label) => OWN_NUMBER_CELL.test(label));
  if (ok(rowed))
    return { value: rowed, confidence: 0.9, how: 'labelled, in the row below its labels' };
  // "No. of the document" heading its column at its line's end and the number under it, as a
  // Brazilian NFS-e prints it ("NOTA FISCAL … - NFS-e        Número da Nota" / "        00004187")
  for (const m of text
    .slice(0, 5000)
    .matchAll(
      /(?:^|\n[ \t]*|[ ]{3,}|\t)((?:n[uú]mero|numéro|number|n[°º])[ \t]+(?:da|do|de|of|du|del)[ \t]+(?:(?:la|the)[ \t]+)?\p{L}+(?:-\p{L}+)?)[ \t]*(?=\n|[ ]{3,}\p{L}|\t)/giu,
    )) {
    if (!NUMBER_OF_DOCUMENT.test(m[1])) continue;
    const next = lineAt(text, m.index + m[0].length);
    if (text[m.index + m[0].length] === '\n') {
      // (the next line's one id, alone on it: a long run of spaces before it is cut short, so its
      // column need not be the label's)
      const below = text.slice(next.end + 1, lineAt(text, next.end + 1).end).trim();
      const id = /^\S+$/.test(below) ? ID.exec(below)?.[2] : undefined;
      if (ok(id)) return { value: id, confidence: 0.9, how: 'labelled above it' };
      continue;
    }
    // (…or the first of a row of column labels, "Número da NFS-e   Data de Emissão   Código":
    // the value in its column on the next line)
    const labelAt = m.index + m[0].indexOf(m[1]);
    const below = belowLabel(text, labelAt, m[1].length);
    const id = below && /^\S+/.test(below) ? ID.exec(below.split(/[ \t]/)[0])?.[2] : undefined;
    if (ok(id)) return { value: id, confidence: 0.9, how: 'labelled above it, in a row of labels' };
  }
  // labels stacked above their values ("Invoice No. / Date / INV-004417 / 15/10/2025")
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const label = stackedLabel(text, start);
    if (!label || !NUMBER_LABELS.test(label)) continue;
    NUMBER_LABELS.lastIndex = 0;
    if (
      !/(?:no|nr|num|number|nummer|numer|numero|número|numéro|n[°º]|#|№|id)\.?:?$/iu.test(
        label.trim(),
      ) &&
      !NUMBER_OF_DOCUMENT.test(label.trim())
    )
      continue;
    const id = ID.exec(line.trim())?.[2];
    if (ok(id)) return { value: id, confidence: 0.9, how: 'labelled, stacked above' };
  }
  for (const m of text.matchAll(BARE_NUMBER_LABEL)) {
    // (a series code and its number: "Série/Nº: FT 2025/118")
    const series = /^([A-Z]{2,3}) ([A-Z0-9]+(?:\/\d+){1,3})(?![\w/])/.exec(
      text.slice(m.index + m[0].length),
    );
    if (series)
      return { value: `${series[1]} ${series[2]}`, confidence: 0.85, how: 'series and number' };
    const id = ID.exec(text.slice(m.index + m[0].length))?.[2];
    const short: string | undefined = id;
    if (ok(id)) return { value: id.replace(/[.]$/, ''), confidence: 0.85, how: 'labelled No' };
    // a small trader's short number, its "No" and colon said, alone to its line's end ("Αριθμός:
    // 58", "Number: 7"; not an address's "No. 12, Jalan Ampang")
    if (
      short &&
      /^\d{1,2}$/.test(short) &&
      /:/.test(m[0]) &&
      /^[ \t]*(?:\n|$)/.test(text.slice(m.index + m[0].length + short.length))
    )
      return { value: short, confidence: 0.8, how: 'labelled No, short' };
  }
  // a Taiwanese uniform invoice's number (two letters and eight digits, "AB-12345678") alone on
  // its line under its title ("電子發票證明聯"), as every e-invoice's printout there gives it
  const uniform = /(?:^|\n)[ \t]*([A-Z]{2}-?\d{8})[ \t]*(?=\n|$)/.exec(text.slice(0, 3000));
  if (uniform && /發票|发票/u.test(text.slice(0, uniform.index)) && ok(uniform[1]))
    return { value: uniform[1], confidence: 0.85, how: 'a Taiwanese uniform invoice number' };
  // "Ref: 2025/ACC/118", "Our ref: JW/1187": the sender's own reference, when nothing names the number
  const ref =
    /^[ \t]*(?:our[ \t]+)?ref(?:erence)?\.?(?:[ \t]+(?:no|number)\.?)?[ \t]*[:#][ \t]*([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/imu.exec(
      text,
    );
  if (ref && ok(ref[1])) return { value: ref[1], confidence: 0.8, how: 'the sender’s reference' };
  // No label: an id after '#' (not an order's or an account's), else the first id-like token
  // (letters and digits with - or /) that is not a date, a phone, a tax id or a bank's number.
  for (const m of text.matchAll(/#\s*([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/gi)) {
    if (OTHER_NUMBER.test(lineBefore(text, m.index))) continue;
    // (a shop's number after its name on the first line, "Walgreens #4471": the store's)
    if (STORE_NUMBER.test(text.slice(0, m.index)) && !DOCUMENT_IN_LINE.test(text.slice(0, m.index)))
      continue;
    if (ok(m[1])) return { value: m[1], confidence: 0.75, how: "after '#'" };
  }
  const unlabelled = [
    // (its letters may come in groups: "SBC-PI-250317" is one id, not "PI-250317")
    ...text.matchAll(
      /(?<![\w/-]|\d\.)([A-Z]{1,5}(?:[-/][A-Z]{1,5}){0,3}[-/]\d[\w/-]*|\d+[-/][A-Z0-9][\w/-]*)\b/g,
    ),
  ].filter(
    (m) =>
      !looksLikeDate(m[1]) &&
      !/^\d{1,2}[-/.](?:\d{1,2}|\p{L}{3,9})[-/.]\d{2,4}/u.test(m[1]) &&
      // a range of days before a month's name ("rapat 17-18 Oktober", "3-5 March"), no number
      !(/^\d{1,2}-\d{1,2}$/.test(m[1]) && MONTH_AFTER.test(text.slice(m.index + m[0].length))) &&
      // an address's block numbers run on to its town's name ("府中市宮町1-2-3"), no number
      !(
        /^\d+(?:-\d+){1,3}$/.test(m[1]) &&
        /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]$/u.test(
          text.slice(Math.max(0, m.index - 1), m.index),
        )
      ) &&
      // a postcode before its town ("02-913 Warszawa", "4000-442 Porto")
      !(
        /^\d{2,5}-\d{3,4}$/.test(m[1]) &&
        /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length))
      ) &&
      // a North American phone number after its area code ("(773) 555-0182", "773 555-0182")
      !(
        /^\d{3}-\d{4}$/.test(m[1]) &&
        /(?:\(\d{3}\)|(?<![\d-])\d{3})[ \t.]?$/.test(text.slice(Math.max(0, m.index - 8), m.index))
      ) &&
      // (an id that begins with the invoice's abbreviation is its own, whatever stands before it:
      // "Ref. INV/2025/0042")
      (/^INV[-/]/i.test(m[1]) ||
        (!OTHER_NUMBER.test(lineBefore(text, m.index)) &&
          // a line's own label, one word that names nothing of the document's ("Kenteken:
          // XK-208-T", "Plate: …"), labels another thing's id
          !(
            /^[ \t]*\p{Script=Latin}{3,}\.?[ \t]*:[ \t]*$/u.test(lineBefore(text, m.index)) &&
            !NUMBER_LABELS_ONE.test(lineBefore(text, m.index))
          ))),
  );
  if (!unlabelled.length) {
    // no number of its own: an order's number is the document's (a marketplace order, a web shop's
    // confirmation), for a person to check
    // (its label may stand alone on the line above it: "ORDER ID" over "MQ7X2LP9VD")
    const order = [
      ...text.matchAll(
        /(?<![\p{L}])order[ \t]*(?:no|nr|number|#|id)?\.?[ \t]*[:#]?(?:[ \t]*\n)?[ \t]*#?([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/giu,
      ),
    ].find((o) => ok(o[1]));
    // a document that calls itself an order or a receipt is numbered by its order
    // (…or the document pasted below a note does)
    // (…or a receipt's title on another line of its heading, under the shop's name: "Craftory"
    // / "Your receipt"; not in a heading that calls it an invoice, "ACME" / "Invoice")
    const title =
      /^[^\n]{0,60}\b(?:order|receipt|confirmation|bestellung|commande|pedido|ordine)\b/i;
    const titled = headingTitled(text, (first) => title.test(first.trim()));
    // …and a till's receipt (paid at the counter: cash and change, a card's slip) by its order,
    // as by its transaction: "Order 2291 … TOTAL 13.50 / EFTPOS 13.50"
    const till = !titled && TENDER_LINE.test(text);
    if (order)
      return {
        value: order[1],
        confidence: titled ? 0.72 : till ? 0.75 : 0.6,
        how: titled
          ? "the order's number, an order's document"
          : till
            ? "the order's number, a till's receipt"
            : "the order's number",
      };
    // a till's receipt is numbered by its transaction ("Trans No: 88213", "Transaction # 5512",
    // "Trans: 118273")
    const transaction =
      /(?<![\p{L}])(?:trans(?:action|actie|aktion|acción|azione)?s?|txn|trn|vorgang(?:s)?)(?=[^\p{L}]|no|nr|num|id)\.?[ \t]*(?:(?:no|nr|number|nummer|número|numero|#|id)\.?[ \t]*[:#]?|:|(?<=(?:action|aktion|txn|trn|vorgang)\.?[ \t]+)(?=\d))[ \t]*([A-Z0-9](?:[A-Z0-9]|[-/._](?=[A-Z0-9]))*)/iu.exec(
        text,
      );
    const receipt =
      /(?<![\p{L}])(?:receipt|kassenbon|quittung|ticket|recibo|scontrino|reçu|kvitto|kvittering|kwitantie|kassabon|betalingsbewijs)(?![\p{L}])/iu.test(
        text.slice(0, 600),
      );
    // (not an amount: "Transaction   2.50" on a card's slip)
    return transaction && ok(transaction[1]) && !/^\d+[.,]\d{2}$/.test(transaction[1])
      ? {
          value: transaction[1],
          // (a till's receipt, paid at the counter, says it is one as its title would)
          confidence: receipt || TENDER_LINE.test(text) ? 0.75 : 0.6,
          how:
            receipt || TENDER_LINE.test(text)
              ? "the transaction's number, a receipt's"
              : "the transaction's number",
        }
      : undefined;
  }
  // the only id-like token in the document is likelier its number than the first of several
  const alone = new Set(unlabelled.map((m) => m[1])).size === 1;
  // …where it starts its line or follows a "No" of some form ("Rechnunq Nr.:", "PI No.:"); after
  // another label ("Kenteken:", "טל'", "合同编号") it is likelier that thing's id
  const said = lineBefore(text, unlabelled[0].index);
  const placed =
    !said.trim() ||
    /(?:^|[^\p{L}])(?:no|nr|nro|n[°º]|č|number|nummer|numero|número|numéro)\.?[ \t]*[:#]?[ \t]*$|#[ \t]*$/iu.test(
      said,
    );
  return {
    value: unlabelled[0][1],
    confidence: alone ? (placed ? 0.75 : 0.6) : 0.45,
    how: 'unlabelled',
  };
}

// ---- dates ----------------------------------------------------------------------------------

/**
 * A line of a till's tender: how the sum was paid at the counter, with its amount or a card's
 * masked number ("EFTPOS 13.50", "CASH 20.00", "CHANGE 6.50", "VISA ****1234", "Efectivo 20,00").
 */
const TENDER_LINE =
  /(?:^|\n)[ \t]*(?:cash|change|eftpos|visa|mastercard|master[ \t]+card|amex|debit|credit[ \t]+card|card|contactless|efectivo|tarjeta|cambio|vuelto|bar|rückgeld|ec[ \t-]?karte|girocard|espèces|rendu|carte[ \t]+bancaire|contanti|resto|bancomat|pin|kontant|kort|contant|wisselgeld)(?:[ \t]+\p{L}+)?[ \t]*:?[ \t]*(?:(?:[*xX•][ \t-]?)+\d{4}(?:[ \t]+(?:\p{Sc}|[A-Z]{3})?[ \t]*\d[\d.,]*)?|(?:\p{Sc}|[A-Z]{3})?[ \t]*\d[\d.,]*)[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*(?:\n|$)/iu;

/** An order's document: its first line or title names the order ("Order #WB-2209 confirmed"). */
const ORDER_DOCUMENT =
  /^[ \t]*(?:[^\n]{0,40}[ \t])?(?:order|bestellung|commande|pedido|ordine|bestelling)(?:[ \t]+(?:details|confirmation|summary|receipt|confirmed|#|no\.?|number))?(?![\p{L}])/iu;
/**
 * The heading of a document: its first three lines with words, where a shop's name stands above
 * the title ("Craftory" / "Your receipt" / "Order #3318904471"), from the start and from below a
 * note it is pasted under.
 */
function headingLines(text: string): string[] {
  return [0, coverEnd(text)].map((from) =>
    text
      .slice(from, from + 600)
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, 3)
      .join('\n'),
  );
}

/**
 * Whether a document's heading names it on its first line (`first`), or carries a receipt's title
 * on another line under the shop's name ("Craftory" / "Your receipt") and no invoice's title.
 */
function headingTitled(text: string, first: (line: string) => boolean): boolean {
  return headingLines(text).some((lines) => {
    const [top, ...rest] = lines.split('\n');
    return first(top) || (!INVOICE_TITLE.test(lines) && rest.some((l) => RECEIPT_TITLE.test(l)));
  });
}

/**
 * A receipt's or an order's confirmation's title on a heading's line below the shop's name ("Your
 * receipt", "Order confirmation"; not an order's number alone, "Order #A-222", which any till
 * prints).
 */
const RECEIPT_TITLE =
  /^[ \t]*(?:your[ \t]+)?(?:receipt|order[ \t]+(?:confirmation|receipt|summary|details)|confirmation|bestellbestätigung|quittung|reçu|recibo|ricevuta)(?![\p{L}])/iu;

/** A company's registration or tax id said of it: "Registered in England No. 04188203", "VAT No.". */
const REGISTERED_AS =
  /(?<![\p{L}])(?:registered|company[ \t]+(?:no|number|reg)|reg(?:istration)?\.?[ \t]+no|vat[ \t]+(?:no|reg)|abn|acn|gst|kvk|hrb|cro|siren|siret)(?![\p{L}])/iu;

/** A heading's word calling the document an invoice. */
const INVOICE_TITLE =
  /(?<![\p{L}])(?:invoice|rechnung|facture|factura|fattura|factuur|faktura|fatura)(?![\p{L}])/iu;

/** A label of the document's own number (an invoice's or a receipt's, not an order's). */
const OWN_NUMBER_LABEL =
  /(?<![\p{L}])(?:invoice|receipt|rechnung|facture|factura|fattura|factuur|faktura|quittung|recibo)[ \t]*(?:no|nr|number|#|num)/iu;

/**
 * Labels of the date of issue just before a date, in English and the common European languages
 * (a Czech "Vystaveno:", issued; a Croatian "Datum i vrijeme izdavanja:", date and time of issue).
 */
const DATE_GOOD =
  /\b(invoice\s+date|date\s+paid|paid\s+date|date\s+of\s+(?:(?:this|the)\s+)?(?:issue|invoice|bill|receipt|document|credit\s+note|debit\s+note|fee\s+note)|date\s+(?:de\s+(?:la\s+)?|d['’]\s*)(?:facture|facturation|émission|emission)|data\s+(?:da\s+)?fatura|datum\s+van\s+(?:de\s+)?factuur|issue\s+date|issued(\s+on)?|dated|date|datum|\w*datum|\w*dato|dato|fecha\s+(?:de\s+)?emisi[oó]n\s*:\s*[a-zà-ÿ][a-zà-ÿ .'-]{1,30},|fecha(\s+(?:de\s+)?(?:emisi[oó]n|factura|expedici[oó]n|generaci[oó]n))?|dagsetning|reikningsdag(?:ur|s)?|data(\s+(?:de\s+)?(?:wystawienia|emiss[aã]o|emissione|di\s+emissione|vystaven[ií]))?|emiss[aã]o|emitid[ao]\s+em|emisi[oó]n|vystaven(?:ia|í|i|o)|vyhotoven(?:ia|í|i)|wystawienia|émise?\s+le|[ée]mis\s+le|päivämäärä|päiväys|data\s+(?:del\s+)?documento|tax\s+point|datum\s+(?:i\s+vrijeme\s+)?izda\w*|datums|data\s+emiterii|\w*päivä|tanggal(?:\s+(?:faktur|invoice|terbit|transaksi))?|tgl\.?|tarikh(?:\s+invois)?|pvm|kuupäev|tarihi?|kelt|kelte|(?:kiállítás|számla)\s+(?:dátuma|kelte)|kiállítás|printed(?:\s+on)?|print\s+date|z\s+dnia|ze\s+dne|zo\s+dňa|vom|del|d\.d\.|on|le|am)\s*[:.,|]?\s*$/i;
/**
 * Labels of the other dates an invoice carries: due, delivery, order, stay, period (and a tax
 * authority's permit to invoice, "Resolución DIAN 1876… del 2024-09-01").
 */
const DATE_BAD =
  /\b(zu[rm]?\s+rechnung\w*|against\s+(?:the\s+)?invoice|à\s+la\s+facture|a\s+la\s+factura|alla\s+fattura|bij\s+factuur|do\s+faktury|due|(?:zahlungs)?erinnerung\s+vom|mahnung\s+vom|reminder\s+(?:of|dated|from|on)|relance\s+du|rappel\s+du|herinnering\s+van|sollecito\s+del|jatuh\s+tempo|tarikh\s+akhir\w*|payable\s+by|pay\s+by|delivery|delivered|entrega|consegna|livraison|levering|leverans|ship(ped|ping)?|order(ed)?|bestell\w*|auftrags\w*|commande|pedido|ordine|bestel\w*|beställ\w*|bestil\w*|tilaus\w*|period|until|expires?|valid|from|to|before|avant|bis|fällig\w*|liefer\w*|leistungs\w*|vervaldatum|vervaldag|gjalddag\w*|eindag\w*|förfallo\w*|forfall\w*|eräpäivä|vencimiento|scadenza|échéance|splatnost\w*|sprzedaży|termin\s+płatności|teljesítés\w*|fizetési\s+határid\S*|határid\S*|esedékesség\S*|plněn|uskutečněn|arrival|departure|check-?in|check-?out|original|quot(?:e|ation)|estimate|offer|proposal|contract|agreement|meeting|appointment|angebot\w*|devis|presupuesto|preventivo|offerte|despacho|(?:resoluci[oó]n|autorizaci[oó]n|habilitaci[oó]n)(?:\s+[a-z]+)?(?:\s+(?:n[o°º.]*\s*)?[\d-]+)?)\b[^\n]{0,20}$/i;
/** A due date's label just before it ("Due date:", "Zahlbar bis", "Échéance :", "Vencimiento"). */
const DUE_LABEL =
  /(?:\bdue(?:\s+date|\s+by|\s+on)?|payable\s+by|pay\s+by|zahlbar\s+bis|fällig(?:keit|\s+am)?|f[äa]lligkeitsdatum|échéance|date\s+d['’]échéance|vencimiento|fecha\s+de\s+vencimiento|scadenza|data\s+(?:di\s+)?scadenza|vervaldatum|vervaldag|förfallodatum|forfallsdato|gjalddagi|eindagi|forfaldsdato|eräpäivä|datum\s+splatnosti|termin\s+płatności|vencimento)\s*[:.]?\s*$/iu;
/** A label that names the document or its issue ("Invoice date", "Rechnungsdatum"): beats "Date:". */
const DATE_OF_ISSUE = new RegExp(
  `(?<![\\p{L}])(?:${DOCUMENT}|issue|issued|emiss|emisi|émise?|wystawienia|vystaven|vyhotoven|kiállítás)[^\\n]{0,12}$`,
  'iu',
);
/** A header above a date (a table's column) that names it the date of issue, or another date. */
// (a compound's "-datum" or "-dato" too: "Rechnungsdatum", "Fakturadato")
const DATE_HEADER = /\b(date|datum|fecha|data|dato)\b|\p{L}(?:datum|dato)(?![\p{L}])/iu;

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
const LOCALES = ['en', 'de', 'nl', 'sv', 'fr', 'es', 'it', 'pt'] as const;
let chrono: Record<(typeof LOCALES)[number], Chrono> | undefined;

/**
 * chrono-node's parsers for English, German, Dutch, Swedish, French, Spanish, Italian and
 * Portuguese (month names in a sentence, "15 de julio de 2025", "3 avril 2025"), loaded on the
 * first invoice: every service imports this library (for the providers), only the generator reads
 * invoices.
 */
function locales(): Record<(typeof LOCALES)[number], Chrono> {
  if (!chrono) {
    const require = createRequire(import.meta.url);
    chrono = Object.fromEntries(
      LOCALES.map((l) => [l, require(`chrono-node/${l}`) as Chrono]),
    ) as Record<(typeof LOCALES)[number], Chrono>;
  }
  return chrono;
}

/**
 * Month names chrono-node has no parser for, as dates are written with them (genitive in Polish,
 * Czech, Russian and Greek, partitive in Finnish): Danish and Norwegian, Polish, Czech, Finnish,
 * Hungarian, Turkish, Russian, Bulgarian, Romanian, Greek, Indonesian, Estonian, Latvian,
 * Ukrainian, Croatian, Lithuanian and Icelandic (Croatian's October, "listopada", is Polish's November: read
 * as October in a Croatian text, see CROATIAN).
 */
const MONTHS: string[][] = [
  [
    'januar',
    'stycznia',
    'ledna',
    'tammikuuta',
    'január',
    'ocak',
    'января',
    'януари',
    'ianuarie',
    'ιανουαρίου',
    'januari',
    'jaanuar',
    'janvāris',
    'janvārī',
    'січня',
    'siječnja',
    'sausio',
    'janúar',
  ],
  [
    'februar',
    'lutego',
    'února',
    'helmikuuta',
    'február',
    'şubat',
    'февраля',
    'февруари',
    'februarie',
    'φεβρουαρίου',
    'februari',
    'veebruar',
    'februāris',
    'februārī',
    'лютого',
    'veljače',
    'vasario',
    'febrúar',
  ],
  [
    'marts',
    'mars',
    'marca',
    'března',
    'maaliskuuta',
    'március',
    'mart',
    'марта',
    'март',
    'martie',
    'μαρτίου',
    'maret',
    'märts',
    'martā',
    'березня',
    'ožujka',
    'kovo',
  ],
  [
    'april',
    'kwietnia',
    'dubna',
    'huhtikuuta',
    'április',
    'nisan',
    'апреля',
    'април',
    'aprilie',
    'απριλίου',
    'aprill',
    'aprīlis',
    'aprīlī',
    'квітня',
    'travnja',
    'balandžio',
    'apríl',
  ],
  [
    'maj',
    'maijs',
    'maijā',
    'mai',
    'maja',
    'května',
    'toukokuuta',
    'május',
    'mayıs',
    'мая',
    'май',
    'μαΐου',
    'mei',
    'травня',
    'svibnja',
    'gegužės',
    'maí',
  ],
  [
    'juni',
    'czerwca',
    'června',
    'kesäkuuta',
    'június',
    'haziran',
    'июня',
    'юни',
    'iunie',
    'ιουνίου',
    'juuni',
    'jūnijs',
    'jūnijā',
    'червня',
    'lipnja',
    'birželio',
    'júní',
  ],
  [
    'juli',
    'lipca',
    'července',
    'heinäkuuta',
    'július',
    'temmuz',
    'июля',
    'юли',
    'iulie',
    'ιουλίου',
    'juuli',
    'jūlijs',
    'jūlijā',
    'липня',
    'srpnja',
    'liepos',
    'júlí',
  ],
  [
    'august',
    'sierpnia',
    'srpna',
    'elokuuta',
    'augusztus',
    'ağustos',
    'августа',
    'август',
    'αυγούστου',
    'agustus',
    'augusts',
    'augustā',
    'серпня',
    'kolovoza',
    'rugpjūčio',
    'ágúst',
  ],
  [
    'september',
    'września',
    'září',
    'syyskuuta',
    'szeptember',
    'eylül',
    'сентября',
    'септември',
    'septembrie',
    'σεπτεμβρίου',
    'septembris',
    'septembrī',
    'вересня',
    'rujna',
    'rugsėjo',
  ],
  [
    'oktober',
    'października',
    'října',
    'lokakuuta',
    'október',
    'ekim',
    'октября',
    'октомври',
    'octombrie',
    'οκτωβρίου',
    'oktoober',
    'oktobris',
    'oktobrī',
    'жовтня',
    'spalio',
  ],
  [
    'november',
    'listopada',
    'listopadu',
    'marraskuuta',
    'kasım',
    'ноября',
    'ноември',
    'noiembrie',
    'νοεμβρίου',
    'novembris',
    'novembrī',
    'листопада',
    'studenoga',
    'lapkričio',
    'nóvember',
  ],
  [
    'december',
    'desember',
    'grudnia',
    'prosince',
    'joulukuuta',
    'aralık',
    'декабря',
    'декември',
    'decembrie',
    'δεκεμβρίου',
    'detsember',
    'decembris',
    'decembrī',
    'грудня',
    'prosinca',
    'gruodžio',
  ],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH_NAME = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A Croatian text: its words for the invoice, its tax and tax number, or a month name only Croatian
 * writes — where "listopada" is October, not (as in Polish) November.
 */
const CROATIAN =
  /(?<![\p{L}])(?:oib|pdv|račun|ukupno|siječnja|veljače|ožujka|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca)(?![\p{L}])/iu;
/** A month's number by its name, in the text it was read from (see CROATIAN). */
// (read once per text: a text of many such dates tested the whole text at each of them)
let croatianCache: { text: string; croatian: boolean } | undefined;
function monthOf(name: string, text: string): number | undefined {
  const n = name.toLowerCase();
  if (n !== 'listopada') return MONTH_OF.get(n);
  if (croatianCache?.text !== text) croatianCache = { text, croatian: CROATIAN.test(text) };
  return croatianCache.croatian ? 10 : MONTH_OF.get(n);
}
/** Thai month names, January to December (a year after them is of the Buddhist era when > 2400). */
const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
/** Spanish month names, January to December. */
const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
/** Lithuanian month names (genitive), as a year-first date writes them: "2025 m. kovo 4 d.". */
const LITHUANIAN_MONTH =
  'sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio';
/**
 * Dates chrono-node leaves out: a day and month name in the languages above ("3. marts 2025",
 * "14 listopada 2025", "2025. március 18."), day-first numbers with spaces ("4. 11. 2025") and
 * year-first with dots ("2025.03.18.").
 */
const OTHER_DATES: Array<[RegExp, (m: RegExpExecArray) => [number, number, number] | undefined]> = [
  // Vietnamese: "Ngày 14 tháng 03 năm 2025" (day 14, month 03, year 2025)
  // (…each word with its English gloss in brackets too: "Ngày (Date) 14 tháng (month) 03 …")
  [
    /(?<![\p{L}])ngày(?:[ \t]*\([\p{L} ]{1,12}\))?[ \t]+(\d{1,2})[ \t]+tháng(?:[ \t]*\([\p{L} ]{1,12}\))?[ \t]+(\d{1,2})[ \t]+năm(?:[ \t]*\([\p{L} ]{1,12}\))?[ \t]+(\d{4})(?!\d)/giu,
    (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  ],
  // Thai: a day, the month's name and the year, of the Buddhist era or the common one
  // ("4 เมษายน 2568", "4 เมษายน 2025")
  [
    new RegExp(`(?<!\\d)(\\d{1,2})[ \\t]*(${THAI_MONTHS.join('|')})[ \\t]*(\\d{4})(?!\\d)`, 'gu'),
    (m) => {
      const y = Number(m[3]);
      return [y > 2400 ? y - 543 : y, THAI_MONTHS.indexOf(m[2]) + 1, Number(m[1])];
    },
  ],
  // Spanish with "del" before the year, as Latin America writes it ("3 de abril del 2025"), which
  // chrono-node does not read
  [
    /(?<![\p{L}\d])(\d{1,2})[ \t]+de[ \t]+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)[ \t]+del[ \t]+(\d{4})(?!\d)/giu,
    (m) => [
      Number(m[3]),
      SPANISH_MONTHS.indexOf(m[2].toLowerCase().replace('setiembre', 'septiembre')) + 1,
      Number(m[1]),
    ],
  ],
  // Lithuanian, the year first: "2025 m. kovo 4 d." (year, month's name, day)
  [
    new RegExp(
      `(?<!\\d)(\\d{4})[ \\t]*m\\.[ \\t]*(${LITHUANIAN_MONTH})[ \\t]+(\\d{1,2})[ \\t]*d(?![\\p{L}])`,
      'giu',
    ),
    (m) => [Number(m[1]), monthOf(m[2], m.input)!, Number(m[3])],
  ],
  // a year of the Buddhist era (Thailand's: 543 years ahead), day first: "15/05/2568"
  [
    /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](2[56]\d{2})(?![\d/.-])/g,
    (m) => [Number(m[3]) - 543, Number(m[2]), Number(m[1])],
  ],
  [
    new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH_NAME})\\s+(\\d{4})(?!\\d)`, 'giu'),
    (m) => [Number(m[3]), monthOf(m[2], m.input)!, Number(m[1])],
  ],
  [
    new RegExp(`(?<!\\d)(\\d{4})\\.\\s*(${MONTH_NAME})\\s+(\\d{1,2})\\.?(?!\\d)`, 'giu'),
    (m) => [Number(m[1]), MONTH_OF.get(m[2].toLowerCase())!, Number(m[3])],
  ],
  [
    /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?!\d)/g,
    (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  ],
  [
    /(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})\.?(?![\d])/g,
    (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  ],
  // day, month and a two-digit year with dots, always day first ("4.11.25")
  [
    /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/g,
    (m) => [2000 + Number(m[3]), Number(m[2]), Number(m[1])],
  ],
  // Latvian, the year first and its "gada" (of the year): "2025. gada 3. marts", "2025. gada 14. jūlijā"
  [
    new RegExp(
      `(?<!\\d)(\\d{4})\\.\\s*gad[aā]\\s+(\\d{1,2})\\.\\s*(${MONTH_NAME})(?![\\p{L}])`,
      'giu',
    ),
    (m) => [Number(m[1]), MONTH_OF.get(m[3].toLowerCase())!, Number(m[2])],
  ],
  // a Japanese era's year abbreviated to its letter, as forms print it ("R7.4.30", Reiwa 7; "H31.4.30")
  [
    /(?<![\p{L}\d])([RH])[ \t]?(\d{1,2})[./](\d{1,2})[./](\d{1,2})(?![\d./])/gu,
    (m) => [(m[1] === 'R' ? 2018 : 1988) + Number(m[2]), Number(m[3]), Number(m[4])],
  ],
  // a Japanese era's year: Reiwa 1 is 2019 ("令和7年4月30日"), Heisei 1 is 1989; 元年 is its first
  [
    /(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    (m) => [
      (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(m[2])),
      Number(m[3]),
      Number(m[4]),
    ],
  ],
  // Chinese, Japanese and Korean: "2025年8月20日", "2025년 3월 14일" (…a Japanese era's year in
  // brackets after the year: "2025年（令和7年）2月14日")
  [
    /(?<!\d)(\d{4})\s*[年년](?:\s*[（(](?:令和|平成)\s*(?:\d{1,2}|元)\s*年[）)])?\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
    (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  ],
];

/** Weekdays' names and abbreviations in English (Sunday 0 … Saturday 6), as receipts print them. */
const WEEKDAY_OF = new Map(
  [
    ['sun', 'sunday'],
    ['mon', 'monday'],
    ['tue', 'tues', 'tuesday'],
    ['wed', 'wednesday'],
    ['thu', 'thur', 'thurs', 'thursday'],
    ['fri', 'friday'],
    ['sat', 'saturday'],
  ].flatMap((names, day) => names.map((n) => [n, day] as const)),
);

function findDates(written: string, monthFirst: boolean): FoundDate[] {
  // (a tab between a table's cells is a space to the date parser, which otherwise loses a date
  // between two tabs after an id: "2025-0311<tab>03.02.2025<tab>17.02.2025"; every position stays)
  const text = written.replace(/\t/g, ' ');
  const reference = new Date(Date.UTC(2025, 0, 1));
  const seen = new Map<number, FoundDate>();
  for (const [re, read] of OTHER_DATES)
    for (const m of text.matchAll(re)) {
      const [y, mo, d] = read(m) ?? [];
      if (!y || !mo || !d || mo > 12 || d > 31 || y < 1990 || y > 2100) continue;
      const flags = { dayFirstAmbiguous: false, monthFirstOnly: false, dayFirstOnly: false };
      seen.set(m.index, { iso: iso(y, mo, d), index: m.index, text: m[0], ...flags });
    }
  // a slashed date with spaces around a slash ("07 / 02 / 2025", as OCR and PDF tables space it),
  // which chrono does not read: in the document's order, ambiguous as a slashed date is
  // (…its year in two digits too, as a hand-written docket's carbon copy has it: "3 / 3 / 25")
  for (const m of text.matchAll(
    /(?<![\d/])(\d{1,2})(?:[ \t]+\/[ \t]*|[ \t]*\/[ \t]+)(\d{1,2})[ \t]*\/[ \t]*((?:19|20)\d{2}|\d{2}(?![.,]\d))(?![\d/])/g,
  )) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const first = b > 12 || (a <= 12 && monthFirst);
    const [month, day] = first ? [a, b] : [b, a];
    if (month > 12 || day > 31 || !month || !day) continue;
    seen.set(m.index, {
      iso: iso(m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), month, day),
      index: m.index,
      text: m[0],
      dayFirstAmbiguous: a <= 12 && b <= 12 && a !== b,
      monthFirstOnly: b > 12,
      dayFirstOnly: a > 12,
    });
  }
  const { en, ...others } = locales();
  const parsers = [monthFirst ? en.casual : en.GB, ...Object.values(others).map((l) => l.casual)];
  // (a line of nothing but spaces and tabs holds no date; to chrono's patterns, which let white
  // space run across lines, thousands of them made a text take seconds: each is read as a run
  // of an invisible mark of the same length, so every offset stays the text's)
  const read = text.replace(/^[ \t]+$/gm, (blank) => '\u2063'.repeat(blank.length));
  for (const parser of parsers) {
    const results = parser.parse(read, reference).map((r) => ({ r, offset: 0 }));
    for (let k = 0; k < results.length; k++) {
      const { offset } = results[k];
      const r = { ...results[k].r, index: results[k].r.index + offset, start: results[k].r.start };
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day'))
        continue;
      // a date is written on one line: "2291\n03/07/2025" is the end of an id and the next line's
      // date, read again from that line on, and "dated 2 June 2025.\n22 hrs" a date and the next
      // line's hours, read again up to the line's end (once: those readings hold no line break)
      if (r.text.includes('\n')) {
        if (offset) continue;
        const cut = r.index + r.text.lastIndexOf('\n') + 1;
        const line = lineAt(text, cut);
        for (const again of parser.parse(text.slice(cut, line.end), reference))
          results.splice(k + 1, 0, { r: again, offset: cut });
        const head = text.slice(r.index, r.index + r.text.indexOf('\n'));
        for (const again of parser.parse(head, reference))
          results.splice(k + 1, 0, { r: again, offset: r.index });
        continue;
      }
      // …with its year: a word a parser reads as "today" ("Inh.") is no invoice's date
      if (
        !/(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)|\d{1,2}[./ -]\p{L}{3,9}\.?[./ -]\d{2}(?!\d)|['’]\d{2}\b/u.test(
          r.text,
        )
      )
        continue;
      const year = r.start.get('year')!;
      if (year < 1990 || year > 2100) continue;
      // one reading per stretch of text: the first parser's (ours, then English, then the others)
      // (looked for among the readings that start near it: a date is written in a few dozen
      // characters, and a look at every reading made a text of many dates quadratic)
      let overlaps = false;
      for (let i = r.index - 64; i < r.index + r.text.length && !overlaps; i++) {
        const d = seen.get(i);
        overlaps = !!d && r.index < d.index + d.text.length;
      }
      if (overlaps) continue;
      // (a time after it is read with it: "03/07/2025 7:52 PM" is as ambiguous as the date alone)
      // (…and after a weekday: "Sat 03/08/25 8:47 PM" is as ambiguous, unless the weekday is
      // the day of only one of its readings: 8 March 2025 was a Saturday, 3 August a Sunday)
      const slashed =
        /^(?:([A-Za-z]{2,9})\.?,?[ \t]+)?(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}(?![\d/.-])/.exec(
          r.text.trim(),
        );
      const a = Number(slashed?.[2]);
      const b = Number(slashed?.[3]);
      const weekday = slashed?.[1] ? WEEKDAY_OF.get(slashed[1].toLowerCase()) : undefined;
      // (a word before it that is no weekday leaves it as chrono read it)
      const atStart = !!slashed && (!slashed[1] || weekday !== undefined);
      const dayOf = (month: number, day: number) =>
        new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      const ambiguous = atStart && a <= 12 && b <= 12 && a !== b;
      const told =
        ambiguous && weekday !== undefined && dayOf(a, b) !== dayOf(b, a)
          ? dayOf(a, b) === weekday
            ? 'month'
            : dayOf(b, a) === weekday
              ? 'day'
              : undefined
          : undefined;
      seen.set(r.index, {
        iso: told
          ? told === 'month'
            ? iso(year, a, b)
            : iso(year, b, a)
          : iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!),
        index: r.index,
        text: r.text,
        dayFirstAmbiguous: ambiguous && !told,
        monthFirstOnly: (atStart && b > 12) || told === 'month',
        dayFirstOnly: (atStart && a > 12) || told === 'day',
      });
    }
  }
  return [...seen.values()].sort((x, y) => x.index - y.index);
}

/** A reminder's (a dunning letter's) title or words. */
const REMINDER =
  /(?<![\p{L}])(?:reminder|mahnung|zahlungserinnerung|erinnerung|rappel|relance|sollecito|recordatorio|herinnering|aanmaning|betalingsherinnering|påminnelse|betalningspåminnelse|rykker|betalingspåminnelse|purring|maksumuistutus|upomnienie|upomínka|overdue|avviso[ \t]+di[ \t]+scadenza|payment[ \t]+due[ \t]+notice|avis[ \t]+d['’]échéance|aviso[ \t]+de[ \t]+vencimiento)(?![\p{L}])/iu;
/** Words referring to another invoice and its date: "relates to invoice: INV-3310 dated". */
const REFERS_TO_INVOICE =
  /(?<![\p{L}])(?:relat(?:es|ed|ing)[ \t]+to|refers?[ \t]+to|referring[ \t]+to|in[ \t]+respect[ \t]+of|credit(?:ed)?[ \t]+(?:for|against)|issued[ \t]+against|correct(?:s|ing)?)[ \t]+(?:(?:our|the|your)[ \t]+)?(?:original[ \t]+)?invoice(?:[ \t]*(?:no\.?|number|#))?[ \t]*:?[ \t]*#?[\w/.-]{1,24}[ \t]*,?[ \t]*(?:dated|of|from|issued[ \t]+on|\()[ \t]*$/iu;
/** A reminder's own date's label: its word and a date's ("Reminder date:", "Mahndatum:"). */
const REMINDER_DATE =
  /(?<![\p{L}])(?:(?:payment[ \t]+)?reminder|mahn|mahnung|zahlungserinnerung|erinnerung|rappel|relance|sollecito|recordatorio|herinnering|aanmaning|påminnelse|påminnelsens|rykker|purring|muistutuksen|maksumuistutuksen|upomnienia)[ \t]*(?:date|datum|dato|päivämäärä|päiväys|data|fecha|du|del|van|vom)?[ \t]*:?[ \t]*$|(?<![\p{L}])(?:date|datum|dato|data|fecha)[ \t]+(?:of[ \t]+(?:the[ \t]+)?reminder|der[ \t]+mahnung|du[ \t]+rappel|della[ \t]+sollecito|del[ \t]+recordatorio|van[ \t]+de[ \t]+herinnering)[ \t]*:?[ \t]*$/iu;
/** An invoice named with its number before a date on its line: the invoice a reminder is about. */
const REMINDED_INVOICE =
  /(?<![\p{L}])(?:invoice|rechnung|facture|factura|fattura|factuur|faktura|lasku|fatura)(?![\p{L}])[^\n]*\d[^\n]*(?:vom|dated|of|from|du|del|de|van|af|från|fra)[ \t]*$/iu;

/**
 * Whether the line of `at` stands in a block of a mail's header lines only (its paragraph, up to
 * a blank line): a forwarded invoice quoted below its message ("> Invoice no.: 0112" / "> Date: 6th
 * January 2025" / "> To: Harbour Lane Ceramics") labels its own date as a header would, among
 * lines no header has.
 */
function inHeaderBlock(text: string, at: number): boolean {
  const line = lineAt(text, at);
  const lines = (from: string, up: boolean) => {
    const all = from.split('\n');
    return (up ? all.reverse() : all).slice(0, 8);
  };
  const above = lines(text.slice(Math.max(0, line.start - 800), Math.max(0, line.start - 1)), true);
  const below = lines(text.slice(line.end + 1, line.end + 800), false);
  // (the paragraph's lines either side, a quote's markers already spaces)
  const paragraph = [above, below].flatMap((ls) => {
    const end = ls.findIndex((l) => !l.trim());
    return end < 0 ? ls : ls.slice(0, end);
  });
  return paragraph.every((l) => HEADER_FIELD.test(l) || FORWARD_MARKER.test(l));
}
/** A mail header's line, its label before a colon or a column's gap ("From  Pagewise Billing"). */
const HEADER_FIELD =
  /^[ \t>]*(?:from|to|cc|bcc|subject|sent|date|von|an|betreff|gesendet|datum|de|à|objet|envoyé|para|asunto|enviado|da|a|oggetto|inviato|van|aan|onderwerp|verzonden|från|till|ämne|skickat|fra|til|emne|sendt)(?:[ \t]*:|[ ]{2,}|\t)/iu;

/** An e-mail's header: a From: line and a Subject: line. */
const MAIL_HEADER =
  /^[ \t>]*(?:from|von|de|från|fra|van)(?:[ \t]*:|[ ]{2,}|\t)[^\n]*\n(?:[^\n]*\n){0,4}[ \t>]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|ämne|emne)(?:[ \t]*:|[ ]{2,}|\t)/imu;
/**
 * Labels of the date of issue in Chinese, Japanese and Korean (and Arabic: "تاريخ الإصدار"; in
 * Cyrillic, Russian, Bulgarian and Ukrainian: "Дата выставления", "Дата на издаване", "Дата виписки").
 */
const CJK_DATE_GOOD =
  /(?:請求日|発行日|発行年月日|日付|日時|取引日|开票日期|開票日期|开具日期|日期|交易时间|발행일|작성일자?|청구일|일자|거래일시|거래일|결제일시|승인일시|التاريخ|تاريخ(?:\s+(?:الفاتورة|الإصدار|الاصدار|إصدار[ \t]+الفاتورة|اصدار[ \t]+الفاتورة))?|תאריך(?:\s+הפקה)?|дата(?:\s+(?:выставления|составления|на\s+издаване|виписки|складання))?|วันที่(?:ออกใบกำกับ|ออก)?|ημερομηνία(?:\s+έκδοσης)?|ημερομηνια(?:\s+εκδοσης)?)\s*[:：]?\s*$/iu;
/**
 * Labels of the other dates in Chinese, Japanese and Korean: a deadline, a due or delivery date;
 * and in Arabic (due, supply, delivery, payment: "تاريخ الاستحقاق", "تاريخ التوريد").
 */
const CJK_DATE_BAD =
  /(?:期限|期日|支払日|支払予定日|締切|納期|納品日|到期|截止|付款日|마감|기한|납기|만기|الاستحقاق|التوريد|التسليم|السداد)[^\n]{0,6}$/u;
/** A letter's place and date at the start of a line ("Graz, 30. Mai 2025", "Lyon, le 2 avril"). */
const PLACE_DATE =
  /(?:^|\n)[ \t]*\p{Lu}[\p{L}\p{M}.' -]{1,30},[ \t]*(?:(?:am|le|den|el|il|the|dne|d\.)[ \t]+)?$/u;
/** The document's name in a line ("FATTURA n. 45/2025 del", "Invoice INV-9 issued on"). */
const DOCUMENT_IN_LINE = new RegExp(`(?<![\\p{L}])(?:${DOCUMENT})(?![\\p{L}])`, 'iu');
/**
 * Whether a date stands alone on its line (a short word either side at most: "від", "р.", "d.")
 * just below a line naming the document with its number and no date or amount of its own: the
 * title's line, as a letter's date stands under its heading.
 */
function titleAbove(text: string, d: FoundDate): boolean {
  const line = lineAt(text, d.index);
  if (line.start === 0) return false;
  const lead = text.slice(line.start, d.index);
  const rest = text.slice(d.index + d.text.length, line.end);
  if (lead.trim().length > 8 || rest.trim().length > 8 || /\d/.test(lead + rest)) return false;
  const above = lineAt(text, line.start - 1);
  const title = text.slice(above.start, above.end);
  return (
    title.length <= 120 &&
    DOCUMENT_IN_LINE.test(title) &&
    /\d/.test(title) &&
    !/\p{Sc}|\d[.,]\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/u.test(title)
  );
}

/** A preposition as a date's label ("am", "on", "le"): in a sentence it names any date. */
const WEAK_DATE_WORD = /(?:^|[^,\n])[ \t]+(?:on|le|am|del|vom)\s*[:.,]?\s*$/i;

/**
 * One date under two labels, the date of issue's first ("Rechnungsdatum/Lieferdatum: 19.03.2025",
 * "Invoice date / Delivery date:"): the date of issue's label alone.
 */
function issueOfTwo(before: string): string {
  const line = before.lastIndexOf('\n') + 1;
  const both = /^([^\n]*?)[ \t]*\/[ \t]*\p{L}[\p{L} \t]{1,24}[:.]?[ \t]*$/u.exec(
    before.slice(line),
  );
  return both && DATE_GOOD.test(both[1]) && DATE_OF_ISSUE.test(both[1].slice(-24))
    ? `${before.slice(0, line)}${both[1]}: `
    : before;
}

/**
 * The 30 characters before a date, a run of three spaces or more in them read as two: a label led
 * to its date by a long run of dots ("Order date .................. 26 Feb 2025", the dots made
 * spaces) is as near it as one a column's gap away.
 */
function wordsBefore(text: string, index: number): string {
  return text
    .slice(Math.max(0, index - 90), index)
    .replace(/[ \t]{3,}/g, '  ')
    .slice(-30);
}

/**
 * Another date's word before a date ("due", "to", "Lieferdatum"), unless a label of the date of
 * issue stands after it in a sentence or field of its own ("… $500 to pay. Dated 31 March 2025").
 */
function badBefore(before: string): boolean {
  const bad = DATE_BAD.exec(before);
  if (!bad) return false;
  const good = DATE_GOOD.exec(before);
  return !(
    good &&
    good.index > bad.index &&
    !WEAK_DATE_WORD.test(before) &&
    /[.;!?|][ \t]|[ \t]{2,}|\n/.test(before.slice(bad.index, good.index))
  );
}

/**
 * Whether a date after an order's number and a column's gap is a till's receipt's own date
 * ("Order: 0412          03/14/2025 08:15"): the order's word labels its number, not the date,
 * on a receipt paid at the counter or printed with its time.
 */
function orderThenDate(text: string, at: number, before: string): boolean {
  if (
    !/(?<![\p{L}])(?:order|bestellung|auftrag|commande|pedido|ordine|bestelling)[ \t]*(?:no\.?|nr\.?|number|#|id)?[ \t]*[:#]?[ \t]*#?[A-Z0-9][\w\-/.]*(?:[ \t]{2,}|[ \t]*[|·•;][ \t]*)$/iu.test(
      before,
    )
  )
    return false;
  return (
    TENDER_LINE.test(text) ||
    /^[^\n]{0,12}?\d{1,2}:\d{2}/.test(text.slice(at, at + 40).replace(/^\S+/, ''))
  );
}

/** Legal forms of countries that write the day first (a British, Indian, Asian, European company's). */
const DAY_FIRST_FORM =
  /(?<![\p{L}])(?:ltd|limited|plc|pvt|pte|pty|gmbh|ag|b\.v|n\.v|s\.a|s\.l|s\.r\.l|sarl|sas|oy|ab|a\/s|aps|sp\.[ \t]?z[ \t]?o\.o|kft|s\.r\.o)(?![\p{L}])\.?/iu;

function invoiceDate(
  text: string,
  currency: Reading<string> | undefined,
  number?: string,
): Reading<string> | undefined {
  // Day first (most of the world) unless the document shows month first, or is in US dollars and
  // shows nothing either way.
  const probe = findDates(text, false);
  const shown = probe.some((d) => d.monthFirstOnly || d.dayFirstOnly);
  const monthFirst =
    probe.some((d) => d.monthFirstOnly) ||
    (!probe.some((d) => d.dayFirstOnly) &&
      currency?.value === 'USD' &&
      probe.some((d) => d.dayFirstAmbiguous));
  const dates = monthFirst ? findDates(text, true) : probe;
  // a "Date" column over several rows that start with a date heads the items' dates (a folio's,
  // a statement's), not the document's: the row below holds a date in the same column
  const startsLine = new Map<number, number>();
  for (const d of dates) {
    const line = lineAt(text, d.index);
    if (!text.slice(line.start, d.index).trim()) startsLine.set(line.start, line.column);
  }
  const dateRows = (d: FoundDate): boolean => {
    const line = lineAt(text, d.index);
    const below = startsLine.get(line.end + 1);
    return below !== undefined && Math.abs(below - line.column) <= 2;
  };
  const reminder = REMINDER.test(text.slice(0, 400));
  let best: { date: FoundDate; score: number } | undefined;
  for (const d of dates) {
    const before = issueOfTwo(wordsBefore(text, d.index));
    const header =
      (dateRows(d) ? '' : headerAbove(text, d.index)) || (stackedLabel(text, d.index) ?? '');
    let score = 0;
    if (
      DATE_GOOD.test(before) ||
      CJK_DATE_GOOD.test(before) ||
      PLACE_DATE.test(before) ||
      (DATE_HEADER.test(header) && !DATE_BAD.test(header))
    )
      score += WEAK_DATE_WORD.test(before) && !PLACE_DATE.test(before) ? 1 : 2;
    // "Invoice date" over an e-mail's "Date:" or an order's
    if (score > 0 && (DATE_OF_ISSUE.test(before.slice(-24)) || DATE_OF_ISSUE.test(header)))
      score += 1;
    // a date on the line of the document's name and number, after them and unlabelled
    // ("Invoice No. 2025-0218        February 28, 2025"): the document's date, weakly
    if (score === 0) {
      const lineBefore = text.slice(lineAt(text, d.index).start, d.index);
      if (
        lineBefore.length <= 120 &&
        DOCUMENT_IN_LINE.test(lineBefore) &&
        /\d/.test(lineBefore) &&
        !/\p{Sc}|\d[.,]\d{2}(?!\d)/u.test(lineBefore)
      )
        score = 1;
    }
    // …or alone on the line just below that line ("PVM SĄSKAITA FAKTŪRA  LTK-4410" / "2025 m.
    // kovo 3 d.", "РАХУНОК № 118" / "від 3 березня 2025 р."), at most a preposition before it
    if (score === 0 && titleAbove(text, d)) score = 1;
    // a Vietnamese invoice's date of issue written out at its line's start under the title
    // ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG" / "Ngày 25 tháng 06 năm 2024"): its own "Ngày" labels it
    if (
      score === 0 &&
      /^ngày(?![\p{L}])/iu.test(text.slice(d.index, d.index + 6)) &&
      !text.slice(lineAt(text, d.index).start, d.index).trim()
    )
      score = 2;
    if (
      (badBefore(before) && !orderThenDate(text, d.index, before)) ||
      CJK_DATE_BAD.test(before) ||
      DATE_BAD.test(header)
    )
      score -= 3;
    // a reminder's letter is dated the day it is sent: when the number read is the invoice's it
    // reminds of (the reminder has none of its own), the invoice's date is on the line that names
    // it with that number ("Rechnung Nr. 2025-4411 vom 10.03.2025", "invoice LJ-220 of 3 February")
    else if (reminder && number) {
      const said = text.slice(Math.max(lineAt(text, d.index).start, d.index - 80), d.index);
      if (REMINDED_INVOICE.test(said) && said.includes(number)) score = Math.max(score, 1) + 2;
    }
    // the date of another invoice a credit note or a letter refers to ("Relates to invoice:
    // INV-3310 dated 01/05/2025", "in respect of our invoice 118 of 2 May"), not a reminder's
    // (whose invoice's date is the one wanted)
    if (
      !reminder &&
      REFERS_TO_INVOICE.test(
        text.slice(Math.max(lineAt(text, d.index).start, d.index - 80), d.index),
      )
    )
      score = Math.min(score, 0) - 3;
    // a reminder's own date, labelled as the reminder's ("Reminder date:", "Muistutuksen
    // päivämäärä:", "Datum der Mahnung:"), yields to the reminded invoice's labelled date
    if (reminder && score > 0 && REMINDER_DATE.test(before)) score -= 1;
    // a reprint's date, when the copy was printed ("*** REPRINT - Statement printed Nov 25, 2024
    // ***", "Print date:"), yields to the invoice's own labelled date
    if (score > 1 && /(?<![\p{L}])print(?:ed)?(?:[ \t]+(?:on|date))?[ \t]*:?[ \t]*$/iu.test(before))
      score = 1;
    // an e-mail header's date is the message's, not the invoice's
    if (
      MAIL_HEADER.test(text) &&
      inHeaderBlock(text, d.index) &&
      /^[ \t>]*(?:date|sent|gesendet|datum|envoyé|enviado|inviato|verzonden|skickat|sendt)(?:[ \t]*:|(?:[ ]{2,}|\t)[ \t]*(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lör|sön|man|tir|ons|tor|fre)\p{L}{0,7}\.?,?[ \t]+)?$)/iu.test(
        text.slice(lineAt(text, d.index).start, d.index),
      )
    )
      score = Math.min(score, 1);
    if (!best || score > best.score) best = { date: d, score };
  }
  if (!best || best.score <= -3) return undefined;
  // the dates not named as another (due, delivery, order): one of them is as good as a label
  const scores = dates.map((d) => {
    const before = issueOfTwo(wordsBefore(text, d.index));
    const header = headerAbove(text, d.index) || (stackedLabel(text, d.index) ?? '');
    return (badBefore(before) && !orderThenDate(text, d.index, before)) ||
      CJK_DATE_BAD.test(before) ||
      DATE_BAD.test(header)
      ? -3
      : 0;
  });
  const candidates = new Set(dates.filter((_, i) => scores[i] > -3).map((d) => d.iso));
  let confidence =
    best.score >= 2 ? 0.95 : candidates.size === 1 ? 0.85 : best.score === 1 ? 0.8 : 0.55;
  // an order's confirmation or receipt (titled or numbered as an order, no invoice's number) has
  // no date but the order's ("Order date: 27/11/2025", "Ordered on March 3, 2025"): its date
  const ordered =
    candidates.size === 0 &&
    // (…or a receipt's title on another line of its heading, under the shop's name: "Craftory" /
    // "Your receipt")
    headingTitled(text, (first) => ORDER_DOCUMENT.test(first)) &&
    !OWN_NUMBER_LABEL.test(text) &&
    /(?<![\p{L}])order(?:ed|[ \t]+date)?[ \t]*(?:on|date)?[ \t]*:?[ \t]*$/iu.test(
      text.slice(Math.max(0, best.date.index - 24), best.date.index),
    );
  if (ordered) confidence = 0.8;
  // only a preposition in a sentence names it ("accepté le 12/02/2025", "ordered on …"), not after
  // the document's name ("FATTURA n. 45/2025 del …"), and other dates are not named as another's:
  // any of them may be the date of issue
  const beforeBest = text.slice(Math.max(0, best.date.index - 30), best.date.index);
  if (
    best.score === 1 &&
    candidates.size > 1 &&
    WEAK_DATE_WORD.test(beforeBest) &&
    !PLACE_DATE.test(beforeBest) &&
    // (its line's words before it, however far: "FATTURA DIFFERITA N. 184/2025 del …")
    !DOCUMENT_IN_LINE.test(
      text.slice(lineAt(text, best.date.index).start, best.date.index).slice(-120),
    )
  )
    confidence = 0.6;
  // 03/04/2025 read by the default order, with nothing in the document to confirm it: a real
  // doubt where both orders are written (dollars, or no currency), a small one where the
  // currency's countries write the day first
  // (Canada writes both orders as often: a person reads the day and the month there)
  // (a US dollar with a US town and state in the text, "Chicago IL 60614": a US document, which
  // writes the month first, as sure as a euro's country writes the day first)
  if (best.date.dayFirstAmbiguous && !shown)
    confidence *=
      currency?.value === 'CAD'
        ? 0.7
        : monthFirst
          ? US_PLACE.test(text.slice(0, 5000))
            ? 0.97
            : // (dollars invoiced by a company of a country that writes the day first, "Eastwind
              // Imports Ltd", "… Pvt. Ltd.", "… GmbH": either order, for a person to read)
              DAY_FIRST_FORM.test(text.slice(0, 5000))
              ? 0.7
              : 0.85
          : !currency || /^(?:USD|PHP)$/.test(currency.value)
            ? 0.9
            : 0.97;
  // a date of issue after the due date is a misreading (the day and month swapped, another date)
  const due = dates.find(
    (d) =>
      d !== best.date &&
      DUE_LABEL.test(text.slice(Math.max(0, d.index - 30), d.index)) &&
      d.iso < best.date.iso,
  );
  if (due)
    return {
      value: best.date.iso,
      confidence: Math.min(confidence, 0.6),
      how: `${best.score > 0 ? 'labelled' : 'unlabelled'}, but after the due date ${due.iso}`,
    };
  return {
    value: best.date.iso,
    confidence,
    how: ordered
      ? "the order's date, an order's document"
      : best.score > 0
        ? 'labelled'
        : `unlabelled, ${candidates.size} dates`,
  };
}

// ---- vendor ---------------------------------------------------------------------------------

/** Legal forms of companies across the world (the common ones of each region). */
const LEGAL_FORM =
  /(?<![\p{L}\d])(?:ltd\.?\s?şt[iİ]|s\.?\s?de\s+r\.?\s?l\.?(?:\s+de\s+c\.?\s?v\.?)?|s\.?\s?a\.?\s+de\s+c\.?\s?v\.?|s\.?\s?à\s?r\.?\s?l\.?|unipessoal(?:,?\s+lda)?|gmbh\s*&\s*co\.?\s*kg|partg(?:\s*mbb)?|mbb|mbh|ggmbh|sp\.?\s?k|ο\.?\s?ε|α\.?\s?ε|ε\.?π\.?ε|ι\.?κ\.?ε|e\.u|e\.i\.m|e\.p\.e|e\.m|c\.r\.l|cic|cio|eireli|ky|şt[iİ]|ltd|limited|gmbh|ag|kg|kgaa|gbr|ohg|ug|e\.v|se|b\.?v\.?|n\.?v\.?|bvba|v\.?o\.?f|c\.v|inc|incorporated|llc|l\.l\.c|llp|lp|pllc|plc|p\.c|p\.a|dac|clg|ulc|corp|corporation|co|company|s\.?a\.?u|s\.?a\.?|s\.?a\.?s|sas|sarl|sàrl|eurl|sprl|s\.?r\.?l\.?|s\.?p\.?a\.?|s\.?n\.?c|s\.s|soc\.?\s?coop\.?(?:\s?a\s?r\.?\s?l)?|s\.c\.a\.r\.l|s\.?l\.?u?|s\.?c|lda|ltda|ab|hb|as|asa|aps|a\/s|i\/s|k\/s|p\/s|ivs|eg|j\.d\.o\.o|oy|oyj|ehf|hf|kk|k\.k|pty|pte|pvt|bhd|sdn|bpk|e\.?k\.?|kft|zrt|nyrt|bt|d\.o\.o|d\.d|s\.r\.o|a\.s|spol|sp\.\s*z\s*o\.?o\.?|sp\.?\s?j|a\.ş|ltd\.?\s?şt[iİ]|oü|uab|sia|ooo|jsc|pjsc)\.?(?=$|[\s,;|·)]|\.(?![\p{L}\d]))/iu;
const LEGAL_FORMS = new RegExp(LEGAL_FORM.source, 'giu');
/**
 * The part of a legal form written in brackets ("Protea Electrical (Pty) Ltd", "(Pvt) Ltd", the
 * Afrikaans "(Edms) Bpk").
 */
const BRACKETED_FORM = '(?:pty|pvt|pte|private|edms)\\.?';
/**
 * A region's code or a place's name in brackets before a legal form, part of a group company's
 * name: "Sunrise Packaging (HK) Limited", "Golden Dragon Trading (M) Sdn Bhd", "Acme (Thailand)
 * Co., Ltd.", "Nordwind (UK) Ltd".
 */
const BRACKETED_PLACE = '(?:[A-Z]{1,3}|\\p{Lu}\\p{Ll}{2,15})';
/**
 * The first legal form in `s` as companies write it: capitalised ("Ltd", "AS", "Oy") unless dotted
 * ("s.r.o.", "e.K."), so "as" and "co" in a sentence are words, not legal forms.
 */
function legalForm(s: string): { index: number; 0: string } | undefined {
  for (const m of s.matchAll(LEGAL_FORMS))
    if (
      // (not a pair's second half, "SAP FI/CO", nor a longer dotted abbreviation's end, "C.P.A.")
      // (a single letter's dot: "C.P.A."; not a form's own, "Pvt.Ltd.")
      !/(?:\/|(?<![\p{L}])\p{L}\.)$/u.test(s.slice(Math.max(0, m.index - 3), m.index)) &&
      // (and the German forms written with a small first letter: "gGmbH", "mbB")
      // (and an Italian partnership's form in small letters after its "& C." of partners,
      // "Neri Paola & C. snc", "Rossi & C. sas")
      (/\./.test(m[0]) ||
        /^\p{Lu}/u.test(m[0]) ||
        /^(?:gGmbH|mbB|eG)$/.test(m[0]) ||
        // (a British public company's "plc" as it writes it, in small letters after a
        // capitalised word: "Harbour Water plc")
        (m[0] === 'plc' && /\p{Lu}[\p{L}\p{M}&'’.-]*[ \t]+$/u.test(s.slice(0, m.index))) ||
        // (a company's "mbH" after its "-gesellschaft": "Lindauer Hotelbetriebsgesellschaft mbH")
        (m[0] === 'mbH' && /gesellschaft[ \t]+$/iu.test(s.slice(0, m.index))) ||
        (/^(?:snc|sas)$/.test(m[0]) && /(?:&|\be)[ \t]*C\.?[ \t]+$/.test(s.slice(0, m.index))) ||
        // (…or closing a name on its own, its partners on the line below: "Trattoria del Porto
        // snc" / "di Esposito Gennaro & C."; a street's "snc", "Via Roma snc", is no number)
        (/^(?:snc|sas)$/.test(m[0]) &&
          /^[ \t]*$/.test(s.slice(m.index + m[0].length)) &&
          /^[ \t]*\p{Lu}\p{Ll}/u.test(s) &&
          !isAddress(s.slice(0, m.index)))) &&
      // (an Italian simple partnership's "s.s." as it writes it, small and dotted, "Società
      // Agricola s.s.": "S.S. 16" is a state road's number)
      !(/^s\.s/i.test(m[0]) && !/^s\.s\.$/.test(m[0])) &&
      // (a German cooperative's "eG" as it writes it: "EG" is a ground floor's, "Büro im EG")
      !(/^eg$/i.test(m[0]) && m[0] !== 'eG') &&
      // a US state before its ZIP code ("Boulder, CO 80302") is an address, not a company
      !(/^\p{Lu}{2}$/u.test(m[0]) && /^[ \t]+\d{5}(?:-\d{4})?(?!\d)/.test(s.slice(m.index + 2))) &&
      // …nor a state or a province after a preposition in a sentence ("SaaS exempt in CO, see
      // terms", "shipped from NY")
      !(
        /^\p{Lu}{2}$/u.test(m[0]) &&
        /(?<![\p{L}])(?:in|from|to|within|outside)[ \t]+$/u.test(
          s.slice(Math.max(0, m.index - 12), m.index),
        )
      ) &&
      // …nor a Canadian province before its postal code ("Edmonton AB T6E 3N8": Alberta, not a
      // Swedish "AB")
      !(
        /^\p{Lu}{2}$/u.test(m[0]) &&
        /^[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\p{L}\d])/u.test(s.slice(m.index + 2))
      ) &&
      // an Irish county after a town's comma ("Ballymore Eustace, Co. Kildare") is an address
      !(
        /^co\.?$/i.test(m[0]) &&
        /,[ \t]*$/.test(s.slice(0, m.index)) &&
        /^[ \t]+\p{Lu}\p{Ll}/u.test(s.slice(m.index + m[0].length))
      ) &&
      // a sentence's first word after a full stop, its sentence going on in lower case ("…for
      // you both. As promised, I've attached", "Merci. Sa livraison") is no company's form
      !(
        /\p{Ll}{2,}[.!?][ \t]+$/u.test(s.slice(Math.max(0, m.index - 8), m.index)) &&
        /^[ \t]+\p{Ll}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
    )
      return m;
  return undefined;
}
/**
 * A vendor's label ("From:", "Seller:", "Lieferant:", "销货单位"), maybe with a Chinese receipt's
 * note of the seal or signature it asks for before its colon ("收款单位（盖章）：上海…服务部", the
 * payee's unit and its stamp, above the person who took the money, "收款人：王丽").
 */
const VENDOR_LABEL =
  /(?<![\p{L}\d])(?:(?:from|bill(?:ed)?\s+from|billed\s+by|issued\s+by|sold\s+by|(?:provided|supplied|invoiced|rendered|performed)\s+by|från|fra|von|émise?\s+par|par)(?![\p{L}\d])[ \t]*[:\-–]?|(?:van|od|da|de)[ \t]*:|(?:absender|expéditeur|remitente|mittente|afzender|avsändare|afsender|المورد|البائع|اسم\s+المورد|ספק|מוכר|supplier|vendor|seller|merchant|payee|freelancer|contractor|host|landlord|vermieter(?:in)?|bailleur|arrendador|locatore|verhuurder|(?:service\s+)?provider|pay[ \t]+to|payable\s+to|(?:make\s+)?payments?[ \t]+(?:to|payable\s+to)|remit(?:tance)?\s+to|please\s+remit\s+to|issuer|exporter|zahlungsempfänger(?:in)?|laskuttaja|furnizor|prestator|εκδότης|εκδοτης|πωλητής|πωλητης|müüja|pardavėjas|pārdevējs|(?:preču[ \t]+)?piegādātājs|dodávateľ|đơn\s+vị\s+bán(?:\s+hàng)?|người\s+bán(?:\s+hàng)?|szállító|dobavitelj|tedarikçi|销售方(?:信息)?[ \t]*(?:名称)?|销货单位|卖方|收款(?:人|方|单位)|供应商|供貨商|販売者|販売元|発行者|売主|공급자(?:[ \t]*상호)?|판매자|가맹점(?:명)?|상호(?:명)?|商户名称|发行元|発行元|店舗名|sprzedawca|dostawca|lieferant|verkäufer|händler(?:in)?|anbieter|rechnungssteller|leverancier|verkoper|leverantör|säljare|leverandør|selger|sælger|toimittaja|myyjä|saaja|fornitore|venditore|cedente(?:\s*\/\s*prestatore)?|fournisseur|prestataire|vendeur|émetteur|auftragnehmer|dienstleister|proveedor|vendedor|emisor|prestador|fornecedor|emitente|transmitente|dodavatel|prodávající|prodavatelj|isporučitelj|unternehmer|eladó|satıcı|seljandi|доставчик|продавач|поставщик|продавец|постачальник|продавець|company|store|shop)(?:[ \t]+(?:name|details|information|info|legal\s+name))?(?:[ \t]*[(（](?:盖章|蓋章|签章|簽章|签字|簽字|公章|印章)[)）])?[ \t]*(?:[:\-–]|\|(?=[ \t]*\p{Lu})))[ \t]*/giu;
/** A payee's label: whom to pay, not necessarily who issued the invoice. */
const PAYEE_LABEL =
  /^(?:pay(?:able)?[ \t]+to|(?:make[ \t]+)?payments?[ \t]+(?:to|payable[ \t]+to)|remit(?:tance)?[ \t]+to|please[ \t]+remit[ \t]+to|payee|beneficiary|begünstigter|zahlungsempfänger|bénéficiaire|beneficiario)/iu;
/** An invoice assigned to a factor: its payee is the factor's. */
const ASSIGNED =
  /(?<![\p{L}])(?:(?:has[ \t]+been|is|was|been)[ \t]+assigned[ \t]+to|assigned[ \t]+and[ \t]+payable|factored|factoring[ \t]+company|invoice[ \t]+finance|abgetreten|forderungsabtretung|cédée|cession[ \t]+de[ \t]+créance|cedida|cessione[ \t]+del[ \t]+credito|gecedeerd)(?![\p{L}])/iu;
/** The labels that name the shop on an invoice but the person who served on a till's receipt. */
const SALESPERSON_LABEL =
  /^(?:vendeur|vendeuse|verkäufer(?:in)?|vendedor(?:a)?|venditore|verkoper|seller|säljare|selger|sælger|myyjä|eladó|satıcı|sprzedawca|prodávající)\b/iu;
/** A till's line: a time of day, a till's, table's or cashier's number. */
const TILL_LINE =
  /(?<![\d:])\d{1,2}:\d{2}(?![\d])|(?<![\p{L}])(?:caisse|kasse|till|register|terminal|pos|tpv|cassa|kassa|table|tisch|mesa|tavolo|cashier|caissier|caissière|kassierer(?:in)?|cajero|cassiere|ticket|bon|beleg|scontrino|caja|caixa)(?![\p{L}])/iu;
/** A trip's words: a fare's receipt, whose "From: … To: …" is its route. */
const TRIP =
  /(?<![\p{L}])(?:taxi\p{L}*|taxa\p{L}*|drosje\p{L}*|cab|ride|trip|fare|journey|pick-?up|drop-?off|chauffeur|fahrt|fahrpreis|trajet|viaje|carrera|corsa|tragitto|rit|resa|tur|kurs|przejazd)(?![\p{L}])/iu;
/** Words before "from" or "by" that make the name after it the payer's, not the vendor's. */
const PAYER_BEFORE =
  /(?<![\p{L}])(?:received|erhalten|reçu|recibido|ricevuto|ontvangen|payment|paid|payé|réglé|pagado|pagato|bezahlt|order(?:ed)?|request(?:ed)?|transfer(?:red)?|refund(?:ed)?|booked|reserved)[ \t]*$/iu;
/** Who is paid, in a sentence: "cheques payable to X", "thank you for shopping at X". */
const VENDOR_PHRASE =
  /(?<![\p{L}])(?:(?:made\s+)?payable\s+to|remit(?:\s+(?:all\s+)?payments?)?\s+to|(?:send|make)\s+(?:all\s+)?(?:payments?|checks|cheques)\s+to|trading\s+as|t\/a|d\/b\/a|doing\s+business\s+as|(?:thank\s+you|thanks)\s+for\s+(?:choosing|visiting|using)|(?:we|all\s+of\s+us)\s+at|greetings\s+from|(?:shopping|dining|staying|ordering|choosing|visit(?:ing)?|welcome)\s+(?:at|with|to)|(?:the\s+)?team\s+at|visite\s+chez|bienvenue\s+chez|(?:einkauf|besuch)\s+(?:bei|im)|willkommen\s+(?:bei|im))(?:[ \t]*:)?[ \t]+/giu;
/** The holder of the bank account the invoice is paid into (on a line of bank details only). */
const ACCOUNT_HOLDER =
  /(?<![\p{L}])(?:kontoinhaber(?:in)?|account\s+(?:holder|name)|beneficiary|bénéficiaire|titulaire(?:\s+du\s+compte)?|titular(?:\s+de\s+la\s+cuenta)?|intestatario|(?:conto|c\/c)\s+intestato\s+a|cuenta\s+a\s+nombre\s+de|rekeninghouder|tenaamstelling)(?:[ \t]+name)?[ \t]*:[ \t]*/giu;
/** A Czech or Slovak invoice's words: its tax ids, its VAT and its crown. */
const CZECH_OR_SLOVAK =
  /(?<![\p{L}])(?:IČO|DIČ|IČ[ \t]+DPH|DPH|Kč|faktúra|daňový[ \t]+doklad)(?![\p{L}])/iu;
/** Labels of the customer: the name after one is not the vendor's. */
// (the payer is the customer too: Estonian "Maksja", Finnish "Maksaja", Latvian "Maksātājs", Lithuanian "Mokėtojas")
const BUYER_WORDS =
  'leveransadress|fakturaadress|faktureringsadress|leveringsadresse|fakturaadresse|toimitusosoite|laskutusosoite|adres\\s+dostawy|bill(?:ed)?\\s+to|ship(?:ped)?\\s+to|sold\\s+to|invoice\\s+to|(?:invoice(?:d)?|bill(?:ed)?)\\s+for|issued\\s+to|made\\s+out\\s+to|deliver(?:ed|y)?\\s+to|prepared\\s+for|customer|client|buyer|guest|gast|huésped|ospite|recipient|attn|attention|kunde|rechnungsempfänger|empfänger|an|nabywca|odbiorca|tomador|cliente|klant|afnemer|kund|køber|kjøper|asiakas|maksaja|ostaja|destinataire|acheteur|destinatario|cessionario(?:\\s*\\/\\s*committente)?|committente|odběratel|kupující|vevő|alıcı|получател|купувач|покупатель|покупець|заказчик|замовник|consignee|vastaanottaja|ostja|maksja|maksātājs|mokėtojas|pirkėjas|pircējs|(?:preču\\s+)?saņēmējs|odberateľ|kaupandi|viðskiptavinur|señor(?:es|\\(es\\))|sr\\(es\\)|cumpărător|πελάτης|πελατης|παραλήπτης|αγοραστής|购买方(?:信息)?[ \\t]*(?:名称)?|购货单位|买方|공급받는자|구매자|宛先|kupac|naročnik|müşteri|العميل|المشتري|לקוח|קונה|receptor|destinat[aá]rio|adquirente|comprador|facturar\\s+a|factuur\\s+aan|gefactureerd\\s+aan|rechnung\\s+an|facture\\s+à|factur[ée]e?\\s+à|fatturato\\s+a|faktura\\s+till?|fakturer(?:ad|et|t)\\s+till?|say[ıi]n|intestata\\s+a|emitida\\s+a(?:\\s+nombre\\s+de)?|ausgestellt\\s+(?:auf|an|für)|établie?\\s+(?:à|au\\s+nom\\s+de)|(?:họ\\s+tên\\s+)?người\\s+mua(?:\\s+hàng)?|đơn\\s+vị\\s+mua(?:\\s+hàng)?|spett\\.?le|spettabile|messrs\\.?|er\\s+referens|your\\s+ref(?:erence)?|ihre?\\s+(?:zeichen|referenz)|votre\\s+r[ée]f[ée]rence|uw\\s+referentie|deres\\s+referanse|jeres\\s+reference|su\\s+referencia|vostro\\s+riferimento';
/**
 * A customer's label of a phrase run into the name after it without a colon, as a web page's
 * invoice copied onto one line writes it ("Bill to Maple Leaf Analytics Ltd. 220 Portage Ave"):
 * the name is the buyer's; and a receipt's sentence of whom the money came from ("Recebi de
 * CLÍNICA … LTDA., CNPJ …, a importância de …", "Received from Harbour Ltd the sum of …"): the payer.
 */
const BUYER_LEAD =
  /^[ \t]*(?:bill(?:ed)?[ \t]+to|ship(?:ped)?[ \t]+to|sold[ \t]+to|invoice[ \t]+to|invoiced[ \t]+to|issued[ \t]+to|made[ \t]+out[ \t]+to|deliver(?:ed)?[ \t]+to|prepared[ \t]+for|rechnung[ \t]+an|facture[ \t]+à|factur[ée]e?[ \t]+à|factuur[ \t]+aan|gefactureerd[ \t]+aan|facturar[ \t]+a|fatturato[ \t]+a|faktura[ \t]+till?|fakturer(?:ad|et|t)[ \t]+till?|received[ \t]+(?:with[ \t]+thanks[ \t]+)?from|receb(?:i|emos|ido)[ \t]+d[eoa]s?|recib(?:í|i|imos|ido)[ \t]+de|reçu[ \t]+de|ricevut[oi][ \t]+da|ontvangen[ \t]+van)[ \t]+(?=\p{Lu})/iu;
/** The labels of a party to the invoice, the customer's and the vendor's (for GAP_LABEL). */
const PARTY_WORDS = [
  BUYER_WORDS.replace('|an|', '|'),
  'aan|beneficiary|supplier|vendor|seller|merchant|payee|issuer|issued\\s+by|billed\\s+by|sold\\s+by|bill(?:ed)?\\s+from|(?:service\\s+)?provider|contractor|freelancer|from|von|van|fra|från',
  'sprzedawca|dostawca|lieferant|verkäufer|rechnungssteller|leverancier|verkoper|leverantör|säljare|leverandør|selger|sælger|toimittaja|myyjä|saaja|fornitore|venditore|fournisseur|prestataire|vendeur|émetteur|proveedor|vendedor|emisor|prestador|fornecedor|emitente|transmitente|dodavatel|prodávající',
].join('|');
/** A company's name's field and the Finnish biller's label ("Ragione sociale", "Laskuttaja"). */
const NAME_WORDS =
  'ragione\\s+sociale|raz[oó]n\\s+social|raz[ãa]o\\s+social|raison\\s+sociale|denominazione|laskuttaja';
/**
 * A party's label in a cell of its own, without its colon, before its value on the same line
 * ("Bill to    Harper & Sons Ltd", "Supplier  Danske Fjeld ApS", a PDF's columns).
 */
const GAP_LABEL = new RegExp(
  `(?<=^|[ ]{3,}|\\t)(?:${PARTY_WORDS}|${NAME_WORDS})(?:[ ](?=[ ]+[^\\s:])|\\t(?=\\t*[^\\s:]))`,
  'gimu',
);
/** A party's label standing first (a header's next column: "Sprzedawca      Nabywca"). */
const PARTY_LABEL_FIRST = new RegExp(
  `^[ \\t]*(?:${PARTY_WORDS})(?:[ \\t]*[:\\n]|[ ]{2,}|\\t|[ \\t]*$)`,
  'iu',
);

/**
 * A party's label without its colon read as one with it ("Bill to    Harper & Sons Ltd" as
 * "Bill to:   Harper & Sons Ltd"): the gap's first space the colon, so every position and
 * column stays. A label over another label (a header of two columns, "Sprzedawca      Nabywca")
 * is left as it is.
 */
function withGapLabels(text: string): string {
  return text.replace(GAP_LABEL, (label: string, at: number) =>
    PARTY_LABEL_FIRST.test(text.slice(at + label.length, at + label.length + 60))
      ? label
      : `${label.slice(0, -1)}:`,
  );
}

/** A customer's label just before a name ("Bill to:", "Klant:", "to" without a colon). */
const BUYER_LABEL = new RegExp(
  `(?<![\\p{L}])(?:(?:${BUYER_WORDS})[ \\t]*:[ \\t]*\\n?|(?:bill(?:ed)?\\s+to|ship\\s+to|sold\\s+to|to|for)[ \\t]*\\n?)[ \\t]*$`,
  'iu',
);
/** A customer's label anywhere in a field before the name ("Kunde: Schneider GmbH & Co. KG"). */
const BUYER_IN_FIELD = new RegExp(`(?<![\\p{L}])(?:${BUYER_WORDS})[ \\t]*:`, 'iu');
/**
 * A name: up to eight words of letters (any script), digits and the marks names use (a Vietnamese
 * company's "CÔNG TY TNHH THƯƠNG MẠI MINH HÒA" is seven).
 */
// (a word of it may be quoted, a Polish firm's own name inside its registered one: 'Pracownia
// Ceramiki "Glina" Anna Wiśniewska', 'PPHU „Drewmet" Jan Kowalczyk')
const NAME =
  /^([\p{Lu}\d][\p{L}\p{M}\d&'’.-]*(?:[ \t]+(?:&[ \t]+)?["„“«]?[\p{L}\p{M}\d&'’.-]+["”“»]?){0,7})/u;
/** A Vietnamese company's name, its legal form first: "Công ty TNHH …", "CÔNG TY CỔ PHẦN …". */
const VIETNAMESE_COMPANY =
  /^(?:công[ \t]+ty|doanh[ \t]+nghiệp[ \t]+tư[ \t]+nhân)[ \t]+(?:tnhh|cp|cổ[ \t]+phần|trách[ \t]+nhiệm[ \t]+hữu[ \t]+hạn)?[ \t]*\p{Lu}/iu;
/** Legal forms written in scripts without capitals, and the Cyrillic ones. */
const SCRIPT_LEGAL_FORM =
  /株式会社|有限会社|合同会社|[(（][株有][)）]|㈱|주식회사|유한회사|[(（][주유][)）]|㈜|(?:股份)?有限(?:责任|責任)?公司|(?<![\p{L}])(?:ООО|ОАО|ЗАО|ПАО|АО|ЕООД|ООД|ЕАД|АД|ТОВ|ПрАТ)(?![\p{L}])|(?<![\p{L}])בע["״]מ|(?<![\p{L}])(?:ذ\.?[ \t]?م\.?[ \t]?م|ش\.?[ \t]?م\.?[ \t]?[مع](?:\.?[ \t]?م)?|ذات[ \t]+مسؤولية[ \t]+محدودة|ذات[ \t]+المسؤولية[ \t]+المحدودة|(?<=شركة[ \t][^\n]{1,40}[ \t])(?:المحدودة|محدودة)|(?<=บริษัท[^\n]{1,60})จำกัด(?:[ \t]*\(มหาชน\))?|ห้างหุ้นส่วนจำกัด|หจก\.)\.?(?![\p{L}])/u;
/** Scripts without capitals, where a name cannot be told by its first letter. */
// (a letter of them in it: a rule of dashes, "------", between a message and its invoice is none)
const CASELESS =
  /^(?=[^\n]*[\p{L}])[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{M}\s'’.&·"״㈜㈱ー々〆・-]+$|^[^()（）]*[(（][주유株有][)）][^()（）]*$/u;
/** A document's name in those scripts (a title, not a name). */
const CASELESS_DOCUMENT =
  /^(?:(?:御|ご)?(?:請求書|領収書|領収証|納品書|見積書|发票|發票|增值税(?:专用|普通)?发票|电子发票|收据|收據|영수증|청구서|계산서|세금계산서|거래명세서|견적서?|명세서|فاتورة(?:\s+ضريبية)?(?:\s+مبسطة)?|ضريبية|مبسطة|小票|收银小票|購物明細|购物小票|إيصال|ايصال|חשבונית(?:\s+מס)?(?:\s+קבלה)?|קבלה|ใบเสร็จ(?:รับเงิน)?|ใบแจ้งหนี้|बिल|चालान)|및|和|[\s/・&])+$/u;
/** A document's name in those scripts, its characters maybe spaced out as a title ("領 収 書"). */
const cjkTitle = (s: string): boolean =>
  // (a title in brackets too: "[영수증]", "【領収書】")
  (s !== s.replace(/^[ \t]*[[【(（]|[\]】)）][ \t]*$/gu, '') &&
    cjkTitle(s.replace(/^[ \t]*[[【(（]|[\]】)）][ \t]*$/gu, ''))) ||
  CASELESS_DOCUMENT.test(s) ||
  CASELESS_DOCUMENT.test(s.replace(/\s+/g, '')) ||
  CASELESS_GREETING.test(s.trim());
/** A shop's thanks or welcome in those scripts, printed above or below its name (not a name). */
const CASELESS_GREETING =
  /^(?:(?:毎度)?(?:誠に)?ありがとうございま(?:した|す)|いらっしゃいませ|ようこそ|またのご来店を[^\n]{0,12}|谢谢(?:惠顾|光临)?|欢迎光临|謝謝(?:惠顧|光臨)?|歡迎光臨|감사합니다|고맙습니다|환영합니다|어서[ \t]*오세요|شكرا(?:ً)?(?:[ \t]+لك(?:م)?)?|תודה(?:[ \t]+רבה)?)[!！。.]*$/u;

function cleanName(s: string): string {
  const name = s
    .replace(/^["'„“”«»‚‘]+|["'„“”«»‘’]+$/g, '')
    .replace(/\s+(invoice|inv|bill|receipt|faktura|rechnung|factuur|document)\b.*$/i, '')
    .replace(/[\s,;:|·-]+$/, '')
    .trim();
  // "Inc.", "B.V." and "S.A. de C.V." keep their dot (a dotted abbreviation after a name); a
  // sentence's full stop goes
  return /\b(inc|co|corp|ltd|b\.v|n\.v|s\.a|s\.l|e\.k|o\.o|k\.k|s\.r\.o|d\.o\.o|pvt\. ltd|ehf)\.$/i.test(
    name,
  ) || /\s(?:\p{Lu}\.)+$|\s\p{Lu}\p{Ll}{1,3}\.$/u.test(name)
    ? name
    : name.replace(/\.+$/, '');
}

/**
 * A name read after a label ends where the sentence goes on: at the first word in lower case that
 * is neither a legal form ("sp. z o.o.") nor a joiner before a capitalised word ("Maison de la
 * Presse") — "Kite & Key Locksmiths on behalf of…", "Evergreen Audio and shipped by…".
 */
export function nameOnly(name: string): string {
  const words = name.split(/[ \t]+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const legal = LEGAL_FORMS.exec(words.slice(i).join(' '));
    LEGAL_FORMS.lastIndex = 0;
    if (legal?.index === 0 && out.length) {
      out.push(legal[0]);
      i += legal[0].split(/\s+/).length - 1;
      continue;
    }
    if (
      /^[\p{Lu}\d&]/u.test(w) ||
      /^[dl]['’]\p{Lu}/u.test(w) ||
      // (a quoted name within it: 'Pracownia Ceramiki "Glina" Anna Wiśniewska')
      (out.length && /^["„“«]\p{Lu}[^"„“”«»]*["”“»]$/u.test(w)) ||
      // (a country's or a branch's capitals in brackets within it, before more of it:
      // "Skylark Communications (UK) Limited", "Borealis (NZ) Ltd")
      (out.length && i + 1 < words.length && /^\(\p{Lu}{2,5}\)$/u.test(w)) ||
      // (a doctor's faculty after the title: "Praxis Dr. med. Anna Kessler")
      (ACADEMIC.test(w) && out.length && /^(?:Dr\.?|med\.|rer\.|dent\.)$/.test(out[out.length - 1]))
    ) {
      out.push(w);
      continue;
    }
    let j = i;
    while (j < words.length && NAME_JOINERS.test(words[j])) j++;
    if (j > i && out.length && j < words.length && /^\p{Lu}/u.test(words[j])) {
      out.push(...words.slice(i, j));
      i = j - 1;
      continue;
    }
    break;
  }
  return out.join(' ');
}

/** The name up to the end of its legal form(s): "Southern Cross Outfitters Pty Ltd". */
function upToLegalForm(name: string): string {
  const legal = legalForm(name);
  if (!legal) return name;
  let end = legal.index + legal[0].length;
  // an Italian partnership's partners after its form ("TRATTORIA DA MIMMO s.n.c. di Ferraro Cosimo
  // & C."): part of its registered name
  const partners = /^[ \t]+di[ \t]+\p{Lu}[\p{L}'’. ]{1,40}?[ \t]*&[ \t]*C\.?(?![\p{L}])/u.exec(
    name.slice(end),
  );
  if (partners && /^s\.?[ \t]?(?:n\.?[ \t]?c|a\.?[ \t]?s)\.?$/iu.test(legal[0]))
    return name.slice(0, end + partners[0].length);
  // a Polish general or limited partnership's partners after its form ("VOLTEX Sp. j. Nowak i
  // Wspólnicy", "Budmar Sp. k. Jan Kowalski i Spółka"): part of its registered name, which names them
  const partnersPl =
    /^[ \t]+\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{1,30}){0,2}[ \t]+i[ \t]+(?:[Ww]spólnicy|[Ww]spólnik|[Ss]półka)(?![\p{L}])/u.exec(
      name.slice(end),
    );
  if (partnersPl && /^sp\.?[ \t]?[jk]\.?$/iu.test(legal[0]))
    return name.slice(0, end + partnersPl[0].length);
  // a Brazilian company's size after its form ("… Ltda. ME", "… Ltda - EPP", a micro or small
  // enterprise's): part of the name it is registered under
  const size = /^[ \t]*(?:-[ \t]*)?(?:ME|EPP)(?![\p{L}\d])\.?/u.exec(name.slice(end));
  if (size && /^ltda\.?$/iu.test(legal[0])) return name.slice(0, end + size[0].length);
  // "& Co" inside a name ("Cedar & Co Bookshop"): the name goes on to a later legal form or its end
  if (/(?:&|\band)\s+co\.?$/i.test(name.slice(0, end)) && /^\s+\p{Lu}/u.test(name.slice(end))) {
    const later = legalForm(name.slice(end));
    return later ? name.slice(0, end + later.index + later[0].length) : name;
  }
  for (;;) {
    // (past the bracket that closes a form's first part: "(Pty) Ltd")
    const more = (name[legal.index - 1] === '(' ? /^\)?[\s,]+/ : /^[\s,]+/).exec(name.slice(end));
    const next = more && legalForm(name.slice(end + more[0].length));
    if (!more || !next || next.index !== 0) break;
    end += more[0].length + next[0].length;
  }
  return name.slice(0, end);
}

/** A field's label that says a name follows ("Razão Social:", "Company name:", "Nombre:"). */
const NAME_FIELD =
  /^(?:(?:nome|nombre|nom|name|naam|navn|namn|nimi)[ \t]*\/[ \t]*)?(?:account[ \t]+(?:holder(?:'s|’s)?[ \t]+)?name|account[ \t]+holder|raz[ãa]o\s+social|raz[oó]n\s+social|raison\s+sociale|ragione\s+sociale|denominaci[oó]n(?:\s+social)?|denominazione|(?:legal|company|business|trading|full)\s+name|name|nome(?:\s+empresarial)?|nombre|nom|firma|firmenname|naam|bedrijfsnaam|navn|namn|nimi|nazwa(?:\s+firmy)?|名称|名稱|单位名称|單位名稱|社名|会社名|상호(?:명)?(?:[ \t]*[(（]법인명[)）])?|회사명)[ \t]*:[ \t]*/iu;

/**
 * A legal form first and the company's name in quotes after it ("ООО «Северный ветер»"), as the
 * Baltic states write theirs too ("UAB „Vilniaus duona“", 'SIA "Rīgas maiznīca"').
 */
const QUOTED_AFTER_FORM =
  /^(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ИП|ТОВ|ПП|ФОП|ПрАТ|ПАТ|АТ|ТОО|АҚ|ЕООД|ООД|ЕАД|АД|ЕТ|UAB|SIA|AS|MB|IĮ|OÜ|AB)[ \t]+(?:«[^»\n]{1,60}»|"[^"\n]{1,60}"|„[^“”\n]{1,60}[“”])/u;

/** The name a label or phrase at `from` introduces, on its line or, if none, the next line. */
function nameAfter(text: string, from: number, labelStart?: number): string | undefined {
  let rest = text.slice(from);
  // a label on its own line ("Seller:" above the name, as a PDF's block lays it out)
  const own = /^[ \t]*\n[ \t]*/.exec(rest);
  // …in the right-hand column of a header row ("Bill To          From"): its name is below it
  const column =
    own && labelStart !== undefined
      ? /\S[ \t]{2,}$/.test(text.slice(lineAt(text, labelStart).start, labelStart))
      : false;
  const under =
    column && labelStart !== undefined
      ? belowLabel(text, labelStart, text.slice(labelStart, from).trimEnd().length)
      : undefined;
  if (under) rest = under.split(/[ ]{3,}|\t/)[0];
  else if (own) {
    rest = rest.slice(own[0].length);
    // labels stacked above their values ("From / To / Quayside Ltd / … / Harlow Ltd", a PDF's
    // columns pasted one under the other): the first value is the first label's
    const stacked = /^[^\n]*/.exec(rest)![0].trim();
    if (BARE_BUYER_LABEL.test(stacked)) rest = rest.slice(rest.indexOf('\n') + 1).trimStart();
    // the block's first field labels its name ("Razão Social: Estúdio …", "Company name: …")
    else if (NAME_FIELD.test(rest)) rest = rest.replace(NAME_FIELD, '');
    else if (/^[^\n:]{1,30}:/.test(rest)) {
      // (…or a field a few lines down does, under a registration's: "[공급자]" / "등록번호: …" /
      // "상호(법인명): 주식회사 한빛테크")
      const named = rest
        .split('\n', 5)
        .slice(1)
        .find((l) => NAME_FIELD.test(l.trimStart()));
      if (named) rest = named.trimStart().replace(NAME_FIELD, '');
    }
  }
  // a label heading a column beside another ("Bill From        Bill To"): its name is below it
  else if (labelStart !== undefined && /[ \t]{2,}$/.test(text.slice(labelStart, from))) {
    const beside = rest.split('\n')[0].trim();
    if (BUYER_IN_FIELD.test(`${beside}:`) || BUYER_LABEL.test(beside)) {
      const label = text.slice(labelStart, from).trimEnd();
      const below = belowLabel(text, labelStart, label.length);
      if (below) rest = below.split(/[ ]{3,}|\t/)[0];
    }
  }
  // a name ends at a column's gap ("Acme Studio        TO: Beta Ltd")
  rest = rest.replace(/^([^\n]*?)(?:[ ]{3,}|\t)[^\n]*/, '$1');
  // a name in a script without capitals runs to the next gap or separator
  // (its words may stand a space apart: "행복한 베이커리", "ラーメン一番 新宿店")
  const caseless =
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}()（）ー・]+(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}()（）ー・]+){0,2}/u.exec(
      rest,
    )?.[0];
  if (caseless) {
    // (a field's label, its colon after it, is no name: "등록번호: 123-81-45678", and the next
    // field's label after a name is no part of it: "杭州青禾文具有限公司 纳税人识别号:")
    // (nor a bracket opened after the name and closed past it, round a registration's number:
    // "주식회사 한빛테크 (사업자등록번호 214-87-33051)", "株式会社青空 (登録番号 T12…)")
    const named = (
      /^[ \t]*[:：]/.test(rest.slice(caseless.length))
        ? caseless.replace(/(?:^| )[^ ]+$/, '')
        : caseless
    ).replace(/ [(（][^)）]*$/u, '');
    return named.length >= 2 && !ADDRESSED_CJK.test(named) ? named : undefined;
  }
  // Arabic and Hebrew names run to the end of their line or field
  const rtl =
    /^[\p{Script=Arabic}\p{Script=Hebrew}\p{M}][\p{Script=Arabic}\p{Script=Hebrew}\p{M}'"״׳ .&-]*/u
      .exec(rest)?.[0]
      .trim();
  if (rtl) return rtl.length >= 2 ? rtl : undefined;
  // a legal form first and the name in quotes, as Russian, Ukrainian, Kazakh and Bulgarian write
  // a company's ("ООО «Северный ветер»", "ТОВ \"Карпати Трейд\""): the form with the quoted name
  const quoted = QUOTED_AFTER_FORM.exec(rest)?.[0];
  if (quoted) return quoted.trim();
  // …or the quoted name first and its legal form after it, as Bulgarian and Polish write it
  // ('„Бяла Река“ ООД', '"Agro-Pol" Sp. z o.o.'): the name and its form, unquoted
  const quotedFirst = /^(?:«([^»\n]{1,60})»|"([^"\n]{1,60})"|„([^“”"\n]{1,60})[“”"])[ \t]+/u.exec(
    rest,
  );
  if (quotedFirst) {
    const after = rest.slice(quotedFirst[0].length, quotedFirst[0].length + 80);
    const form = [SCRIPT_LEGAL_FORM.exec(after), legalForm(after)].find((f) => f?.index === 0);
    const inner = (quotedFirst[1] ?? quotedFirst[2] ?? quotedFirst[3]).trim();
    if (form && /^\p{Lu}/u.test(inner)) return `${inner} ${form[0]}`;
  }
  // a Vietnamese company's name, its legal form first, is its whole field however many words it
  // has ("Đơn vị bán hàng: CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT", nine)
  const field = /^[^\n]*/.exec(rest)![0].trim();
  if (VIETNAMESE_COMPANY.test(field) && field.split(/\s+/).length <= 12 && !/\d|:/.test(field))
    return field;
  let name = NAME.exec(rest)?.[1];
  if (!name || /^\d/.test(name) || NOT_A_NAME_START.test(name)) return;
  // an amount with its currency's code ("den offenen Betrag von EUR 3.456,00") names no one
  if (/^[A-Z]{3}[ \t]*\d/.test(name) && ISO_4217.has(name.slice(0, 3))) return;
  // "Ningbo Brightway Houseware Co., Ltd.": a legal form after a comma is still the name's
  const more = /^,[ \t]*/.exec(rest.slice(name.length));
  const next = more && legalForm(rest.slice(name.length + more[0].length));
  if (more && next?.index === 0)
    name = rest.slice(0, name.length + more[0].length + next[0].length);
  // a legal form before the name, which may go on in lower case ("UAB Baltijos krovinių
  // technika, Savanorių pr. 178", "SIA Zaļā dārzs"): the name runs to its comma or its cell's end
  const leading =
    /^(?:UAB|SIA|AS|MB|IĮ|OÜ|SARL|SAS|SASU|EURL|PT|CV)[ \t]+\p{Lu}[\p{L}\p{M}'’&.-]*(?:[ \t]+[\p{L}\p{M}'’&.-]+){0,4}(?=[ \t]*(?:,|\n|$|[ ]{2,}|\t))/u.exec(
      rest,
    )?.[0];
  const only = cleanName(
    leading && legalForm(leading)?.index === 0 && !/[,\n]/.test(leading)
      ? leading
      : upToLegalForm(nameOnly(name)),
  );
  return only &&
    !NOT_NAME.test(only) &&
    !DOCUMENT_WORD.test(only) &&
    !notAName(only) &&
    !BUYER_LABEL.test(only) &&
    !BUYER_IN_FIELD.test(`${only}:`)
    ? only
    : undefined;
}

/** Abbreviations a name's word may end in with its dot ("Smith Bros. Builders", "Acme Corp."). */
const ABBREVIATED_WORD =
  /^(?:bros|dept|assoc|corp|intl|natl|svcs|servs|univ|prof|mgmt|ltda|cia|hnos|gebr|ets|sarl)$/iu;

/**
 * A name read in a sentence ends at its full stop: a word of small letters closed by one and the
 * next sentence after it ("Checks payable to Marisol Vega. Zelle details on request" names Marisol
 * Vega), unless the word is an abbreviation a name keeps ("Smith Bros. Roofing").
 */
function beforeFullStop(name: string | undefined): string | undefined {
  const stop = name && /^(.*?[ \t](\p{Lu}\p{Ll}{2,}))\.[ \t]+\S/u.exec(name);
  return stop && !ABBREVIATED_WORD.test(stop[2]) && !legalForm(`${stop[2]}.`) ? stop[1] : name;
}

/** Words a name does not start with: articles, pronouns and possessives ("von Ihrem Konto"). */
const NOT_A_NAME_START =
  /^(?:the|this|that|our|your|a|an|us|you|me|my|his|her|their|its|ihr|ihre|ihrem|ihren|ihrer|unser\p{L}*|mein\p{L}*|dem|der|den|des|die|das|ein|eine|einem|einer|eines|votre|vos|notre|nos|su|sus|nuestr\p{L}*|vostr\p{L}*|il|la|le|les|el|los|las)(?![\p{L}])/iu;

/** Months and weekdays (English, German, French, Spanish): "from March", "von März" is a time. */
const DATE_WORD =
  /^(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|march|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|today|yesterday|q[1-4])$/i;
/** Words of a team or a mailbox, not a company ("Accounts Team", "Billing Department"). */
const TEAM_WORD =
  /^(?:accounts?|accounting|billing|finance|sales|support|team|department|dept|office|customer|customers|service|services|care|admin|administration|payables?|receivables?|the|our|buchhaltung|rechnungswesen|vertrieb|kundenservice|comptabilité|facturation|contabilidad|facturación)$/i;

/** Words of a document's title ("Booking Confirmation", "Duplicate Copy", "Proof of Purchase"). */
const TITLE_WORD =
  /^(?:pro|forma|proforma|booking|reservation|order|confirmation|notice|final|reminder|payment|copy|duplicate|original|report|details|summary|proof|of|purchase|estimate|quote|quotation|delivery|packing|slip|note|advice|remittance|statement|monthly|annual|sales|sale|cash|tax|your|my|kassenbon|kassenzettel|lieferschein|mahnung|zahlungserinnerung|bestätigung|auftragsbestätigung|devis|avoir|bon|de|livraison|commande|albarán|presupuesto|preventivo|offerte|pakbon)$/i;

/** A post-office box and its number ("PO Box 3391", "P.O. Box 12", "Postfach 10 12 34", "Postboks 210"). */
const POST_BOX =
  /^(?:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box|postfach|postboks|postbox|postbus|boîte[ \t]+postale|apartado(?:[ \t]+postal)?|casilla(?:[ \t]+postal)?)[ \t.:#]*\d[\d \t-]*$/iu;

/** A time, a team or a document's title where a name was expected. */
function notAName(name: string): boolean {
  const words = name.split(/\s+/).map((w) => w.replace(/[.,:]+$/, ''));
  return (
    // (a month that is also a first name before a surname is a person: "Jan Novák", "April Hale")
    (DATE_WORD.test(words[0]) &&
      !(
        words.length >= 2 &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]) &&
        !DATE_WORD.test(words[1]) &&
        !/\d/.test(name)
      )) ||
    words.every((w) => TEAM_WORD.test(w) || TITLE_WORD.test(w)) ||
    // a team's signature, the team named first ("L'équipe Free"): its company is read from it
    /^(?:l['’][ \t]?équipe|el[ \t]+equipo|il[ \t]+team|het[ \t]+team|a[ \t]+equipa|o[ \t]+time)(?![\p{L}])/iu.test(
      name,
    ) ||
    // a letter's closing ("Viele Grüße", "Kind regards") signs nobody
    (name.length <= 40 && CLOSING.test(name)) ||
    // a post-office box and its number, a remittance address after "Remit to:", is no one's name
    POST_BOX.test(name)
  );
}

/** The line below `at` says whom it is for ("Attn: Accounts Payable", "z. Hd.", "c/o"): an addressee. */
function addressedBelow(text: string, at: number): boolean {
  const line = lineAt(text, at);
  let below = text.slice(line.end + 1).replace(/^\s*\n/, '');
  // a name in a column beside another: the line below in its own column
  const column = at - line.start;
  if (column > 0 && /[ ]{3,}|\t/.test(text.slice(line.start, at)))
    below = below.split('\n')[0].slice(Math.max(0, column - 2));
  return (
    // (and the Dutch attention line, "Bakkerij Visser B.V." / "t.a.v. de heer R. Jansen")
    /^[ \t]*(?:attn|attention|att(?=[ \t]*[.:])|fao|c\/o|z\.\s?h(?:d)?\.?|zu\s+händen|à\s+l['’]attention|a\/a|t\.[ ]?a\.[ ]?v(?=\.)|ter\s+attentie\s+van)\b/i.test(
      below,
    ) ||
    // (a person addressed by the forms a letter's address block uses, "Bäckerei Schuster GmbH" /
    // "Herrn Klaus Schuster", "Frau Dr. Anna Roth", "z. H. …")
    // (not a sender's line with its own address run on it, "Malerbetrieb Kurz · Lindenweg 3 · 88212
    // Ravensburg", which a window envelope shows above the addressee)
    (/^[ \t]*(?:Herrn|HERRN|Frau|FRAU)[ \t]+\p{Lu}/u.test(below) &&
      !/[·•|]/.test(text.slice(line.start, line.end)) &&
      !isAddress(text.slice(line.start, line.end))) ||
    // (the customer's department that pays it: "Meridian Hotels Ltd / Accounts Payable")
    /^[ \t]*(?:accounts?[ \t]+payable|a\/p[ \t]+department|purchase[ \t]+ledger|purchasing(?:[ \t]+department)?|procurement|kreditorenbuchhaltung|comptabilit[ée][ \t]+fournisseurs|cuentas[ \t]+por[ \t]+pagar|contabilidad[ \t]+de[ \t]+proveedores|crediteurenadministratie|leverant[øo]rreskontra)[ \t]*(?:\n|$|,)/iu.test(
      below,
    )
  );
}

/**
 * The fields of a text: its lines, and the parts of a line between separators or a column's gap
 * (a PDF pasted as text puts the letterhead and the invoice's labels side by side).
 */
function fieldsOf(text: string): Array<{ at: number; field: string }> {
  const out: Array<{ at: number; field: string }> = [];
  let offset = 0;
  for (const field of text.split(/(\n|[|·•]|\s[-–—]\s|[ \t]*\t[ \t]*|[ ]{3,})/)) {
    // a decoration around a name ("■ Idraulica Ferri ■", "*** Café Lumen ***") is no part of it
    // (not the sign of a legal form: "㈱", "㈜")
    const lead = /^[ \t]*(?:(?:(?![㈱㈜])[\p{So}*=~])+[ \t]*)?/u.exec(field)?.[0].length ?? 0;
    out.push({
      at: offset + lead,
      field: field.slice(lead).replace(/[ \t]*[\p{So}*=~]+[ \t]*$/u, ''),
    });
    offset += field.length;
  }
  return out;
}

/** Whether a customer's label comes just before `at` (on its line or the line above). */
function buyerBefore(text: string, at: number): boolean {
  const line = lineAt(text, at);
  // (the line up to it, at most 200 characters: a long line's many names each read it whole)
  const upTo = lineBefore(text, at);
  // (a customer's label in an earlier cell of a line split by bars or dots labels that cell only:
  // "Invoice 2291 | Bill to: Acme Inc | … | Pixel Forge Studio LLC, Austin TX")
  const cell = upTo.slice(
    Math.max(upTo.lastIndexOf('|'), upTo.lastIndexOf('·'), upTo.lastIndexOf('•')) + 1,
  );
  if (
    BUYER_LABEL.test(text.slice(Math.max(0, at - 30), at)) ||
    BUYER_IN_FIELD.test(cell) ||
    // a line addressed "To:" ("To: The Directors, Fenwick & Hale Ltd")
    /^[ \t]*(?:to|an|à|para|per|til|till|aan)[ \t]*:/iu.test(upTo) ||
    // a table's row whose first cell is the customer's label ("| Customer | Lindqvist Design AB |")
    TABLE_BUYER_CELL.test(upTo)
  )
    return true;
  // …or whose cell before the name's is ("Invoice 2291 | Customer | Harbor Foods Ltd | …")
  const cells = upTo.split(/[|·•]/);
  if (
    cells.length >= 2 &&
    !cells[cells.length - 1].trim() &&
    BUYER_CELL.test(cells[cells.length - 2])
  )
    return true;
  // …or an earlier cell whose block goes on to the name's: the cells between hold no other field
  // ("Bill to: Jane Doe · Acme Holdings LLC · 12 Main St": the customer's company; not "Bill to:
  // Acme Inc | Date: … | Total: … | Pixel Forge Studio LLC")
  if (cells.length >= 2 && !cells[cells.length - 1].trim()) {
    const k = cells.findLastIndex((c) => BUYER_IN_FIELD.test(c));
    if (
      k >= 0 &&
      cells
        .slice(k + 1, -1)
        .every(
          (c) =>
            !/:|\d[.,]\d{2}(?!\d)|\p{Sc}/u.test(c) &&
            !DOCUMENT_IN_LINE.test(c) &&
            !/(?<![\p{L}])(?:total|date|datum|fecha|summe|due)(?![\p{L}])/iu.test(c),
        )
    )
      return true;
  }
  // a label on its own line above, in any wording ("Buyer (Bill to):", "Customer details")
  if (line.start === 0 || text.slice(line.start, at).trim()) return false;
  const above = lineAt(text, line.start - 1);
  const label = text.slice(above.start, above.end).trim();
  if (
    label.length > 40 ||
    /\d/.test(label) ||
    (!new RegExp(`^(?:${BUYER_WORDS}|to|for)(?![\\p{L}])[^:\\n]{0,24}:?$`, 'iu').test(label) &&
      blockLabel(label) !== 'buyer') ||
    REQUEST_WORDS.test(label) ||
    COPY_MARK.test(label)
  )
    return false;
  // labels stacked above their values: the vendor's label above the customer's heads the first
  if (above.start === 0) return true;
  const first = lineAt(text, above.start - 1);
  return !BARE_VENDOR_LABEL.test(text.slice(first.start, first.end).trim());
}

/** A cell that is a customer's label alone ("Customer", "Bill to:", "**Kunde**"). */
const BUYER_CELL = new RegExp(
  `^[ \\t]*(?:\\*\\*)?(?:${BUYER_WORDS})(?:[ \\t]+(?:name|details))?[ \\t]*:?(?:\\*\\*)?[ \\t]*$`,
  'iu',
);
/** A table row's first cell that labels the customer, the name in the next cell. */
const TABLE_BUYER_CELL = new RegExp(
  `^[ \\t]*\\|?[ \\t]*(?:\\*\\*)?(?:${BUYER_WORDS})(?:[ \\t]+(?:name|details))?[ \\t]*:?(?:\\*\\*)?[ \\t]*\\|[ \\t]*(?:\\*\\*)?[ \\t]*$`,
  'iu',
);

/** Words of a block's heading that name the customer's address, not the vendor's. */
const BUYER_ADDRESS =
  /(?<![\p{L}])(?:billing|shipping|delivery|invoice|invoicing|postal)\s+address|rechnungsadresse|lieferadresse|rechnungsanschrift|adresse\s+de\s+(?:facturation|livraison)|direcci[oó]n\s+de\s+(?:facturaci[oó]n|env[ií]o)|indirizzo\s+di\s+(?:fatturazione|spedizione)|factuuradres|afleveradres/iu;
/** Words of a block's heading that name the vendor ("Datos del emisor", "Supplier details"). */
const VENDOR_BLOCK_WORDS =
  /(?<![\p{L}])(?:supplier|seller|vendor|issuer|biller|payee|emisor|emitente|proveedor|prestador|vendedor|fornitore|cedente|venditore|prestatore|lieferant|verkäufer|rechnungssteller|leistungserbringer|fournisseur|émetteur|prestataire|vendeur|leverancier|verkoper|leverantör|säljare|leverandør|selger|sælger|toimittaja|myyjä|laskuttaja|dostawca|sprzedawca|dodavatel|prodávající|prodavatelj|isporučitelj|unternehmer|furnizor|szállító|eladó)(?![\p{L}])/iu;

/** The same in Chinese, Japanese and Korean, whose words stand without spaces ("销售方信息"). */
const CJK_VENDOR_BLOCK =
  /销售方|销货方|銷售方|卖方|賣方|供应商|供應商|販売者|販売元|発行者|공급자|판매자/u;

/**
 * A receipt's mark of whose copy it is ("CUSTOMER COPY", "Cardholder's copy", "Copie client",
 * "Copia cliente"): printed for the customer, it labels no customer's name below it.
 */
const COPY_MARK =
  /^[ \t]*(?:\*+[ \t]*)?(?:(?:customer|client|guest|cardholder|buyer)(?:['’]?s)?[ \t]+(?:copy|receipt)|(?:copie|copia|exemplaire)[ \t]+(?:(?:du|de|del|per[ \t]+il|para[ \t]+el|do)[ \t]+)?client[ea]?)(?:[ \t]*\*+)?[ \t]*$/iu;
/** A notice that a document is a copy for information ("Copia di cortesia", "Courtesy copy"). */
const COPY_NOTICE =
  /^(?:cop(?:ia|y|ie)[ \t]+(?:(?:di|de|of)[ \t]+)?(?:cortes[ií]a|courtesy|courtoisie)|courtesy[ \t]+copy)(?![\p{L}])/iu;
/** Whose copy a document is, in brackets ("(공급자 보관용)", "(customer copy)", "(Exemplaire client)"). */
const COPY_OF =
  /[(（][^()（）\n]{0,30}(?:보관용|copy|kopie|exemplar|exemplaire|copia|cópia|控え?|存根|联|聯)[^()（）\n]{0,30}[)）]/giu;

/**
 * Whether a short heading line names the vendor's block or the customer's ("Datos del emisor",
 * "Customer details", "Billing address"), in any wording around its word; undefined if neither.
 */
function blockLabel(line: string): 'vendor' | 'buyer' | undefined {
  // (a copy's party said in brackets after a title heads no block: "전자세금계산서 (공급자 보관용)",
  // the supplier's copy, "Invoice (customer copy)")
  const label = line.replace(COPY_OF, ' ').trim();
  if (!label || label.length > 40 || /\d/.test(label) || label.split(/\s+/).length > 5) return;
  if (/:\s*\S/.test(label) || REQUEST_WORDS.test(label) || COPY_MARK.test(label)) return;
  // (a sentence denying a status heads no block: "Not a VAT vendor.", "No supplier VAT charged")
  if (/^(?:not|no|non|kein(?:e|er)?|nicht|pas|sin|sem|niet|ikke|inte)(?![\p{L}])/iu.test(label))
    return;
  const buyer =
    new RegExp(`(?<![\\p{L}])(?:${BUYER_WORDS})(?![\\p{L}])`, 'iu').test(label) ||
    BUYER_ADDRESS.test(label);
  const vendor = VENDOR_BLOCK_WORDS.test(label) || CJK_VENDOR_BLOCK.test(label);
  return buyer === vendor ? undefined : buyer ? 'buyer' : 'vendor';
}

/**
 * The words of a request or a sentence, never of a block's label ("record this bill for me",
 * "an invoice for you"): who asks and what is meant.
 */
const REQUEST_WORDS =
  /(?<![\p{L}])(?:me|us|my|our|this|these|you|your|pls|please|thanks|thx|bitte|danke|merci)(?![\p{L}])/iu;
/** A customer's label alone on its line ("To", "Bill to:", "Customer"). */
const BARE_BUYER_LABEL = new RegExp(`^(?:${BUYER_WORDS}|to|for)[ \\t]*:?$`, 'iu');
/** A vendor's label alone on its line ("From", "Seller:", "Supplier"). */
const BARE_VENDOR_LABEL =
  /^(?:from|bill(?:ed)?\s+from|seller|supplier|vendor|issuer|payee|von|de|från|fra|sprzedawca|verkoper|lieferant|fournisseur|proveedor|fornitore)[ \t]*:?$/iu;

/** The letters of a name or a domain, lower case and without marks, to compare the two. */
const squash = (s: string) =>
  s
    .replace(/&/g, 'and')
    .normalize('NFD')
    .replace(/[^\p{L}\d]/gu, '')
    .toLowerCase();

/**
 * The sender's web and e-mail domains ("tomas@reyesconsulting.es", "www.lumacloud.io"), not the
 * addressee's: a name that spells one is the vendor's.
 */
function senderDomains(text: string): string[] {
  const out: string[] = [];
  // a mailbox, a web address, or a bare domain with a common ending ("woollyfox.co.uk")
  const address =
    /(?:@|\bwww\.|https?:\/\/)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})|(?<![\w@.-])([a-z0-9][a-z0-9-]{2,}\.(?:co\.uk|com\.au|co\.nz|com|net|org|io|co|app|dev|shop|store|studio|eu|de|uk|fr|es|it|nl|be|at|ch|se|no|dk|fi|pl|cz|ie|pt|us|ca|au|nz|in|jp|kr|br|mx))(?![\w.-]*@)(?![\w-])/gi;
  for (const m of text.matchAll(address)) {
    const domain = m[1] ?? m[2];
    const line = text.slice(lineAt(text, m.index).start, m.index);
    if (/(?<![\p{L}])(?:to|cc|an|à|a|til|till)\s*:|buyer|customer|client|bill\s+to/iu.test(line))
      continue;
    const labels = domain.toLowerCase().split('.').slice(0, -1);
    for (const label of labels)
      if (!/^(?:www|mail|email|billing|invoices?|co|com|org|net|ac|gov)$/.test(label))
        out.push(squash(label));
  }
  return out;
}

/** The addressee's mailbox domains (a "To:" or "Cc:" line), as `senderDomains` squashes them. */
function recipientDomains(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:to|cc|an|à|a|til|till|aan)[ \t]*:[^\n]*/gimu))
    for (const d of m[0].matchAll(/@([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi))
      for (const label of d[1].toLowerCase().split('.').slice(0, -1))
        if (
          !/^(?:www|mail|email|co|com|org|net|ac|gov|gmail|outlook|hotmail|yahoo|gmx|icloud|web)$/.test(
            label,
          )
        )
          out.push(squash(label));
  return out;
}

/** The first line of a letterhead: the document's first line, or the first after its title. */
function isFirst(text: string, at: number): boolean {
  // word by word up to `at`, stopping at the first one that could be part of a name (a split of
  // the whole prefix for every candidate made a long document's reading quadratic)
  const word = /[^\s|·•/]+/g;
  // (past sixteen words of titles and labels no letterhead is looked for: a text of nothing else,
  // a shop's thanks on every line, made every field's look at its start cost the text's length)
  let words = 0;
  for (let m = word.exec(text); m && m.index < at; m = word.exec(text)) {
    if (++words > 16) return false;
    const w = m.index + m[0].length > at ? m[0].slice(0, at - m.index) : m[0];
    if (!(DOCUMENT_WORD.test(w) || cjkTitle(w) || NOT_NAME.test(w) || !/[\p{L}\d]/u.test(w)))
      return false;
  }
  return true;
}

/** Whether `at` is in the first three lines that say something (where a letterhead stands). */
/** A document's title and its number on a line ("RECIBO No. 58", "INVOICE #2291"). */
const TITLE_LINE = new RegExp(
  `^[ \\t]*(?:${DOCUMENT})(?![\\p{L}])\\.?[ \\t]*(?:${NO})?[ \\t]*[:#]?[ \\t]*[A-Z0-9][\\w/.-]*[ \\t]*$`,
  'iu',
);

function nearTop(text: string, at: number): boolean {
  // the document's title and its header's "Label: value" lines are not body; counted line by
  // line from the top, stopping at the third
  const end = lineAt(text, at).start;
  let said = 0;
  for (let start = 0; start < end;) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 || newline > end ? end : newline;
    const l = text.slice(start, stop);
    if (
      l.trim() &&
      !DOCUMENT_WORD.test(l.trim()) &&
      !/^[ \t]*\p{L}[\p{L}.\- ]{0,24}[:：][ \t]*\S{1,30}[ \t]*$/u.test(l) &&
      // (nor a chat's lines the document was pasted into, "[10:42] Laura: …", nor the title
      // with its number, "RECIBO No. 58")
      !CHAT_LINE.test(l) &&
      !(l.length <= 60 && TITLE_LINE.test(l)) &&
      ++said >= 3
    )
      return false;
    start = stop + 1;
  }
  return true;
}

/** The letterhead's name, if the document opens with one (for a second opinion). */
/** A Vietnamese document's title: an invoice ("hóa đơn"), a receipt ("phiếu thu", "biên lai"). */
const VIETNAMESE_TITLE =
  /^(?:hóa|hoá)[ \t]+đơn(?![\p{L}])|^phiếu[ \t]+thu(?![\p{L}])|^biên[ \t]+lai(?![\p{L}])/iu;

/** A row of items: words, a column's gap, an amount with its cents at the line's end. */
const ITEM_ROW =
  /^\p{L}[^\n]{0,80}?(?:[ ]{2,}|\t)[^\n]{0,60}?-?\d[\d.,' ]{0,12}[.,]\d{2}(?:[ \t]*(?:\p{Sc}|[A-Z]{3}))?$/u;

/** A message's greeting, opening the note a document was pasted under ("Hi team,", "Hallo,"). */
const GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening)|morning|hallo|hi[ \t]+zusammen|guten[ \t]+(?:tag|morgen)|moin|liebe[rs]?|sehr[ \t]+geehrte[rs]?|bonjour|bonsoir|salut|madame|monsieur|hola|buenos[ \t]+d[ií]as|buongiorno|ciao|salve|gentile|hej|hei|hallå|moi|hoi|beste|goedemorgen|ol[áa]|bom[ \t]+dia|cze[śs][ćc]|dzie[ńn][ \t]+dobry|kia[ \t]+ora)(?![\p{L}])/iu;
/**
 * A request opening the note a document was pasted under, without a greeting ("pls enter this
 * into our system", "record this bill for me", "Can you log this one?", "Bitte erfassen"): a line of
 * at most twenty words that asks for it to be read in, never a document's own line.
 */
const REQUEST_LEAD =
  /^[ \t]*(?=(?:\S+[ \t]+){0,19}\S+[ \t]*$)(?:please|pls|plz|kindly|can[ \t]+(?:you|u|someone)|could[ \t]+(?:you|u|someone)|would[ \t]+you|record|log|enter|book|file|add|process|input|register|upload|here(?:'s|’s|[ \t]+is|[ \t]+are)|attached|see[ \t]+below|below|fyi|forwarding|bitte|könnt(?:et|en)?[ \t]+(?:ihr|sie)|merci[ \t]+de|pourriez|pouvez|por[ \t]+favor|per[ \t]+favore|graag|proszę|prosz[eę])(?![\p{L}])/iu;
/** A mail header's line ("From: …", "Subject: …", "Sent: …"). */
const HEADER_LINE =
  /^[ \t>]*(?:from|to|cc|bcc|subject|sent|date|von|an|betreff|gesendet|datum|de|à|objet|envoyé|para|asunto|enviado|da|a|oggetto|inviato|van|aan|onderwerp|verzonden|från|till|ämne|skickat|fra|til|emne|sendt)[ \t]*:/iu;

/** A forwarded or quoted message's marker line. */
const FORWARD_MARKER =
  /^[ \t>]*(?:[-_=*]{2,}[ \t]*)?(?:forwarded[ \t]+message|original[ \t]+message|begin[ \t]+forwarded[ \t]+message|weitergeleitete[ \t]+nachricht|ursprüngliche[ \t]+nachricht|message[ \t]+transféré|mensaje[ \t]+reenviado|messaggio[ \t]+inoltrato|doorgestuurd[ \t]+bericht|vidarebefordrat[ \t]+meddelande|videresendt[ \t]+melding)[ \t]*:?[ \t]*(?:[-_=*]{2,})?[ \t]*$/iu;

/**
 * Where the document starts below the note it was pasted under: past a mail's header and a
 * message that opens with a greeting ("Hi team, / please record the invoice below. / Thanks, Sam"),
 * its paragraphs of sentences, up to the first paragraph that is none (a letterhead, a title); 0
 * when the text opens with no such note.
 */
let coverCache: { text: string; at: number } | undefined;
function coverEnd(text: string): number {
  if (coverCache?.text === text) return coverCache.at;
  const lines = text.slice(0, 4000).split('\n');
  let i = 0;
  let at = 0;
  const next = () => {
    at += lines[i].length + 1;
    i++;
  };
  // (a forwarded message's marker and header: "---------- Forwarded message ---------")
  let headed = false;
  while (
    i < lines.length &&
    (!lines[i].trim() || HEADER_LINE.test(lines[i]) || FORWARD_MARKER.test(lines[i]))
  ) {
    if (lines[i].trim()) headed = true;
    next();
  }
  let found = headed && i < lines.length && !GREETING.test(lines[i]) ? at : 0;
  // (a request without a greeting, above the document: "record this bill for me", "Can you log
  // this one? It came in the post today.", "Bitte erfassen, danke." — its sentences are the note)
  if (!headed && i < lines.length && REQUEST_LEAD.test(lines[i]) && !/\d/.test(lines[i])) {
    next();
    for (let more = 0; more < 2 && i < lines.length && lines[i].trim(); more++) {
      const l = lines[i].trim();
      if (/\d/.test(l) || !(/[.!?,]$/.test(l) || l.split(/\s+/).length >= 8)) break;
      next();
    }
    while (i < lines.length && !lines[i].trim()) next();
    found = i < lines.length ? at : 0;
  } else if (i < lines.length && GREETING.test(lines[i])) {
    // paragraph by paragraph: one of sentences (a line ending in a stop or a comma, or of eight
    // words or more) or a closing and its signature belongs to the note
    for (;;) {
      while (i < lines.length && !lines[i].trim()) next();
      if (i >= lines.length) break;
      const start = i;
      const from = at;
      while (i < lines.length && lines[i].trim()) next();
      const para = lines.slice(start, i).map((l) => l.trim());
      const prose = (l: string) =>
        /[.!?,:;)]$/.test(l) || l.split(/\s+/).length >= 8 || GREETING.test(l);
      const closing = CLOSING.test(para[0]) && para.length <= 4;
      if (!prose(para[0]) && !closing) {
        found = from;
        break;
      }
      // (a signature under a closing ends the note)
      if (closing || para.some((l) => CLOSING.test(l))) {
        while (i < lines.length && !lines[i].trim()) next();
        found = i < lines.length ? at : 0;
        break;
      }
    }
  }
  coverCache = { text, at: found };
  return found;
}

function letterhead(text: string): string | undefined {
  for (const { at, field } of fieldsOf(text)) {
    const name = field.trim();
    if (!name || !isFirst(text, at)) {
      if (name) return undefined;
      continue;
    }
    // a table's header row first (a PDF whose items come before its header): no letterhead
    const row = lineAt(text, at);
    const cells = text
      .slice(row.start, row.end)
      .trim()
      .split(/[ ]{2,}|\t/);
    if (cells.length >= 3 && !/\d/.test(text.slice(row.start, row.end))) return undefined;
    if (tableHeaderLine(text.slice(row.start, row.end))) return undefined;
    // …or a payment slip's line of bank details printed above the document ("Nordbank — Reg.nr.
    // 1234  Kontonr. …", "Ziraat — IBAN TR… — Alıcı: …"): a bank's or its payee's, no letterhead
    if (bankDetailsLine(name, text.slice(at + name.length, row.end))) return undefined;
    // …or a section's heading over its rows of items, each ending in its amount after a column's
    // gap (a bill's later page pasted first: "Monatliche Grundgebühren" / "Tarif XL   33,61")
    const next = text
      .slice(row.end + 1, row.end + 400)
      .split('\n', 2)
      .map((l) => l.trim());
    if (next.length === 2 && next.every((l) => ITEM_ROW.test(l))) return undefined;
    // (a document's title in a language whose words are all capitalised in it: "HÓA ĐƠN GIÁ TRỊ
    // GIA TĂNG", a Vietnamese VAT invoice's)
    if (VIETNAMESE_TITLE.test(name)) return undefined;
    // (a notice that the text is a copy, above the letterhead: "COPIA DI CORTESIA – il documento
    // fiscalmente valido è …", an Italian e-invoice's printout, "Courtesy copy")
    if (COPY_NOTICE.test(name)) return undefined;
    // (the channel it came through, above the issuer's own heading: "BOOKED VIA TRIPNEST.COM",
    // "Reserved through …", "Sent via …": a platform's, not the issuer's letterhead)
    if (
      /^(?:booked|reserved|ordered|purchased|bought|sent)[ \t]+(?:via|through|with|on)(?![\p{L}])/iu.test(
        name,
      )
    )
      return undefined;
    if (looksLikeName(name)) return withTrade(text, at, name);
    // a letterhead of one word ("Cloudnest", "MIGROS"), maybe with its store's number after it
    // ("Walgreens #4471")
    const word = name.replace(/[ \t]+#[ \t]*\d{1,6}$/, '').replace(/[.:]+$/, '');
    if (
      /^\p{Lu}[\p{L}\p{M}&'’.-]{3,30}$/u.test(word) &&
      !NOT_NAME.test(word) &&
      !DOCUMENT_WORD.test(word) &&
      !SALUTATION_LINE.test(name)
    )
      return word;
    return undefined;
  }
  return undefined;
}

/**
 * Whether a line's first cell and the rest of its line are bank details: a bank's name (or any
 * name, when the line names the account's payee) followed by an account's label or number.
 */
function bankDetailsLine(name: string, rest: string): boolean {
  const account =
    /^[ \t]*(?:[—–|·•,:-][ \t]*)?(?:iban|a\/c|acc(?:oun)?t|konto\p{L}*|reg\.?[ \t]*nr|bic|swift|sort[ \t]+code|ag\.|agência|cta|c\/c|rekening|\d{4})/iu.test(
      rest,
    );
  return (
    account &&
    (BANK_WORDS.test(name) ||
      /(?<![\p{L}])(?:payee|beneficiary|gavėjas|favorecido|alıcı|empfänger|bénéficiaire|beneficiario|destinatario|получатель|одержувач|mottaker|modtager|mottagare|titular)(?![\p{L}])/iu.test(
        rest,
      ))
  );
}

/**
 * A sole trader's letterhead: the owner's name and the trade after a dash on one line ("Maria
 * Köhler – Fotografie", "Julien Marchal – Plomberie Chauffage"), or the trade and then its owner
 * ("Yıldız Yazılım Hizmetleri – Emre Yıldız"), name the business, the whole line.
 * A tagline in lower case ("– Consulenza del lavoro"), a document's title ("— Receipt"), an address
 * or a company's legal form is no part of it.
 */
function withTrade(text: string, at: number, name: string): string {
  const line = lineAt(text, at);
  if (line.end - at > 120) return name;
  const after = text.slice(at + name.length, line.end).trimEnd();
  const rest = /^[ \t]+[-–—][ \t]+(\S.*)$/.exec(after);
  if (
    !rest ||
    legalForm(name) ||
    !/^\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]+){1,2}$/u.test(name)
  )
    return name;
  const words = rest[1].split(/[ \t]+/);
  if (
    words.length > 3 ||
    isAddress(rest[1]) ||
    legalForm(rest[1]) ||
    !words.every(
      (w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) && !NOT_NAME.test(w) && !DOCUMENT_WORD.test(w),
    )
  )
    return name;
  return `${name}${after}`;
}

/** A reading of the vendor and the kind of evidence it rests on. */
interface VendorCandidate extends Reading<string> {
  /** Readings of different kinds that name the same company corroborate each other. */
  kind:
    | 'label'
    | 'phrase'
    | 'holder'
    | 'registered'
    | 'signature'
    | 'sender'
    | 'chat'
    | 'legal'
    | 'domain'
    | 'letterhead'
    | 'name';
  /** Where the name stands, when the evidence is a place in the text. */
  at?: number;
}

/** Kinds of evidence that say who is paid or who issued the document in so many words. */
const STRONG_KINDS = new Set(['label', 'phrase', 'holder', 'registered', 'signature', 'sender']);

/** Whether two readings name the same company ("Parcelbird" and "Parcelbird GmbH"). */
/**
 * A department's name before its company's in a sender's name ("Buchhaltung Elbtal Getränke GmbH",
 * "Accounts Receivable – Harbour Joinery Ltd"): no part of the company's name.
 */
const DEPARTMENT_BEFORE =
  /^(?:buchhaltung|rechnungswesen|forderungsmanagement|debitorenbuchhaltung|finanzbuchhaltung|accounts(?:[ \t]+receivable)?|accounting|billing|invoicing|credit[ \t]+control|comptabilit[ée]|facturation|contabilidad|facturaci[oó]n|boekhouding|debiteurenbeheer|debiteurenadministratie|fakturering|laskutus|contabilit[àa]|fatturazione)(?:[ \t]+(?:department|dept\.?|team|abteilung))?[ \t]*[-–:,|]?[ \t]+(?=\p{Lu})/iu;
/** A name spelt as a web domain spells it: German umlauts and ß as two letters ("getraenke"). */
const domainSpelling = (s: string) =>
  squash(
    s.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue').replace(/ß/g, 'ss'),
  );

function sameCompany(a: string, b: string): boolean {
  const x = squash(a.replace(DEPARTMENT_BEFORE, ''));
  const y = squash(b.replace(DEPARTMENT_BEFORE, ''));
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * The vendor: every reading the evidence offers, in order of how directly it says who issued the
 * invoice (a label, a sentence naming the payee, the bank account's holder, a company's own
 * statement, a signature, the sender's mailbox, a legal form, the sender's domain, the
 * letterhead), the first taken. Its confidence is calibrated by the others: a reading another kind
 * of evidence confirms is surer; one that a reading stated in so many words contradicts is
 * doubtful, and goes to a person.
 */
/** A person's title before a name ("Dr Mei Tan", "Mrs. J. Patel", "Prof. Dr. Weber"). */
const PERSONAL_TITLE =
  /^(?:dr|prof|mr|mrs|ms|mx|dott|dott\.ssa|dra|sr|sra|hr|fr|herr|frau|mme|mlle)\.?[ \t]+\p{Lu}/iu;
/**
 * Whether a name's words each begin the words of a company's name before its legal form, two
 * words or more and the first in full ("Lakeside Vet Clinic", "Lakeside Veterinary Clinic Ltd.").
 */
function abbreviates(short: string, long: string): boolean {
  const legal = legalForm(long);
  const words = (s: string) =>
    s
      .split(/[\s,]+/)
      .map(squash)
      .filter(Boolean);
  const a = words(short);
  const b = words(legal ? long.slice(0, legal.index) : long);
  return (
    a.length >= 2 &&
    a.length === b.length &&
    a[0] === b[0] &&
    a.every((w, i) => w.length >= 2 && b[i].startsWith(w))
  );
}

/** A message's first words saying its writer received the invoice it pastes (the customer). */
const RECEIVED_IT =
  /(?<![\p{L}])(?:i|we)[ \t]+(?:have[ \t]+|'ve[ \t]+|just[ \t]+)?(?:received|got)[ \t]+(?:this|the|your|an?)|(?:ik|wij|we)[ \t]+(?:heb|hebben)[ \t]+[^\n.?!]{0,40}ontvangen|j['’]ai[ \t]+(?:bien[ \t]+)?reçu|nous[ \t]+avons[ \t]+(?:bien[ \t]+)?reçu|(?:ich|wir)[ \t]+(?:habe|haben)[ \t]+[^\n.?!]{0,40}(?:erhalten|bekommen)|he[ \t]+recibido|ho[ \t]+ricevuto|(?:jag|vi)[ \t]+har[ \t]+(?:fått|mottagit)|(?:jeg|vi)[ \t]+har[ \t]+(?:modtaget|mottatt|fått)|(?:forward(?:ing|ed)?|here['’]?s|here[ \t]+is|attached[ \t]+is|please[ \t]+(?:pay|approve|log|book))[ \t]+(?:the|an?|this)[ \t]+(?:\p{L}+[ \t]+)?(?:invoice|bill|receipt)[ \t]+(?:from|of)[ \t]+(?:the|our)(?![\p{L}])|(?:voici|ci-joint|je[ \t]+vous[ \t]+transmets|je[ \t]+te[ \t]+transmets)[ \t]+la[ \t]+facture[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de[ \t]+notre)(?![\p{L}])|(?:anbei|hier(?:[ \t]+ist)?|weitergeleitet)[ \t]+(?:die|eine)[ \t]+rechnung[ \t]+(?:von[ \t]+(?:unserem|unserer|dem|der)|vom|des|der)(?![\p{L}])|(?:hierbij|hieronder|bijgaand)[^\n.?!]{0,20}de[ \t]+factuur[ \t]+van[ \t]+(?:de|het|onze)(?![\p{L}])|(?:adjunto|te[ \t]+paso|os[ \t]+paso)[ \t]+la[ \t]+factura[ \t]+(?:del|de[ \t]+la|de[ \t]+nuestro)(?![\p{L}])/iu;

/** Whether a signature's person is the document's customer: named after a buyer's label, or
 * writing that the invoice was received, or passing on a third party's ("Voici la facture du
 * traiteur", "forwarding the invoice from our cleaner", "anbei die Rechnung vom Handwerker"). */
function signerIsCustomer(text: string, name: string): boolean {
  if (RECEIVED_IT.test(text.slice(0, 300))) return true;
  // (or its surname alone, the household's or the firm's: "Client : M. et Mme Roussel" for a
  // message signed "Claire Roussel")
  const surname = name.split(/\s+/).at(-1) ?? '';
  for (const said of surname.length >= 3 && surname !== name ? [name, surname] : [name])
    for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + said.length)) {
      if (/\p{L}/u.test(text[at + said.length] ?? '')) continue;
      const before = lineBefore(text, at);
      if (/\p{L}$/u.test(before)) continue;
      if (BUYER_IN_FIELD.test(before) && before.length - before.search(BUYER_IN_FIELD) <= 40)
        return true;
    }
  return false;
}

/** How a name after a colon-less "from" (one word) is read: the weakest label. */
const WEAK_FROM = 'after "from", one word';

/** Words of a practice's name (a clinic's, a therapist's, a vet's). */
const PRACTICE_WORD =
  /(?<![\p{L}])(?:clinic|clinics|klinik|clinique|clínica|clinica|kliniek|practice|praxis|praktijk|cabinet|surgery|dental|dentistry|dentists?|zahnarzt\p{L}*|tandarts\p{L}*|health|medical|medicine|medizin\p{L}*|physio\p{L}*|fysio\p{L}*|therapy|therapies|therapie\p{L}*|therapeutics|chiro\p{L}*|wellness|care|centre|center|zentrum|osteo\p{L}*|podiat\p{L}*|optom\p{L}*|optic\p{L}*|opticians?|vet|vets|veterinary|tierarzt\p{L}*|hospital|pharmacy|apotheke|massage|counsell?ing|psycholog\p{L}*|psychiatr\p{L}*|rehab\p{L}*|ortho\p{L}*|p(?:a)?ediatr\p{L}*|associates|group|studio|smiles?|eye|skin|dermatolog\p{L}*|audiolog\p{L}*|hearing|speech|sports?|spine|pain|family)(?![\p{L}])/iu;
/** Words of an insurer's or a payer's name, which heads a claim, not an invoice. */
const INSURER_WORD =
  /(?<![\p{L}])(?:insurance|insurer|assurance|versicherung\p{L}*|krankenkasse|mutuelle|aseguradora|seguros?|health[ \t]+plan|medicare|medicaid)(?![\p{L}])/iu;

/**
 * From a signature to a company's line: a rule (dashes, equals) on a line of its own, then at most
 * the pasted document's title (a line of capitals or a document's name), then that company's line
 * (group 1): the document the sender pasted below the message, headed by its issuer.
 */
const PASTED_BELOW =
  /\n[ \t]*[-=_*]{5,}[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*[^\n\p{Ll}\d]{3,60}\n(?:[ \t]*\n)*)?([^\n]{3,120})$/u;
/** Whether a line starts with `name` and its street address ("Acme Ltd, 9 Mill Lane, …"). */
function withOwnAddress(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(
    `(?:^|\\n)[ \\t]*${escaped}[ \\t]*[,·|][ \\t]*(?:\\d{1,5}[a-z]?[ \\t]+\\p{L}|\\p{L}[\\p{L}.' -]{2,40}[ \\t]+\\d{1,5}[a-z]?(?![\\d.]))`,
    'u',
  ).test(text);
}
/** A letter of a script other than Latin (a name in it is not a Latin-lettered one). */
const NON_LATIN =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** A general partner's label before its name ("Komplementärin:", "general partner:"). */
const GENERAL_PARTNER =
  /(?<![\p{L}])(?:komplementär(?:in)?|persönlich[ \t]+haftende[ \t]+gesellschafter(?:in)?|general[ \t]+partner|associé[ \t]+commandité)[ \t]*:?[ \t]*$/iu;

/**
 * A tax or customs authority, as a document names it in a note or a footer ("the C79 certificate
 * from HMRC", "Processado por computador - Autoridade Tributária e Aduaneira", "gemeldet an das
 * Finanzamt"): the state that collects the tax, not the business that issued the invoice.
 */
const TAX_AUTHORITY = new RegExp(
  String.raw`^(?:the[ 	]+)?(?:HMRC|HM[ 	]+Revenue[ 	]*(?:&|and)[ 	]*Customs|IRS|Internal[ 	]+Revenue[ 	]+Service|` +
    String.raw`Canada[ 	]+Revenue[ 	]+Agency|Australian[ 	]+Taxation[ 	]+Office|Inland[ 	]+Revenue(?:[ 	]+Department)?|` +
    String.raw`Autoridade[ 	]+Tribut[áa]ria(?:[ 	]+e[ 	]+Aduaneira)?|Receita[ 	]+Federal(?:[ 	]+do[ 	]+Brasil)?|` +
    String.raw`Agencia[ 	]+(?:Estatal[ 	]+de[ 	]+Administración[ 	]+)?Tributaria|AEAT|Agenzia[ 	]+delle[ 	]+(?:Entrate|Dogane)\p{L}*|` +
    String.raw`(?:Haupt)?(?:Finanz|Zoll)amt(?:[ 	]+\p{L}+)?|Bundeszentralamt[ 	]+für[ 	]+Steuern|Skatteverket|Skatteetaten|Skattestyrelsen|` +
    String.raw`Verohallinto|Belastingdienst|Direction[ 	]+générale[ 	]+des[ 	]+(?:Finances[ 	]+publiques|douanes\p{L}*)|DGFiP|` +
    String.raw`Servicio[ 	]+de[ 	]+(?:Administración[ 	]+Tributaria|Impuestos[ 	]+Internos)|AFIP|ARCA|SUNAT|DIAN|ZATCA|IRAS|SARS|` +
    String.raw`ΑΑΔΕ|Ανεξάρτητη[ 	]+Αρχή[ 	]+Δημοσίων[ 	]+Εσόδων|Gelir[ 	]+İdaresi(?:[ 	]+Başkanlığı)?|ФНС(?:[ 	]+России)?|` +
    String.raw`Федеральная[ 	]+налоговая[ 	]+служба|国税庁|国家税务总局|국세청)\.?$`,
  'iu',
);

function vendor(text: string): Reading<string> | undefined {
  // (a company the document names its customer, "To: Millbrook Dental Practice Ltd", is no
  // issuer wherever else it stands: the customer's letterhead or signature above a forwarded
  // supplier's invoice; unless a vendor's label names it)
  const named = new Map<string, boolean>();
  let statement: boolean | undefined;
  const customer = (v: string) => {
    statement ??= statementOfSeveral(text);
    if (!named.has(v)) named.set(v, customerNamed(text, v, statement));
    return named.get(v)!;
  };
  const found = vendorCandidates(text);
  // (a tax or customs authority named in a note yields to any other name read: a bill the
  // authority issues itself names only it)
  const notAuthorities = found.filter((c) => !TAX_AUTHORITY.test(c.value.trim()));
  const issuers = notAuthorities.length > 0 ? notAuthorities : found;
  const all = issuers.filter(
    (c) =>
      (c.kind === 'label' || !customer(c.value)) &&
      // (a limited partnership's general partner named in its footer, "Komplementärin: Lumen
      // Verwaltungs-GmbH", is a part of the issuer, no rival to it)
      !(
        c.kind === 'legal' &&
        c.at !== undefined &&
        ((i) =>
          i >= 0 && GENERAL_PARTNER.test(text.slice(Math.max(lineAt(text, i).start, i - 60), i)))(
          text.indexOf(c.value, c.at),
        )
      ),
  );
  const chat = chatSender(text);
  if (chat) all.push(chat);
  const flat = flattenedTitleName(text);
  if (flat) all.push(flat);
  if (!all.length) return undefined;
  // a name after a colon-less "from" in a sentence ("a taxi from Gimpo") yields to one a label
  // with its colon names ("Merchant: …", "가맹점명: …")
  let best =
    (all[0].how === WEAK_FROM && all.find((c) => c.kind === 'label' && c.how !== WEAK_FROM)) ||
    all[0];
  // a person's signature whose surname names a company read elsewhere ("Ewan MacLeod" below
  // "MacLeod Electrical Services", "Anders Holm" below "Tømrerfirmaet Holm ApS"): the person signs
  // for the company, which issued the invoice
  // (…and a person holding the account a business is paid into, "t.n.v. S. de Vries" under
  // "Sanne de Vries Fotografie": the owner of the business named)
  // (the person read over is no rival to the business read for it)
  let owner: string | undefined;
  if ((best.kind === 'signature' || best.kind === 'holder') && !legalForm(best.value)) {
    const surname = squash(best.value.split(/\s+/).at(-1) ?? '');
    const company = all.find(
      (c) =>
        c !== best &&
        ['legal', 'letterhead', 'name', 'domain', 'registered'].includes(c.kind) &&
        !sameCompany(c.value, best.value) &&
        !squash(best.value).includes(squash(c.value)) &&
        surname.length >= 3 &&
        c.value.split(/\s+/).length >= 2 &&
        c.value.split(/[\s,]+/).some((w) => squash(w) === surname),
    );
    if (company) {
      owner = best.value;
      best = {
        ...company,
        confidence: Math.max(company.confidence, 0.8),
        how: `${company.how}, ${best.kind === 'holder' ? 'its account held' : 'signed'} by ${best.value}`,
      };
    }
  }
  // a person's signature whose name the document gives its customer ("Client : Mme Nathalie
  // Lemaire"), or below a message saying the invoice was received ("ik heb deze factuur
  // ontvangen"): the customer forwarding it signs, and the one company read issued it
  if (best.kind === 'signature' && !legalForm(best.value) && signerIsCustomer(text, best.value)) {
    const signer = best.value;
    // (not the customer's own company, signed below the signer's name: "Facilities Manager,
    // Oakridge Consulting Ltd")
    const closing = [...text.matchAll(new RegExp(CLOSING.source, 'gimu'))].at(-1);
    const signed = closing
      ? text
          .slice(closing.index + closing[0].length)
          .split('\n')
          .filter((l) => l.trim())
          .slice(0, 5)
          .join('\n')
      : '';
    const companies = all.filter(
      (c) =>
        (c.kind === 'legal' || c.kind === 'letterhead') &&
        !sameCompany(c.value, signer) &&
        !(signed.includes(signer) && signed.includes(c.value)),
    );
    if (companies.length && companies.every((c) => sameCompany(c.value, companies[0].value)))
      best = { ...companies[0], how: `${companies[0].how}, signed by its customer ${signer}` };
  }
  // (a name read and overruled: no rival to the one read over it)
  let overruled: string | undefined;
  // a practitioner labelled as the provider ("Provider: Dr Mei Tan") works for the company whose
  // letterhead heads the document ("Harbourside Dental Pty Ltd"), which issued the invoice
  if (best.kind === 'label' && PERSONAL_TITLE.test(best.value) && !legalForm(best.value)) {
    const company = all.find(
      (c) =>
        c.kind === 'legal' &&
        all.some((l) => l.kind === 'letterhead' && sameCompany(l.value, c.value)),
    );
    // (a practice's name without a legal form heading it, "Westside Physiotherapy" over
    // "Provider: Dr. Anna Cole", issues it too, less surely)
    const practitioner = best.value;
    // (a practice's name says what it practises: not a patient's name over her address, nor an
    // insurer's heading a claim)
    const practice = all.find(
      (c) =>
        c.kind === 'letterhead' &&
        PRACTICE_WORD.test(c.value) &&
        !INSURER_WORD.test(c.value) &&
        !PERSONAL_TITLE.test(c.value) &&
        !sameCompany(c.value, practitioner) &&
        !squash(c.value).includes(squash(practitioner.split(/\s+/).at(-1) ?? practitioner)),
    );
    if (company)
      best = {
        ...company,
        confidence: 0.8,
        how: `${company.how}, the letterhead's company over "${best.value}"`,
      };
    else if (practice) {
      overruled = practitioner;
      best = {
        ...practice,
        confidence: 0.75,
        how: `${practice.how}, the letterhead's practice over "${best.value}"`,
      };
    }
  }
  // the same name with its legal form, read elsewhere ("Receipt from Parcelbird" … "Parcelbird GmbH")
  const fuller = all.find(
    (c) =>
      c.value.length > best.value.length &&
      legalForm(c.value) &&
      !legalForm(best.value) &&
      (squash(c.value).startsWith(squash(best.value)) || abbreviates(best.value, c.value)) &&
      squash(best.value).length >= 4,
  );
  if (fuller) best = { ...best, value: fuller.value, how: `${best.how}, with its legal form` };
  // the letterhead's or a legal form's longer name that starts with it ("FRESHWAY" in a sentence,
  // "FRESHWAY SUPERMARKET" at the top)
  const longer = all.find(
    (c) =>
      (c.kind === 'letterhead' || c.kind === 'legal') &&
      c.value.length > best.value.length &&
      c.value.split(/\s+/).length <= 6 &&
      squash(c.value).startsWith(squash(best.value)) &&
      squash(best.value).length >= 4,
  );
  if (longer && !fuller)
    best = { ...best, value: longer.value, how: `${best.how}, as the ${longer.kind} writes it` };
  // an account's holder named short, its whole name within the legal form's name read at the top
  // ("t.n.v. De Wit & Zn." under "Installatiebedrijf De Wit & Zn. V.O.F."): the company's name
  // as it writes it
  const holderWords = best.value.split(/\s+/).length;
  const whole =
    best.kind === 'holder' &&
    !fuller &&
    !longer &&
    holderWords >= 2 &&
    all.find(
      (c) =>
        c.kind === 'legal' &&
        c.value.length > best.value.length &&
        c.value.split(/\s+/).length <= holderWords + 4 &&
        !!legalForm(c.value) &&
        ` ${c.value.toLowerCase()} `.includes(` ${best.value.toLowerCase()} `),
    );
  if (whole)
    best = { ...best, value: whole.value, how: `${best.how}, as its legal form writes it` };
  // an unlabelled name read on the same line as the reading is the same evidence, not another
  const line = (at?: number) => (at === undefined ? undefined : lineAt(text, at).start);
  // a bilingual letterhead: the company's name in Latin letters and in another script on one line,
  // a column's gap apart ("Al Noor Facilities Management L.L.C.      نور لإدارة المرافق ذ.م.م"): one
  // company, named as its Latin letters write it
  const latin = (s: string) => /\p{Script=Latin}/u.test(s) && !NON_LATIN.test(s);
  const twin = all.find(
    (c) =>
      c !== best &&
      c.kind === 'legal' &&
      best.kind === 'legal' &&
      c.at !== undefined &&
      line(c.at) === line(best.at) &&
      latin(c.value) !== latin(best.value) &&
      / {3,}|\t/.test(text.slice(Math.min(c.at, best.at ?? 0), Math.max(c.at, best.at ?? 0))),
  );
  if (twin) {
    const [kept, dropped] = latin(best.value) ? [best, twin] : [twin, best];
    best = { ...kept, confidence: Math.max(twin.confidence, best.confidence) };
    for (let n = all.length - 1; n >= 0; n--)
      if (all[n].kind === 'legal' && all[n].value === dropped.value) all.splice(n, 1);
  }
  const others = all.filter(
    (c) => c.kind !== best.kind && c.value !== overruled && c.value !== owner,
  );
  const support = new Set(
    others
      .filter(
        (c) =>
          sameCompany(c.value, best.value) &&
          !(
            (c.kind === 'name' || best.kind === 'signature') &&
            c.at !== undefined &&
            line(c.at) === line(best.at)
          ),
      )
      .map((c) => c.kind),
  );
  const rival = others.find(
    (c) => STRONG_KINDS.has(c.kind) && c.confidence >= 0.8 && !sameCompany(c.value, best.value),
  );
  let confidence = best.confidence;
  let how = best.how;
  // a name that spells the addressee's mailbox is the customer's (a reply signed by its team)
  const letters = squash(best.value);
  if (
    letters.length >= 5 &&
    recipientDomains(text).some((d) => d.includes(letters) || letters.startsWith(d))
  )
    return {
      value: best.value,
      confidence: Math.min(confidence, 0.5),
      how: `${how}, but it spells the addressee’s domain`,
    };
  if (support.size) {
    // two kinds of evidence agree: a guess becomes a reading, a reading a sure one
    confidence = Math.min(0.95, Math.max(confidence, 0.8) + 0.05 * support.size);
    how = `${how}; confirmed by ${[...support].join(', ')}`;
  } else if (rival && !(STRONG_KINDS.has(best.kind) && best.confidence > rival.confidence)) {
    confidence = Math.min(confidence, 0.6);
    how = `${how}; but ${rival.kind} reads "${rival.value}"`;
  } else if (
    best.kind === 'signature' &&
    all.some((c) => c.kind === 'legal' && !sameCompany(c.value, best.value))
  ) {
    // a signature's company and another company with its legal form above it: who signs may be
    // the customer forwarding its supplier's invoice ("… from our cleaning contractor" signed
    // "Office Manager | Nordlicht Software GmbH"), for a person to tell
    const other = all.find((c) => c.kind === 'legal' && !sameCompany(c.value, best.value));
    // (…and when the signature closes the message above a rule, and the other company heads the
    // document pasted below that rule, under its title at most: the document's issuer)
    const heads =
      other?.at !== undefined && best.at !== undefined && other.at > best.at
        ? PASTED_BELOW.exec(text.slice(best.at, lineAt(text, other.at).end))
        : null;
    // (…or when the company stands on the line under the signer's name and the message came from
    // its mailbox: "Paula Grant" / "McLean Joinery Ltd, 8 Dock Road" from accounts@mcleanjoinery…,
    // the sender signing for her own company)
    const under =
      other?.at !== undefined &&
      best.at !== undefined &&
      !legalForm(best.value) &&
      lineAt(text, other.at).start === lineAt(text, best.at).end + 1 &&
      text.slice(lineAt(text, other.at).start, other.at).trim() === '' &&
      senderDomains(text.slice(0, 2000)).some(
        (d) => d.length >= 4 && squash(other.value).startsWith(d.slice(0, Math.min(d.length, 8))),
      );
    if (other && under) {
      best = other;
      confidence = 0.8;
      how = `${other.how}, the company under its sender's signature`;
    }
    // (its heading line's first cell: "Kowhai Building Supplies Ltd        GST No. 123-456-789")
    else if (
      other &&
      heads &&
      heads[1]
        .trim()
        .split(/[ ]{3,}|\t/)[0]
        .trim() === other.value
    ) {
      best = other;
      confidence = 0.8;
      how = `${other.how}, heading the document pasted below the sender's signature`;
    } else {
      confidence = Math.min(confidence, 0.6);
      how = `${how}; but another company reads "${other?.value}"`;
    }
  } else if (
    best.kind === 'legal' &&
    best.at !== undefined &&
    inBody(text, best.at) &&
    // (a company's name alone on its line, the only company read, heads a block of its own: the
    // issuer's, as a PDF's text puts it after the invoice's labelled header)
    // (…or before its statement's or invoice's title and date: "Meridian Lab Supplies B.V. —
    // Statement date 30/04/2025")
    !(
      // (its abbreviated form's dot too: "… TİCARET LTD. ŞTİ.")
      (((line) =>
        line === best.value ||
        line === `${best.value}.` ||
        (line.startsWith(best.value) &&
          /^[ \t]*[—–|·-][ \t]*(?:statement|invoice|rechnung|facture|factura|factuur|faktura)\b/iu.test(
            line.slice(best.value.length),
          )) ||
        // (…or the first cell of its line, a box or a column's gap after it: an issuer's block
        // beside the invoice's number, "Papelera Sur S.A.        N° 0004-118", "… SpA   │ RUT …")
        line.split(/[ ]{3,}|\t|[ \t]*[│┃|][ \t]*/)[0].replace(/[.]$/, '') ===
          best.value.replace(/[.]$/, ''))(
        text.slice(lineAt(text, best.at).start, lineAt(text, best.at).end).trim(),
      ) ||
        // (…or starts a line with its own address, as an issuer's footer does: "Ashdown
        // Whitlock LLP, 9 Cathedral Yard, Exeter EX1 1HB")
        withOwnAddress(text, best.value)) &&
      !all.some((c) => c.kind === 'legal' && !sameCompany(c.value, best.value))
    )
  ) {
    confidence = Math.min(confidence, 0.68);
    how = `${how}, in the body`;
  } else if (best.kind === 'legal') {
    // two companies with a legal form, neither labelled, and nothing else to tell which issued it
    const other = all.find(
      (c) => c !== best && c.kind === 'legal' && !sameCompany(c.value, best.value),
    );
    if (other) {
      confidence = Math.min(confidence, 0.65);
      how = `${how}; but another company reads "${other.value}"`;
    }
  }
  // a person's name read without a label after a professional title ("Mtra. Mariana Ortega",
  // "Avv. Giulia Ferraresi", "Lic. Juan Pérez"): with the title or without it, the books' name
  // for the issuer is a person's call
  if (
    (best.kind === 'name' || best.kind === 'letterhead') &&
    PROFESSIONAL_TITLE.test(best.value) &&
    !legalForm(best.value)
  ) {
    confidence = Math.min(confidence, 0.65);
    how = `${how}, after a professional title`;
  }
  return { value: best.value, confidence: Math.round(confidence * 100) / 100, how };
}
/** A professional's title before a person's name ("Mtra.", "Lic.", "Ing.", "Avv.", "Dott.ssa"). */
const PROFESSIONAL_TITLE =
  /^(?:mtra|mtro|lic|licda?|ing|arq|avv|dott|dott\.ssa|dr|dra|prof|geom|arch|rag|notaio|me|c\.p)\.[ \t]*\p{Lu}/iu;

/**
 * Whether `at` stands in the body of a document: not among its first three or last three lines
 * that say something, nor on a line with a street, postcode or tax id (a company's line).
 */
function inBody(text: string, at: number): boolean {
  const line = lineAt(text, at);
  if (isAddress(text.slice(line.start, line.end).slice(at - line.start))) return false;
  const next = line.end < text.length ? lineAt(text, line.end + 1) : undefined;
  if (next && isAddress(text.slice(next.start, next.end))) return false;
  // (counted from the top of the document pasted below a note, if it is one)
  const cover = coverEnd(text);
  const before = text
    .slice(cover && line.start >= cover ? cover : 0, line.start)
    .split('\n')
    .filter((l) => l.trim()).length;
  const after = text
    .slice(line.end)
    .split('\n')
    .filter((l) => l.trim()).length;
  return before >= 3 && after >= 3;
}

/** Words that close a message; the lines after one are its signature. */
const CLOSING =
  /^[ \t]*(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|best|cheers|thanks(?:\s+again)?|thank\s+you|many\s+thanks|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|all\s+the\s+best|received\s+with\s+thanks|mit\s+(?:freundlichen|besten)\s+grüßen|(?:freundliche|viele|beste|liebe|herzliche)\s+grüße|dankend\s+erhalten|betrag\s+dankend\s+erhalten|cordialement|bien\s+(?:à\s+vous|cordialement)|salutations|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordiali\s+saluti|distinti\s+saluti|saluti|met\s+vriendelijke\s+groet(?:en)?|groeten|(?:med\s+)?vänliga\s+hälsningar|hälsningar|(?:med\s+)?venlig(?:\s+hilsen)?|(?:med\s+)?vennlig\s+hilsen|hilsen|ystävällisin\s+terveisin|terveisin|pozdrawiam|z\s+poważaniem|s\s+pozdravem|atenciosamente|cumprimentos|obrigad[oa])[ \t]*[,.!]?[ \t]*$/imu;
/** A signature's line that is a role or a department, not a name. */
/** A department or role a signature names beside the person ("Credit Control", "Accounts Receivable"). */
const SIGNED_ROLE =
  /^(?:credit[ \t]+control|accounts[ \t]+(?:receivable|payable)|forderungsmanagement|comptabilit[ée]|contabilidad|administraci[oó]n|boekhouding|debiteurenbeheer)$/iu;
const ROLE =
  /(?<![\p{L}])(?:manager|director|owner|founder|co-founder|proprietor|partner|accountant|accounts|department|dept|team|office|ceo|cfo|coo|sales|billing|finance|support|administrator|assistant|consultant|freelancer?|designer|photographer|developer|engineer|geschäftsführer\p{L}*|inhaber\p{L}*|inh(?=\.)|prop(?=\.)|buchhaltung|gérant\p{L}*|directeur|directrice|gerente|director[ae]?|titolare|eigenaar|ägare|omistaja|właściciel\p{L}*)(?![\p{L}])/iu;

/**
 * A closing in any language: a line of one to three words and a comma ("Ngā mihi,", "Un abrazo,")
 * with one to three lines below it that end the text, not its first line (a greeting's).
 */
function anyClosing(text: string): { index: number; 0: string } | undefined {
  const tail = text.trimEnd();
  const from = Math.max(0, tail.length - 400);
  const lines = tail.slice(from).split('\n');
  const starts: number[] = [];
  let offset = from;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  // the closing and the name on the text's last line ("Thanks, Jake's Yard Care")
  const last = lines.length - 1;
  const inline = INLINE_CLOSING.exec(lines[last]);
  if (last >= 1 && inline) return { index: starts[last] + inline[0].length, 0: '' };
  // …or after the last sentence of a message written on one line ("… so £1,320 in total. Cheers,
  // Dave Moss Plumbing"): the name to the text's end
  const after = CLOSING_AFTER_SENTENCE.exec(lines[last]);
  if (after) return { index: starts[last] + after.index + after[0].length, 0: '' };
  let below = 0;
  for (let k = lines.length - 1; k >= 1 && below <= 3; k--) {
    if (!lines[k].trim()) continue;
    if (below >= 1 && CLOSING_SHAPE.test(lines[k])) return { index: starts[k], 0: lines[k] };
    below++;
  }
  return undefined;
}
const CLOSING_SHAPE = /^[ \t]*\p{L}[\p{L}\p{M}'’]*(?:[ \t]+[\p{L}\p{M}'’]+){0,2},[ \t]*$/u;
/** A short thanks or greeting before a name on one line ("Thanks, Jake's Yard Care", "Cheers — Priya"). */
const INLINE_CLOSING =
  /^[ \t]*(?:many[ \t]+)?(?:thanks|thank[ \t]+you|cheers|(?:kind|best|warm)[ \t]+regards|regards|best|grazie|danke|merci|gracias|obrigad[oa]|bedankt|tack|takk|kiitos)[ \t]*[,!–—-]+[ \t]*(?=\p{Lu})/iu;

/** A closing after a sentence's end on the last line, the name after it to the line's end. */
const CLOSING_AFTER_SENTENCE =
  /(?<=[.!?][ \t]+)(?:many[ \t]+)?(?:thanks|thank[ \t]+you|cheers|(?:kind|best|warm)[ \t]+regards|regards|best|grazie|danke|merci|gracias|obrigad[oa]|bedankt|tack|takk|kiitos)[ \t]*[,!–—-]+[ \t]*(?=\p{Lu}[^\n\d.!?]{1,60}$)/iu;

/** The names in a message's signature, the company's first (for the vendor's evidence). */
function signature(text: string, domains: string[]): VendorCandidate | undefined {
  const closing = [...text.matchAll(new RegExp(CLOSING.source, 'gimu'))].at(-1) ?? anyClosing(text);
  if (!closing) return undefined;
  const lines = text
    .slice(closing.index + closing[0].length)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
  const names: string[] = [];
  // a signature's line may hold its name, role, company and address between separators
  // ("Maria López | Office Manager | Verde Catering S.L.", "Webdesign Feld · Str. 40 · …")
  // (…or between commas when one of them is a role: "Martin Oakes, Credit Control, Harrowgate
  // Textiles Ltd")
  const parts = lines
    .slice(0, 5)
    .flatMap((whole) => whole.split(/[·|•]|\s[-–—]\s/).map((p) => p.trim()))
    .flatMap((part) => {
      const commas = part.split(/,[ \t]+/);
      return commas.length > 2 && commas.some((c) => ROLE.test(c) || SIGNED_ROLE.test(c))
        ? commas
        : [part];
    });
  for (const line of parts) {
    if (!line || /@|www\.|https?:|\d/.test(line) || ROLE.test(line) || ADDRESSEE.test(line))
      continue;
    const name = cleanName(line);
    if (looksLikeName(name) || /^\p{Lu}[\p{L}\p{M}&'’.-]{2,30}$/u.test(name)) names.push(name);
    else if (legalForm(name) && /^\p{Lu}/u.test(name) && name.length <= 60) names.push(name);
  }
  if (!names.length) return undefined;
  const company = names.find((n) => legalForm(n));
  // (up to its legal form: "Keller Sprachdienste GmbH, Zürich" signs with its town after it)
  if (company)
    return {
      value: upToLegalForm(company),
      confidence: 0.9,
      how: 'signature, legal form',
      kind: 'signature',
    };
  const spelt = names.find((n) =>
    [squash(n), domainSpelling(n)].some(
      (letters) =>
        letters.length >= 5 && domains.some((d) => d.includes(letters) || letters.startsWith(d)),
    ),
  );
  if (spelt)
    return {
      value: fullNameOf(spelt, text, domains),
      confidence: 0.9,
      how: 'signature, sender’s domain',
      kind: 'signature',
    };
  // a person signs above the company; a first name alone is no vendor
  const full = names.filter((n) => n.includes(' '));
  if (!full.length) return undefined;
  return {
    value: full.at(-1)!,
    confidence: full.length > 1 ? 0.75 : 0.7,
    how: full.length > 1 ? 'signature, below the sender' : 'signature',
    kind: 'signature',
  };
}

/**
 * A first name signed alone ("Thanks, Niamh") written in full elsewhere ("From: Niamh Brennan",
 * "NIAMH BRENNAN" heading the invoice) when the sender's domain spells the fuller name
 * ("niamhbrennanwrites.ie"): the fuller name, as the text first writes it.
 */
function fullNameOf(first: string, text: string, domains: string[]): string {
  if (/\s/.test(first)) return first;
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (a surname after its particles, lower case, counts too: "Sanne de Wit", "Jan van der Berg")
  const written = new RegExp(
    `(?<![\\p{L}\\p{M}])${escaped}[ \\t]+(?:(?:van|von|de|der|den|di|da|du|del|della|dos|das|le|la|ten|ter|zu)[ \\t]+){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}(?![\\p{L}\\p{M}])`,
    'giu',
  );
  for (const m of text.matchAll(written)) {
    const name = m[0].replace(/[ \t]+/, ' ');
    if (domains.some((d) => d.includes(squash(name)))) return name;
  }
  return first;
}

/** A closing line signed by a company's team ("— The Notably Team", "Your Lumen Fibre team"). */
const TEAM_SIGNATURE =
  /(?:^|\n)[ \t]*(?:[-–—]+[ \t]*)?(?:the|your)[ \t]+(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\d&'’.-]*){0,3})[ \t]+(?:team|crew|support\s+team)[ \t]*[.!]?[ \t]*(?=\n|$)/giu;

/** A company signing as its team, the team named first ("L'équipe Free", "El equipo de Luzia"). */
const TEAM_FIRST_SIGNATURE =
  /(?:^|\n)[ \t]*(?:[-–—]+[ \t]*)?(?:l['’][ \t]?équipe(?:[ \t]+(?:de|d['’]))?|toute[ \t]+l['’]équipe(?:[ \t]+(?:de|d['’]))?|el[ \t]+equipo(?:[ \t]+de)?|il[ \t]+team(?:[ \t]+di)?|(?:ihr|euer|dein|das)[ \t]+team[ \t]+(?:von|der|des)|het[ \t]+team[ \t]+van|o[ \t]+time[ \t]+(?:da|do|de)|a[ \t]+equipa[ \t]+(?:da|do|de))[ \t]*(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\d&'’.-]*){0,3})[ \t]*[.!]?[ \t]*(?=\n|$)/giu;
const TEAM_SIGNATURE_DE =
  /(?:^|\n)[ \t]*(?:ihr|euer|dein)[ \t]+(\p{Lu}[\p{L}\p{M}\d&'’.]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\d&'’.]*){0,3})[- ]team[ \t]*[.!]?[ \t]*(?=\n|$)/giu;

/** "for Bharat Traders" above "Authorised Signatory": who signs for the issuer. */
const SIGNED_FOR =
  /(?:^|\n)[ \t]*(?:for(?:\s+and\s+on\s+behalf\s+of)?|für|pour|per|por)[ \t]+(\p{Lu}[^\n]{1,60}?)[ \t]*\n[ \t]*(?:\(?\s*)?(?:authori[sz]ed\s+signat\w+|signature|proprietor|partner|director)/giu;

/** A chat's line: its time (and date) and the speaker's name ("[10:14] Wei Ling Tan: …", "10:14 - Ana: …"). */
const CHAT_LINE =
  /^[ \t]*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?\]?[ \t]*(?:[-–][ \t]*)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})[ \t]*:[ \t]*(.*)$/u;
/** A speaker sending the invoice: "sending over invoice …", "here's my bill", "attached the invoice". */
const SENDS_INVOICE = new RegExp(
  `(?<![\\p{L}])(?:send(?:ing)?|sent|here(?:'s|’s|\\s+is)|attach(?:ed|ing)?|please\\s+find|my|ecco|allego|in\\s+allegato|ti\\s+mando|anbei|hier\\s+(?:ist|die|meine)|meine|voici|ci-joint|je\\s+vous\\s+envoie|ma|adjunto|te\\s+(?:envío|mando)|aquí\\s+(?:está|tienes)|mi|segue|em\\s+anexo|minha|hierbij|bijgaand|mijn|här\\s+är|bifogar|min|vedlagt)(?![\\p{L}])[^\\n]{0,30}?(?<![\\p{L}])(?:${DOCUMENT})(?![\\p{L}])`,
  'iu',
);

/** A request or a question: "can you send me the invoice?", "pls send the bill". */
const ASKS =
  /\?|(?<![\p{L}])(?:can|could|would|will|please|pls|plz)[ \t]+(?:you[ \t]+)?(?:re)?send/iu;

/**
 * A chat pasted as it is ("[10:14] Wei Ling Tan: hey! sending over invoice INV-0091 …"): the
 * speaker who sends the invoice issued it, where nothing else names its issuer.
 */
function chatSender(text: string): VendorCandidate | undefined {
  let chatLines = 0;
  let sender: { name: string; at: number } | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const m = line.trim() ? CHAT_LINE.exec(line.slice(0, 400)) : undefined;
    if (m) {
      chatLines++;
      // one who asks for it ("can you send the invoice?") is its customer
      if (!sender && SENDS_INVOICE.test(m[2]) && !ASKS.test(m[2]))
        sender = { name: m[1], at: at + line.indexOf(m[1]) };
    } else if (line.trim()) return undefined;
    at += line.length + 1;
  }
  if (!sender || chatLines < 2 || notAName(sender.name)) return undefined;
  return {
    value: sender.name,
    confidence: 0.8,
    how: 'chat speaker who sends it',
    kind: 'chat',
    at: sender.at,
  };
}

/** An e-mail's From: line whose display name spells its own domain ("Parcelbird <x@parcelbird.com>"). */
/** A department after a company's name in its mailbox's display name ("Acme Billing"). */
const DEPARTMENT =
  /[ \t]+(?:billing|accounts(?:[ \t]+receivable)?|accounting|invoices?|invoicing|payments?|receivables|sales|support|customer[ \t]+(?:service|care)|notifications?|no-?reply|buchhaltung|rechnungs?(?:stelle|wesen)?|facturation|comptabilité|facturación|contabilidad|fatturazione|amministrazione|facturatie|boekhouding)$/iu;

function senderName(text: string): VendorCandidate | undefined {
  const m =
    /^[ \t]*(?:from|von|de|från|fra|van)[ \t]*:[ \t]*"?([^<"\n@]+?)"?[ \t]*<[^@\s>]+@([^>\s]+)>/im.exec(
      text,
    );
  if (!m || /^[ \t]*(?:subject|betreff|objet|asunto)[ \t]*:[^\n]*\b(?:fwd?|wg|tr)\s*:/im.test(text))
    return undefined;
  // the company's department that mails it is no part of its name ("NameHarbor Billing")
  const name = cleanName(m[1].trim()).replace(DEPARTMENT, '');
  const letters = squash(name);
  const domain = squash(m[2].split('.').slice(-2, -1)[0] ?? '');
  if (letters.length < 4 || !domain || !(domain.includes(letters) || letters.startsWith(domain)))
    return undefined;
  return { value: name, confidence: 0.85, how: 'e-mail sender', kind: 'sender' };
}

/**
 * A sentence's words up to "from", "by" (and their kin) before a company's name. Dutch and German
 * "van", "von" only in lower case: capitalised they begin a name ("Van Dijk Installatietechniek
 * B.V.", "Von Ardenne GmbH").
 */
const BY_WHOM =
  /^.*\b(?:[Ff][Rr][Oo][Mm]|[Bb][Yy]|[Ff][Rr][ÅåAa][Nn]|[Ff][Rr][Aa]|[Dd][Oo][Oo][Rr]|[Pp][Aa][Rr]|van|von)\s+/;

/** A role, not a name: "im Auftrag des Verkäufers", "on behalf of the seller". */
const ROLE_NOUN =
  /^(?:the[ \t]+)?(?:seller|vendor|merchant|supplier|retailer|verkäufer[sn]?|händler[sn]?|anbieter[sn]?|lieferanten?|vendeur|vendedor|venditore|verkoper|leverancier|fournisseur|proveedor|fornitore)$/iu;

/** The four lines either side of a line (at most 400 characters each way): a mail header's block. */
function headerAround(text: string, start: number, end: number): string {
  const before = text
    .slice(Math.max(0, start - 400), start)
    .split('\n')
    .slice(-5)
    .join('\n');
  const after = text
    .slice(end, end + 400)
    .split('\n')
    .slice(0, 5)
    .join('\n');
  return `${before}${text.slice(start, end)}${after}`;
}

/** A line under a letterhead naming the company that runs the brand (see vendorCandidates). */
const OPERATED_BY =
  /^[ \t]*(?:(?:(?:owned[ \t]+and[ \t]+)?operated|run|owned)[ \t]+by|betrieben[ \t]+(?:von|durch)|exploitée?[ \t]+par|gestit[oa][ \t]+da|operad[oa][ \t]+por|geëxploiteerd[ \t]+door|drevet[ \t]+av|drivs[ \t]+av)[ \t]*:?[ \t]+(?=\p{Lu})/iu;

/** The line of the first four (after the first) that says who operates the brand, and where. */
function operatedBy(text: string): number | undefined {
  // (the document's, below the note it was pasted under if any)
  let at = coverEnd(text);
  const lines = text.slice(at, at + 800).split('\n', 4);
  for (let i = 0; i < lines.length; i++) {
    const m = i > 0 ? OPERATED_BY.exec(lines[i]) : null;
    if (m) return at + m[0].length;
    at += lines[i].length + 1;
  }
  return undefined;
}

function vendorCandidates(text: string): VendorCandidate[] {
  const out: VendorCandidate[] = [];
  // "Prepared by an agent on behalf of X": X issued it, whatever label names the agent
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:on\s+behalf\s+of|im\s+auftrag\s+(?:von|der|des)|au\s+nom\s+(?:de|du)|en\s+nombre\s+de|per\s+conto\s+di)[ \t]*:?[ \t]*/giu,
  )) {
    // (charges "collected on behalf of" another are the collector's bill: the other issued none)
    if (
      /(?<![\p{L}])(?:collect\p{L}*|einge(?:zogen|hoben)|encaiss\p{L}*|perçu\p{L}*|recaudad\p{L}*|riscoss\p{L}*)[ \t]*$/iu.test(
        text.slice(Math.max(0, m.index - 24), m.index),
      )
    )
      continue;
    const name = nameAfter(text, m.index + m[0].length);
    if (name && !ROLE_NOUN.test(name))
      out.push({ value: name, confidence: 0.9, how: 'on whose behalf', kind: 'phrase' });
  }
  // an invoice assigned to a factor ("this invoice has been assigned to Fastfund Finance Pty Ltd",
  // "Forderung abgetreten an"): whom it is paid to is the factor, not its issuer
  const assigned = ASSIGNED.test(text.slice(0, 20000));
  // (whether it is a fare's receipt, asked once: not again for each "From:" of a long text)
  let trip: boolean | undefined;
  // (the letterhead a payee's label is checked against, read at the first)
  let payeeHead: string | undefined | null = null;
  for (const m of text.matchAll(VENDOR_LABEL)) {
    if (assigned && PAYEE_LABEL.test(m[0])) continue;
    // an e-mail's "From:" line names a mailbox, not the vendor: its address, or its sender's name
    // in a header with a subject (who sent it may be the customer forwarding the invoice)
    const line = lineAt(text, m.index);
    // (a mailbox's address, not any "@": "6 days @ €320" prices a line of a one-line invoice)
    if (/[\w.+-]@[\w-]+\.\w/.test(text.slice(line.start, line.end))) continue;
    if (
      /^[ \t]*(?:from|von|från|fra|de|van|od|da)[ \t]*:/i.test(text.slice(line.start, line.end)) &&
      /^[ \t]*(?:subject|sent|cc|betreff|gesendet|objet|envoyé|asunto|enviado|ämne|emne|onderwerp|verzonden|temat|oggetto|inviato)[ \t]*:/im.test(
        // (the header's own lines around it: an invoice's "From:" further down a forwarded
        // message, below its "INVOICE #0047", labels the vendor)
        headerAround(text, line.start, line.end),
      )
    )
      continue;
    // who paid or ordered is the customer: "payment received from X", "paid by Visa", "payé par"
    const said = text.slice(Math.max(line.start, m.index - 24), m.index);
    // …but "your order from X", "you bought from X" name the shop
    if (
      PAYER_BEFORE.test(said) &&
      !/(?:your|you)\s+(?:\p{L}+\s+)?(?:order(?:ed)?|purchase[sd]?|bought)\s*$/iu.test(said)
    )
      continue;
    // "From: Heathrow T5   To: Paddington" on a fare's receipt is a trip's route, not its parties
    if (
      /^(?:from|von|de|van|da|fra|från|od)(?![\p{L}])/iu.test(m[0]) &&
      /(?<![\p{L}])(?:to|nach|à|a|naar|til|till|do)[ \t]*:/iu.test(
        text.slice(m.index + m[0].length, line.end),
      ) &&
      (trip ??= TRIP.test(text))
    )
      continue;
    // a label's last word that ends a customer's label ("A nombre de:", "Emitida a nombre de:")
    if (
      /^(?:de|da|van|od)\b/i.test(m[0]) &&
      BUYER_IN_FIELD.test(text.slice(Math.max(line.start, m.index - 30), m.index + m[0].length))
    )
      continue;
    // a route's end after its arrow or dash ("SIN → FRA", "SIN-FRA"): a place's code, not a label
    if (
      !/[:]/.test(m[0]) &&
      /(?:→|->|⇒|➔)[ \t]*$|\p{Lu}[-–]$/u.test(
        text.slice(Math.max(line.start, m.index - 6), m.index),
      )
    )
      continue;
    // a Czech or Slovak "Host:" is the guest ("Host: Marco Bianchi, pokoj 5"), not the host
    if (/^host/i.test(m[0]) && CZECH_OR_SLOVAK.test(text)) continue;
    // a marketplace's invoice of its fees to a seller on it ("TAX INVOICE - Seller Service Fees"
    // / "Seller: Makan Gifts LLP" / "Seller Username: …"): the seller is the one billed
    if (/^seller/i.test(m[0]) && MARKETPLACE_FEES.test(text)) continue;
    // "Company:" inside the customer's block ("Bill to / Name: … / Company: …") is the customer's
    if (/^(?:company|store|shop)/i.test(m[0]) && inBuyerBlock(text, line.start)) continue;
    // "From" in a sentence ("a quote from", "Invoice 12 from X") is a label only before a name
    const name = nameAfter(text, m.index + m[0].length, m.index);
    if (!name) continue;
    // a label without its colon ("from", "von", "par") is a word of a sentence as often; after
    // it, one word is a weak name
    const colon = /[:\-–]/.test(m[0]);
    // "Von" opening a line before a company's name is the name's ("Von Berg Immobilien GmbH")
    if (!colon && /^Von\b/.test(m[0]) && !text.slice(line.start, m.index).trim() && legalForm(name))
      continue;
    // a journey's start with its end labelled on its line or the next ("Von: Stuttgart-Feuerbach"
    // / "Nach: Flughafen Stuttgart", a taxi's receipt; "Van: Utrecht CS  Naar: Schiphol"): a
    // place, not a sender (an e-mail's "Von:" is followed by "An:", not "Nach:")
    if (
      /^(?:from|von|van|de|da|od|fra|från)(?![\p{L}])/iu.test(m[0]) &&
      /(?<![\p{L}])(?:nach|naar|ziel|destination|destino|hacia|vers)[ \t]*:/iu.test(
        text
          .slice(m.index, Math.min(line.end + 200, m.index + 400))
          .split('\n', 2)
          .join('\n'),
      )
    )
      continue;
    // a till's salesperson ("14/03/25 16:41   Vendeur: Nadia", "Verkäufer: Jonas   Kasse 3"): a
    // first name alone after a seller's label on a line with a time or a till's words is who
    // served, not the shop
    // (…or initials, with the till's time after them: "Caisse 02   Vendeur: CL  09h31")
    if (
      SALESPERSON_LABEL.test(m[0]) &&
      /^(?:\p{Lu}[\p{Ll}\p{M}'’-]{1,15}|\p{Lu}{1,3})(?:[ \t]+\d{1,2}[h:]\d{2})?$/u.test(name) &&
      TILL_LINE.test(text.slice(line.start, line.end))
    )
      continue;
    // a stay's host or a landlord named by a first name alone ("Host: Maria" on a platform's
    // receipt): a person the platform names, doubtful as the issuer
    if (
      /^(?:host|landlord|vermieter(?:in)?|gastgeber(?:in)?|bailleur|arrendador|locatore|verhuurder)\b/iu.test(
        m[0],
      ) &&
      /^\p{Lu}[\p{Ll}\p{M}'’-]{1,15}$/u.test(name)
    ) {
      out.push({ value: name, confidence: 0.6, how: 'labelled, a first name alone', kind: 'name' });
      continue;
    }
    // (a sole trader's name with the trade after its dash: "From: Maria Köhler – Fotografie")
    const traded = withTrade(text, text.indexOf(name, m.index + m[0].length), name);
    // a payee without a legal form under a letterhead naming another business ("JM VIDEO EDITS"
    // / "Jake Morrison | ABN …" … "pay to: JM Morrison, BSB …"): the owner's account, the
    // letterhead's business the issuer, for a person to tell
    if (PAYEE_LABEL.test(m[0]) && !legalForm(traded)) {
      // (read once: a text of many payees' labels reads its letterhead once)
      if (payeeHead === null) {
        const cover = coverEnd(text);
        const read = letterhead(text) ?? (cover ? letterhead(text.slice(cover)) : undefined);
        // (a letterhead of two words or more: one may be the document's title, "HONORARNOTE")
        payeeHead =
          read && /\S[ \t]+\S/.test(read) && !customerNamed(text, read) ? read : undefined;
      }
      const head = payeeHead;
      if (head && !sameCompany(head, traded)) {
        out.push({
          value: traded,
          confidence: 0.6,
          how: `labelled as the payee, but the letterhead reads "${head}"`,
          kind: 'label',
        });
        continue;
      }
    }
    if (colon || name.includes(' '))
      out.push({ value: traded, confidence: 0.9, how: 'labelled', kind: 'label' });
    // (not a code after "from" in a sentence, "credit from CN-2024-0091": a document's number)
    // (nor a currency's code, "… from USD 120")
    else if (!/\d/.test(name) && !ISO_4217.has(name))
      out.push({ value: name, confidence: 0.75, how: WEAK_FROM, kind: 'label' });
  }
  // a business named before its owner on a letterhead's line ("Fotostudio Lichtblick · Inh. Sara
  // Wolf · Bahnhofstr. 2", "Bella Vista, Prop. J. Russo")
  for (const m of text.matchAll(
    /(?:^|\n)[ \t]*(\p{Lu}[^\n·•|,]{2,60}?)[ \t]*(?:[·•|,]|[ \t][-–][ \t])[ \t]*(?:inh\.|inhaber(?:in)?\b|owner\b|prop\.|proprietor\b|titolare\b|propriétaire\b|eigenaar\b)/giu,
  )) {
    const name = cleanName(m[1]);
    const at = m.index + m[0].indexOf(m[1]);
    if (name && !buyerBefore(text, at) && (looksLikeName(name) || legalForm(name)))
      out.push({ value: name, confidence: 0.85, how: 'before its owner', kind: 'label' });
  }
  // (…registered, with its number or tax id: "registered in Ireland no. 612345", "VAT No.")
  // "Brightbean is a trading name of Harcourt Roasters Limited": two names for one vendor, the
  // company behind the brand read, and a person to decide which the books want
  const brand =
    /(\p{Lu}[\p{L}\p{M}&'’. -]{1,40}?)\s+is\s+(?:a\s+)?(?:trading\s+name|brand|division|part)\s+of\s+(\p{Lu}[^\n,;]{1,60})/u.exec(
      text,
    );
  const behind = brand && cleanName(upToLegalForm(nameOnly(brand[2].trim())));
  // a brand's letterhead with the company that runs it on its own line under it ("CENTRAL SQUARE
  // PARKING" / "Operated by Metro Park Systems, Inc.", "Betrieben von …", "Exploité par …"): the
  // company, a legal form its own, issued the receipt
  const operator = operatedBy(text);
  const runner = operator === undefined ? undefined : nameAfter(text, operator);
  if (runner && legalForm(runner))
    out.push({
      value: runner,
      confidence: 0.8,
      how: 'the company operating the brand above it',
      kind: 'phrase',
    });
  if (brand && behind) {
    // (a trading name's or a division's company with its legal form, "… is a trading name of
    // Harcourt Roasters Limited, registered in Ireland no. 612345": the legal person that issues
    // the invoice, as "Harcourt Roasters Limited t/a Brightbean" says; a group it is part of, or
    // a brand's owner, may not be)
    const legal =
      /trading\s+name|division/i.test(brand[0]) &&
      !!legalForm(behind) &&
      REGISTERED_AS.test(text.slice(brand.index, brand.index + brand[0].length + 160));
    out.push({
      value: behind,
      confidence: legal ? 0.8 : 0.65,
      how: `the company behind "${brand[1].trim()}"${legal ? ', its legal form' : ''}`,
      kind: 'phrase',
    });
    return out;
  }
  // a heading naming the vendor's block ("Datos del emisor", "Supplier details") above the name
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (blockLabel(line) !== 'vendor' || /[:\-–][ \t]*\S/.test(line)) continue;
    const name = nameAfter(text, start + line.length);
    if (name)
      out.push({ value: name, confidence: 0.9, how: 'below the vendor’s heading', kind: 'label' });
  }
  for (const m of text.matchAll(VENDOR_PHRASE)) {
    // a company with its legal form trading under a brand ("Medsupply Wales Ltd t/a Cambrian
    // Clinical", "Dlamini Electrical (Pty) Ltd trading as BrightSpark"): the legal name is the
    // issuer the books keep; a person trading as a business ("J. Patel trading as Patel
    // Electrical") is named by the business
    if (/^(?:trading|t\/a|d\/b\/a|doing)/i.test(m[0])) {
      const before = text
        .slice(Math.max(lineAt(text, m.index).start, m.index - 200), m.index)
        .replace(/^.*(?:[|·•:;]|\s[-–—]\s|[ ]{3,}|\t)/, '')
        .trim();
      const legal = legalForm(before);
      const company = cleanName(before);
      if (
        legal &&
        legal.index > 0 &&
        upToLegalForm(before) === before.replace(/,$/, '') &&
        looksLikeName(company.replace(/[()]/g, ''))
      ) {
        out.push({
          value: company,
          confidence: 0.85,
          how: `the company before "${m[0].trim()}"`,
          kind: 'phrase',
        });
        continue;
      }
    }
    const name = beforeFullStop(nameAfter(text, m.index + m[0].length));
    if (name)
      out.push({ value: name, confidence: 0.85, how: `after "${m[0].trim()}"`, kind: 'phrase' });
  }
  // "The Notably Team", "— Your Lumen team": a company signing as its team
  // (in the languages that name the team first: "L'équipe Free", "Ihr Stadtwerke-Team")
  for (const m of [
    ...text.matchAll(TEAM_SIGNATURE),
    ...text.matchAll(TEAM_FIRST_SIGNATURE),
    ...text.matchAll(TEAM_SIGNATURE_DE),
  ]) {
    const name = cleanName(m[1].trim());
    if (name && !NOT_NAME.test(name) && !notAName(name) && !TEAM_WORD.test(name))
      out.push({ value: name, confidence: 0.8, how: 'signed as its team', kind: 'signature' });
  }
  for (const m of text.matchAll(SIGNED_FOR)) {
    const name = cleanName(upToLegalForm(m[1].trim()));
    if (name && !NOT_NAME.test(name) && !notAName(name))
      out.push({ value: name, confidence: 0.85, how: 'signed for', kind: 'phrase' });
  }
  for (const m of text.matchAll(ACCOUNT_HOLDER)) {
    const line = lineAt(text, m.index);
    // bank details on the holder's line or the next
    const next = text.slice(line.end + 1, lineAt(text, Math.min(text.length, line.end + 1)).end);
    if (!BANK_WORDS.test(text.slice(line.start, line.end)) && !BANK_WORDS.test(next)) continue;
    const name = nameAfter(text, m.index + m[0].length);
    if (name && !ADDRESSEE.test(text.slice(m.index + m[0].length).trimStart()))
      out.push({ value: name, confidence: 0.85, how: 'bank account holder', kind: 'holder' });
  }
  // a payee's heading alone on its line, the account's IBAN under it and its holder's name below,
  // as a Swiss QR bill's receipt writes it ("Konto / Zahlbar an" / "CH44 3199 …" / "Schreinerei
  // Zbinden AG", "Compte / Payable à", "Conto / Pagabile a", "Account / Payable to")
  for (const m of text.matchAll(
    /(?:^|\n)[ \t]*(?:(?:konto|compte|conto|account)[ \t]*\/[ \t]*)?(?:zahlbar[ \t]+an|payable[ \t]+(?:à|to)|pagabile[ \t]+a|zahlungsempfänger(?:in)?|begünstigter|bénéficiaire|beneficiario|beneficiary|payee)[ \t]*:?[ \t]*\n(?:[ \t]*(?:iban[ \t]*:?[ \t]*)?[A-Z]{2}\d{2}(?:[ ]?[A-Z\d]{1,4}){3,8}[ \t]*\n)?/giu,
  )) {
    if (assigned) break;
    const name = nameAfter(text, m.index + m[0].length);
    if (name && !ADDRESSEE.test(`${name} `) && !BANK_WORDS.test(name))
      out.push({ value: name, confidence: 0.85, how: 'under the payee’s heading', kind: 'holder' });
  }
  // the Dutch "ten name van" after an account's number ("op NL91 RABO 0312 4456 78 t.n.v. Van
  // Dijk Installatietechniek B.V."): the account's holder, who is paid
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:t\.[ ]?n\.[ ]?v\.|ten[ \t]+name[ \t]+van)[ \t]*:?[ \t]*/giu,
  )) {
    const said = text.slice(Math.max(0, m.index - 80), m.index);
    if (!/[A-Z]{2}\d{2}[ ]?[A-Z]{4}|rekening|iban|\d{3}[ .]?\d{3}[ .]?\d{3}/iu.test(said)) continue;
    const name = nameAfter(text, m.index + m[0].length);
    if (name && !ADDRESSEE.test(`${name} `))
      out.push({ value: name, confidence: 0.85, how: 'account held in its name', kind: 'holder' });
  }
  // a name just before a sort code, an account number or an IBAN: the account's name, a weak
  // reading ("bank details: (Oak & Iron Fencing, 30-99-50 12345678)"), for a person to check
  for (const m of text.matchAll(
    /(?:^|[(:\n])[ \t]*(\p{Lu}[\p{L}\p{M}&'’. -]{2,50}?),?[ \t]+(?:\d{2}-\d{2}-\d{2}\b|IBAN\b|[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}\b)/gu,
  )) {
    const name = cleanName(m[1]);
    // "Bank: Revolut Ltd, IBAN …" names the bank, not the account's holder
    const said = text.slice(
      lineAt(text, m.index + m[0].indexOf(m[1])).start,
      m.index + m[0].indexOf(m[1]),
    );
    if (
      /(?<![\p{L}])(?:bank|banque|banco|banca|bankverbindung|kreditinstitut)\p{L}*(?:[ \t]+name)?[ \t]*:?[ \t]*$/iu.test(
        said,
      )
    )
      continue;
    if (looksLikeName(name) && !THIRD_PARTY.test(name) && !BANK_WORDS.test(name))
      out.push({ value: name, confidence: 0.65, how: 'before bank details', kind: 'name' });
  }
  // "X is registered in England and Wales", "X is incorporated in…": a company's own statement
  const registered =
    /(?:^|\n|[.!]\s+)[ \t]*(\p{Lu}[\p{L}\p{M}\d&'’., -]{1,60}?)\s+(?:is|are)\s+(?:a\s+(?:\p{L}+\s+)?)?(?:registered|incorporated)\b|(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}\d&'’., -]{1,60}?)[.,]?\s+registered\s+(?:in|office|no)\b/iu.exec(
      text,
    );
  const stated = registered && (registered[1] ?? registered[2]).trim().replace(/,$/, '');
  const company = stated && nameOnly(stated);
  // (a sentence on the line above "Registered in …" is no name: "Please quote the invoice number
  // as your reference." / "Registered in England & Wales No. …" left only "Please", its first word)
  const cut =
    !!stated && !!company && company.split(/\s+/).length === 1 && stated.split(/\s+/).length > 1;
  if (
    !cut &&
    ((company && looksLikeName(company)) || (company && /^\p{Lu}[\p{L}\p{M}]{3,}$/u.test(company)))
  )
    out.push({
      value: cleanName(company),
      confidence: 0.85,
      how: 'registered company',
      kind: 'registered',
    });
  // "© 2025 Loomstack, Inc. All rights reserved": the company's own footer
  const copyright =
    /(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:[-–]\d{2,4})?)?[ \t]*(\p{Lu}[^\n]{1,60})/iu.exec(text);
  const owner =
    copyright &&
    cleanName(upToLegalForm(nameOnly(copyright[1].replace(/,(?=\s*(?:inc|ltd|llc)\b)/i, ''))));
  if (
    owner &&
    (looksLikeName(owner) || /^\p{Lu}[\p{L}\p{M}]{3,}$/u.test(owner) || legalForm(owner))
  )
    out.push({ value: owner, confidence: 0.85, how: 'copyright', kind: 'registered' });
  const domains = senderDomains(text);
  const signed = ((r) => {
    // (a person's name and a comma before the company signed, on one line: "Ana Tuhiwai, Rata
    // Homes Ltd" signs for the company, which is the name read)
    const firm =
      r &&
      /^\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]+){1,2},[ \t]+(\p{Lu}.+)$/u.exec(
        r.value,
      );
    // (not a company's own name and its form after a comma, "Brassworks Metal, LLC": the form
    // alone after the comma names no firm)
    return r &&
      firm &&
      (legalForm(firm[1])?.index ?? 0) > 0 &&
      !/,/.test(firm[1].replace(/,[ \t]*(?:inc|ltd|llc|llp|co)\b/gi, ''))
      ? { ...r, value: firm[1] }
      : r;
  })(signature(text, domains));
  if (signed) out.push({ ...signed, at: text.lastIndexOf(signed.value) });
  const sender = senderName(text);
  if (sender) out.push(sender);
  // The name above its representative's line, as a Japanese or Korean issuer signs ("高橋塗装" over
  // "代表 高橋 健一"): the issuer's name, wherever it stands
  for (const m of text.matchAll(
    /(?:^|\n)[ \t]*([^\n]{1,40})\n[ \t]*(?:代表(?:取締役(?:社長)?|者)?|대표(?:이사|자)?)[ \t:：]/gu,
  )) {
    const name = m[1].trim();
    if (CASELESS.test(name) && !/\d/.test(name) && !cjkTitle(name) && !ADDRESSED_CJK.test(name))
      out.push({
        value: name,
        confidence: 0.8,
        how: 'above its representative',
        kind: 'signature',
      });
  }
  // A name with a legal form in a script without capitals ("株式会社さくらデザイン"), or in Cyrillic.
  // (a Thai company's office after its name on a tax invoice, its head office or a branch, is no
  // part of it: "บริษัท สยามการพิมพ์ จำกัด (สำนักงานใหญ่)", "… จำกัด (สาขาที่ 00002)"; a letterhead
  // in two languages, its English name with its office too, "… Co., Ltd. (Head Office)", is read
  // by that)
  const bilingual = /[(（][ \t]*(?:head[ \t]+office|branch)(?![\p{L}])/iu.test(text);
  for (const { at, field } of fieldsOf(text)) {
    const seg = bilingual
      ? field.trim()
      : field.trim().replace(/[ \t]*[(（](?:สำนักงานใหญ่|สาขา[^()（）\n]{0,20})[)）]$/u, '');
    const legal = SCRIPT_LEGAL_FORM.exec(seg);
    if (!legal || /\d|:/.test(seg) || seg.length > 40 || buyerBefore(text, at)) continue;
    if (CASELESS.test(seg) && !ADDRESSED_CJK.test(seg))
      out.push({ value: seg, confidence: 0.85, how: 'legal form', kind: 'legal', at });
    // (a shop's sign with its company's name in brackets after it, "카페 온기 (주식회사 온기커피)",
    // "さくら食堂（有限会社さくら）": the company, with its legal form, issues the receipt)
    const sign = /^([^()（）]+?)[ \t]*[(（]([^()（）]+)[)）]$/u.exec(seg);
    if (
      sign &&
      SCRIPT_LEGAL_FORM.test(sign[2]) &&
      CASELESS.test(sign[1]) &&
      CASELESS.test(sign[2].trim()) &&
      !ADDRESSED_CJK.test(sign[2])
    )
      out.push({
        value: sign[2].trim(),
        confidence: 0.85,
        how: 'legal form, in brackets after its sign',
        kind: 'legal',
        at: at + seg.indexOf(sign[2]),
      });
  }
  // A Vietnamese company, its legal form first ("Công ty TNHH Thương mại Sao Mai", "CÔNG TY CỔ
  // PHẦN …", a limited or a joint-stock company): the whole line is its name
  for (const { at, field } of fieldsOf(text)) {
    const seg = field.trim();
    if (
      VIETNAMESE_COMPANY.test(seg) &&
      seg.split(/\s+/).length <= 10 &&
      !/\d|:/.test(seg) &&
      !buyerBefore(text, at)
    )
      out.push({ value: seg, confidence: 0.85, how: 'legal form', kind: 'legal', at });
  }
  // A name ending in a legal form (GmbH, Ltd, AB, Oy...) that is not the buyer's; "X, Inc." is one
  const segments = text.split(
    // (a column's gap too: "INVOICE          Fernleaf Gardens Ltd" is two cells)
    new RegExp(
      `\\n|[;|·•]|\\((?!${BRACKETED_FORM}\\)|${BRACKETED_PLACE}\\)[ \\t]*${LEGAL_FORM.source})|(?<!\\(${BRACKETED_FORM})\\)(?!(?<=\\(${BRACKETED_PLACE}\\))[ \\t]*${LEGAL_FORM.source})|,(?![ \\t]*(?:${LEGAL_FORM.source}))|\\s[-–—]\\s|\\s\\/\\s|[ ]{3,}|\\t`,
      'iu',
    ),
  );
  // (a letterhead the document names as its customer is the customer's own: a forwarded
  // supplier's invoice below it, "To: Greenway Homes Ltd")
  // (…or of the document pasted below a note: "Hi team, please record the invoice below.")
  const cover = coverEnd(text);
  // (…or whose next line addresses a person or a department in it: "NORTHWIND SOFTWARE LTD" /
  // "Attn: Accounts Payable", the customer's address block heading the supplier's invoice)
  const head = ((h) =>
    h && (customerNamed(text, h) || (text.includes(h) && addressedBelow(text, text.indexOf(h))))
      ? undefined
      : h)(letterhead(text) ?? (cover ? letterhead(text.slice(cover)) : undefined));
  // a legal form's name below the letterhead that the letterhead contradicts is doubtful (a
  // customer's, unlabelled?); one among the letterhead's own lines (the owner above the company) is not
  const pasted = cover ? text.slice(cover) : '';
  const secondOpinion = (r: VendorCandidate, at: number): VendorCandidate =>
    head &&
    !nearTop(text, at) &&
    !(cover && at >= cover && nearTop(pasted, at - cover)) &&
    !squash(r.value).includes(squash(head)) &&
    !squash(head).includes(squash(r.value).slice(0, 6))
      ? { ...r, confidence: 0.6, how: `${r.how}, but the letterhead reads "${head}"` }
      : r;
  let searched = 0;
  for (const seg of segments) {
    const segAt = text.indexOf(seg, searched);
    searched = segAt + seg.length;
    const legal = legalForm(seg);
    if (!legal) continue;
    // the English word "as" before an article, in a receipt's sentence printed in capitals ("THIS
    // SERVES AS AN OFFICIAL RECEIPT", "… AS THE PROOF OF PAYMENT"), is no Nordic company's AS
    if (
      /^as$/i.test(legal[0].replace(/[^\p{L}]+$/u, '').trim()) &&
      /^[ \t]+(?:an?|the|your|our|proof|official|evidence|of|per|such|well|follows)(?![\p{L}])/iu.test(
        seg.slice(legal.index + legal[0].length),
      )
    )
      continue;
    // a French form before the name: "SARL Les Jardins", "SAS Dupont et Fils"
    const leading =
      /^\s*(?:SARL|SAS|SASU|EURL|SCI|SA|Tmi|T:mi|PT|Firma|UAB|SIA|AS|MB|IĮ)\s+(\p{Lu}[\p{L}\p{M}'’.\- ]{2,50})$/u.exec(
        seg,
      );
    // (a Baltic name may go on in lower case: "UAB Spynų meistras", "SIA Zaļā dārzs")
    if (
      leading &&
      (looksLikeName(leading[1].trim()) ||
        /^\p{Lu}[\p{L}\p{M}]{2,}(?:[ \t]+\p{Ll}[\p{L}\p{M}]{2,}){1,3}$/u.test(leading[1].trim()))
    ) {
      out.push(
        secondOpinion(
          { value: seg.trim(), confidence: 0.8, how: 'legal form first', kind: 'legal', at: segAt },
          segAt,
        ),
      );
      continue;
    }
    // a legal form after a capitalised word: "As discussed" opens a sentence, it names nobody
    if (!/\p{Lu}/u.test(seg.slice(0, legal.index))) continue;
    const upto = upToLegalForm(seg);
    // (its line, at most 200 characters either side: a long line's many companies each read
    // only their part of it)
    if (THIRD_PARTY.test(lineAround(text, segAt, segAt + seg.length))) continue;
    const segLine = lineAt(text, segAt);
    if (
      buyerBefore(text, segAt) ||
      BUYER_IN_FIELD.test(upto) ||
      /\bto\s*:/i.test(upto) ||
      BUYER_LEAD.test(upto)
    )
      continue;
    if (inBuyerBlock(text, segAt)) continue;
    // an item's row below the letterhead, its price in a column after it ("FALANGHINA BT   10%
    // 22,00", a bottle of wine, read as a Hungarian "Bt."): an item, not a company
    if (
      !text.slice(segLine.start, segAt).trim() &&
      ITEM_ROW.test(text.slice(segLine.start, segLine.end).trim()) &&
      !nearTop(text, segAt)
    )
      continue;
    if (addressedBelow(text, segAt) || ADDRESSED_CJK.test(seg)) continue;
    // a company addressed with an honorific is the addressee ("Messrs. Delta Fasteners Inc.")
    if (ADDRESSEE.test(seg.trimStart())) continue;
    let name = cleanName(
      upto
        .replace(/^.*?:\s*/, '')
        .replace(BY_WHOM, '')
        // a team's sign-off before the company ("L'équipe Atelier du Verre SARL", "Ihr Team der
        // Schmitt GmbH", "The team at Harbour Ltd")
        .replace(
          /^(?:l['’][ \t]*équipe(?:[ \t]+(?:de|du|d['’]))?|(?:ihr|euer|das)[ \t]+team[ \t]+(?:der|des|von)|(?:the|your)[ \t]+team[ \t]+(?:at|of)|el[ \t]+equipo[ \t]+de|il[ \t]+team[ \t]+di|l['’][ \t]*equipe[ \t]+di|het[ \t]+team[ \t]+van)[ \t]+(?=\p{Lu})/iu,
          '',
        )
        // a question or a request before the name ("Questions? Contact Notion Labs, Inc.")
        .replace(/^.*[?!][ \t]+/, '')
        .replace(/^(?:please[ \t]+)?(?:contact|call|e-?mail|write[ \t]+to|visit|ask)[ \t]+/i, ''),
    );
    // (a legal form alone names nobody: "Hi! As discussed" left only "As")
    if (!name || legalForm(name)?.index === 0) continue;
    // a document's title in capitals run on to the name after it, a receipt's lines flattened
    // into one ("KVITTERING Fjordbyen Drosje AS Org.nr …", "RECEIPT Harbour Cabs Ltd"): the
    // title is no part of the name
    const titled = /^(\p{Lu}{4,})[ \t]+(?=\p{Lu}\p{Ll})/u.exec(name);
    if (titled && DOCUMENT_WORD.test(titled[1]) && legalForm(name.slice(titled[0].length))?.index)
      name = name.slice(titled[0].length);
    // a partnership's surnames before it on its line ("Smith, Jones & Partners LLP")
    const surnames = /^[ \t]*((?:\p{Lu}[\p{Ll}'’-]+,[ \t]*){1,3})$/u.exec(
      text.slice(segLine.start, segAt),
    );
    const partners =
      surnames && /&|\band\b/.test(name) && name === upto.trim()
        ? `${surnames[1].trimEnd()} ${name}`.replace(/,[ \t]*(?=\S)/g, ', ')
        : name;
    // (the letterhead's brand before it on its line, a dash between, "NORDLYS - Nordlys Regnskap
    // AS": the registered name written whole, brand first, as the company's own footer gives it)
    const branded = /^[ \t]*(\p{Lu}[^\n|·•;:,–—-]{1,40}?[ \t]+[-–—][ \t]+)$/u.exec(
      text.slice(segLine.start, segAt),
    );
    const whole =
      branded &&
      head &&
      partners === name &&
      name === upto.trim() &&
      squash(branded[1].replace(/[ \t]+[-–—][ \t]+$/, '')) === squash(head)
        ? `${branded[1]}${name}`
        : partners;
    // (the words of the name, not of its form: "S.A. de C.V.", "Sp. z o.o." are three each)
    const formAt = legalForm(name)?.index ?? name.length;
    if (
      /^\p{Lu}/u.test(name) &&
      Math.min(name.split(/\s+/).length, name.slice(0, formAt).trim().split(/\s+/).length + 1) <=
        7 &&
      !/\d/.test(name)
    ) {
      out.push(
        secondOpinion(
          { value: whole, confidence: 0.85, how: 'legal form', kind: 'legal', at: segAt },
          segAt,
        ),
      );
      continue;
    }
    // the capitalised words just before the legal form ("... SUPPLIER Polar Light Oy"), and an
    // Italian firm's sign before its owner's name ("TRATTORIA DA NINO di Esposito Antonio & C.
    // s.n.c.", "Bar Sport di Rossi Mario", the firm's name as registered)
    const words = name.split(/\s+/);
    let start = words.length - 1;
    while (
      start > 0 &&
      (/^[\p{Lu}&]/u.test(words[start - 1]) ||
        /^\d{1,3}\p{Lu}{1,2}$/u.test(words[start - 1]) ||
        // (a brand written in camel case leads the name: "nuVolt Energie GmbH", "eBay GmbH")
        /^\p{Ll}{1,5}\p{Lu}[\p{L}]*$/u.test(words[start - 1]) ||
        (/^(?:di|e)$/.test(words[start - 1]) && start > 1 && /^\p{Lu}/u.test(words[start - 2]))) &&
      (!/\d/.test(words[start - 1]) || /^\d{1,3}\p{Lu}{1,2}$/u.test(words[start - 1])) &&
      !NOT_NAME.test(words[start - 1].replace(/[.:]+$/, '')) &&
      // (a word closed by a colon is a label's or a chat's speaker's: "Sophie T: Rénovations …")
      !/:$/.test(words[start - 1])
    )
      start--;
    if (/^(?:di|e)$/.test(words[start])) start++;
    if (start < words.length - 1)
      out.push(
        secondOpinion(
          {
            value: words.slice(start).join(' '),
            confidence: 0.75,
            how: 'before a legal form',
            kind: 'legal',
            at: segAt,
          },
          segAt,
        ),
      );
  }
  // A name that spells the sender's e-mail or web domain ("Reyes Consulting", reyesconsulting.es).
  if (domains.length)
    for (const { at, field } of fieldsOf(text)) {
      const name = field.trim();
      if (!(looksLikeName(name) || /^\p{Lu}[\p{L}\p{M}]{3,}$/u.test(name)) || buyerBefore(text, at))
        continue;
      // (its owner's initials before it are not in the domain: "J. Marsh Plumbing", marshplumbing)
      const uninitialled = name.replace(/^(?:\p{Lu}\.[ \t]*)+(?=\p{Lu}\p{Ll})/u, '');
      if (
        [squash(name), domainSpelling(name), squash(uninitialled)].some(
          (letters) =>
            letters.length >= 5 &&
            domains.some((d) => d.includes(letters) || (d.length >= 6 && letters.startsWith(d))),
        )
      ) {
        // (a first name alone, signed under a note, is the full name the domain spells written
        // elsewhere: "Sanne" and "Sanne de Wit", sannedewit.nl)
        out.push({
          value: fullNameOf(name, text, domains),
          confidence: 0.85,
          how: 'spells the sender’s domain',
          kind: 'domain',
        });
        break;
      }
    }
  // No label and no legal form: the first field, between line breaks or separators, that reads
  // like a name — capitalised words without digits that are not a field's label ("Station
  // Bistro" in "Receipt 66-10 • 2025-06-30 • Station Bistro • Total 47.00"). A letterhead is one.
  if (!/[\n|·•]|\s[-–—]\s/.test(text)) return out;
  // a letterhead of one word ("Cloudnest", "MIGROS"): a name, though a weak one
  // (its store's number after it is no part of it: "Walgreens #4471")
  const first = text
    .trim()
    .split('\n')[0]
    .trim()
    .replace(/[ \t]+#[ \t]*\d{1,6}$/, '');
  const word = first.replace(/[.:]+$/, '');
  if (
    /^\p{Lu}[\p{L}\p{M}&'’.-]{3,30}$/u.test(first) &&
    !NOT_NAME.test(word) &&
    // (a salutation heading the addressee's block is no letterhead: "Spett.le", "Messrs")
    !SALUTATION_LINE.test(first) &&
    !word.split('-').some((w) => DOCUMENT_WORD.test(w)) &&
    // a compound that ends in a document's name is a title ("Elräkning", "Stromrechnung")
    !/(?:rechnung|r[äa]kning|regning|faktura|lasku|bolletta|invoice|bill)$/iu.test(word) &&
    !notAName(word)
  ) {
    // …heading its shop's block: its street or postcode on the next line, or in capitals over its
    // branch's number ("STARBUCKS / Store #11802"): a shop's letterhead, as likely as a name near
    // the top (not over a document's title: "WAVE / INVOICE" is the platform that made it)
    const next =
      text
        .trim()
        .split('\n')
        .slice(1)
        .find((l) => l.trim())
        ?.trim() ?? '';
    const block =
      isAddress(next) ||
      (/^\p{Lu}{4,}$/u.test(word) &&
        /^(?:store|shop|branch|filiale|magasin|tienda|negozio|winkel|butik|myymälä)\b[ \t]*(?:no\.?|nr\.?|#)?[ \t]*\d+$/iu.test(
          next,
        ));
    out.push(
      block
        ? {
            value: first,
            confidence: 0.72,
            how: 'one-word letterhead over its block',
            kind: 'letterhead',
          }
        : { value: first, confidence: 0.65, how: 'one-word letterhead', kind: 'letterhead' },
    );
    return out;
  }
  for (const { at, field } of fieldsOf(text)) {
    const name = field.trim();
    // (the first of the document pasted below a note is its letterhead too)
    const top = isFirst(text, at) || (cover > 0 && at >= cover && isFirst(pasted, at - cover));
    // a letterhead in a script without capitals ("مطعم الياسمين")
    if (top && name && CASELESS.test(name) && !cjkTitle(name) && name.length <= 40) {
      if (ADDRESSED_CJK.test(name)) continue;
      out.push({
        value: name,
        confidence: 0.75,
        how: 'letterhead, caseless script',
        kind: 'letterhead',
      });
      return out;
    }
    // a name in a script without capitals on the line above its postcode ("京都きもの工房 花かざり"
    // over "〒605-0073 京都市東山区…"): a Japanese company's block, at a receipt's foot as often
    if (
      !top &&
      name &&
      CASELESS.test(name) &&
      !cjkTitle(name) &&
      name.length <= 40 &&
      !ADDRESSED_CJK.test(name) &&
      /^[ \t]*\n[ \t]*〒/.test(text.slice(lineAt(text, at).end, lineAt(text, at).end + 40))
    ) {
      // (a person's name, family and given name apart, under the business's name in the same
      // block: "山田デザイン事務所" / "山田 花子" / "〒150-0001 …", the office the issuer, its owner
      // below it)
      const own = lineAt(text, at);
      const above = own.start > 0 ? lineAt(text, own.start - 1) : undefined;
      const over = above ? text.slice(above.start, above.end).trim() : '';
      if (
        /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4}[ \t\u3000]+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4}$/u.test(
          name,
        ) &&
        above &&
        over &&
        // (the business's name may have a Latin word in it: "サトウWebワークス", "田中IT企画")
        (CASELESS.test(over) ||
          /^(?=[^\n]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Latin}ー・&\s]+$/u.test(
            over,
          )) &&
        !cjkTitle(over) &&
        over.length <= 40 &&
        !ADDRESSED_CJK.test(over) &&
        !/\d/.test(over)
      ) {
        out.push({
          value: over,
          confidence: 0.75,
          how: 'name above its owner and postcode',
          kind: 'name',
          at: above.start + text.slice(above.start, above.end).indexOf(over),
        });
        continue;
      }
      out.push({ value: name, confidence: 0.75, how: 'name above its postcode', kind: 'name', at });
      continue;
    }
    if (!looksLikeName(name) || ADDRESSEE.test(name) || notAName(name)) continue;
    // a table's header row ("Cant.  Unidad  Descripción    P. Unit.    Importe") names no one
    if (tableHeaderLine(lineAround(text, at, at))) continue;
    // …nor a header row in words no list of columns holds, over rows of figures: three cells or
    // more without a figure, the next line's cells with one ("No  Nama Barang  Qty  Harga
    // Satuan  Jumlah", "Date      Description      Debit EGP" over "13/03/2025  Room  4,200.00")
    if (headerOverRows(text, at)) continue;
    // a name after an honorific in the field before it ("Spett.le   CONDOMINIO GIARDINI")
    const said = lineUpTo(text, at)
      .slice(-40)
      .replace(/^.*[|·•]/, '')
      .trim();
    if (said && ADDRESSEE.test(`${said} `)) continue;
    // an item's line: the name of a product with its price in the next column
    const rest = text.slice(at + field.length, lineAt(text, at).end);
    if (/^(?:[ \t]*\t[ \t]*|[ ]{3,})\S{0,4}[ ]?\d[\d.,' ]*[.,]\d{2}(?!\d)/.test(rest)) continue;
    if (addressedBelow(text, at)) continue;
    if (buyerBefore(text, at) || inBuyerBlock(text, at)) continue;
    if (top) {
      const traded = withTrade(text, at, name);
      out.push({
        value: traded,
        confidence: 0.8,
        how: traded === name ? 'letterhead' : 'letterhead, with its trade',
        kind: 'letterhead',
      });
      return out;
    }
    // a name in the first lines, or on a line with its address or tax id (a footer's company
    // line, "Studio Kalla · Hornsgatan 12 · Org.nr …"), is where a vendor's name stands; one
    // elsewhere in the body is a guess, for a person to check
    const line = lineAt(text, at);
    const near = nearTop(text, at);
    const withAddress = isAddress(text.slice(at + field.length, line.end));
    // a name above its street or postcode is a company's block, where a vendor stands as often as
    // a customer without a label: likely, not sure
    const next = line.end < text.length ? lineAt(text, line.end + 1) : undefined;
    const above = next && isAddress(text.slice(next.start, next.end));
    if (!near && !withAddress && above) {
      out.push({ value: name, confidence: 0.72, how: 'name above its address', kind: 'name', at });
      return out;
    }
    out.push(
      near || withAddress
        ? {
            // (near the top too, a sole trader's line of trade and owner is read whole)
            value: near ? withTrade(text, at, name) : name,
            confidence: 0.75,
            how: near ? 'name near the top' : 'name with its address',
            kind: 'name',
            at,
          }
        : { value: name, confidence: 0.6, how: 'unlabelled name', kind: 'name', at },
    );
    return out;
  }
  return out;
}

/** Whether a customer's label heads the block (lines without a blank between) that `at` starts a line of. */
function inBuyerBlock(text: string, at: number): boolean {
  // walk up the lines of the block: through an address's lines to the customer's label, or stop
  // at a blank line, an amount or another label
  const lines = text.slice(0, lineAt(text, at).start).split('\n').slice(0, -1);
  for (let n = 0; n < 4 && lines.length; n++) {
    const line = lines.pop()!;
    if (!line.trim()) return false;
    if (BUYER_LINE_LABEL.test(line) || blockLabel(line) === 'buyer') return true;
    // (or a salutation alone on its line, an address block's first: "Herr und Frau" / "Urs und
    // Bettina Meier", "Mr and Mrs" / "J. & K. Brown")
    if (SALUTATION_LINE.test(line)) return true;
    // (or as a field in a later cell of its line: "Room: 2214      Guest: MUELLER, STEFAN MR";
    // not a header row over two parties' columns, "Supplier        Customer")
    const cells = line.length <= 200 ? line.split(/[ ]{3,}|\t/) : [];
    if (
      cells.some((c) => BUYER_LINE_LABEL.test(c) && c.includes(':')) &&
      !cells.some((c) => PARTY_LABEL_FIRST.test(c) && !BUYER_LINE_LABEL.test(c))
    )
      return true;
    // the document's own number on a line of its own ends the customer's block
    // ("INVOICE 55-2210     DATE 04/15/2025" between the address and the vendor)
    if (
      /^[ \t]*(?:invoice|rechnung|factur\p{L}*|fattura|factuur|faktura|receipt)\b[^\n]{0,12}?\d/iu.test(
        line,
      )
    )
      return false;
    // a contact's fields belong to the block ("Name:", "Company:", "Email:"); other labels end it
    const contact =
      /^[ \t]*(?:name|attn|attention|contact|company|address|e-?mail|phone|tel|mobile|street|city|country|zip|post\s?code|vat|tax\s+id)[ \t]*:/iu;
    if (
      /\d[.,]\d{2}\b/.test(line) ||
      (/^[ \t]*\p{L}[\p{L} ]{1,20}:[ \t]*\S/u.test(line) && !contact.test(line))
    )
      return false;
  }
  return false;
}
/**
 * A salutation alone on its line, heading a letter's address block: the names below it are the
 * addressee's ("Herrn und Frau", "Familie", "Mr & Mrs", "Monsieur et Madame", "Spett.le", the
 * Portuguese "Exmo.(s) Sr.(s)", also written "Exmo(s). Sr(s).").
 */
const SALUTATION_LINE =
  /^[ \t]*(?:herrn?|frau|herrn?[ \t]+und[ \t]+frau|eheleute|familie|mr\.?[ \t]+(?:and|&)[ \t]+mrs|messrs|monsieur|madame|monsieur[ \t]+et[ \t]+madame|m\.[ \t]+et[ \t]+mme|mme|de[ \t]+heer|mevrouw|dhr|mevr|de[ \t]+heer[ \t]+en[ \t]+mevrouw|familia|señor(?:a|es)?|sres|sr|sra|spett\.?le|spettabile|egregio|gentile|gent\.?(?:mo|ma|\.le)?|famiglia|signor(?:a|i)?|pan|pani|państwo|ex(?:m[oa]|mos|mas)\.?(?:\((?:s|as)\))?\.?[ \t]+(?:sr|sra|srs|senhor(?:a|es|as)?)\.?(?:\((?:s|as|es)\))?)\.?[ \t]*$/iu;
/** A customer's label at the start of a line ("Bill to:", "Customer", "Invoice to"). */
const BUYER_LINE_LABEL = new RegExp(
  `^[ \\t]*(?:${BUYER_WORDS}|to)(?![\\p{L}])[ \\t]*(?::|$|\\()`,
  'iu',
);

/**
 * Bank details on a line: an account's holder is the payee there. (A savings bank's or a bank's
 * name in the languages that do not say "bank" too: "Sparkasse Allgäu", "Kreissparkasse", "Banco
 * Sabadell", "Banque Populaire", "Caixa Geral", "Caisse d'Epargne".)
 */
const BANK_WORDS =
  /iban|bank|τράπεζ|банк|bic|swift|sort\s+code|konto|compte|cuenta|rekening|sparkasse|(?<![\p{L}])(?:conto|c\/c|banco|banca|banque|caixa|caisse|cassa[ \t]+di[ \t]+risparmio|credit[ \t]+union|building[ \t]+society)(?![\p{L}])/iu;
/** A name addressed in Japanese or Korean ("株式会社ミドリ商事 御中", "山田 様", "귀하"). */
const ADDRESSED_CJK = /(?:御中|様|殿|귀하|님|귀중)\s*$/u;

/** The first word of a table's column heading: what, how many, at what price, for how much. */
const COLUMN_WORD =
  /^(?:description|descr|desc|omschrijving|beschreibung|bezeichnung|leistung|artikel|article|articolo|artículo|artigo|item|items|pos|position|qty|quantity|menge|anzahl|aantal|antal|määrä|ilość|cant|cantidad|quantité|qté|qte|quantità|quantidade|qtd|unit|units|unidad|unité|einheit|eenheid|enhet|unità|price|preis|prix|precio|prezzo|prijs|pris|preço|cena|amount|betrag|bedrag|belopp|beløb|beløp|montant|importe|importo|valor|summa|summe|total|totaal|gesamt|descripción|descrição|designação|désignation|designation|descrizione|beskrivning|beskrivelse|kuvaus|opis|popis|concepto|concept|product|produkt|producto|produit|prodotto|code|sku|rate|hours|hrs|stunden|std|uren|tarif|einzelpreis|gesamtpreis|stückpreis|ep|gp|vat|mwst|ust|btw|tva|iva|discount|rabatt|remise|descuento|sconto|korting|net|netto|nettó|ht|date|datum|fecha|data|περιγραφή|περιγραφη|ποσότητα|ποσοτητα|τιμή|τιμη|αξία|αξια|ποσό|ποσο|μονάδα|μοναδα|наименование|количество|кол-во|цена|сумма|стоимость|nazwa|wartość|wartosc|množství|mnozstvi|částka|hodnota|megnevezés|mennyiség|egységár|összeg)$/iu;
/**
 * A table's header row: two cells or more apart, no figure, each headed by a column's word
 * ("Omschrijving          Bedrag excl. btw", "Cant.  Unidad  Descripción   P. Unit.   Importe").
 */
function tableHeaderLine(line: string): boolean {
  // (a header row is short: a long line is a paragraph, and costs no reading)
  if (line.length > 200 || /\d/.test(line)) return false;
  let cells = line.trim().split(/[ ]{2,}|\t/);
  // (a header pasted with single spaces between its cells: three words or more, each a column's,
  // "Περιγραφή Ποσότητα Τιμή Αξία", "Description Qty Price Amount")
  if (cells.length === 1 && cells[0].split(' ').length >= 3) cells = cells[0].split(' ');
  return (
    cells.length >= 2 &&
    cells.every((c) =>
      COLUMN_WORD.test(
        c
          .replace(/^\p{L}{1,2}\.[ ]?(?=\p{L}{2})/u, '')
          .split(/[ ./:(]/)[0]
          .trim(),
      ),
    )
  );
}

/** Whether the line at `at` is a table's header row over a row of figures (see its use). */
function headerOverRows(text: string, at: number): boolean {
  const line = lineAt(text, at);
  const row = text.slice(line.start, line.end);
  if (row.length > 200 || /\d/.test(row) || row.trim().split(/[ ]{2,}|\t/).length < 3) return false;
  const next = text.slice(line.end + 1, line.end + 301).split('\n')[0];
  const cells = next.trim().split(/[ ]{2,}|\t/);
  return cells.length >= 3 && cells.filter((c) => /\d/.test(c)).length >= 2;
}

/** Words of fields that are not a name: labels, totals, dates, payment and receipt words. */
const NOT_NAME =
  /^(?:invoice|inv|bill|receipt|statement|document|tax|vat|total|subtotal|amount|balance|due|paid|payment|date|time|qty|quantity|item|items|description|price|cash|card|visa|mastercard|change|thank|thanks|merci|danke|customer|order|from|to|rechnung\p{L}*|faktur\p{L}*|factur\p{L}*|fattur\p{L}*|fatur\p{L}*|factuur\p{L}*|datum|summe|gesamt|totaal|no|nr|page|supplier|vendor|seller|merchant|issuer|nota|fiscal|folio|ticket|quittung|gutschrift|scontrino|credit|note|lasku|kvitto|recibo|boleta|comprobante|rekening|regning|räkning|faktura|quittance|reçu|ricevuta|hi|hey|hello|hallo|hola|bonjour|ciao|hej|moin|servus|salut|olá|hoi|dear|regards)$/iu;
/**
 * Lines that name someone other than the vendor with a legal form: the bank paid into, the payment
 * provider, the carrier ("Bank: Barclays Bank PLC", "Processed by Stripe, Inc.").
 */
const THIRD_PARTY =
  /(?<![\p{L}])(?:bank\p{L}*|iban|bic|swift|sort\s+code|bankverbindung|banque|banco|powered\s+by|processed\s+by|payment\s+(?:provider|processor|service)|paid\s+(?:via|with|through)|shipped\s+(?:by|via|with)|shipped|(?:fulfilled|dispatched|delivered)\s+by|payments?\s+(?:by|via|through|processed)|carrier|courier|spediteur|versand\s+(?:durch|mit)|tracking|(?:created|generated|made|sent|issued)\s+(?:with|in|via|using)|software|prepared\s+by|on\s+behalf\s+of|im\s+auftrag|marketplace|platform|operated\s+by|assigned\s+to|factor\p{L}*|invoice\s+finance|abgetreten)(?![\p{L}])/iu;
/** A name addressed with an honorific is the addressee's ("Herrn Thomas Weber", "Mr. Kenji Watanabe"). */
const ADDRESSEE =
  /^(?:herrn?|frau|messrs|mr|mrs|ms|mx|dr|prof|m|mme|mlle|sr|sra|srta|sig|sig\.ra|spett\.?le|spettabile|egr\.?|egregio|gent\.?(?:mo|ma)?|gentile|pan|pani|dhr|mevr|hr|fr|say[ıi]n)\.?\s/i;
/** A street, a postcode and town, a phone or a tax or company id: a company line's address. */
const ADDRESS =
  /(?:gatan|vägen|straße|strasse|weg|gasse|platz|vej|veien|katu|laan|straat|gracht|plein|kade|dijk|gade|tie|utca)\b|str\.|(?<![\p{L}])(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|row|close|way|drive|dr\.|blvd|boulevard|place|square|court|crescent|terrace|parade|walk|hwy|highway|suite|unit|floor|po\s+box|p\.o\.\s+box|calle|c\/|plaza|paseo|avda\.?|avenida|av\.|rua|via|viale|piazza|corso|rue|bd|chemin|allée|quai|ul\.|tel\.?|phone|org\.?\s*nr|nif|cif|vat|ust|btw|moms|kvk|siret|p\.?\s?iva|nip|abn|ein|y-tunnus|ičo|dič|gstin|uid|cvr|nipc|cnpj|cuit|rfc|regon)(?![\p{L}])|\b\d{4,5}\s+\p{Lu}|^\s*\d{1,4}[a-z]?,?\s+\p{Lu}\p{Ll}+|〒/iu;
/** Postcodes written in capitals: British ("BA11 1AB") and Dutch ("3542 AD"). */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b\d{4}\s?[A-Z]{2}\b/u;
const isAddress = (s: string) => ADDRESS.test(s) || POSTCODE.test(s);
/** Words a name may hold in lower case ("Bank of Scotland", "Maison de la Presse"). */
const NAME_JOINERS =
  /^(?:&|and|of|the|de|du|des|la|le|van|von|der|den|del|di|da|y|et|und|en|och|og|i|e|ja|és|ve|o|på|av|ved|til|zum|zur|am|im|bei|auf|op|aan|het|sur|au|aux|della|delle|dei|degli|do|dos|das|na|w|u)$/i;

/** A doctor's faculty, written small after "Dr." ("Dr. med.", "Dr. med. dent.", "Dr. rer. nat."). */
const ACADEMIC = /^(?:med|dent|vet|rer|nat|phil|jur|oec|pol|habil|univ|sc|techn|theol)\.$/;

/** Two to six capitalised words of letters (any script) that are not a field's label. */
function looksLikeName(s: string): boolean {
  // a company's name may be quoted within it ('PPHU "Drewmet" Jan Kowalczyk', „Agro-Pol")
  if (s.length < 3 || s.length > 60 || !/^[\p{Lu}„“"«][\p{L}\p{M}&'’.\- "„“”«»]+$/u.test(s))
    return false;
  if ((s.match(/["„“”«»]/g)?.length ?? 0) % 2) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every(
    (w) =>
      !NOT_NAME.test(w.replace(/^["„“«]|["”“»]?[.:]*$/g, '')) &&
      !DOCUMENT_WORD.test(w.replace(/^["„“«]|["”“»]?[.:]*$/g, '')) &&
      (/^["„“«]?[\p{Lu}&]/u.test(w) ||
        NAME_JOINERS.test(w) ||
        /^[dl]['’]\p{Lu}/u.test(w) ||
        // (a doctor's faculty after the title: "Praxis Dr. med. Anna Kessler", "Dr. rer. nat.")
        (ACADEMIC.test(w) && /(?:^|\s)Dr\.?\s/.test(s))),
  );
}

// ---- total ----------------------------------------------------------------------------------

/** Whether two or three of the other amounts add up to `total` (net + tax, items + shipping). */
function addsUp(total: Amount, amounts: Amount[]): boolean {
  // in cents, a cent either way for rounding; a third part looked up, not searched (a long
  // invoice has hundreds of amounts)
  // (each value at most three times, and the 300 amounts nearest the total: its parts stand near
  // it, and a statement of thousands of rows made the pairs' search take seconds)
  const seen = new Map<number, number>();
  const cents = amounts
    .filter((a) => a !== total && a.value > 0 && a.value < total.value)
    .sort((a, b) => Math.abs(a.start - total.start) - Math.abs(b.start - total.start))
    .map((a) => Math.round(a.value * 100))
    .filter((c) => {
      seen.set(c, (seen.get(c) ?? 0) + 1);
      return seen.get(c)! <= 3;
    })
    .slice(0, 300);
  const target = Math.round(total.value * 100);
  const at = new Map<number, number[]>();
  cents.forEach((c, i) => at.set(c, [...(at.get(c) ?? []), i]));
  for (let i = 0; i < cents.length; i++)
    for (let j = i + 1; j < cents.length; j++) {
      const rest = target - cents[i] - cents[j];
      if (Math.abs(rest) <= 1) return true;
      for (const r of [rest - 1, rest, rest + 1])
        if ((at.get(r) ?? []).some((k) => k > j)) return true;
    }
  return false;
}

/** A line's words naming a tax withheld from what is paid (Brazil's federal retentions, Italy's ritenuta). */
const WITHHELD_LINE =
  /(?<![\p{L}])(?:retenç\p{L}*|retenci\p{L}*|retid[oa]s?|retenid[oa]s?|irrf|pis|cofins|csll|inss|ritenut\p{L}*|withh[eo]ld\p{L}*|withholding)(?![\p{L}])/iu;
/**
 * Whether a larger total above the one read is the gross before taxes withheld, listed between
 * them ("VALOR TOTAL DO SERVIÇO R$ 1.000,00" / "IRRF R$ 15,00  PIS R$ 6,50" / "VALOR LÍQUIDO R$
 * 978,50"): the amounts on the lines between that name a tax withheld (not one "not withheld",
 * "não retido") make up the difference to the cent.
 */
function netOfWithheld(text: string, amounts: Amount[], gross: Amount, net: Amount): boolean {
  if (gross.start >= net.start || gross.value <= net.value) return false;
  let withheld = 0;
  for (const a of amounts) {
    // (a rate is no amount: "IRRF (1,5%)")
    if (a.start <= gross.end || a.start >= net.start || a.value <= 0) continue;
    if (/^[ \t]*%/.test(text.slice(a.end, a.end + 3))) continue;
    const { start, end } = lineAt(text, a.start);
    if (
      WITHHELD_LINE.test(text.slice(start, a.start)) &&
      !/n[ãa]o[ \t]+retid|no[ \t]+retenid|not[ \t]+withheld/iu.test(text.slice(start, end))
    )
      withheld += a.value;
  }
  return withheld > 0 && Math.abs(gross.value - withheld - net.value) < 0.015;
}

/**
 * A credit note's title in its first lines ("CREDIT NOTE", "Gutschrift", "Avoir", "Nota di credito",
 * Swedish "Kreditfaktura", Estonian "Kreeditarve", Czech and Slovak "Dobropis"), or on a line of its own further down, below a letterhead of several
 * lines (a Nordic supplier's name, address, org. number and account above "KREDITNOTA").
 */
const CREDIT_NOTE =
  /^(?:[^\n]*\n){0,5}?[^\n]*?(?<![\p{L}])(?:credit[ \t]+note|credit[ \t]+memo|gutschrift|avoir|abono|nota[ \t]+de[ \t]+cr[eé]dito|nota[ \t]+di[ \t]+credito|note[ \t]+de[ \t]+cr[eé]dit|creditnota|kreditnota|creditfactuur|kreditfaktura|hyvityslasku|faktura[ \t]+korygująca|kreeditarve|kredītrēķins|kreditinė[ \t]+sąskaita|dobropis|jóváíró[ \t]+számla|πιστωτικό[ \t]+τιμολόγιο|кредитно[ \t]+известие)(?![\p{L}])|^(?:[^\n]*\n){6,14}?[ \t]*(?:credit[ \t]+note|gutschrift|avoir|creditnota|kreditnota|kreditfaktura|creditfactuur|hyvityslasku)[ \t]*(?=\n|$)(?![\p{L}])/iu;

/** A line of a payment already made: a bare "Balance" below one is what is left to pay. */
const PAID_BEFORE =
  /(?:^|\n)[^\n]*(?<![\p{L}])(?:paid|payments?|deposit|received|credit(?:ed)?|acompte|versé|réglé|anzahlung|bezahlt|aanbetaling|betaald|acconto|pagato|a\s+cuenta|entregado|pagado|zapłacono|betalt)(?![\p{L}])[^\n]*\n[ \t]*$/iu;

/** A line's words before an amount that say it was paid already (a deposit, an advance). */
const PAID_LINE =
  /(?<![\p{L}])(?:paid|payments?|deposit|received|advance|prepaid|already|acompte|avance|versé|réglé|payé|anzahlung|vorauszahlung|abschl[aä]g\p{L}*|geleistete|bezahlt|erhalten|aanbetaling|betaald|betaalde|voldaan|voorschot|acconto|anticipo|versato|pagato|ricevuto|a\s+cuenta|entregado|pagado|zapłacono|zaliczka|uhraden\p{L}*|zaplacen\p{L}*|fizetve|kifizetve|befizetve|előleg|valor\s+pago|zaplaten\p{L}*|záloh\p{L}*|betalt|förskott|forskud|maksettu|ennakko|kapora|kaparo|avans|ödenen|ödendi|alınan)(?![\p{L}])/iu;

/**
 * Where and how to pay, not a sum paid ("Payment to: Tynedale Doors Ltd  Sort code 20-44-91",
 * "Payment details: …"): the numbers after it are the payee's bank details.
 */
const PAYMENT_INSTRUCTION =
  /(?<![\p{L}])payments?[ \t]+(?:to|details|instructions|information|info|method)(?![\p{L}])/iu;

/** A line up to an amount says a sum was paid (not where to pay one: "Payment to: …"). */
function paidBefore(line: string): boolean {
  return PAID_LINE.test(line.replace(new RegExp(PAYMENT_INSTRUCTION.source, 'giu'), ' '));
}

/** A line's words saying its amount is given for reference only: a conversion, no charge. */
const REFERENCE_LINE =
  /(?<![\p{L}])(?:for[ \t]+(?:your[ \t]+)?(?:reference|information)(?:[ \t]+only)?|not[ \t]+a[ \t]+payment[ \t]+amount|(?:exchange|conversion)[ \t]+rate|zur[ \t]+information|à[ \t]+titre[ \t]+indicatif|a[ \t]+titolo[ \t]+informativo|a[ \t]+título[ \t]+informativo)(?![\p{L}])/iu;

/** A label of what is due if paid late: after a date, after the due date, a late payment's. */
const LATE =
  /(?<![\p{L}])(?:(?:after|past)[ \t]+(?:\d{1,4}[./-]\d|(?:the[ \t]+)?due[ \t]+date|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)|(?:after|past)[ \t]*[:)]?[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$|if[ \t]+(?:paid|received)[ \t]+(?:after|late)|late[ \t]+payment|nach[ \t]+(?:dem[ \t]+)?(?:\d{1,2}\.\d|fälligkeit)|après[ \t]+(?:le[ \t]+\d|l['’]?[ \t]*échéance)|dopo[ \t]+(?:il[ \t]+\d|la[ \t]+scadenza)|después[ \t]+del?[ \t]+(?:\d|vencimiento)|na[ \t]+(?:de[ \t]+)?vervaldatum)/iu;

/**
 * Words of a discount for paying early (German and Czech "Skonto", "cash discount", "escompte",
 * "sconto per pagamento anticipato", "pronto pago", "kontantrabat", "betalingskorting"): terms
 * printed below a supplier's total that offer a smaller sum if paid by an earlier date.
 */
const EARLY_DISCOUNT =
  /(?<![\p{L}])(?:skont\p{L}*|(?:cash|early[- \t]+payment|prompt[- \t]+payment|settlement)[ \t]+discount|escompte|sconto[ \t]+(?:per[ \t]+)?pagamento|pronto[ \t]+pago|kontantrabat\p{L}*|kassarabatt|betalingskorting)(?![\p{L}])/iu;

/**
 * An amount inside a sentence of payment terms that offers a discount for paying early ("Bei
 * Zahlung bis 14.06. gewähren wir 3 % Skonto (Zahlbetrag 357,83 EUR).", "A 2% cash discount
 * applies if paid within 10 days (amount payable £97.61)"), the sentence wrapped onto the next
 * line at most: the discounted sum or the discount, however its own words say "amount payable" —
 * the invoice's total is the one above, without the discount.
 */
function inEarlyDiscountSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  // (back to the sentence's start: a full stop before a capital, a blank line; one line break
  // at most, a sentence wrapped, not a table's rows)
  const sentence = before.split(/[.!?](?=[ \t\n]+\p{Lu})|\n[ \t]*\n/u).at(-1) ?? '';
  return (sentence.match(/\n/g) ?? []).length <= 1 && EARLY_DISCOUNT.test(sentence);
}

/**
 * The amount of another invoice referred to, as a credit note or a corrected invoice names the
 * one it corrects: its original amount ("original amount £9,875.00", "opprinnelig beløp kr",
 * "ursprungligt belopp", "ursprünglicher Betrag", "oorspronkelijk bedrag", "montant initial"), up
 * to the amount with its currency.
 */
const ORIGINAL_AMOUNT =
  /(?<![\p{L}])(?:original(?:[ \t]+invoice)?[ \t]+(?:amount|total|value)|opprinnelig[ \t]+(?:beløp|sum|totalbeløp)|oprindeligt?[ \t]+(?:beløb|total)|ursprungligt?[ \t]+(?:belopp|summa|totalbelopp)|ursprüngliche[rnms]?[ \t]+(?:rechnungs)?(?:betrag|summe)|oorspronkelijke?[ \t]+(?:factuur)?bedrag|alkuperäinen[ \t]+(?:summa|määrä)|montant[ \t]+(?:initial|d['’]origine)|importe[ \t]+original|importo[ \t]+originale)[ \t]*(?:of|von|van|de|di|på)?[ \t]*:?[ \t]*(?:\p{Sc}|[A-Z]{3}|kr\.?)?[ \t]*$/iu;

/** One instalment of several named ("2ª parcela (de 3)", "instalment 2 of 3", "Rate 2 von 3"). */
const INSTALMENT_OF =
  /(?<![\p{L}])(?:\d{1,2}(?:ª|º|st|nd|rd|th|\.|e|ème|a|o)?[ \t]+(?:parcela|presta[cç][aã]o|cuota|instal{1,2}ment|rate|rata|tranche|échéance|termijn)[ \t]*\(?(?:de|of|von|di|sur|van)[ \t]+\d{1,2}\)?|(?:parcela|cuota|instal{1,2}ment|rate|rata|tranche|termijn)[ \t]+\d{1,2}[ \t]*(?:\/|de|of|von|di|sur|van)[ \t]*\d{1,2}(?!\d))/iu;
/**
 * A whole's total named inside a sentence, lower-case words before it ("… no valor total de",
 * "with a total value of", "d'un montant total de"), up to the amount and its currency.
 */
const CONTRACT_TOTAL_IN_SENTENCE =
  /[\p{Ll}\d][ \t,]+(?:no|do|of[ \t]+the|with[ \t]+a|for[ \t]+a|of[ \t]+a|d['’]un|del|im|vom|van[ \t]+de)[ \t]+(?:valor|montant|importe|importo|betrag|bedrag|total)(?:[ \t]+total)?(?:[ \t]+value)?[ \t]+(?:de|of|von|di|van)[ \t]*(?:R\$|\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/** A line's words saying its amount will be asked for later, by another invoice. */
const LATER_INVOICE =
  /(?<![\p{L}])(?:will[ \t]+be[ \t]+(?:invoiced|billed)|to[ \t]+be[ \t]+(?:invoiced|billed)|(?:due|payable|invoiced|billed)[ \t]+(?:on|upon)[ \t]+(?:completion|delivery|handover|installation)|wird[ \t]+(?:[\p{L} \t]{0,30}[ \t])?(?:in[ \t]+rechnung[ \t]+gestellt|berechnet)|sera[ \t]+factur\p{L}*|será[ \t]+facturad\p{L}*|verrà[ \t]+fatturat\p{L}*|wordt[ \t]+(?:later[ \t]+)?gefactureerd)(?![\p{L}])/iu;

/** A tax's amount in brackets after the total's label: "(incl. VAT £49.67)", "(davon MwSt. 4,45 €)". */
const TAX_IN_BRACKETS =
  /\([ \t]*(?:incl\.?|including|inc\.?|inkl\.?|includes|of[ \t]+which|dont|davon|di[ \t]+cui|incluye|inclusief)[ \t]*(?:vat|gst|hst|tax|mwst|ust|tva|iva|btw|moms|mva|alv)\.?[ \t]*(?:\d{1,2}(?:[.,]\d{1,2})?[ \t]*%[ \t]*)?[:=]?[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu;

/** A sentence saying the total includes a tax, before the tax's amount ("includes GST of"). */
const TAX_INCLUDED_BEFORE =
  /(?<![\p{L}])(?:includes?|including|contains?|inclui|incluye|comprend|enthält|beinhaltet|omvat|inkluderer|inkluderar)[ \t]+(?:(?:a|an|the|de|la|el|die|den|der|het|um|uma)[ \t]+)?(?:vat|gst|hst|tax|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|iva|btw|moms|mva|alv)\.?[ \t]*(?:\(?\d{1,2}(?:[.,]\d{1,2})?[ \t]*%\)?[ \t]*)?(?:of|von|de|van|di|på|av|:)?[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$|(?<![\p{L}])(?:darin|hierin|davon|im[ \t]+(?:rechnungs|gesamt|brutto|end)?betrag(?:[ \t]+(?:von|über)[ \t]+[^\n]{1,20}?)?[ \t]+(?:sind|ist))[ \t]+(?:enthalten[ \t]*:?[ \t]*)?(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu;
/** …and after it: "18,04 € MwSt. (19 %) enthalten", "€3.50 of VAT included". */
const TAX_INCLUDED_AFTER =
  /^[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*(?:of[ \t]+)?(?:vat|gst|hst|tax|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|iva|btw|moms|mva|alv)\.?[ \t]*(?:\(?\d{1,2}(?:[.,]\d{1,2})?[ \t]*%\)?[ \t]*)?(?:enthalten|inbegriffen|included|inclus[ea]?|incluid[oa]|inclusa|inbegrepen)(?![\p{L}])/iu;

/** How far along its line an amount's label (or a label after it) is looked for. */
const LINE_WINDOW = 400;

/** A month's name (English, abbreviated or not, and the other languages') just before a number. */
const MONTH_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${MONTH_NAME})\\.?[ \\t]+$`,
  'iu',
);
/** A month's name, and maybe a day, just before a year ("20 Apr 2025", "Feb 2, 2025", "März 2025"). */
const MONTH_BEFORE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${MONTH_NAME})\\.?,?[ \\t]+(?:\\d{1,2}(?:st|nd|rd|th)?\\.?,?[ \\t]+)?$`,
  'iu',
);
/** A month's name just after a day ("07 February", "3. März", "12 de marzo"). */
const MONTH_AFTER = new RegExp(
  `^(?:st|nd|rd|th)?\\.?[ \\t]+(?:de[ \\t]+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${MONTH_NAME})(?![\\p{L}])`,
  'iu',
);
/** A written date at the end of a label, before a currency ("Total amount due by Feb 2, 2025 $"). */
const DATE_AT_END = new RegExp(
  `(?:(?<![\\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\.?[ \\t]+\\p{L}{3,12}\\.?,?[ \\t]+\\d{4})(?=[ \\t]*[:)]?[ \\t]*(?:\\p{Sc}|[A-Z]{1,2}\\$|[A-Z]{3})?[ \\t]*$)`,
  'iu',
);

/**
 * A line that is one value of a stack of them: short, with a figure, without a label of its own
 * ("1,672.00", "€ 9.99", "INV-3301", "08/04/2025"; not "Due Date: 13 Apr 2025" nor a company's line).
 */
const stackValue = (line: string): boolean => {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.length <= 25 &&
    /\d/.test(t) &&
    t.split(/\s+/).length <= 3 &&
    !/\p{L}[ \t]*:/u.test(t)
  );
};

/** The text of an index's line before it, at most LINE_WINDOW characters of it. */
/** A line that rounds a total to what is paid ("Rundung", "Rounding", "Öresavrundning", "Arrondi"). */
const ROUNDING_LINE =
  /(?<![\p{L}])(?:rounding|round(?:ed|ing)?\s+(?:off|adjustment)|\p{L}*rundung\p{L}*|\p{L}*avrundning|afronding\p{L}*|arrondi\p{L}*|redondeo|arrotondamento|zaokrouhlení|zaokrúhlenie|zaokrąglenie|pyöristys|afrunding|avrunding|kerekítés)(?![\p{L}])/iu;

function lineUpTo(text: string, index: number): string {
  const back = text.slice(Math.max(0, index - LINE_WINDOW), index);
  return back.slice(back.lastIndexOf('\n') + 1);
}

/**
 * What a calculation before "=" on a line computes: a sum of amounts ("1,200 + 300 ="), or a
 * product ("22 hrs @ 95 =", "2 x 44,90 ="), not a tax's ("100 × 20 % ="); the line's text up to
 * its last "=", of which only the part after any earlier "=" is the calculation.
 */
function computed(upTo: string): 'sum' | 'product' | undefined {
  const calc = upTo.slice(upTo.lastIndexOf('=') + 1);
  if (!/\d/.test(calc)) return undefined;
  const plus = calc.indexOf('+');
  if (plus > 0 && /\d/.test(calc.slice(0, plus)) && /\d/.test(calc.slice(plus))) return 'sum';
  if (/%/.test(calc)) return undefined;
  return /\d[ \t]*(?:[×x*@]|hrs?\b|hours?\b|h\b)|[×*@]/iu.test(calc) ? 'product' : undefined;
}

/** A marketplace's invoice of its fees to one of its sellers, whose "Seller:" is its customer. */
const MARKETPLACE_FEES =
  /(?<![\p{L}])(?:seller(?:[ \t]+(?:service|platform|marketplace|referral))?[ \t]+fees?|seller[ \t]+(?:user[ \t]?name|id|account)|(?:deducted|withheld)[ \t]+from[ \t]+(?:your|the)[ \t]+seller)(?![\p{L}])/iu;

/** A tip's line ("Tip", "Gratuity", "Trinkgeld", "Drikkepenge", "Pourboire", "Propina", "Fooi"). */
const TIP_LINE =
  /^[ \t]*(?:tip|tips|gratuity|trinkgeld|drikkepenge|dricks|driks|tips|pourboire|propina|mancia|fooi|juomaraha|napiwek)(?![\p{L}])/iu;

/** A unit of goods counted after a number: a quantity, not an amount ("33,000 PCS", "48 Stk."). */
const COUNTED_UNIT =
  /^[ \t]?(?:pcs|pc|pces|pieces|units|sets|ctns|cartons|cases|boxes|rolls|pairs|prs|dozen|doz|kgs|lbs|stk|stück|uds|unidades|pz|pezzi|szt|kpl|st|art|arts|art[ií]culos|artikel|articles?|items?|produits|prodotti|artigos|positionen)(?![\p{L}])\.?/iu;

/** A bill split between payers, as a till prints it ("CUENTA DIVIDIDA", "Split bill", "Pago 2 de 4"). */
const SPLIT_BILL =
  /(?<![\p{L}])(?:cuenta[ \t]+dividida|split[ \t]+(?:bill|check|payment)|bill[ \t]+split|geteilte[ \t]+rechnung|getrennte[ \t]+zahlung|addition[ \t]+partagée|paiement[ \t]+partagé|conto[ \t]+diviso|conta[ \t]+dividida|gesplitste[ \t]+rekening)(?![\p{L}])/iu;
/** This payer's amount of a split bill ("Importe de este pago", "Amount of this payment", "Your share"). */
const THIS_PAYMENT =
  /(?<![\p{L}])(?:(?:importe|amount|betrag|montant|importo|valor|bedrag)[ \t]+(?:de[ \t]+|of[ \t]+|dieser[ \t]+|di[ \t]+|van[ \t]+)?(?:este|this|ce|questo|deze|esta)[ \t]+(?:pago|payment|paiement|pagamento|betaling)|dieser[ \t]+zahlung|your[ \t]+share|tu[ \t]+parte|ihr[ \t]+anteil|votre[ \t]+part)(?![\p{L}])[^\n\d]{0,20}$/iu;

/** A sentence's balance, what is left to pay, just before its amount ("so the balance is $"). */
const BALANCE_IS =
  /(?<![\p{L}])(?:the|your|our|a|remaining|outstanding)[ \t]+(?:(?:remaining|outstanding|final|open)[ \t]+)?(?:balance|amount[ \t]+(?:now[ \t]+)?(?:due|owing|outstanding|left[ \t]+to[ \t]+pay))(?:[ \t]+(?:due|owing|outstanding))?[ \t]+(?:is|of|comes[ \t]+to|will[ \t]+be|stands[ \t]+at|now[ \t]+is|is[ \t]+now)[ \t]*:?[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu;

/** A sentence's invoice, then (in a few words) "for" and its amount: "invoice 4471 dated 3 March for €". */
const INVOICE_FOR =
  /(?<![\p{L}])(?:invoice|bill|rechnung|facture|factura|fattura|factuur|faktura)(?![\p{L}])[^\n.;:!?]{0,50}?(?<![\p{L}])(?:for|of|über|pour|por|per|voor|på|för|totalling|totaling|(?:is|comes[ \t]+to|was|beträgt|est[ \t]+de|s['’]élève[ \t]+à|es[ \t]+de|è[ \t]+di|bedraagt|är|er))[ \t]+(?:\p{Sc}|[A-Z]{3})?[ \t]*$/iu;

/**
 * The heading of an amount's column in a table: the first line above without an amount (the
 * items' rows skipped, eight lines at most), its cell (words a single space apart) that overlaps
 * the amount's columns most; empty if none.
 */
function columnHeading(text: string, start: number, end: number): string {
  const line = lineAt(text, start);
  const from = start - line.start;
  const to = end - line.start;
  let at = line.start - 1;
  for (let n = 0; n < 8 && at > 0; n++) {
    const above = lineAt(text, at);
    const cells = text.slice(above.start, Math.min(above.end, above.start + 300));
    at = above.start - 1;
    if (!cells.trim() || /\d[.,]\d{2}(?!\d)/.test(cells)) continue;
    let best = '';
    let most = 0;
    for (const m of cells.matchAll(/\S+(?: \S+)*/g)) {
      const overlap = Math.min(m.index + m[0].length, to + 2) - Math.max(m.index, from - 2);
      if (overlap > most) {
        most = overlap;
        best = m[0];
      }
    }
    return best;
  }
  return '';
}

/**
 * The label on the line just above an amount alone on its line, labels and values alternating one
 * per line (a web page's or a PDF's summary copied: "Amount due" / "$87.40"): a short line of words
 * without a figure, a colon at most at its end.
 */
function labelAbove(text: string, lineStart: number): string {
  const back = text.slice(Math.max(0, lineStart - 120), Math.max(0, lineStart - 1));
  const line = back.slice(back.lastIndexOf('\n') + 1).trim();
  return line.length >= 3 &&
    line.length <= 40 &&
    line.split(/\s+/).length <= 5 &&
    /^\p{L}[\p{L}\p{M} .'’()/-]*:?$/u.test(line)
    ? line.replace(/:$/, '')
    : '';
}

function total(text: string): Reading<Amount> | undefined {
  const credit = CREDIT_NOTE.test(text.slice(0, 600));
  // an IBAN's groups of digits are no amounts ("… betalen op NL20 INGB 0007 7418 22": not 22)
  const ibans = [...text.matchAll(IBAN)].map((m) => [m.index, m.index + m[0].length] as const);
  const amounts = findAmounts(text).filter(
    (a) =>
      !ibans.some(([from, to]) => a.start >= from && a.end <= to) &&
      !looksLikeDate(text.slice(a.start, a.end + 3).trim()) &&
      // the day of a written date ("due by Feb 2, 2025", "March 14"), not an amount
      !(
        !a.currency &&
        Number.isInteger(a.value) &&
        a.value <= 31 &&
        MONTH_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start))
      ) &&
      // …or its year, whatever sign follows it ("Total to pay by 20 Apr 2025  €38.50": the € is
      // the amount's after it, and 2025 no rival total)
      !(
        Number.isInteger(a.value) &&
        a.value >= 1900 &&
        a.value <= 2099 &&
        MONTH_BEFORE_YEAR.test(text.slice(Math.max(0, a.start - 24), a.start))
      ) &&
      // …or a count of days, weeks or months ("refunded within 5-7 working days", "Net 30 days",
      // "в течение 5 банковских дней", "7 dni")
      !(
        !a.currency &&
        /^(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*(?:working[ \t]+|business[ \t]+|calendar[ \t]+|banking[ \t]+|(?:банковских|банківських|рабочих|робочих|календарных|календарних)[ \t]+)?(?:days?|weeks?|months?|hours?|years?|tage?n?|jours?|d[ií]as|dagen|dage|dagar|giorni|mesi|meses|mois|дн(?:ей|я|і|ів)|dni|dní|dnů|dana|dienų|päivä\p{L}*|gün|zile|ημέρ\p{L}*|monate?n?)(?![\p{L}])/iu.test(
          text.slice(a.end, a.end + 40),
        )
      ) &&
      // …or the day before a month's name ("Paid … on 07 February 2025")
      !(
        !a.currency &&
        Number.isInteger(a.value) &&
        a.value >= 1 &&
        a.value <= 31 &&
        MONTH_AFTER.test(text.slice(a.end, a.end + 16))
      ) &&
      // …or a count of goods, its unit after it ("TOTAL:  33,000 PCS   USD 27,250.00")
      !(!a.currency && COUNTED_UNIT.test(text.slice(a.end, a.end + 16))) &&
      // …or a card's last digits after its mask ("Paid - Visa ****1189")
      !(
        !a.currency &&
        /(?:\*{2,}|[xX•]{3,})[ \t]?$/.test(text.slice(Math.max(0, a.start - 5), a.start))
      ),
  );
  const scored: Array<{
    amount: Amount;
    score: number;
    result?: 'sum' | 'product';
    label?: string;
  }> = [];
  // the amounts of each line, by the line's start
  const rows = new Map<number, Amount[]>();
  for (const a of amounts) {
    const back = text.slice(Math.max(0, a.start - LINE_WINDOW), a.start);
    const start = a.start - back.length + back.lastIndexOf('\n') + 1;
    const row = rows.get(start);
    if (row) row.push(a);
    else rows.set(start, [a]);
  }
  for (const a of amounts) {
    // the amount's line, at most LINE_WINDOW characters either side of it (a line of a whole
    // document's amounts made each amount's look at its line cost the line's length)
    const back = text.slice(Math.max(0, a.start - LINE_WINDOW), a.start);
    const lineStart = a.start - back.length + back.lastIndexOf('\n') + 1;
    const ahead = text.slice(a.end, a.end + LINE_WINDOW);
    const lineAfter = ahead.includes('\n') ? ahead.slice(0, ahead.indexOf('\n')) : ahead;
    // the label before the amount, a column's padding closed up ("Zu zahlen bis 14.04.2025:      286,40 €")
    const before = text
      .slice(lineStart, a.start)
      // a dot leader is a column's padding too ("Total TTC ........ 31,25 €")
      .replace(/[ \t]*(?:[.…_][ \t]?){3,}[ \t]*/g, ' ')
      // a remark in brackets after the label ("Total EUR (VAT 0% – art. 146 VAT Directive)") is
      // no part of it, unless it says what the total leaves out ("Total (excl. VAT)")
      .replace(/(?<=\p{L})[ \t]*\([^()\n]{8,80}\)[ \t]*$/u, (remark) =>
        EXCLUDING.test(remark) ? remark : ' ',
      )
      .replace(/[ \t]{2,}/g, ' ')
      .slice(-64)
      .replace(DATE_AT_END, '')
      .slice(-40);
    // the label nearest the amount: the text after the last separator before it (a minus sign
    // or a currency symbol before the amount is no part of it: "USt. 19 %  -14,35 €")
    // (a sentence's full stop ends a field too: "… ist noch offen. Mahngebühr 5,00 €"; not an
    // abbreviation's dot, "inkl. MwSt", which follows a short word)
    const fields = before
      .replace(/[-–−]\s*\p{Sc}?\s*$/u, '')
      .split(/[,;|·•\n]|\s[-–—]\s|\s\/\s|(?<=(?<![\p{L}])\p{Ll}{5,})\.[ \t]+(?=\p{Lu}\p{Ll})/u);
    // in a table's row the label is the cell before ("| Total | £1,250.00 |")
    // (the nearest cell that says something: "| **Total due** | | | **$2,806.50** |")
    // (a currency's sign or code before the amount says nothing: "| Total | | $2,806.50 |")
    const says = (f: string) => f.replace(/\p{Sc}|\b[A-Z]{3}\b/gu, '').trim();
    const cell =
      // (nor a minus sign, a credit note's amounts written negative: "| Total credit | EUR -107.00 |")
      says(fields.at(-1) ?? '') ||
      !/\|\s*(?:\p{Sc}|[A-Z]{3})?\s*(?:[-–−]\s*\p{Sc}?\s*)?$/u.test(before)
        ? (fields.at(-1) ?? '')
        : // (a cell of the currency's code alone says nothing either: "| Total | | GBP | 1000.00 |")
          (fields.slice(0, -1).findLast((f) => says(f)) ?? '');
    // an amount alone on its line in a stack of values below a stack of labels (a PDF's table
    // pasted one cell per line): its label is the one in the same place in the labels' stack
    let label =
      !/[^\s\p{Sc}]/u.test(before.replace(/\b[A-Z]{3}\b/, '')) &&
      !/[^\s\p{Sc}]/u.test(lineAfter.replace(/\b[A-Z]{3}\b/, ''))
        ? (stackedLabel(text, a.start, stackValue) ??
          (says(cell) ? cell : labelAbove(text, lineStart)))
        : cell;
    // a total's row of several columns under their headings ("Summe   500,00 €   95,00 €
    // 595,00 €" under "Netto   USt   Brutto"): each amount is labelled by the row's label and its
    // column's heading; with no heading, the row's last amount is its total
    const row = rows.get(lineStart);
    if (row && row.length >= 2 && row.length <= 6) {
      const lead = text.slice(lineStart, row[0].start).replace(/\p{Sc}|\b[A-Z]{3}\b|[|:]/gu, '');
      const between = row
        .slice(1)
        .map((r, k) => text.slice(row[k].end, r.start))
        .join(' ');
      if (
        lead.trim() &&
        !/\d/.test(lead) &&
        !/[^\s\p{Sc}|]/u.test(between.replace(/\b[A-Z]{3}\b/g, '')) &&
        TOTAL_LABELS.some(([re]) => re.test(lead))
      ) {
        const heading = columnHeading(text, a.start, a.end);
        label = heading ? `${lead.trim()} ${heading}` : a === row.at(-1) ? lead.trim() : '';
      }
      // …and a row of amounts alone under a row of headings (a statement's ageing, "Current   30
      // days   60 days   TOTAL DUE" over "412.00   0.00   0.00   €412.00"): each amount is
      // labelled by its column's heading alone
      else if (
        !/[\p{L}\d]/u.test(lead.replace(/\b[A-Z]{3}\b/g, '')) &&
        !/[^\s\p{Sc}|]/u.test(between.replace(/\b[A-Z]{3}\b/g, '')) &&
        !/[^\s\p{Sc}|]/u.test(lineAfter.replace(/\b[A-Z]{3}\b/g, ''))
      )
        label = columnHeading(text, a.start, a.end);
    }
    let score = 0;
    for (const [re, weight] of TOTAL_LABELS)
      if (re.test(label)) {
        score = weight;
        break;
      }
    // a sentence naming the invoice and then its amount ("attached is invoice 4471, dated 3
    // March, for €1,250.00", "our bill of $640", "meine Rechnung vom 3.3. über 890,00 €"): the
    // invoice's amount, as a label of it would say
    if (
      score < 7 &&
      a.currency &&
      INVOICE_FOR.test(text.slice(Math.max(lineStart, a.start - 90), a.start))
    )
      score = 7;
    // a sentence saying what is left to pay ("…minus the $1,000 retainer, so the balance is
    // $3,715.00", "your remaining balance of €420", "the amount now due is £96.00")
    if (
      score < 10 &&
      a.currency &&
      BALANCE_IS.test(text.slice(Math.max(lineStart, a.start - 80), a.start))
    )
      score = 10;
    // a label after the amount, as a sentence says it ("£165 all in", "€630 in total")
    if (
      score < 9 &&
      a.currency &&
      /^\s*(?:in\s+total|total|all\s+in|altogether|insgesamt|au\s+total|en\s+total|in\s+totale|totaal|i\s+alt|yhteensä|(?:left\s+)?to\s+pay|due|payable|owing|zu\s+zahlen|à\s+payer|a\s+pagar|da\s+pagare|te\s+betalen)(?![\p{L}])/iu.test(
        lineAfter.replace(/^\s*(?:\p{Sc}|[A-Z]{3}\b)?/u, ''),
      )
    )
      score = 9;
    // a bare "Balance" after a payment, a deposit or a credit is what is left to pay
    if (
      score < 10 &&
      /^\s*(?:balance|saldo|solde)\s*:?\s*$/iu.test(
        label.replace(/\s*(?:\p{Sc}|\b[A-Z]{3})\s*$/u, ''),
      ) &&
      PAID_BEFORE.test(text.slice(Math.max(0, lineStart - 200), lineStart))
    )
      score = 10;
    // a line that takes its amount off ("abzgl. Anzahlungsbetrag 3.600,00 €", "Less: deposit
    // 500.00", "Moins acompte"): a deduction, whatever its label says
    if (score < 10 && DEDUCTED_LINE.test(text.slice(lineStart, a.start))) score = -5;
    // the total of the goods or of the items alone ("VALOR TOTAL DOS PRODUTOS", "Total des
    // produits", "Items total", "Warenwert") is a part of the invoice's, before freight, discount
    // or tax: no rival to "VALOR TOTAL DA NOTA"
    if (score > 4 && score < 10 && ITEMS_TOTAL.test(label)) score = 4;
    if ((NOT_TOTAL.test(label) && score < 9) || (EXCLUDING.test(label) && score < 10)) score = -5;
    // what is due if paid late ("Amount due after 09/04/2025: $92.72", "Betrag nach Fälligkeit"):
    // a surcharged amount, not the invoice's total, however strongly its label says "due"
    if (LATE.test(label)) score = -5;
    // the sum offered for paying early, in a sentence of terms below the total ("… 2 % Skonto
    // (Zahlbetrag 357,83 EUR)"): a discounted amount, not the invoice's total
    if (inEarlyDiscountSentence(text, a.start)) score = -5;
    // another invoice's original amount, named by a credit note ("… faktura 7702 (opprinnelig
    // beløp kr 9 875,00)"): not this document's total
    if (ORIGINAL_AMOUNT.test(text.slice(Math.max(lineStart, a.start - 60), a.start))) score = -5;
    // the whole contract's total named in a sentence of a document for one of its instalments
    // ("referente à 2ª parcela (de 3) … no valor total de R$ 11.550,00", "instalment 2 of 3 of
    // the project, with a total value of £9,000"): the contract's, not this document's
    if (
      score > 0 &&
      CONTRACT_TOTAL_IN_SENTENCE.test(text.slice(Math.max(lineStart, a.start - 40), a.start)) &&
      INSTALMENT_OF.test(text)
    )
      score = -5;
    // a line that gives its amount for reference only, in another currency or at a rate ("For
    // your reference: total in USD 272.36 (rate 36.30 THB/USD, not a payment amount)"): a
    // conversion, not what is charged
    if (REFERENCE_LINE.test(`${text.slice(lineStart, a.end)}${lineAfter}`)) score = -5;
    // the tax a total includes, said in brackets after its label ("Credit total (incl. VAT £49.67)
    // £298.00", "Summe (davon MwSt. 4,45 €)"): the tax's amount, not a rival total
    if (TAX_IN_BRACKETS.test(text.slice(Math.max(lineStart, a.start - 60), a.start))) score = -5;
    // …or in a sentence of its own: "The total includes GST of $7.27", "Im Rechnungsbetrag sind
    // 18,04 € MwSt. (19 %) enthalten", "Darin enthalten: 22,35 € MwSt."
    if (
      TAX_INCLUDED_BEFORE.test(text.slice(Math.max(lineStart, a.start - 60), a.start)) ||
      TAX_INCLUDED_AFTER.test(text.slice(a.end, a.end + 60))
    )
      score = -5;
    if (/%\s*$/.test(text.slice(a.end, a.end + 2)) || /%\s*$/.test(label)) continue;
    // a negative amount is a deduction (discount, deposit received, savings) — except in a credit
    // note, whose own amounts are written negative ("Gutschriftsbetrag -89,90 €")
    if (/-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, a.start - 3), a.start)) && !credit)
      score = -5;
    // the same sum in another currency, for information: "USD 1,200.00 (≈ EUR 1,104.00)"
    const lineBefore = text.slice(lineStart, a.start);
    // after an amount and an open bracket with no figure since: "1,200.00 (≈ EUR …" (the last
    // bracket decides; looked for without a pattern that rescans the line from every digit)
    const open = lineBefore.lastIndexOf('(');
    const inBrackets =
      open > 0 && !/[)\d]/.test(lineBefore.slice(open + 1)) && /\d/.test(lineBefore.slice(0, open));
    if (
      /(?:≈|~|\bapprox\w*|\bequiv\w*|\bcirca\b|\bca\.|\babout\b|\bentspricht|\bsoit\b|\benviron\b|\baprox\w*|\bat\s+today)[^\d\n]{0,12}$/iu.test(
        lineBefore.slice(-48),
      ) ||
      (inBrackets && findAmounts(lineBefore).length > 0)
    )
      score = Math.min(score, 0);
    // the result of a sum written out ("€1,200 + €300 = €1,500"), or of a product that is no
    // tax's ("6 500 × 0,10 € = 650,00 €"): the last such result in the text is its total
    const result = /=[ \t]*(?:\p{Sc}|[A-Z]{1,2}\$|[A-Z]{3})?[ \t]*$/u.test(lineBefore.slice(-12))
      ? computed(lineBefore.slice(0, lineBefore.lastIndexOf('=')))
      : undefined;
    if (a.currency) score += 1;
    if (score <= 0 && !a.currency && !result) continue;
    // nothing left to pay ("Balance due 0.00") is no invoice's total
    if (a.value === 0) continue;
    scored.push({ amount: a, score, result, label });
  }
  const lastResult = scored.findLast((s) => s.result);
  if (lastResult?.result) {
    const strength = lastResult.result === 'sum' ? 9 : 7;
    lastResult.score = Math.max(lastResult.score, strength + (lastResult.amount.currency ? 1 : 0));
  }
  let best: { amount: Amount; score: number } | undefined;
  // a later total beats an earlier one of the same strength (totals close a document)
  for (const s of scored) if (!best || s.score >= best.score) best = s;
  // an e-mail's earlier message quoted below it ("-------- Original message --------") is older:
  // of totals of one strength, the one above the quote is the document sent now
  const quoted = QUOTED_MESSAGE.exec(text.slice(0, 20000))?.index;
  if (best && quoted !== undefined && best.amount.start > quoted) {
    const above = scored.findLast((s) => s.amount.start < quoted && s.score >= best!.score);
    // (the quoted message's amounts are then no rivals of it)
    if (above) {
      best = above;
      scored.splice(0, scored.length, ...scored.filter((s) => s.amount.start < quoted));
    }
  }
  // a bill settled on it, without a total's label (a hotel's folio: charges, "Payment - Visa
  // -€352.50", "Balance €0.00"): what was paid is its total
  if (!best || best.score - (best.amount.currency ? 1 : 0) < 7) {
    const settled = amounts.find(
      (a) =>
        a.value === 0 &&
        /(?<![\p{L}])(?:balance|saldo|solde|restbetrag|amount\s+due|balance\s+due)(?![\p{L}])[^\n]*$/iu.test(
          lineUpTo(text, a.start),
        ),
    );
    const payments = settled
      ? amounts.filter(
          (a) =>
            a.start < settled.start &&
            a.value > (best?.amount.value ?? 0) &&
            // (a payment's line, or the largest sum taken off before the nil balance)
            (PAID_LINE.test(lineUpTo(text, a.start)) ||
              /-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, a.start - 3), a.start))),
        )
      : [];
    if (payments.length === 1)
      return {
        value: { ...payments[0], currency: payments[0].currency ?? best?.amount.currency },
        confidence: 0.8,
        how: 'the sum paid, nothing left to pay',
      };
  }
  if (!best) return undefined;
  const label = best.score - (best.amount.currency ? 1 : 0);
  let confidence = label >= 9 ? 0.95 : label >= 7 ? 0.85 : label >= 4 ? 0.6 : 0.4;
  // a part paid below the total with nothing left said: no other evidence makes the total sure
  let paidUnsaid = false;
  // the parts paid below the total add up to it (a bill settled in several payments)
  let settledInParts = false;
  // a part already paid below the total (a deposit, a payment on account): what is left is
  // payable now. The amount further down that is the total less the part is it (the arithmetic
  // says so whatever its label); with none, the total read is doubtful
  if (label < 10) {
    const chosen = best.amount;
    const cents = (v: number) => Math.round(v * 100);
    // each part paid (before the total or below it): what would be left, and from where
    const left = new Map<number, number>();
    // (what is left after a sum taken off, a voucher or a discount, not after a part paid)
    const leftByDeduction = new Set<number>();
    let paidBelow = false;
    let paidStated = false;
    // (the parts paid below it, in cents: all of it paid in parts, "Pago -150,00 / Pago -296,50")
    let paidInParts = 0;
    const chosenLineEnd = lineAt(text, chosen.end).end;
    for (const a of amounts) {
      if (a === chosen || a.value <= 0.005) continue;
      // (instalments paid beyond the total, taken off below it: "Geleistete Abschläge -1.320,00"
      // under "Gesamtbetrag 1.207,65", what is left is owed back, "Guthaben 112,35")
      const beyond = a.value >= chosen.value - 0.005;
      if (
        beyond &&
        !(
          a.value > chosen.value + 0.005 &&
          a.start > chosenLineEnd &&
          /-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, a.start - 3), a.start))
        )
      )
        continue;
      // (a share, "30% deposit, balance before shipment", is no sum paid)
      if (/^[ \t]*%/.test(text.slice(a.end, a.end + 3))) continue;
      const paid = paidBefore(lineUpTo(text, a.start));
      // an amount taken off on a line below the total, in any wording ("… kapora: -50.000,00 TL"):
      // what is left may be said below it (only the arithmetic then tells it)
      const deducted =
        !paid &&
        !credit &&
        a.start > chosenLineEnd &&
        /-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, a.start - 3), a.start));
      if (!paid && !deducted) continue;
      const rest = cents(Math.abs(chosen.value - a.value));
      left.set(rest, Math.min(left.get(rest) ?? Infinity, a.end));
      if (deducted) leftByDeduction.add(rest);
      if (a.start > chosenLineEnd && !beyond) paidInParts += cents(a.value);
      if (paid && a.start > chosen.end) {
        paidBelow = true;
        // a sum paid, stated on a line of its own below the total ("Acompte versé 400,00 €"; not
        // a share of it, "30% deposit", nor one asked for, "Deposit required (50%)")
        const line = lineUpTo(text, a.start);
        if (
          a.start > chosenLineEnd &&
          (a.currency || !chosen.currency) &&
          !/^\s*%/.test(text.slice(a.end, a.end + 3)) &&
          !/%|(?<![\p{L}])(?:required|requested|due|payable|to\s+pay|fällig|dû|exigible)(?![\p{L}])/iu.test(
            line,
          )
        )
          paidStated = true;
      }
    }
    if (left.size) {
      // (not itself a part paid: "Paid by card 60.00 / Paid in cash 40.00", nor one taken off,
      // "Pago Multibanco -182,00" after "Pago (sinal) -60,00"; but what is paid after a sum taken
      // off is what is left: "abzgl. Geschenkgutschein -20,00 / Bezahlt (PayPal) 99,00")
      const rest = amounts.find(
        (r) =>
          r.start > chosen.end &&
          r.start > (left.get(cents(r.value)) ?? Infinity) &&
          (!PAID_LINE.test(lineUpTo(text, r.start)) || leftByDeduction.has(cents(r.value))) &&
          !/-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start)),
      );
      if (rest)
        return {
          value: { ...rest, currency: rest.currency ?? chosen.currency },
          confidence: 0.9,
          how: `label strength ${label}, less a part paid`,
        };
      // a part paid below the total and nothing left said: the total is doubtful (unless the
      // parts paid below it add up to it: the bill settled in several payments)
      settledInParts = paidInParts === cents(chosen.value);
      if (paidBelow && !settledInParts) confidence = Math.min(confidence, 0.6);
      paidUnsaid = paidStated && !settledInParts;
    }
  }
  // the only amount that can be the total (the rest are parts, taxes or nothing)
  // (unless weakly labelled with something taken off below it: "Amount: $380 / Discount: $30",
  // what is left may be what is payable)
  const chosenEnd = lineAt(text, best.amount.end).end;
  const takenOffBelow =
    label < 7 &&
    amounts.some(
      (a) =>
        a.start > chosenEnd &&
        (/(?<![\p{L}])(?:discount|rabatt|nachlass|skonto|remise|descuento|sconto|korting|rabat|less|minus|deduct\p{L}*|abzgl|abzüglich)(?![\p{L}])/iu.test(
          lineUpTo(text, a.start),
        ) ||
          // (a hyphen after a figure joins a number's parts, a tax id's "/0001-90" or a phone's
          // "555-0164": no minus sign)
          /(?<![\p{L}\d])-\s*\p{Sc}?\s*$/u.test(text.slice(Math.max(0, a.start - 4), a.start))),
    );
  // (nor when a larger amount's label says "total" though something else ruled it out: "Total
  // price 120.00" is no "price" of an item, and the item's 100.00 no sure total)
  const totalRuledOut = scored.some(
    (s) =>
      s.score <= 0 &&
      s.amount.value > best.amount.value + 0.005 &&
      /(?<![\p{L}])(?:total\w*|gesamt\w*|summe|totaal|totale|totalt|yhteensä|celkem|razem)(?![\p{L}])/iu.test(
        s.label ?? '',
      ),
  );
  // (…or the only sum among them, written twice: a single item's line and its total, "Membership
  // £240.00" above "Amount received: £240.00")
  if (
    new Set(scored.filter((s) => s.score > 0).map((s) => Math.round(s.amount.value * 100))).size ===
      1 &&
    !takenOffBelow &&
    !totalRuledOut
  )
    confidence = Math.max(confidence, 0.8);
  // another amount as strongly labelled says something else: a person should look, unless the
  // total is the sum of its parts (items total + freight = total)
  // (a total before a rounding line that makes up the difference is the same total unrounded:
  // "Total 1'999.85 / Rundung 0.05 / Total 2'000.00", "Öresavrundning", "Arrondi")
  const roundings = new Set(
    amounts
      .filter((a) => ROUNDING_LINE.test(lineUpTo(text, a.start)))
      .map((a) => Math.round(Math.abs(a.value) * 100)),
  );
  const rivals = scored.filter(
    (s) =>
      s !== best &&
      s.score >= best.score &&
      Math.abs(s.amount.value - best.amount.value) > 0.005 &&
      !(
        s.amount.start < best.amount.start &&
        roundings.has(Math.round(Math.abs(s.amount.value - best.amount.value) * 100))
      ),
  );
  // (…nor a gross above it that the taxes withheld between them bring down to it; looked at for a
  // few rivals only, each a pass over the amounts)
  if (rivals.length <= 3)
    rivals.splice(
      0,
      rivals.length,
      ...rivals.filter((s) => !netOfWithheld(text, amounts, s.amount, best.amount)),
    );
  // a larger amount labelled as a total or a balance further down ("Total 100.00 … Balance due
  // incl. previous 250.00"): what is payable now is in doubt
  const chosen = best;
  const larger = scored.find(
    (s) =>
      s.amount.start > lineAt(text, chosen.amount.end).end &&
      s.score - (s.amount.currency ? 1 : 0) >= 4 &&
      s.amount.value > chosen.amount.value + 0.005 &&
      // (an amount: in cents or with its currency, not a card's last digits nor a year)
      (!!s.amount.currency || /[.,]\d{2}$/.test(text.slice(s.amount.start, s.amount.end))) &&
      !/\*{2,}|x{3,}|•{2,}/i.test(text.slice(Math.max(0, s.amount.start - 6), s.amount.start)) &&
      // (not a balance its line says a later invoice asks for: "Balance of £10,416.00 will be
      // invoiced on completion", on a deposit's invoice)
      !LATER_INVOICE.test(lineAround(text, s.amount.start, s.amount.end)),
  );
  const sums = addsUp(best.amount, amounts);
  if (rivals.length && !(sums && rivals.every((r) => r.amount.value < best.amount.value)))
    confidence = Math.min(confidence, 0.5);
  // the parts add up to it: the arithmetic confirms a weakly labelled total
  else if (sums) confidence = Math.max(confidence, 0.9);
  // an amount cut by a line's break ("Totaal te betalen   € 1.8" / "15,00", a scan's wrapped
  // line): a single decimal ending its line, figures opening the next, is part of a longer one
  {
    const { end } = lineAt(text, best.amount.end);
    if (
      /[.,]\d$/.test(text.slice(best.amount.start, best.amount.end)) &&
      !text.slice(best.amount.end, end).trim() &&
      /^[ \t]*\d/.test(text.slice(end + 1, end + 40))
    )
      confidence = Math.min(confidence, 0.5);
  }
  // (the parts adding up to the gross total say nothing of what is left after the part paid)
  if (paidUnsaid)
    return {
      value: best.amount,
      confidence: Math.min(confidence, 0.6),
      how: `label strength ${label}, but a part paid below it`,
    };
  // a tip added below the bill, on the card's slip ("Purchase 71.50 / Tip 5.00 / Total 76.50"):
  // the larger total is what was charged, the bill and its tip adding up to it
  if (
    larger &&
    amounts.some(
      (a) =>
        a.start > chosen.amount.end &&
        a.start < larger.amount.start &&
        Math.round((chosen.amount.value + a.value) * 100) ===
          Math.round(larger.amount.value * 100) &&
        TIP_LINE.test(lineUpTo(text, a.start)),
    )
  )
    return {
      value: { ...larger.amount, currency: larger.amount.currency ?? chosen.amount.currency },
      confidence: 0.85,
      how: `label strength ${label}, with the tip below it`,
    };
  // …or a tip below the bill and the sum paid with it further down, however either is labelled
  // ("SUMMA 1 284,00 / Dricks 120,00 / BETALT KORT 1 404,00", "TOTAL 23.800 / Propina 2.380 /
  // Pagado Débito 26.180"): what was charged is the bill and its tip
  {
    const cents = (v: number) => Math.round(v * 100);
    const billEnd = lineAt(text, chosen.amount.end).end;
    const tips = amounts.filter(
      (a) =>
        a.start > billEnd &&
        a.value > 0.005 &&
        a.value < chosen.amount.value &&
        !/^[ \t]*%/.test(text.slice(a.end, a.end + 3)) &&
        TIP_LINE.test(lineUpTo(text, a.start)),
    );
    const tip = tips.length === 1 ? tips[0] : undefined;
    const paidWithTip =
      tip &&
      amounts.find(
        (a) =>
          a.start > lineAt(text, tip.end).end &&
          cents(a.value) === cents(chosen.amount.value + tip.value) &&
          PAID_LINE.test(lineUpTo(text, a.start)) &&
          !TIP_LINE.test(lineUpTo(text, a.start)),
      );
    if (paidWithTip)
      return {
        value: { ...paidWithTip, currency: paidWithTip.currency ?? chosen.amount.currency },
        confidence: 0.85,
        how: `label strength ${label}, with the tip below it and paid with it`,
      };
  }
  // (whatever its parts add up to)
  if (larger)
    return {
      value: best.amount,
      confidence: Math.min(confidence, 0.6),
      how: `label strength ${label}, but ${larger.amount.value} below it`,
    };
  // a bill split between payers ("*** CUENTA DIVIDIDA *** / Pago 2 de 4", "Split bill 1 of 3") with
  // this payment's amount labelled ("Importe de este pago 21,60", "Amount of this payment",
  // "Your share"): what this payer paid is the receipt's sum
  if (SPLIT_BILL.test(text)) {
    const mine = amounts.find(
      (a) => a.start > best.amount.end && THIS_PAYMENT.test(lineUpTo(text, a.start)),
    );
    if (mine && mine.value < best.amount.value - 0.005)
      return {
        value: { ...mine, currency: mine.currency ?? best.amount.currency },
        confidence: 0.8,
        how: `this payment's share of a split bill of ${best.amount.value}`,
      };
  }
  // a card charged less than the total on a line below it ("TARJETA VISA ****0932   21,60" under
  // "TOTAL MESA 86,40": a bill split between payers, or paid partly otherwise): whether the books
  // want the whole or the share, a person tells
  const totalLineEnd = lineAt(text, best.amount.end).end;
  const totalValue = best.amount.value;
  const share = amounts.find(
    (a) =>
      !settledInParts &&
      a.start > totalLineEnd &&
      a.value > 0.005 &&
      a.value < totalValue - 0.005 &&
      // (not the card's own last digits)
      !/[*xX•][ \t]?$/.test(text.slice(Math.max(0, a.start - 2), a.start)) &&
      // (an amount: with its currency or its cents, not a part of the payment's date or time,
      // "Visa ••••4471 21/06/2025 22:14 £14.62")
      (!!a.currency || /[.,]\d{2}$/.test(text.slice(a.start, a.end))) &&
      CARD_MASK.test(lineUpTo(text, a.start)),
  );
  // (…unless the cards charged below it add up to it: the bill paid on two cards, "Zahlung 1
  // VISA ****1180 100,00" / "Zahlung 2 girocard ****7741 86,40" under "Summe EUR 186,40")
  const cards = amounts.filter(
    (a) =>
      a.start > totalLineEnd &&
      a.value > 0.005 &&
      !/[*xX•][ \t]?$/.test(text.slice(Math.max(0, a.start - 2), a.start)) &&
      (!!a.currency || /[.,]\d{2}$/.test(text.slice(a.start, a.end))) &&
      CARD_MASK.test(lineUpTo(text, a.start)),
  );
  const cardsSettle =
    cards.length >= 2 &&
    cards.every((a) => a.value < totalValue - 0.005) &&
    Math.round(cards.reduce((sum, a) => sum + a.value, 0) * 100) === Math.round(totalValue * 100);
  if (share && !cardsSettle)
    return {
      value: best.amount,
      confidence: Math.min(confidence, 0.6),
      how: `label strength ${label}, but a card charged ${share.value} below it`,
    };
  // a receipt of a payment (its title says so) with what is left to pay after it: which the books
  // want, the sum paid or the balance, a person tells
  const chosenAmount = best.amount;
  if (
    label >= 10 &&
    PAYMENT_RECEIPT.test(text.slice(0, 200)) &&
    amounts.some(
      (a) =>
        a !== chosenAmount &&
        Math.abs(a.value - chosenAmount.value) > 0.005 &&
        PAID_LINE.test(lineUpTo(text, a.start)),
    )
  )
    return {
      value: best.amount,
      confidence: Math.min(confidence, 0.6),
      how: `label strength ${label}, but a payment's receipt with the sum paid`,
    };
  return { value: best.amount, confidence, how: `label strength ${label}` };
}

/** The marker of an earlier message quoted under a reply ("-----Original Message-----", "Am … schrieb:"). */
const QUOTED_MESSAGE =
  /^[ \t>]*(?:-{2,}[ \t]*(?:original[ \t]+message|ursprüngliche[ \t]+nachricht|message[ \t]+d['’]origine|mensaje[ \t]+original|messaggio[ \t]+originale|oorspronkelijk[ \t]+bericht|originalmeddelande|opprinnelig[ \t]+melding|oprindelig[ \t]+meddelelse|alkuperäinen[ \t]+viesti|mensagem[ \t]+original)[ \t]*-{2,}|(?:on|am|le|el|il|op)[ \t][^\n]{6,160}(?:wrote|schrieb|a[ \t]+écrit|escribió|ha[ \t]+scritto|schreef)(?![\p{L}])[^\n:]{0,100}:[ \t]*$)/imu;
/** An IBAN: a country's code, two check digits and groups of four (maybe spaced), the last shorter. */
const IBAN =
  /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\p{L}\d])/gu;

/** A card's number masked but for its last four digits ("****0932", "XXXX XXXX XXXX 5521"). */
const CARD_MASK = /(?:[*xX•]{2,}[ \t-]?){1,4}\d{4}(?!\d)/;

/** A payment's receipt by its title ("PAYMENT RECEIPT", "Zahlungsbestätigung", "Reçu de paiement"). */
const PAYMENT_RECEIPT =
  /^[ \t\n]*(?:payment[ \t]+(?:receipt|confirmation)|receipt[ \t]+(?:of|for)[ \t]+payment|zahlungs(?:bestätigung|eingang\p{L}*|quittung)|reçu[ \t]+de[ \t]+paiement|recibo[ \t]+de[ \t]+pago|ricevuta[ \t]+di[ \t]+pagamento|betalingsbevis|betalningskvitto)(?![\p{L}])/iu;

/** A currency's label and its code after it ("Moneda: MXN", "Devise : EUR", "Currency - CAD"). */
/** A sentence saying which currency all amounts are in ("All amounts are in Canadian dollars"). */
const AMOUNTS_IN =
  /(?<![\p{L}])(?:all[ \t]+)?(?:amounts|prices|figures|sums|totals)[ \t]+(?:are[ \t]+)?(?:(?:shown|stated|quoted|given|expressed|invoiced)[ \t]+)?in[ \t]+(?:the[ \t]+)?([A-Z]{3}(?![\p{L}])|(?:canadian|australian|new[ \t]+zealand|us|u\.s\.|american|singapore|hong[ \t]+kong)[ \t]+dollars?|euros?|pounds?[ \t]+sterling|british[ \t]+pounds?|sterling|swiss[ \t]+francs?|japanese[ \t]+yen|indian[ \t]+rupees?|south[ \t]+african[ \t]+rand)/iu;
/** The currencies named in words in such a sentence. */
const CURRENCY_NAMES: Record<string, string> = {
  'canadian dollars': 'CAD',
  'canadian dollar': 'CAD',
  'australian dollars': 'AUD',
  'australian dollar': 'AUD',
  'new zealand dollars': 'NZD',
  'new zealand dollar': 'NZD',
  'us dollars': 'USD',
  'us dollar': 'USD',
  'u.s. dollars': 'USD',
  'u.s. dollar': 'USD',
  'american dollars': 'USD',
  'singapore dollars': 'SGD',
  'singapore dollar': 'SGD',
  'hong kong dollars': 'HKD',
  'hong kong dollar': 'HKD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  'pound sterling': 'GBP',
  'british pounds': 'GBP',
  'british pound': 'GBP',
  sterling: 'GBP',
  'swiss francs': 'CHF',
  'swiss franc': 'CHF',
  'japanese yen': 'JPY',
  'indian rupees': 'INR',
  'indian rupee': 'INR',
  'south african rand': 'ZAR',
};
const CURRENCY_LABEL =
  /(?<![\p{L}])(?:currency|moneda|divisa|devise|monnaie|währung|valuta|moeda|waluta|měna|mena|valūta|para[ \t]+birimi|νόμισμα|валюта)[ \t]*[:：\-–][ \t]*([A-Z]{3})(?![\p{L}])/iu;
function currencyOf(text: string, amount: Amount | undefined): Reading<string> | undefined {
  // a code in the total's own label: "Amount due (USD): 3,300.00"
  const label =
    amount &&
    `${text.slice(lineAt(text, amount.start).start, amount.start)} ${stackedLabel(text, amount.start, stackValue) ?? ''}`;
  const labelled = label && [...label.matchAll(/\b[A-Z]{3}\b/g)].find((m) => ISO_4217.has(m[0]));
  if (!amount?.currency && labelled)
    return { value: labelled[0], confidence: 0.9, how: "in the total's label" };
  // …or the euro's name ("TOTAL EUROS  29,50", "Importe total (euros)", "Summe Euro"), the one
  // currency of many countries whose name says which
  if (!amount?.currency && label && /(?<![\p{L}])euros?(?![\p{L}])/iu.test(label))
    return { value: 'EUR', confidence: 0.9, how: "named in the total's label" };
  // a currency in brackets in a column's heading above the total ("Ποσό (€)", "Amount (EUR)"), or
  // in the total's own label ("TOTAL (€)   5,89")
  if (amount && !amount.currency) {
    const above = text.slice(Math.max(0, amount.start - 2000), amount.start);
    // (…or a dollar's sign with its country's letters after a column's word, "Charges S$",
    // "Amount NZ$", its column's gap or the line's end after it)
    // (…or a sign of letters in brackets that is a currency's, "Jumlah (RM)", "Kwota (zł)")
    const heading = [
      ...above.matchAll(
        /\([ \t]*(\p{Sc}|[A-Z]{3}|\p{L}{2,3})[ \t]*\)|(?<![\p{L}\p{N}])((?:A|C|CA|S|NZ|HK|US|NT)\$)(?<=\p{L}[ \t]+[A-Z]{1,2}\$)(?=[ \t]*(?:\n|$)|[ \t]{2,})/gu,
      ),
    ]
      .filter((m) => !m[1] || /^(?:\p{Sc}|[A-Z]{3})$/u.test(m[1]) || symbols?.has(m[1]))
      .at(-1);
    const sign = heading && (heading[1] ?? heading[2]);
    // (a shared sign read as the document's other words place it: "Rate ($)" under a Toronto
    // address is a Canadian dollar)
    const near = sign && !ISO_4217.has(sign) ? currencyNear(sign, '', text) : undefined;
    const code = sign && (ISO_4217.has(sign) ? sign : near?.code);
    if (heading && code) {
      const guessed = near?.guessed;
      return {
        value: code,
        confidence: guessed ? 0.6 : 0.85,
        how: "in a column's heading above the total",
      };
    }
  }
  // a code above the total in its column ("Betrag EUR" heading the amounts' column)
  if (amount && !amount.currency) {
    const here = lineAt(text, amount.start);
    const from = here.column;
    const to = from + (amount.end - amount.start);
    // (a gap before it cut to MAX_RUN, the amount last on its line: it stood further right than
    // read, in the right-most column, "Summe Belastungen" and 43 spaces before "336,00"; the
    // code that ends a line above heads that column, "Menge     Betrag EUR")
    const cut =
      !text.slice(amount.end, here.end).trim() &&
      text.slice(here.start, amount.start).includes(' '.repeat(MAX_RUN));
    let end = here.start - 1;
    for (let n = 0; n < 40 && end > 0; n++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, Math.min(end, start + 300));
      const code = [...line.matchAll(/\b[A-Z]{3}\b/g)].find(
        (m) =>
          ISO_4217.has(m[0]) &&
          m.index + 3 >= from - 4 &&
          (m.index <= to + 4 || (cut && !line.slice(m.index + 3).trim())),
      );
      if (code)
        return { value: code[0], confidence: 0.85, how: "in the column's heading above the total" };
      end = start - 1;
    }
  }
  // the total written in words after its code ("Amount Chargeable (in words): INR Seventy Six
  // Thousand One Hundred Ten Only", "Say: USD Two Thousand Only"): the code is its currency
  const inWords =
    /(?<![\p{L}])(?:in[ \t]+words|say)[^\n:]{0,30}:[ \t]*([A-Z]{3})[ \t]+\p{Lu}\p{Ll}+/u.exec(
      text.slice(0, 20000),
    );
  if (!amount?.currency && inWords && ISO_4217.has(inWords[1]))
    return { value: inWords[1], confidence: 0.9, how: 'before the total in words' };
  // the currency labelled by its code ("Moneda: MXN", "Currency: CAD", "Währung: CHF"): the
  // document's, over a symbol read by default or none by the total
  const labelledCode = CURRENCY_LABEL.exec(text)?.[1];
  if (labelledCode && ISO_4217.has(labelledCode) && (!amount?.currency || amount.guessed))
    return { value: labelledCode, confidence: 0.9, how: 'labelled' };
  // …or said for all its amounts ("All amounts are in Canadian dollars", "Prices in EUR")
  const stated = AMOUNTS_IN.exec(text.slice(0, 20000));
  const statedCode =
    stated &&
    (ISO_4217.has(stated[1])
      ? stated[1]
      : CURRENCY_NAMES[stated[1].toLowerCase().replace(/\s+/g, ' ')]);
  if (statedCode && (!amount?.currency || amount.guessed))
    return { value: statedCode, confidence: 0.9, how: 'said for all its amounts' };
  // a dollar read as the US dollar by default in a text that charges GST or VAT, which the US
  // does not levy: another country's dollar, for a person to tell
  // (…and one whose tax ids or address say which: Quebec's TPS and TVQ and a Canadian postal
  // code, "Saint-Jérôme (QC) J7Z 5T2", are Canada's, so Canadian dollars)
  const dollarCountry =
    amount?.currency === 'USD' && amount.guessed
      ? COUNTRY_IDS.find(([re]) => re.test(text))?.[1]
      : undefined;
  if (dollarCountry && DOLLARS.has(dollarCountry) && dollarCountry !== 'USD')
    return { value: dollarCountry, confidence: 0.75, how: 'a dollar in the country of its tax id' };
  if (
    amount?.currency === 'USD' &&
    amount.guessed &&
    /(?<![\p{L}])(?:GST|VAT|HST|PST|QST|TPS|TVQ)(?![\p{L}])/u.test(text)
  )
    return { value: 'USD', confidence: 0.6, how: 'shared symbol by default, but GST or VAT' };
  // "kr" read as the Swedish krona by default in a text of Danish or Norwegian words ("Dato",
  // "Kvittering", "Forfallsdato") and none only Swedish ("Datum", "Kvitto", "Att betala"): the
  // Danish or the Norwegian krone, for a person to tell
  if (
    amount?.currency === 'SEK' &&
    amount.guessed &&
    /(?<![\p{L}])(?:\p{L}*dato|kvittering\p{L}*|beløp|beløb|forfal\p{L}*|bestilling\p{L}*)(?![\p{L}])/iu.test(
      text,
    ) &&
    !/(?<![\p{L}])(?:\p{L}*datum|kvitto|belopp|att[ \t]+betala|förfall\p{L}*|summa|växel|beställning\p{L}*)(?![\p{L}])/iu.test(
      text,
    )
  )
    return {
      value: 'SEK',
      confidence: 0.6,
      how: 'shared symbol by default, but Danish or Norwegian words',
    };
  if (amount?.currency)
    return {
      value: amount.currency,
      confidence: amount.guessed ? 0.8 : 0.95,
      how: amount.guessed ? 'shared symbol by default' : 'next to the total',
    };
  const withCurrency = findAmounts(text).filter((a) => a.currency);
  // the total's own sum written elsewhere with its currency ("Egenbetaling 1.387,50" above
  // "Beløbet på kr. 1.387,50 bedes indbetalt"): the total's currency, as if next to it
  const same = amount && withCurrency.find((a) => Math.abs(a.value - amount.value) < 0.005);
  if (same?.currency)
    return {
      value: same.currency,
      confidence: same.guessed ? 0.8 : 0.95,
      how: 'next to the same sum elsewhere',
    };
  const other = withCurrency[0];
  if (other?.currency)
    return {
      value: other.currency,
      confidence: other.guessed ? 0.6 : 0.8,
      how: 'next to another amount',
    };
  const codes = [...text.matchAll(/\b[A-Z]{3}\b/g)].filter((m) => ISO_4217.has(m[0]));
  const code = codes[0]?.[0];
  // the one code in the text on a line of its own, a till's receipt's heading of its amounts
  // ("LIDL … / EUR / Bananen   1,29 A"): their currency
  if (
    code &&
    codes.every((m) => m[0] === code) &&
    // (the first few: a long text of codes on one line is not searched from each of them)
    codes.slice(0, 16).some((m) => {
      const line = lineAt(text, m.index);
      return text.slice(line.start, line.end).trim() === code;
    })
  )
    return {
      value: code,
      confidence: 0.85,
      how: "a code on a line of its own, the amounts' heading",
    };
  // no amount says it: the country's own tax or company id does ("P.IVA" is Italian, so euros)
  const country = COUNTRY_IDS.find(([re]) => re.test(text));
  // (…and a code written in the text that the country's ids agree with, "Total AUD inc GST" on
  // an invoice with an ABN and "VIC 3163": the two together)
  if (code && codes.every((m) => m[0] === code) && country?.[1] === code)
    return { value: code, confidence: 0.85, how: 'a code in the text, as its tax id’s country' };
  if (code) return { value: code, confidence: 0.6, how: 'a code in the text' };
  if (country) return { value: country[1], confidence: 0.75, how: 'the country of its tax id' };
  // nor that: a script only one currency's country writes invoices in does (a Korean receipt's
  // "합계금액 64,000" is in won, a Japanese one's in yen, a Thai one's in baht)
  const head = text.slice(0, 5000);
  const script = SCRIPT_CURRENCY.find(([re]) => re.test(head));
  return script
    ? { value: script[1], confidence: 0.75, how: 'the country of its script' }
    : undefined;
}

/** Scripts written by one currency's country alone (kana: Japan; Hangul: Korea; Thai; Hebrew). */
const SCRIPT_CURRENCY: Array<[RegExp, string]> = [
  // (a Taiwanese uniform invoice, its e-invoice's proof copy "電子發票證明聯", its seller's unified
  // business number "統一編號", a date of the Republic's era "民國113年": New Taiwan dollars)
  [/電子發票證明聯|統一發票|統一編號|民國[ \t]*\d{2,3}[ \t]*年/u, 'TWD'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'JPY'],
  [/\p{Script=Hangul}/u, 'KRW'],
  // (Chinese in its simplified characters, which only the mainland writes: "合计", "金额", "发票")
  [/发票|人民币|[计额费单总实]/u, 'CNY'],
  [/\p{Script=Thai}/u, 'THB'],
  [/\p{Script=Hebrew}/u, 'ILS'],
  [/\p{Script=Georgian}/u, 'GEL'],
  [/\p{Script=Armenian}/u, 'AMD'],
];

/**
 * The vendor of a text typed all in lower case ("from: blue harbour kayaks ltd"): read with every
 * word capitalised, as it is written in the text.
 */
function lowerCaseVendor(text: string): Reading<string> | undefined {
  if (/\p{Lu}/u.test(text)) return undefined;
  const titled = text.replace(/(^|[^\p{L}\p{M}'’])(\p{Ll})/gu, (m, a: string, b: string) =>
    b.toUpperCase().length === 1 ? a + b.toUpperCase() : m,
  );
  const r = vendor(titled);
  if (!r) return undefined;
  const at = text.toLowerCase().indexOf(r.value.toLowerCase());
  return {
    ...r,
    value: at >= 0 ? text.slice(at, at + r.value.length) : r.value,
    confidence: Math.min(r.confidence, 0.8),
    how: `${r.how}, in lower case`,
  };
}

/** Words of an invoice's labels, as a scan's OCR misreads them ("T0TAL", "Invo1ce", "lNVOICE"). */
const OCR_WORDS = new Set([
  'invoice',
  'receipt',
  'total',
  'subtotal',
  'date',
  'amount',
  'balance',
  'number',
  'paid',
  'payable',
  'due',
  'tax',
  'vat',
  'grand',
  'thank',
  'you',
  'rechnung',
  'summe',
  'gesamt',
  'datum',
  'betrag',
  'facture',
  'factura',
  'fattura',
  'totale',
]);
/** An English month's name or its abbreviation ("Jan", "Sept.", "March"). */
const ENGLISH_MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?`;
/**
 * Two characters of a day of the month, a look-alike among them, before an English month's name
 * or after one and before its year ("O9 Jan 2025", "Jan l4, 2025").
 */
const OCR_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])[\dOoIl]{2}(?=\.?[ \t]+${ENGLISH_MONTH}(?![\p{L}]))|(?<=(?<![\p{L}])${ENGLISH_MONTH}[ \t]+)[\dOoIl]{2}(?=,?[ \t]+\d{4}(?!\d))`,
  'giu',
);
/** OCR's look-alikes: a letter for a digit or a digit for a letter. */
const LOOK_ALIKES: Record<string, string[]> = {
  '0': ['o'],
  '1': ['i', 'l'],
  l: ['l', 'i'],
  I: ['i', 'l'],
};

/**
 * A pound sign read as an "f" before the amounts of a scanned British receipt ("f56.92", "TOTAL
 * f61.62", "f1O.27"): the sign, where two amounts or more have it (a misreading repeats down the
 * column; one "f" before a figure may be anything).
 */
const POUND_F = /(?<![\p{L}\d])f(?=[\dOoIl]{1,3}(?:,[\dOoIl]{3})*\.[\dOoIl]\d(?![\p{L}\d.,]))/gu;
/**
 * A scan's text with OCR's commonest misreadings undone, character for character (so every
 * position stays): letters among a number's digits ("2O/O6/2025") and digits in a label's word
 * ("T0TAL", "Subtota1", "lNVOICE"), only where the word is then a label's.
 */
export function deOcr(scanned: string): string {
  // (a pound sign read as an "f": see POUND_F)
  const text = (scanned.match(POUND_F)?.length ?? 0) >= 2 ? scanned.replace(POUND_F, '£') : scanned;
  const digits = text.replace(/(?<![\p{L}\d])[\dOoIl][\dOoIl./:,-]*[\dOoIl](?![\p{L}\d])/gu, (m) =>
    // an amount or a date whose look-alikes read as figures has the shape of one ("5.OOO,OO",
    // "l.l90,OO", "l4/O3/2O25"): a figure among them, then groups and cents, or day, month, year
    /\d/.test(m) &&
    /[OoIl]/.test(m) &&
    // (or a whole amount of two groups of thousands or more, as rupiah and pesos are written: "28.675.0OO")
    /^(?:\d{1,3}(?:[.,]\d{3})*[.,]\d{2}|\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+|\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4}))$/.test(
      m.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'),
    )
      ? m.replace(/[Oo]/g, '0').replace(/[Il]/g, '1')
      : (m.match(/\d/g)?.length ?? 0) >= 2 && /[OoIl]/.test(m) && !/[OoIl]{2}/.test(m)
        ? m.replace(/[OoIl]/g, (c, i: number) =>
            /[\d./:,-]/.test(m[i - 1] ?? '') &&
            (/[\d./:,-]/.test(m[i + 1] ?? '') ||
              // the last decimal of an amount ("1,572.5O")
              (i === m.length - 1 && /[.,]\d$/.test(m.slice(0, i))))
              ? /[Oo]/.test(c)
                ? '0'
                : '1'
              : c,
          )
        : m,
  );
  // a day of the month with a look-alike for one of its two figures, next to an English month's
  // name ("O9 Jan 2025", "l5 March", "Jan 2O, 2025"): too short for the shapes above, read as
  // figures when it is then a day (a figure in it, so a word like "lO" stays)
  const days = digits.replace(OCR_DAY, (day) => {
    const figures = day.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    return /\d/.test(day) && Number(figures) >= 1 && Number(figures) <= 31 ? figures : day;
  });
  // a space read before a thousands separator ("$ 1 ,572.50"): moved after the amount, so every
  // position after it stays
  const spaced = days.replace(
    /(?<=\d) ([.,]\d{3}(?:[.,]\d{1,2})?)(?![\d.,])/g,
    (_, rest: string) => `${rest} `,
  );
  // a typed label with two letters swapped ("Invioce", "Totla", "Reciept")
  const swapped = spaced.replace(/(?<![\p{L}\d])\p{L}{5,12}(?![\p{L}\d])/gu, (word) => {
    const lower = word.toLowerCase();
    if (OCR_WORDS.has(lower)) return word;
    for (let i = 0; i + 1 < lower.length; i++) {
      const fixed = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
      if (OCR_WORDS.has(fixed))
        return [...fixed]
          .map((c, k) =>
            word[k] === word[k].toUpperCase() && word[k] !== word[k].toLowerCase()
              ? c.toUpperCase()
              : c,
          )
          .join('');
    }
    return word;
  });
  // "lnc." after a name: Inc. with its I read as an l (no word of any language is "lnc")
  const inc = swapped
    .replace(/(?<=\p{L}[ \t,]+)lnc(?=\.|[ \t]*$)/gmu, 'Inc')
    // "N0:" before a number, a "No" with its O read as a zero ("INV0ICE N0: 2025-0441")
    .replace(/(?<![\p{L}\d])([Nn])0(?=[.:#][ \t]*[\p{L}\d])/gu, (_, n: string) =>
      n === 'N' ? 'NO' : 'no',
    );
  const known = inc.replace(/(?<![\p{L}\d])[\p{L}01]{3,12}(?![\p{L}\d])/gu, (word) => {
    if (!/[01lI]/.test(word) || OCR_WORDS.has(word.toLowerCase())) return word;
    let variants = [''];
    for (const c of word) {
      const options = LOOK_ALIKES[c] ?? [c.toLowerCase()];
      variants = variants.flatMap((v) => options.map((o) => v + o));
      if (variants.length > 64) return word;
    }
    const found = variants.find((v) => OCR_WORDS.has(v));
    // (an l for an I opening a known word in lower case too: "lnvoice No:")
    if (!found || (!/[01]/.test(word) && !/^l\p{L}/u.test(word))) return word;
    const upper = (word.match(/\p{Lu}/gu)?.length ?? 0) > word.length / 2;
    return [...found]
      .map((c, i) =>
        c !== word[i].toLowerCase() && /[01lI]/.test(word[i])
          ? upper
            ? c.toUpperCase()
            : c
          : word[i],
      )
      .join('');
  });
  // an O read as a 0 in a word in capitals, at its end or between its letters ("DOCUMENT0 N.",
  // "TOTALE COMPLESSIV0", "DESCRIZI0NE"): a word of six letters or more and no other figure, not
  // a code's
  const capitals = known
    .replace(
      /(?<![\p{L}\d/_.-])(?=\p{Lu}[\p{Lu}0]{5,20}(?![\p{L}\d/_.-]))(?=[\p{Lu}]*0)\p{Lu}+(?:0\p{Lu}+)*0?(?![\p{L}\d/_.-])/gu,
      (word) =>
        /0/.test(word) && word.replace(/0/g, '').length >= 5 ? word.replace(/0/g, 'O') : word,
    )
    // an I read as an l in a word in capitals ("MlLLBROOK HARDWARE", "ELECTRlCAL SERVlCES"): three
    // capitals or more and fewer l's, no word in capitals has a small l
    .replace(/(?<![\p{L}\d])[\p{Lu}l]{4,30}(?![\p{L}\d])/gu, (word) => {
      const caps = word.replace(/l/g, '').length;
      return /l/.test(word) && caps >= 3 && word.length - caps < caps / 2
        ? word.replace(/l/g, 'I')
        : word;
    });
  // a 1 or a 0 read inside a word in lower case ("Brightwater P1umbing Ltd", "Boi1er", "C0ffee"):
  // its l or its o
  return capitals.replace(
    /(?<![\p{L}\d])(\p{L}+)([10])(\p{Ll}{2,})(?![\p{L}\d])/gu,
    (_, left: string, digit: string, right: string) =>
      left + (digit === '1' ? 'l' : /\p{Lu}$/u.test(left) && left.length > 1 ? 'O' : 'o') + right,
  );
}

/**
 * A US town and state (with its ZIP code, or a state whose abbreviation is no country's code):
 * "Flagstaff AZ", "Dayton, OH 45402"; a till's town in capitals with its ZIP code ("CHICAGO, IL 60610").
 */
const US_PLACE =
  /\p{Lu}\p{Ll}+,?[ \t]+(?:(?:AL|AK|AZ|AR|CA|CO|CT|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?|(?:AZ|OH|NY|TX|NJ|NC|ND|SD|WA|WV|WI|WY|KS|KY|OK|UT|VT|VA|NV|NH|NM|MN|MO|MI|IA|FL|CT|HI|AK)(?![ \t]*\d{4}(?!\d)))(?![\p{L}\d])|\p{Lu}{3,},?[ \t]+(?:AL|AK|AZ|AR|CA|CO|CT|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?(?![\p{L}\d])/u;

/** The currencies named dollars, whose symbol "$" alone does not tell them apart. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
/** Tax and company ids that only one country's documents carry, and that country's currency. */
const COUNTRY_IDS: Array<[RegExp, string]> = [
  [/\bCHE[-\s]?\d{3}\.\d{3}\.\d{3}\b/, 'CHF'],
  [
    /(?<![\p{L}])(?:p\.?\s?iva|partita\s+iva|codice\s+fiscale|siret|siren|ust-?id\p{L}*|steuernummer|st\.-?nr|handelsregister|amtsgericht|kvk|btw-?(?:nr|nummer)|y-tunnus|nif|nipc|uid-?nr|atu\d{8})(?![\p{L}])/iu,
    'EUR',
  ],
  // (…and a British VAT number without its "GB", three, four and two figures: "VAT No 412 8830 17")
  [
    /(?<![\p{L}])(?:registered\s+in\s+england|companies\s+house|vat\s+(?:no|reg\w*)\.?:?\s*GB)(?![\p{L}])|(?<![\p{L}])vat[ \t]+(?:no|number|reg(?:istration)?(?:[ \t]+no)?)\.?:?[ \t]*\d{3}[ ]?\d{4}[ ]?\d{2}(?![\d])/iu,
    'GBP',
  ],
  // a German town after its five-figure postcode on a document charging "MwSt" ("80331 München",
  // Switzerland's and Austria's postcodes have four): euros
  [
    /^(?=[\s\S]*?(?<![\p{L}])(?:MwSt|MWST|USt)(?![\p{L}]))[\s\S]*?(?<![\d.,])\d{5}[ \t]+\p{Lu}\p{Ll}{2,}/u,
    'EUR',
  ],
  // an Australian business number, a state and its four-digit postcode ("Fremantle WA 6160"), Pty Ltd
  // (not a phone number's first four figures after "WA", WhatsApp, as Indonesian and Malaysian
  // small businesses sign their e-mails and receipts: "Telp/WA 0812-2745-1190")
  [
    /(?<![\p{L}])(?:abn|acn|ABN|ACN)[:\s]*\d{2}[\s]?\d{3}|(?<![\p{L}])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}(?!\d|[ \t]?[-–.][ \t]?\d)|(?<![\p{L}])Pty\.?[ \t]+Ltd(?![\p{L}])/u,
    'AUD',
  ],
  [/(?<![\p{L}])(?:gstin|pan\s+no)(?![\p{L}])/iu, 'INR'],
  // a Singapore private company's form ("… PTE LTD", "Pte. Ltd.") or its unique entity number
  [/(?<![\p{L}])(?:pte\.?[ \t]+ltd|uen)(?![\p{L}])/iu, 'SGD'],
  // a New Zealand business number ("NZBN 9429041234567")
  [/(?<![\p{L}])nzbn(?![\p{L}])/iu, 'NZD'],
  [/(?<![\p{L}])(?:cvr|momsnr|at\s+betale)(?![\p{L}])/iu, 'DKK'],
  [
    /(?<![\p{L}])(?:kvitto|växel|att\s+betala|bankgiro|plusgiro|organisationsnummer|godkänd\s+för\s+f-skatt)(?![\p{L}])/iu,
    'SEK',
  ],
  [/(?<![\p{L}])(?:mva|å\s+betale|foretaksregisteret)(?![\p{L}])/iu, 'NOK'],
  [/(?<![\p{L}])(?:nip|regon)(?![\p{L}])/iu, 'PLN'],
  [/(?<![\p{L}])(?:ičo|dič)(?![\p{L}])/iu, 'CZK'],
  [/(?<![\p{L}])(?:vkn|vergi\s+no|kdv)(?![\p{L}])/iu, 'TRY'],
  // a Vietnamese invoice: its tax code, its VAT (GTGT), its dong in words
  [/(?<![\p{L}])(?:mã\s+số\s+thuế|gtgt|đồng)(?![\p{L}])/iu, 'VND'],
  // an Indonesian bill: its tax number (NPWP), the national QR payment (QRIS), a restaurant's
  // regional tax (PB1) — a warung's or caterer's receipt that prints its amounts without "Rp"
  [/(?<![\p{L}])(?:npwp|qris|pb1)(?![\p{L}])/iu, 'IDR'],
  // the value-added tax's name where only one currency's countries use it (Dutch and Belgian
  // BTW, Finnish ALV, Greek ΦΠΑ, Lithuanian PVM: euros; Hungarian ÁFA: forints)
  [/(?<![\p{L}])(?:btw|alv|φπα|pvm)(?![\p{L}])/iu, 'EUR'],
  [/(?<![\p{L}])áfa(?![\p{L}])/iu, 'HUF'],
  [/(?<![\p{L}])(?:cnpj|cpf)(?![\p{L}])/iu, 'BRL'],
  [/(?<![\p{L}])rfc(?![\p{L}])/iu, 'MXN'],
  // a US town and state ("Flagstaff AZ", "Dayton, OH 45402")
  [US_PLACE, 'USD'],
  // (…any state's, "Missoula, MT" too, on a receipt that charges sales tax, the US's own tax
  // where others levy VAT or GST)
  [
    /^(?=[\s\S]*?(?<![\p{L}])(?:[Ss]ales|SALES)[ \t]+(?:[Tt]ax|TAX)(?![\p{L}]))[\s\S]*?(?<![\p{L}])\p{Lu}\p{L}{1,30},[ \t]+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)(?![\p{L}\d])/u,
    'USD',
  ],
  // Canada's sales taxes only it levies (HST, QST, TVQ), a GST/HST number ("81234 5678 RT0001"),
  // a province and its postal code ("Toronto ON M5H 1K5"); after a US town and state, whose "HST"
  // is Hawaii's time
  [
    /(?<![\p{L}])(?:HST|QST|TVQ)(?![\p{L}])|\d{4}[ \t]?\d{4}[ \t]?RT[ \t]?\d{4}(?!\d)|(?<![\p{L}])(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\p{L}\d])/u,
    'CAD',
  ],
  // a British postcode after its town ("Ludlow SY8 1AA", "Bristol BS1 6FL")
  [/\p{Lu}\p{Ll}+,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\d])/u, 'GBP'],
];

/** A statement of account's title in a document's first lines (not "Statement / Invoice"). */
const STATEMENT_TITLE =
  /^(?:[^\n]*\n){0,5}?[^\n]*?(?<![\p{L}])(?:statement\s+of\s+account|account\s+statement|statement(?=[ \t]*(?:\n|$|[-–—:][ \t]*\d))|kontoauszug|kontoübersicht|relevé\s+de\s+compte|estado\s+de\s+cuenta|extracto\s+de\s+cuenta|estratto\s+conto|rekeningoverzicht|kontoutdrag|kontoudtog|tiliote|wyciąg)(?![\p{L}])(?![ \t]*[/&][ \t]*\p{L})/iu;
/** A date in a statement's row (day, month and year in figures, or a day and a month's name). */
const ROW_DATE =
  /(?<![\d.,])(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[ \t]+\p{L}{3,9}\.?[ \t]+\d{2,4})(?![\d.,])/u;
/**
 * A statement of account's title on a line of its own further down, below a message and a
 * letterhead ("Hi Aoife, can you check … / CLARKE FOODS LTD / … / STATEMENT OF ACCOUNT"), or a bare
 * "STATEMENT" before its account's or its date's label ("STATEMENT  Account: RAT001  Statement date: …").
 */
const STATEMENT_LINE =
  /(?:^|\n)[ \t]*(?:[-=*_~]{2,}[ \t]*|[^\n]{0,60}?[ \t][—–|-][ \t]*)?(?:statement[ \t]+of[ \t]+account|account[ \t]+statement|kontoauszug|relevé[ \t]+de[ \t]+compte|estado[ \t]+de[ \t]+cuenta|estratto[ \t]+conto|rekeningoverzicht|kontoutdrag|kontoudtog|tiliote)[ \t]*:?(?:[ \t]*(?:[-=*_~]{2,}[ \t]*)?(?:\n|$)|[ ]{3,}|\t|[ \t]*[-–—][ \t]*(?:as[ \t]+(?:at|of)|dated?|per|at|on|zum|au|al)(?![\p{L}]))|(?:^|\n)[ \t]*statement(?:[ \t]*(?:\n|$)|(?:[ ]{3,}|\t)[ \t]*(?:as[ \t]+(?:at|of)|dated?|per)(?![\p{L}])|(?:[ ]{2,}|\t)[ \t]*(?:account(?:[ \t]+(?:no\.?|number))?[ \t]*:|statement[ \t]+date))/iu;
/** An amount with two decimals. */
const ROW_AMOUNT = /\d[.,]\d{2}(?![\d])/;

/**
 * Whether the text is a statement of account listing rows of two or more dates (invoices,
 * payments); the rows of one date are one visit's or one day's items ("PATIENT STATEMENT" of a
 * dentist's procedures on 05/27/2025), on one bill.
 */
/**
 * The row of a statement of several invoices that holds `id`, when the text names that invoice
 * outside the statement's rows too (a message asking about it): the row's date (its first) and
 * its amount (the first after the id; the balance comes after it). Undefined unless exactly one
 * row holds the id and the text names it elsewhere.
 */
function statementRow(
  text: string,
  id: string,
  usd: boolean,
  askedByDate = false,
): { date: string; amount: Amount; partly?: number; id?: string } | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const exact = rowOf(text, new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`), usd, askedByDate);
  if (exact || !/^\d{3,}$/.test(id)) return exact;
  // an id of digits asked about ("could you confirm invoice 4471?") written with its series'
  // letters in the rows ("21/03/2025  INV-4471  Invoice  1,048.75"): that row, and its id as written
  const prefixed = new RegExp(`(?<![\\w-])(?:[A-Z]{1,5}[-/]?)?${escaped}(?![\\w-])`);
  const row = rowOf(text, prefixed, usd, askedByDate);
  return row && { ...row, id: row.id ?? id };
}

function rowOf(
  text: string,
  token: RegExp,
  usd: boolean,
  askedByDate: boolean,
): { date: string; amount: Amount; partly?: number; id?: string } | undefined {
  let rows = 0;
  let named = askedByDate;
  let found: { date: string; amount: Amount; partly?: number; id?: string } | undefined;
  let offset = 0;
  let header: string | undefined;
  let headerAt = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const head = line.slice(0, 200);
    if (PAID_OPEN_HEADER.test(head) && !ROW_AMOUNT.test(head)) {
      header = head;
      headerAt = lineStart;
    }
    const written = token.exec(head);
    if (!written) continue;
    const at = written.index;
    // a row starts with its date or with the id ("10482    10/02/2025  Dishwasher chemicals")
    const date = ROW_DATE.exec(head);
    const first = head.slice(0, date?.index ?? 0).trim();
    if (
      !date ||
      (first && first !== written[0]) ||
      (first === written[0] && head.slice(0, at).trim())
    ) {
      named = true;
      continue;
    }
    rows++;
    const dates = findDates(date[0], usd);
    const after = Math.max(at + written[0].length, date.index + date[0].length);
    const amount = findAmounts(head.slice(after)).find((a) =>
      ROW_AMOUNT.test(head.slice(after).slice(a.start, a.end)),
    );
    // (where it stands in the text, for its currency's reading)
    const from = lineStart + after;
    if (dates.length === 1 && amount) {
      found = {
        date: dates[0].iso,
        amount: { ...amount, start: from + amount.start, end: from + amount.end },
        id: written[0],
      };
      // partly paid, under a heading of what was paid and what is still open ("Amount  Paid
      // Open"): the amount still open, a reading to doubt unless the message asks what is open
      const open = header && openCell(header, head, after);
      if (open) {
        const value = { ...open, start: lineStart + open.start, end: lineStart + open.end };
        found = { date: dates[0].iso, amount: value, partly: headerAt, id: written[0] };
      }
    }
  }
  return named && rows === 1 ? found : undefined;
}

/** A message asking what is still open, owed or left to pay on an invoice. */
const OPEN_ASKED =
  /(?<![\p{L}])(?:still[ \t]+(?:open|owed?|owing|due|outstanding|unpaid)|open[ \t]+(?:on|amount|balance)|outstanding|left[ \t]+to[ \t]+pay|remaining|what[ \t]+(?:is|'s|’s)[ \t]+(?:left|open|due|owed?))(?![\p{L}])/iu;
/** A statement's heading of columns of what was paid and what is still open, in that order. */
const PAID_OPEN_HEADER =
  /(?<![\p{L}])(?:paid|payments?|received|bezahlt|gezahlt|payé|pagado|pagato|pago|betaald|betalt)(?![\p{L}])[^\n]*?[ \t](?:open|outstanding|remaining|balance[ \t]+due|due|unpaid|offen|restant|pendiente|residuo|openstaand|rest)(?![\p{L}])/iu;
/** Its column of what is still open (the paid column's right, its last word). */
const OPEN_WORD =
  /(?<![\p{L}])(?:open|outstanding|remaining|balance[ \t]+due|due|unpaid|offen|restant|pendiente|residuo|openstaand|rest)(?![\p{L}])/giu;
const PAID_WORD =
  /(?<![\p{L}])(?:paid|payments?|received|bezahlt|gezahlt|payé|pagado|pagato|pago|betaald|betalt)(?![\p{L}])/iu;

/**
 * The amount in a row under its heading's "Open" column when the row's "Paid" column holds part of
 * the amount (neither none nor all of it): where the open amount differs from the invoice's.
 */
function openCell(header: string, row: string, after: number): Amount | undefined {
  const paidAt = PAID_WORD.exec(header);
  const openAt = [...header.matchAll(OPEN_WORD)].at(-1);
  if (!paidAt || !openAt || openAt.index < paidAt.index) return undefined;
  const amounts = findAmounts(row.slice(after))
    .filter((a) => ROW_AMOUNT.test(row.slice(after + a.start, after + a.end)))
    .map((a) => ({ ...a, start: after + a.start, end: after + a.end }));
  if (amounts.length !== 3) return undefined;
  // a cell under its heading: the amount whose right edge is nearest the heading word's
  const near = (end: number) =>
    amounts.reduce((best, a) => (Math.abs(a.end - end) < Math.abs(best.end - end) ? a : best));
  const paid = near(paidAt.index + paidAt[0].length);
  const open = near(openAt.index + openAt[0].length);
  const [whole] = amounts;
  if (paid === open || open === whole || paid === whole) return undefined;
  if (!(paid.value > 0 && open.value > 0 && paid.value < whole.value)) return undefined;
  return Math.abs(paid.value + open.value - whole.value) < 0.01 ? open : undefined;
}

/**
 * The reference of a statement's row that a message before the rows asks about by the invoice's
 * date ("the invoice from 12 March", "the invoice dated 14/02/2025"): the one row of that day and
 * month, its reference the id after its date.
 */
function rowAskedByDate(text: string, usd: boolean): string | undefined {
  const lines = text.split('\n');
  const firstRow = lines.findIndex((line) => {
    const date = ROW_DATE.exec(line.slice(0, 200));
    return (
      !!date &&
      !line.slice(0, date.index).trim() &&
      ROW_AMOUNT.test(line.slice(date.index + date[0].length, 200))
    );
  });
  if (firstRow < 0) return undefined;
  const message = lines.slice(0, firstRow).join('\n').slice(-2000);
  const asked = ASKED_BY_DATE.exec(message);
  if (!asked) return undefined;
  const [, day1, month1, month2, day2, numeric] = asked;
  let wanted: [number, number] | undefined;
  if (numeric) {
    const found = findDates(numeric, usd)[0];
    if (found) wanted = [Number(found.iso.slice(5, 7)), Number(found.iso.slice(8, 10))];
  } else {
    const month = EN_MONTHS.indexOf((month1 ?? month2).slice(0, 3).toLowerCase()) + 1;
    if (month) wanted = [month, Number(day1 ?? day2)];
  }
  if (!wanted) return undefined;
  const refs: string[] = [];
  for (const line of lines.slice(firstRow)) {
    const head = line.slice(0, 200);
    const date = ROW_DATE.exec(head);
    if (!date || head.slice(0, date.index).trim()) continue;
    // (a row whose date has not the day's figures is not looked at closer: a long statement's
    // rows each read by the date parser cost seconds)
    if (!new RegExp(`(?<!\\d)0?${wanted[1]}(?!\\d)`).test(date[0])) continue;
    const iso = findDates(date[0], usd)[0]?.iso;
    if (!iso || Number(iso.slice(5, 7)) !== wanted[0] || Number(iso.slice(8, 10)) !== wanted[1])
      continue;
    const ref = /^[ \t]+([A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)(?=[ \t])/i.exec(
      head.slice(date.index + date[0].length),
    )?.[1];
    if (ref && !ROW_AMOUNT.test(ref)) refs.push(ref);
  }
  return refs.length === 1 ? refs[0] : undefined;
}
const EN_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const EN_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A message's question about one invoice by its date (day and month, or the date in figures). */
const ASKED_BY_DATE = new RegExp(
  `(?<![\\p{L}])invoice[ \\t]+(?:from|of|dated|on|issued\\s+on)[ \\t]+(?:the[ \\t]+)?(?:(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(${EN_MONTH})|(${EN_MONTH})[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}))(?![\\p{L}\\d])`,
  'iu',
);

function statementOfSeveral(text: string): boolean {
  const top = text.slice(0, 1000);
  if (!STATEMENT_TITLE.test(top.slice(0, 600)) && !STATEMENT_LINE.test(top)) return false;
  const dates = new Set<string>();
  for (const line of text.split('\n')) {
    // (a row is short; only its first 200 characters are looked at)
    const head = line.slice(0, 200);
    const date = ROW_DATE.exec(head);
    if (date && ROW_AMOUNT.test(head.slice(date.index + date[0].length))) dates.add(date[0]);
    if (dates.size >= 2) return true;
  }
  return false;
}

/** An invoice's fields, how sure the extractor is of them (0..1), and which fields it doubts. */
export interface InvoiceReading {
  fields: InvoiceFields;
  confidence: number;
  /** Per field: its confidence and the evidence it rests on. */
  evidence: Partial<Record<keyof InvoiceFields, { confidence: number; how: string }>>;
}

/**
 * Under this a field is doubted; three doubted fields make the whole reading doubtful. (Two were
 * once enough, but a field read at 0.7–0.8 was right 59 times in 59 on the development splits dev2..dev11, and
 * two of them side by side are an ordinary document's: a till receipt's currency by its country
 * and its number by its order, a small firm's name at the top and its date month first.)
 */
const SURE = 0.8;
/** How many doubted fields make the whole reading doubtful. */
const DOUBTED_FIELDS = 3;
/** Capitalised words that name nobody: labels, totals, taxes, months, weekdays. */
const NO_NAME_WORD =
  /^(?:net|gross|store|shop|order|confirmation|here|statement|subtotal|amount|due|payment|date|receipt|total|vat|tax|gst|hst|pst|qst|mwst|tva|iva|btw|no|nr|number|bill|invoice|ref|dear|thanks|please|paid|balance|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether a text names nobody at all: no capitalised word but labels, months and currency codes,
 * and no letters of a script without capitals (where a name cannot be told by its first letter).
 */
function namesNobody(text: string): boolean {
  const head = text.slice(0, 5000);
  if (
    /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]/u.test(
      head,
    )
  )
    return false;
  for (const [w] of head.matchAll(/\p{Lu}[\p{L}'’]+/gu))
    if (
      !NOT_NAME.test(w) &&
      !DOCUMENT_WORD.test(w) &&
      !NO_NAME_WORD.test(w) &&
      !MONTH_OF.has(w.toLowerCase()) &&
      !ISO_4217.has(w)
    )
      return false;
  return true;
}

/**
 * A legal form whose second part is written in brackets after it: a German "UG
 * (haftungsbeschränkt)" (a mini-GmbH must say so in full), "GmbH (i.G.)" or "(i.L.)" of one being
 * founded or wound up; "UG (haftungsbeschränkt) & Co. KG" whole. A name read up to its first part is completed with the brackets as the
 * text writes them after it.
 */
const FORM_IN_BRACKETS =
  /^[ \t]*\((?:haftungsbeschränkt|haftungsbeschraenkt|i\.[ \t]?G\.|i\.[ \t]?L\.|in[ \t]+Gründung|in[ \t]+Liquidation)\)(?:[ \t]*&[ \t]*Co\.?[ \t]*KG(?![\p{L}]))?/iu;
function withBracketedForm(
  text: string,
  r: Reading<string> | undefined,
): Reading<string> | undefined {
  if (!r) return r;
  // a legal form of several words cut short with the name (a label's name is read to six words):
  // "Servicios Digitales del Bajío S.A." of "… S.A. de C.V.", "Abarrotes y Cremería Lupita S." of
  // "… S. de R.L. de C.V.": the name to the end of the legal form that starts inside it
  const cut = text.indexOf(r.value);
  if (cut >= 0) {
    const line = text.slice(cut, Math.min(lineAt(text, cut).end, cut + 160));
    const form = legalForm(line);
    if (form && form.index < r.value.length && form.index + form[0].length > r.value.length) {
      const whole = upToLegalForm(line);
      if (whole.startsWith(r.value) && whole.length - r.value.length <= 24)
        return { ...r, value: whole };
    }
  }
  if (!/(?<![\p{L}])(?:UG|GmbH|AG|KG|mbH)$/u.test(r.value)) return r;
  for (let at = text.indexOf(r.value); at >= 0; at = text.indexOf(r.value, at + 1)) {
    const after = FORM_IN_BRACKETS.exec(text.slice(at + r.value.length, at + r.value.length + 40));
    if (after) return { ...r, value: r.value + ' ' + after[0].trim() };
  }
  return r;
}

/** A registered name's label inside a line ("… Razão Social: Lima & Rocha … Ltda. Endereço: …"). */
const REGISTERED_NAME_LABEL =
  /(?<![\p{L}])(?:raz[ãa]o[ \t]+social|raz[oó]n[ \t]+social|raison[ \t]+sociale|ragione[ \t]+sociale|denominaci[oó]n[ \t]+social|denominazione)[ \t]*:[ \t]*/giu;
/** A buyer's section's heading word ("TOMADOR DE SERVIÇOS", "RECEPTOR", "CLIENTE"). */
const BUYER_SECTION_WORD =
  /(?<![\p{L}])(?:tomador|destinat[aá]rio|receptor|adquirente|comprador|cliente|cessionario|committente|customer|buyer|acheteur|client|kunde)(?![\p{L}])/giu;
const VENDOR_SECTION_WORD = new RegExp(VENDOR_BLOCK_WORDS.source, 'giu');

/**
 * The registered name (with its legal form) labelled in the issuer's section, as an e-invoice lays
 * its parties out, flattened onto one line or not ("PRESTADOR DE SERVIÇOS CNPJ: … Razão Social: …
 * Ltda. Endereço: … TOMADOR DE SERVIÇOS … Razão Social: … Ltda."): the section is the one whose
 * heading word (the issuer's or the buyer's) stands last before the label; undefined unless one
 * name is read so.
 */
function nameInIssuerSection(text: string): string | undefined {
  const found = new Set<string>();
  for (const m of text.slice(0, 20000).matchAll(REGISTERED_NAME_LABEL)) {
    const from = m.index + m[0].length;
    const value = text.slice(from, Math.min(lineAt(text, from).end, from + 160));
    const name = upToLegalForm(value).trim();
    if (!legalForm(name) || name.length > 100 || !/^\p{Lu}/u.test(name)) continue;
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    const issuer = [...before.matchAll(VENDOR_SECTION_WORD)].at(-1);
    const buyer = [...before.matchAll(BUYER_SECTION_WORD)].at(-1);
    if (issuer && (!buyer || buyer.index < issuer.index)) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A Korean invoice's business-name field ("상호:", "상호(법인명):"). */
const KOREAN_NAME_LABEL = /(?<![\p{L}])상호(?:명)?(?:[ \t]*[(（]법인명[)）])?[ \t]*:[ \t]*/gu;
/**
 * A Korean invoice's two parties, each a business-name field under its section's heading
 * ("[공급자 / Supplier]", the supplier's; "[공급받는자 / Customer]", the buyer's): the names, each
 * without its English one in brackets; undefined for a party named more than once or not at all.
 */
function koreanParties(text: string): { vendor?: string; buyer?: string } {
  const names = { vendor: new Set<string>(), buyer: new Set<string>() };
  for (const m of text.slice(0, 20000).matchAll(KOREAN_NAME_LABEL)) {
    const from = m.index + m[0].length;
    const name = text
      .slice(from, Math.min(lineAt(text, from).end, from + 120))
      .replace(/[ \t]*[(（][^]*$/u, '')
      .trim();
    if (!/^[\p{Script=Hangul}()（）㈜ ]{2,40}$/u.test(name)) continue;
    const heading = [
      ...text.slice(Math.max(0, m.index - 300), m.index).matchAll(/공급받는자|공급자/gu),
    ].at(-1);
    if (heading) names[heading[0] === '공급자' ? 'vendor' : 'buyer'].add(name);
  }
  const one = (set: Set<string>) => (set.size === 1 ? [...set][0] : undefined);
  return { vendor: one(names.vendor), buyer: one(names.buyer) };
}

/**
 * A department's word before a company's name with its legal form ("Buchhaltung Elbtal Getränke
 * GmbH", "Accounts Receivable Harbour Foods Ltd", a mail's sender as its header writes it): no part
 * of the company's name.
 */
function withoutDepartment(r: Reading<string> | undefined): Reading<string> | undefined {
  if (!r) return r;
  const rest = r.value.replace(DEPARTMENT_BEFORE, '');
  return rest !== r.value && legalForm(rest) && /\s/.test(rest.trim()) ? { ...r, value: rest } : r;
}

/**
 * A name in a script without capitals read on past its legal form, a space and more words after
 * it: a branch's name ("한강에너지(주) 양평주유소", "株式会社ミドリ薬局 札幌北口店") or the next label
 * ("广州云帆办公设备有限公司 统一社会信用代码"). The company's name ends with the word that holds its
 * legal form, or with the word after a form standing alone before it ("주식회사 한빛테크").
 */
function afterScriptForm(r: Reading<string> | undefined): Reading<string> | undefined {
  if (!r || !CASELESS.test(r.value)) return r;
  const words = r.value.trim().split(/\s+/);
  const i = words.findIndex((w) => SCRIPT_LEGAL_FORM.test(w));
  // (without a legal form, the shop's name is read with its branch's, as its sign prints it:
  // "まるやまストア 北口店", "스타커피 강남점"; a company named elsewhere is read instead)
  if (i < 0) return r;
  const end = SCRIPT_LEGAL_FORM.exec(words[i])?.[0] === words[i] ? i + 1 : i;
  // (a Japanese form standing alone first, then a workshop's trade and its own name, "有限会社
  // 美濃焼窯元 山田陶房": three words of one name, unless the last is a branch's or a department's,
  // "株式会社 青葉商事 経理部")
  if (
    i === 0 &&
    end === 1 &&
    words.length === 3 &&
    /^(?:株式会社|有限会社|合同会社)$/u.test(words[0]) &&
    !BRANCH_WORD.test(words[2]) &&
    !/(?:部|課|係|室|御中|様)$/u.test(words[2]) &&
    words.every((w) => /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(w))
  )
    return r;
  return end + 1 < words.length ? { ...r, value: words.slice(0, end + 1).join(' ') } : r;
}

/** A name read as a legal form alone ("ООО", "GmbH", "Ltd."): no one's name, for a person to read. */
function formAlone(r: Reading<string> | undefined): Reading<string> | undefined {
  if (!r) return r;
  const v = r.value.trim();
  const form = legalForm(v) ?? SCRIPT_LEGAL_FORM.exec(v) ?? undefined;
  return form && form.index === 0 && form[0].trim().length >= v.replace(/[.,]+$/, '').length
    ? { ...r, confidence: Math.min(r.confidence, 0.5), how: `${r.how}, but a legal form alone` }
    : r;
}

/** Whether the text names `name` as its customer, after a customer's label and its colon. */
function customerNamed(text: string, name: string, statement?: boolean): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // (a statement's account, its number and then its holder: "Account: GREEN-0042  Greenleaf
  // Cafés Ltd", the customer the statement is sent to)
  if (
    (statement ?? statementOfSeveral(text)) &&
    new RegExp(
      `(?<![\\p{L}])account(?:[ \\t]+(?:no\\.?|number))?[ \\t]*:[ \\t]*[A-Z0-9][\\w/-]*[ \\t]+${escaped}(?![\\p{L}])`,
      'iu',
    ).test(text.slice(0, 20000))
  )
    return true;
  return new RegExp(
    `(?<![\\p{L}])(?<!(?:payable|pay|remit|remittance|payments?|paid|transfer|made|cheques?|checks?|out)[ \\t]+)(?:${BUYER_WORDS}|to)[ \\t]*:[ \\t]*(?:\\n[ \\t]*)?${escaped}(?![\\p{L}])`,
    'iu',
  ).test(text.slice(0, 20000));
}

/** A branch's name in Korean, Japanese or Chinese ("강남점", "新宿店", "南京路分店", "中和門市"). */
// (not a shop's kind that ends the same way: "商店", "書店", "飯店", "편의점", "百貨店")
const BRANCH_WORD =
  /^(?!(?:商店|书店|書店|飯店|饭店|酒店|편의점|백화점|百货店|百貨店|専門店|專門店|本店)$)[^\s]{1,12}(?:점|店|門市|门市|営業所)$/u;

/** A line of two parties' labels alone, the issuer's and the buyer's, in either order. */
const PARTY_PAIR = new RegExp(
  `^[ \\t]*(?:(${VENDOR_BLOCK_WORDS.source})|(?<![\\p{L}])(?:${BUYER_WORDS})(?![\\p{L}]))[ \\t]*:?[ \\t]+(?:(${VENDOR_BLOCK_WORDS.source})|(?<![\\p{L}])(?:${BUYER_WORDS})(?![\\p{L}]))[ \\t]*:?[ \\t]*$`,
  'iu',
);

/**
 * The issuer's name under a line of two parties' labels ("Sprzedawca: Nabywca:", "Seller<tab>
 * Buyer") whose row below holds two names a wide gap apart: the name in the issuer's label's place,
 * by order, not by character column (a PDF's text moves a label off its column).
 */
function pairedColumns(text: string): { vendor: string; buyer: string } | undefined {
  const lines = text.slice(0, 20000).split('\n');
  for (let n = 0; n + 1 < lines.length; n++) {
    const line = lines[n];
    if (line.length > 120) continue;
    const pair = PARTY_PAIR.exec(line);
    // (one label of each: the issuer's first or second)
    if (!pair || (pair[1] === undefined) === (pair[2] === undefined)) continue;
    let k = n + 1;
    while (k < lines.length && !lines[k].trim() && k - n < 3) k++;
    const cells = (lines[k] ?? '').trim().split(/[ ]{3,}|\t+/);
    if (cells.length !== 2 || !cells.every((c) => legalForm(c) || looksLikeName(c))) continue;
    const [vendor, buyer] = pair[1] !== undefined ? cells : [cells[1], cells[0]];
    return { vendor: vendor.trim(), buyer: buyer.trim() };
  }
  return undefined;
}

/**
 * A trading name read without a legal form ("Your bill from Brightwave Mobile") where the document's
 * first lines give a company of the same first word with its legal form on a line of its own
 * ("Brightwave Communications Ltd"): the legal entity that issues the bill, the name the books want.
 */
/**
 * A Hong Kong company's Chinese name with its English one beside it or on the next line
 * ("…印刷有限公司" over "… Printing Company Limited"), as it registers and prints both: the English
 * name, the one its books go by (a name read under a payee's label, "收款人 Payee: …有限公司", too).
 */
function withEnglishName(
  text: string,
  r: Reading<string> | undefined,
  currency: string | undefined,
): Reading<string> | undefined {
  if (!r || !/公司$/u.test(r.value) || !CASELESS.test(r.value)) return r;
  if (currency !== 'HKD' && !/hong[ \t]+kong|香港/iu.test(text)) return r;
  const english =
    /^[ \t]*(\p{Lu}[\p{L}\p{M}&'’., -]{2,70}?(?:company[ \t]+limited|limited|ltd\.?|co\.?,?[ \t]+ltd\.?))[ \t]*$/iu;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith(r.value)) continue;
    const beside = line.slice(r.value.length);
    const name =
      (beside && english.exec(beside)?.[1]) ||
      (!beside.trim() && english.exec(lines[i + 1] ?? '')?.[1]);
    if (name && !/[:：]/.test(name)) return { ...r, value: name.trim() };
  }
  return r;
}

function withLegalName(text: string, r: Reading<string> | undefined): Reading<string> | undefined {
  if (!r || legalForm(r.value)) return r;
  const first = /^[\p{L}\p{M}\d&'’-]{3,}/u.exec(r.value)?.[0].toLowerCase();
  if (!first) return r;
  // (each cell of a line of columns a line of its own: "Kestrel Web Design      Oakmoor Vets Ltd"
  // under "FROM      TO" is two parties' names, not one)
  const lines = text
    .slice(0, 1500)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 8)
    .flatMap((l) => l.split(/[ ]{3,}|\t+/))
    .map((l) => l.trim())
    .filter(Boolean);
  const names = lines
    .filter((line) => !BUYER_IN_FIELD.test(line) && !/[:@]/.test(line) && line.length <= 80)
    .map((line) => upToLegalForm(line))
    .filter(
      (name, n, all) =>
        legalForm(name) !== undefined &&
        name.length > r.value.length &&
        all.indexOf(name) === n &&
        name.toLowerCase().startsWith(`${first} `),
    );
  return names.length === 1 && lines.includes(names[0]) ? { ...r, value: names[0] } : r;
}

/**
 * A document's title run into the name after it, as a one-line paste writes it ("Factuur Drukkerij
 * Smit B.V. Marktstraat 3 …", "INVOICE Harbour Lights Ltd"), a kind's word before it or joined to it
 * ("TAXI-QUITTUNG  Funktaxi … GmbH", "Sales invoice Northwind Ltd"): the title is no part of the name.
 */
const TITLE_BEFORE_NAME =
  /^(?:\p{L}{2,15}-|(?:sales|vat|commercial|pro-?forma|hotel|taxi|cash)[ \t]+)?(?:tax[ \t]+invoice|invoice|rechnung|factuur|facture|factura|fattura|fatura|faktura|lasku|receipt|quittung|reçu|recibo|ricevuta|kvitto|credit[ \t]+note|gutschrift|avoir)[ \t:]+(?=\p{Lu})/iu;
function withoutTitle(r: Reading<string> | undefined): Reading<string> | undefined {
  if (!r) return r;
  // "Firma", "société", "ditta" before a company's name says it is one ("von der Firma
  // Dachdeckerei Schulte GmbH"): no part of its name, which its legal form ends
  const word =
    /^(?:firma|fa\.|société|societe|ste|sté|ditta|empresa|the[ \t]+company)[ \t]+(?=\p{Lu})/iu.exec(
      r.value,
    );
  if (word && legalForm(r.value.slice(word[0].length)))
    return { ...r, value: r.value.slice(word[0].length) };
  const title = TITLE_BEFORE_NAME.exec(r.value);
  if (!title) return r;
  const rest = r.value.slice(title[0].length);
  // (the rest a company's name still: with its legal form, or two words)
  return legalForm(rest) || /\S[ \t]+\S/.test(rest) ? { ...r, value: rest } : r;
}

/**
 * An invoice flattened onto one long line, its title run into its issuer's name ("FAKTURA Lina
 * Ekström Illustration Godkänd för F-skatt Org.nr …", "INVOICE Harbour Light Studio VAT No …"):
 * the capitalised words after the title, up to a registration's, tax id's or contact's cue.
 */
function flattenedTitleName(text: string): VendorCandidate | undefined {
  for (const m of text.matchAll(FLAT_TITLE)) {
    const line = lineAt(text, m.index + m[0].length);
    if (line.end - line.start < 150) continue;
    const name = m[1].trim();
    if (!looksLikeName(name) || notAName(name) || BUYER_IN_FIELD.test(`${name}:`)) continue;
    return {
      value: name,
      confidence: 0.72,
      how: 'after the title of a flattened invoice',
      kind: 'name',
    };
  }
  return undefined;
}
const FLAT_TITLE =
  /(?:^|\n)[ \t]*(?:tax[ \t]+invoice|invoice|rechnung|facture|factura|fattura|factuur|faktura|lasku|receipt|kvitto|kvittering)[ \t]+((?:\p{Lu}[\p{L}\p{M}'’&.-]*[ \t]+){1,5}?)(?=godkänd[ \t]+för|org\.?[ \t]*nr|momsreg|vat[ \t]+(?:no|reg|number|id)|ust-?id|btw|kvk|siret|siren|p\.?[ \t]?iva|cif|nif|abn|gst|cvr|y-tunnus|tel\.?[ \t:]|phone|e-?mail|www\.|\d)/giu;

/** The confidence of a reading without a vendor: under the workflow's 0.7, so a person adds it. */
/**
 * Words that say who issued the document when a platform, agent, franchise or brand prints it:
 * "issued by the driver, Declan Brennan", "Issued by the driver on behalf of themselves: …",
 * "Émetteur de la facture : …", "Emitida por: …", "Site operated by Hollins Retail Ltd",
 * "Betreiber: …", "gestionado por …", "acts as agent for the organiser, Brookside Arts CIC",
 * "sold by Kestrel Digital Ltd, the merchant of record". Each is followed by the issuer's name.
 * (Operators named this way are companies: only a name with its legal form counts after them.)
 */
const ISSUER_STATED = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`issued[ \t]+by[ \t]+the[ \t]+(?:driver|host|seller|supplier|freelancer|merchant|operator|provider|landlord|organi[sz]er|trader)(?:[ \t]+on[ \t]+behalf[ \t]+of[ \t]+(?:themselves|himself|herself))?[ \t]*[,:]`,
      String.raw`(?:émetteur|emisor|emitente|rechnungsaussteller(?:in)?|issuer)[ \t]+(?:de[ \t]+la[ \t]+(?:facture|factura)|da[ \t]+fatura|der[ \t]+rechnung|of[ \t]+(?:the|this)[ \t]+(?:invoice|receipt))[ \t]*:`,
      String.raw`emitid[ao][ \t]+por[ \t]*:`,
      // "Erstellt durch Büro Lange im Auftrag von:" / "" / "Schreinerei Vogt": an agent prepared it
      String.raw`(?:erstellt|prepared|issued|ausgestellt|établie?|émise?|emitid[ao]|redatt[ao])[^.\n]{0,60}?(?:im[ \t]+auftrag[ \t]+(?:von|der|des)|on[ \t]+behalf[ \t]+of|au[ \t]+nom[ \t]+(?:de|du)|en[ \t]+nombre[ \t]+de|per[ \t]+conto[ \t]+di)[ \t]*:?`,
      String.raw`(?<op>(?:owned[ \t]+(?:and|&)[ \t]+)?operated[ \t]+by|betreiber(?:in)?[ \t]*:|gestionad[oa][ \t]+por|exploitée?[ \t]+par)`,
      String.raw`(?<op2>as[ \t]+(?:an?[ \t]+)?agent[ \t]+for[ \t]+(?:the[ \t]+[\p{L} ]{1,30}?,)?)`,
      String.raw`(?<mor>(?:processed|sold|supplied)[ \t]+by(?=[ \t]+[^.\n]{1,80}?(?:merchant|seller)[ \t]+of[ \t]+record))`,
    ].join('|') +
    String.raw`)[ \t]*`,
  'giu',
);

/**
 * Words that call a party only the agent, platform, processor or franchisor of the issuer,
 * after its name ("Zentra Mobility Ltd acts solely as booking agent", "Reisebox ist lediglich
 * Vermittler", "A Rodaz atua apenas como intermediária", "Kiwi Rides provides the booking
 * platform only", "Tillpay, Inc. processes payments for this seller", "émise par la plateforme
 * Logis au nom et pour le compte de l'hôte", "issued by Workhive Inc. on behalf of the
 * freelancer") or before it ("als Franchisenehmer der Alpina Hotels GmbH", "under a license
 * agreement with Maple Inns, Inc.").
 */
const AGENT_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:acts?[ \t]+(?:solely[ \t]+|only[ \t]+|merely[ \t]+)?as[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:booking[ \t]+|sales[ \t]+|commercial[ \t]+|payment[ \t]+|disclosed[ \t]+)?(?:agent|intermediary)|(?:ist|agiert|handelt)[ \t]+(?:lediglich|nur|ausschließlich)[ \t]+(?:als[ \t]+)?(?:vermittler|plattform)|atua[ \t]+apenas[ \t]+como[ \t]+intermedi|act[úu]a[ \t]+(?:únicamente|solo|sólo|solamente)[ \t]+como[ \t]+intermedi|agit[ \t]+(?:uniquement|seulement)[ \t]+(?:en[ \t]+tant[ \t]+qu['’][ \t]?|comme[ \t]+)intermédiaire|provides[ \t]+the[ \t]+(?:booking[ \t]+)?platform[ \t]+only|processes[ \t]+payments[ \t]+(?:for|on[ \t]+behalf)|on[ \t]+behalf[ \t]+of[ \t]+the[ \t]+(?:freelancer|host|seller|driver|supplier|merchant|provider|trader)|au[ \t]+nom[ \t]+et[ \t]+pour[ \t]+le[ \t]+compte)`,
  'giu',
);
const AGENT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:franchis\p{L}*[ \t]+(?:der|des|of|de|du)|under[ \t]+(?:a[ \t]+)?licen[cs]e[ \t]+(?:agreement[ \t]+)?(?:with|from))[ \t]+`,
  'giu',
);
/**
 * Words that say the issuer is a party named only by its role ("the final invoice issued by your
 * rental company", "Rechnungsaussteller ist der Gastgeber"): whoever wrote them, a platform
 * forwarding the invoice, did not issue it.
 */
const ROLE_ISSUER =
  /(?<![\p{L}])(?:issued[ \t]+by[ \t]+(?:your|the)[ \t]+(?:rental[ \t]+company|host|property|hotel|seller|driver|operator|provider|merchant|partner|supplier|organi[sz]er)|rechnungsaussteller(?:in)?[ \t]+ist[ \t]+(?:der|die|das|ihr|ihre)[ \t]+(?:gastgeber(?:in)?|vermieter(?:in)?|anbieter(?:in)?|verkäufer(?:in)?|unterkunft|hotel|partner))(?![\p{L}])/iu;

/** The sentence's words before `at` (back to its full stop, its paragraph, at most 150 characters). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 150), at);
  // (a full stop before a capital ends a sentence; "Inc. on behalf of" does not)
  const ends = [...before.matchAll(/[.!?][ \t]+(?=\p{Lu})|\n[ \t]*\n/gu)].at(-1);
  return ends ? before.slice(ends.index + ends[0].length) : before;
}

/**
 * The reading of a document on which a platform, agent, processor, franchisor or brand's
 * operator stands beside the issuer: the issuer its own words name ("issued by the driver, …",
 * "operated by … Ltd", "merchant of record"), or, when they call the name read only an agent or
 * platform, or say the issuer is someone named by role, a doubtful reading for a person.
 */
function withIssuerStated(
  text: string,
  r: Reading<string> | undefined,
): Reading<string> | undefined {
  const head = text.slice(0, 20000);
  for (const m of head.matchAll(ISSUER_STATED)) {
    let at = m.index + m[0].length;
    // (its name on the next line that says something: "im Auftrag von:" / "" / "Holzbau Weiss")
    at += /^\s*/.exec(text.slice(at, at + 200))![0].length;
    let name = nameAfter(text, at);
    // (its legal form after a long German compound the name stops before: "Lindenhof
    // Hotelbetriebsgesellschaft mbH · Brühl 14")
    const own = text.slice(at, lineAt(text, at).end);
    const form = name ? legalForm(own) : undefined;
    if (name && form && own.slice(0, form.index).trim() === name)
      name = own.slice(0, form.index + form[0].length).trim();
    if (!name || ROLE_NOUN.test(name) || !/^\p{Lu}/u.test(name) || notAName(name)) continue;
    const company = m.groups?.op || m.groups?.op2 || m.groups?.mor;
    if ((m.groups?.op || m.groups?.mor) && !legalForm(name)) continue;
    if (company && m.groups?.op2 === undefined && !legalForm(name)) continue;
    // (the name read is the one its words name: they settle it)
    if (r && sameCompany(r.value, name))
      return {
        ...r,
        confidence: Math.max(r.confidence, 0.85),
        how: `${r.how}, the issuer its words name ("${m[0].trim()}")`,
      };
    // (a company said to operate something beside a name its label gives the issuer, "Sold by:
    // Kessel Audio GmbH" … "Marketplace: Shoply (operated by Shoply EU S.à r.l.)", runs the
    // marketplace, not the sale)
    if (company && r?.how.startsWith('labelled')) continue;
    return { value: name, confidence: 0.85, how: `the issuer its words name ("${m[0].trim()}")` };
  }
  if (!r) return r;
  const first = r.value.split(/[\s,]+/).find((w) => squash(w).length >= 3);
  const key = first ? squash(first) : '';
  if (key.length >= 3) {
    for (const m of head.matchAll(AGENT_AFTER))
      if (squash(sentenceBefore(text, m.index)).includes(key))
        return {
          ...r,
          confidence: Math.min(r.confidence, 0.6),
          how: `${r.how}, but the document calls it an agent ("${m[0].trim()}")`,
        };
    for (const m of head.matchAll(AGENT_BEFORE))
      if (squash(text.slice(m.index + m[0].length, m.index + m[0].length + 60)).startsWith(key))
        return {
          ...r,
          confidence: Math.min(r.confidence, 0.6),
          how: `${r.how}, but the document calls it a franchisor or licensor`,
        };
  }
  const role = ROLE_ISSUER.exec(head);
  // (…unless a label names the issuer: "Sold by: …" above "This invoice was issued by the seller")
  if (
    role &&
    !r.how.startsWith('labelled') &&
    text.indexOf(r.value) >= 0 &&
    text.indexOf(r.value) < role.index
  )
    return {
      ...r,
      confidence: Math.min(r.confidence, 0.6),
      how: `${r.how}, but the document says its issuer is "${role[0].split(/\s+/).slice(-2).join(' ')}"`,
    };
  return r;
}

const NO_VENDOR = 0.65;

/**
 * Reads an invoice's fields from its text: the invoice number (labelled "Invoice No:", "Bill #",
 * "Document", a table's header above it, or unlabelled after "#"), the invoice date (chrono-node:
 * ISO, day-first, month names in eight languages; not the due, delivery or order date), the
 * payable total (preferring "Total due", "Amount due", "Grand total", "Balance due" and their
 * equivalents over subtotal, net, tax, tip and change lines; either thousands convention), its
 * currency (ISO code, symbol or word next to it) and the vendor. Its confidence is the weakest
 * field's, lower still when three fields are doubtful: the workflow sends a doubtful reading to a
 * person rather than completing with a wrong field.
 */
/**
 * Runs of one character past this length (column gaps, dot leaders, rules of dashes) are cut to
 * it: every pattern here reads them the same, and an unbounded run let a few of them take time
 * that grew with the square of its length or worse (3,000 spaces took 4 s; a pasted text may have
 * 100,000 characters).
 */
const MAX_RUN = 32;
const LONG_RUN = new RegExp(
  `([^\\p{L}\\p{N}\\n])\\1{${MAX_RUN},}|[ \\t]{${MAX_RUN},}|\\n{${MAX_RUN},}`,
  'gu',
);

/** A markdown table of a header, its rule and one row, not followed by another row. */
const MARKDOWN_ONE_ROW =
  /(?<=^|\n)[ \t]*(\|[^\n]*\|)[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\n[ \t]*(\|[^\n]*\|)[ \t]*(?=\n(?![ \t]*\|)|$)/g;

/** A line's first word of two to four characters without capitals, each a space or three apart. */
const SPACED_CJK_LABEL =
  /(?<=(?:^|\n)[ \t]*)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}](?:[ \t]{1,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]){1,3}(?=[ \t]*[:(（]|[ \t]{2,}|[ \t]*[¥￥₩$€\d]|[ \t]*(?:\n|$))/gu;

/** A letter only Vietnamese writes (its horn, breve, stroke and dotted tones). */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
export function readInvoice(written: string): InvoiceReading {
  // a quoted e-mail's markers ("> ") become spaces, so every position stays
  const read = withWrappedAmounts(
    deOcr(
      doubleSpacedOnce(withLinesRecovered(withoutMarkup(withNewlines(written)))).replace(
        LONG_RUN,
        (run) => run.slice(0, MAX_RUN),
      ),
    ),
  )
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, (m) => ' '.repeat(m.length))
    // an amount written by hand into a blank line of a card slip ("Tip:  _17.00_", "Total:
    // __52.64__"): the blank's underscores next to its figures are spaces, so the amount reads
    // as one (and every position stays); an id's underscore between letters or figures stays
    .replace(/(?<![\p{L}\d])_+(?=\d)|(?<=\d)_+(?![\p{L}\d])/gu, (blank) => ' '.repeat(blank.length))
    // a full-width colon (Chinese, Japanese, Korean labels: "发票号码：") is a colon
    .replace(/：/g, ':')
    // a label in a script without capitals printed with its characters spaced out, as a till
    // spreads a short word across its column ("合  計", "お 釣", "합  계", "找  零"): the word
    // together, the spaces after it, so every position stays
    .replace(SPACED_CJK_LABEL, (label: string) => {
      const word = label.replace(/[ \t]+/g, '');
      return word + ' '.repeat(label.length - word.length);
    })
    // a number's or a date's label glossed in brackets before its colon ("Folio No. (raqam
    // al-fatura): 71524", "Date (al-tarikh): 16/03/2025"): the gloss is no part of the label
    .replace(
      /(?<=(?<![\p{L}])(?:no|nr|n[°º]|number|nummer|numéro|número|numero|date|datum|fecha|data|dato|tarih\p{L}*|tanggal)\.?)[ \t]*\([^()\n:\d%]{1,30}\)(?=[ \t]*:)/giu,
      (gloss) => ' '.repeat(gloss.length),
    )
    // a Vietnamese label glossed in English in brackets before its colon ("Số (No.): 00000123",
    // "Đơn vị bán hàng (Seller): CÔNG TY …"): the gloss is no part of the label
    .replace(
      /[ \t]*\([A-Za-z][A-Za-z ./-]{0,30}\)(?=[ \t]*:)/g,
      (gloss: string, at: number, whole: string) =>
        // (its line's 40 characters before it)
        VIETNAMESE_LETTER.test(whole.slice(Math.max(0, at - 40), at).replace(/^[^]*\n/, ''))
          ? ' '.repeat(gloss.length)
          : gloss,
    )
    // a label said in two scripts, the Latin first and its gloss after it before the colon
    // ("Invoice No. رقم الفاتورة: ANT-25-00917", "Date 日付: 2025-03-01"): the gloss is no part
    // of the label, whose colon follows it (a gap of a space or two: after a column's wider gap
    // the word is the next column's label, "Mr. Lau Chi Wai        發票號碼: HI-…", not a gloss)
    .replace(
      /(?<=\p{Script=Latin}\.?)[ \t]{1,2}(?![ \t])[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Cyrillic}\p{Script=Greek}][^\n:\d\p{Script=Latin}]{0,40}:/gu,
      (gloss) => ':' + ' '.repeat(gloss.length - 1),
    )
    // a Polish date's "r." (roku, "of the year") written on to it ("14.03.2025r.") is no part of it
    .replace(/(?<=(?<![\d./-])\d{1,4}[./-]\d{1,2}[./-]\d{2,4})r(?=\.|[^\p{L}\d]|$)/gu, ' ')
    // a Korean date, its year, month and day each closed by a dot and a space ("작성일자: 2024. 04.
    // 22."): one date, "2024.04.22", the spaces after it
    .replace(/(?<![\d.,])(\d{4})\.[ \t](\d{1,2})\.[ \t](\d{1,2})\.?(?![\d])/g, (date, y, m, d) =>
      `${y}.${m}.${d}`.padEnd(date.length, ' '),
    )
    // markdown's bold and italic marks ("**Invoice date:** 03/07/2025") are no part of a label
    // (a longer run of asterisks is a card's number masked, "VISA ****0932", and stays one)
    .replace(/(?<!\*)\*\*(?!\*)|__/g, '  ')
    // a markdown table of one row under its header ("| Invoice No. | Date | Amount |" / "|---|…" /
    // "| 2025-118 | 14/03/2025 | £1,440.00 |"): each value under its header's label, as a
    // "Label: value" cell, since its columns do not line up in characters
    .replace(MARKDOWN_ONE_ROW, (table, head: string, row: string) => {
      const heads = head.split('|').slice(1, -1);
      const cells = row.split('|').slice(1, -1);
      if (heads.length !== cells.length || heads.length < 2) return table;
      const labelled = cells.map((c, i) =>
        heads[i].trim() && c.trim() && !/:\s*$/.test(heads[i].trim())
          ? ` ${heads[i].trim()}: ${c.trim()} `
          : c,
      );
      return `${head}\n|${labelled.join('|')}|`;
    });
  // a party's label without its colon, in a cell of its own ("Bill to    Harper & Sons Ltd"), and
  // a label led to its value by dots ("Invoice number ........ 118")
  const text = withGapLabels(withoutLeaders(read));
  const fields: InvoiceFields = {};
  const evidence: InvoiceReading['evidence'] = {};
  const keep = <K extends keyof InvoiceFields>(
    field: K,
    r: Reading<NonNullable<InvoiceFields[K]>> | undefined,
  ) => {
    if (!r) return;
    fields[field] = r.value;
    evidence[field] = { confidence: r.confidence, how: r.how };
  };
  keep('invoiceNumber', invoiceNumber(text));
  const amount = total(text);
  if (amount) keep('total', { ...amount, value: amount.value.value });
  const currency = currencyOf(text, amount?.value);
  keep('currency', currency);
  keep('invoiceDate', invoiceDate(text, currency, fields.invoiceNumber));
  const issuerRead = withIssuerStated(text, vendor(text) ?? lowerCaseVendor(text));
  const paired = pairedColumns(text);
  // (a Korean invoice's supplier's business name, over a reading of its customer's)
  const korean = koreanParties(text);
  const sectioned =
    nameInIssuerSection(text) ??
    (korean.vendor && (!issuerRead || issuerRead.value === korean.buyer)
      ? korean.vendor
      : undefined);
  // (a name read elsewhere is kept when sure and not the buyer's of the paired labels)
  const override =
    sectioned &&
    (!issuerRead ||
      (issuerRead.value !== sectioned &&
        (issuerRead.confidence < 0.8 || issuerRead.value === korean.buyer)))
      ? { value: sectioned, confidence: 0.9, how: "a registered name in the issuer's section" }
      : paired &&
          (!issuerRead ||
            (issuerRead.value !== paired.vendor &&
              (issuerRead.confidence < 0.8 ||
                sameCompany(issuerRead.value, paired.buyer) ||
                paired.buyer.startsWith(issuerRead.value))))
        ? { value: paired.vendor, confidence: 0.85, how: "under its label of the two parties'" }
        : undefined;
  keep(
    'vendor',
    formAlone(
      override ??
        withoutDepartment(
          withLegalName(
            text,
            withoutTitle(
              withBracketedForm(
                text,
                withEnglishName(text, afterScriptForm(issuerRead), currency?.value),
              ),
            ),
          ),
        ),
    ),
  );
  // a statement of account listing several invoices: which one's number and amount the books
  // want (the statement's own, the balance, the invoice the message is about) a person decides
  // …unless the message asks about one of them by its number ("could you resend invoice 24-30917
  // on the statement below?"): that invoice's row gives its date and its amount
  const several = statementOfSeveral(text);
  const usd = currency?.value === 'USD';
  // (…or by its date: "can you check the invoice from 12 March on this statement?")
  const askedOn = several ? rowAskedByDate(text, usd) : undefined;
  if (askedOn) keep('invoiceNumber', { value: askedOn, confidence: 0.8, how: 'its row' });
  const row =
    several && fields.invoiceNumber
      ? statementRow(text, fields.invoiceNumber, usd, askedOn !== undefined)
      : undefined;
  if (row) {
    if (row.id) fields.invoiceNumber = row.id;
    fields.invoiceDate = row.date;
    fields.total = row.amount.value;
    // (its currency as the row's amount has it, or the text's)
    const rowCurrency = currencyOf(text, row.amount);
    if (
      rowCurrency &&
      rowCurrency.value === fields.currency &&
      rowCurrency.confidence > (evidence.currency?.confidence ?? 0)
    )
      keep('currency', rowCurrency);
    const how = 'its row in a statement of several, the one the message asks about';
    for (const f of ['invoiceNumber', 'invoiceDate', 'total'] as const)
      evidence[f] = { confidence: 0.8, how };
    // (partly paid: what is still open, sure only when the message asks what is open)
    if (row.partly !== undefined)
      evidence.total = OPEN_ASKED.test(text.slice(0, row.partly))
        ? { confidence: 0.8, how: `${how}, what is still open on it, as asked` }
        : { confidence: 0.6, how: `${how}, what is still open on it (partly paid)` };
  } else if (several)
    for (const f of ['invoiceNumber', 'total'] as const) {
      const e = evidence[f];
      if (e)
        evidence[f] = {
          confidence: Math.min(e.confidence, 0.6),
          how: `${e.how}, in a statement of several invoices`,
        };
    }
  const scores = Object.values(evidence).map((e) => e.confidence);
  // every invoice has an issuer: one not found is a field left out, which a person must fill in
  // (the development splits' commonest completed-but-wrong reading before this rule)
  // (unless the text names nobody at all: "Invoice number: INV-1. Total due 10.00 EUR." gives a
  // person nothing more to read)
  if (!fields.vendor && !namesNobody(text)) scores.push(NO_VENDOR);
  const doubted = scores.filter((c) => c < SURE).length;
  const weakest = scores.length ? Math.min(...scores) : 0;
  const confidence = doubted >= DOUBTED_FIELDS ? weakest * 0.8 : weakest;
  return { fields, confidence: Math.round(confidence * 100) / 100, evidence };
}

/**
 * An amount wrapped at its line's end by a column too narrow for it ("TOTAL   $ 43.7" over " 9",
 * "I alt DKK 7.068," over " 75", "Rp 12.750.0" over "00"): its last figures alone on the next
 * line, which complete its cents (two after the decimal mark) or its last group of thousands
 * (three, after a group with the same mark, or with its cents after them: "€ 1.8" over "15,00"). Read together: the figures moved up to the amount
 * and their line left blank, so every position stays. An amount already whole is left alone.
 */
const WRAPPED_AMOUNT =
  /(?<![\p{L}\d.,])(\d{1,3}(?:([.,])\d{3})+|\d+)([.,])(\d{0,2})([ \t]*)\n([ \t]*)(\d{1,3})([.,]\d{2})?(?=[ \t]*(?:\n|$))/gu;
function withWrappedAmounts(text: string): string {
  return text.replace(
    WRAPPED_AMOUNT,
    (
      whole: string,
      units: string,
      group: string | undefined,
      mark: string,
      tail: string,
      gap: string,
      lead: string,
      rest: string,
      cents?: string,
    ) => {
      // (wrapped inside its thousands, its cents after the rest: "€ 1.8" over "15,00")
      if (cents)
        return cents[0] !== mark && (tail || group === mark) && tail.length + rest.length === 3
          ? `${units}${mark}${tail}${rest}${cents}${gap}\n${lead}`
          : whole;
      // (a figure after the mark, or groups before it: "Fällig bis 12." over "05" is no amount)
      const decimals = mark !== group && (tail || group) && tail.length + rest.length === 2;
      const thousands = mark === group && tail.length + rest.length === 3;
      return decimals || thousands ? `${units}${mark}${tail}${rest}${gap}\n${lead}` : whole;
    },
  );
}

/**
 * A label led to its value by a run of dots ("Invoice number ........ 118", a till's "TOTAL
 * ...... 12.50") read as "Label:" and spaces: the run's first dot the colon, so every position
 * stays. (Dots after a label's own colon are spaces.)
 */
function withoutLeaders(text: string): string {
  return text.replace(
    /(?<=\p{L}[\p{L}\p{M}.#°º№)]*(?:[ \t]+[#№])?(?:[ \t]*:)?)[ \t]*\.{3,}[ \t.]*(?=\S)/gu,
    (run, at: number) => {
      const colon = text[at - 1] === ':' || /^[ \t]*:/.test(run) ? ' ' : ':';
      const dots = run.search(/\./);
      return run.slice(0, dots) + colon + ' '.repeat(run.length - dots - 1);
    },
  );
}

/** An HTML tag of the markup a web page's or an e-mail's body is written in. */
const HTML_TAG =
  /<\/?(?:table|thead|tbody|tr|td|th|p|br|div|span|b|strong|i|em|li|ul|ol|h[1-6]|html|body|font|center)\b[^<>]{0,300}>/gi;
/** The entities such markup writes a character with ("&amp;", "&pound;", "&#8364;"). */
const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  yen: '¥',
  cent: '¢',
  ndash: '–',
  mdash: '—',
  middot: '·',
  times: '×',
};
/**
 * A document pasted as its markup or as a spreadsheet's rows: as the lines and columns it shows.
 * HTML ("<tr><td>Invoice #</td><td>SCS-3308</td></tr>", "<p>…<br>…</p>"): a row, a paragraph or a
 * break ends a line, a cell ends with a column's gap, other tags go and entities are their
 * characters. Rows of cells split by semicolons, a CSV export ("Invoice;HW-2024-0091",
 * ";;;Total payable (GBP);567.60"): a row of two cells is a label and its value, a longer one its
 * cells a column's gap apart. Text of neither kind is left alone.
 */
function withoutMarkup(text: string): string {
  let out = text;
  if ((text.match(HTML_TAG)?.length ?? 0) >= 3)
    out = text
      .replace(
        /<br\b[^<>]{0,300}>|<\/(?:p|div|tr|li|h[1-6]|table)>|<(?:p|div|tr|table)\b[^<>]{0,300}>/gi,
        '\n',
      )
      .replace(/<\/(?:td|th)>/gi, '   ')
      .replace(HTML_TAG, '')
      .replace(
        /&(?:#(\d{1,6})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi,
        (entity, dec?: string, hex?: string, name?: string) =>
          dec
            ? String.fromCodePoint(Number(dec))
            : hex
              ? String.fromCodePoint(parseInt(hex, 16))
              : (HTML_ENTITIES[name!.toLowerCase()] ?? entity),
      )
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n');
  const lines = out.split('\n').filter((l) => l.trim());
  const rows = lines.filter((l) => /;/.test(l) && !/;[ \t]/.test(l)).length;
  if (rows >= 3 && rows >= lines.length * 0.6)
    out = out
      .split('\n')
      .map((line) => {
        if (!line.includes(';')) return line;
        const cells = line.split(';');
        const filled = cells.filter((c) => c.trim());
        if (cells.length === 2 && filled.length === 2)
          return `${cells[0].trim()}: ${cells[1].trim()}`;
        return filled.map((c) => c.trim()).join('   ');
      })
      .join('\n');
  return out;
}

/**
 * A text's line breaks as "\n": Windows' "\r\n" (a mail client's paste) with its "\r" a space, so
 * every position stays, and an old Mac's lone "\r" a break.
 */
function withNewlines(text: string): string {
  return text.replace(/\r\n?/g, (br) => (br.length === 2 ? ' \n' : '\n'));
}

/**
 * A document whose line breaks were lost (pasted into a one-line field, or flattened by a mail
 * client) with its lines still told apart by a separator: " | " or " · " between them, or two spaces
 * where a line ended (a column's gap inside a line is wider). Its lines back, each separator a
 * break and spaces, so every position stays. Only for a text of one line (or nearly) long
 * enough to be a document, with several such separators.
 */
function withLinesRecovered(text: string): string {
  if (text.length < FLAT_MIN_LENGTH) return text;
  const breaks = text.trim().split('\n').length - 1;
  if (breaks > FLAT_MAX_BREAKS) return text;
  // (" | ", or " · " as a web portal's bill copied onto one line separates its fields:
  // "Nordfiber · Faktura 88812034 · Fakturadatum 28 februari 2024 · … · Nordfiber Sverige AB")
  for (const separator of [/[ \t]\|[ \t]/g, /[ \t][·•][ \t]/g]) {
    const count = text.match(separator)?.length ?? 0;
    if (count >= FLAT_SEPARATORS) return text.replace(separator, '\n  ');
  }
  const pairs = text.match(/(?<=\S) {2}(?=\S)/g)?.length ?? 0;
  if (pairs >= FLAT_SEPARATORS) return text.replace(/(?<=\S) {2}(?=\S)/g, ' \n');
  return text;
}
/** How long a text of one line must be to be a flattened document, and how many separators. */
const FLAT_MIN_LENGTH = 120;
const FLAT_MAX_BREAKS = 1;
const FLAT_SEPARATORS = 4;

/**
 * A text with a blank line after every line (a PDF's text copied with its line spacing) read
 * with its lines together, as written: each blank line that separates two lines a space (every
 * position stays); a paragraph's break (two blank lines) stays one.
 */
function doubleSpacedOnce(text: string): string {
  const lines = text.split('\n');
  let adjacent = 0;
  let spaced = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    if (lines[i - 1].trim()) adjacent++;
    else if (i >= 2 && lines[i - 2].trim()) spaced++;
  }
  if (adjacent > 0 || spaced < DOUBLE_SPACED_LINES) return text;
  return text.replace(/\n([ \t]*)\n/g, (_gap, blank: string) => ` ${blank}\n`);
}
/** How many lines spaced by blank lines, and none together, make a text double-spaced. */
const DOUBLE_SPACED_LINES = 5;

/** The fields alone (see readInvoice). */
export function extractInvoice(text: string): InvoiceFields {
  return readInvoice(text).fields;
}
