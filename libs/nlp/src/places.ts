import cityTimezones from 'city-timezones';
import { countries } from 'countries-list';
import { Lexicon } from './lexicon.js';

/** A country, as a customer names it. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** Its continent's code (countries-list's: EU = Europe, NA = North America, …). */
  continent: string;
}

/**
 * The European Union's member states (ISO 3166-1 alpha-2), as of 2026 — the United Kingdom left
 * in 2020; Norway, Switzerland and Iceland were never members. Membership is a fact of the world,
 * not of any document: a policy that says "inside the EU" or "outside the EU" applies to a
 * customer in Norway by it. countries-list has continents, not this.
 */
const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** A region a text scopes a rule to. */
export type Region = 'eu' | 'europe' | 'elsewhere';

/** A rule's scope in a sentence: a region, inside it or outside it. */
export interface Scope {
  region: Region;
  inside: boolean;
}

const REGION_NAME = String.raw`(?:the\s+)?(EU|E\.U\.|European\s+Union|Europe|European)\b`;
const OUTSIDE = new RegExp(String.raw`\b(?:outside(?:\s+of)?|beyond|non-?)\s*${REGION_NAME}`, 'g');
const INSIDE = new RegExp(
  String.raw`\b(?:inside|within|in|across|throughout|to)\s+${REGION_NAME}`,
  'g',
);
const ADJECTIVE = /\b(EU|European)\s+(?!Union\b)\p{Ll}/gu;
const ELSEWHERE =
  /\b(other countries|international(?:ly)?|abroad|overseas|worldwide|rest of the world|foreign)\b/gi;

interface Entry {
  country: Country;
  /** The name's words, lower case. */
  words: string[];
  /** Matched only as written (a short alias that is also a word: "US"). */
  exact: boolean;
  /** Matched only capitalised (a capital city: "Oslo", never "male" for Malé). */
  capitalised?: boolean;
  /** Matched only after a word that places it ("in Cologne", "from Reading"). */
  located?: boolean;
  /** A city other than the capital: read only where a customer says where they are. */
  city?: boolean;
}

let byFirstWord: Map<string, Entry[]> | undefined;
/** The words that place what follows: "in", "from", "to" Cologne. */
const PLACING = new Set(['in', 'from', 'to', 'near', 'at', 'around', 'outside', 'of', 'into']);
/** A city's name is ambiguous when another country's city of that name has a third of its people. */
const AMBIGUOUS = 3;
/** A city this large stands for its country when a customer names it. */
const CITY_POPULATION = 100_000;

/** A place's name as lower-case words ("Rio de Janeiro" → rio, de, janeiro). */
const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Every country's names and aliases, indexed by their first word (lower case). */
function entries(): Map<string, Entry[]> {
  if (byFirstWord) return byFirstWord;
  const lexicon = Lexicon.get();
  const out = new Map<string, Entry[]>();
  // (every entry indexed by its first word)
  const place = (entry: Entry): void => {
    const list = out.get(entry.words[0]) ?? [];
    list.push(entry);
    out.set(entry.words[0], list);
  };
  for (const [code, c] of Object.entries(countries)) {
    const country: Country = { code, name: c.name, continent: c.continent };
    const names = [c.name, ...(('alias' in c ? (c.alias as string[]) : undefined) ?? [])];
    // a customer's city is often the capital ("a friend in Oslo"): it stands for its country where
    // it places someone ("my name is Victoria" is no Seychelles)
    const capital = (c as { capital?: string }).capital;
    if (capital) {
      const words = nameWords(capital);
      if (words.length) place({ country, words, exact: false, capitalised: true, located: true });
    }
    for (const name of names) {
      const words = nameWords(name);
      if (words.length === 0) continue;
      // "US" is also "us": a short alias counts only in capitals, unless it is no English word
      const exact =
        name.length <= 3 &&
        (lexicon.stopWords.has(words[0]) || (lexicon.has(words[0]) && !isMostlyName(words[0])));
      place({ country, words, exact });
    }
  }
  // … and so is a large city ("I live in Cologne", "hi from Vancouver"): the world's cities of at
  // least CITY_POPULATION people in city-timezones' gazetteer (Natural Earth's populated places,
  // English names), the most populous of a name, written capitalised after a word that places it
  const taken = new Set<string>();
  const cities = [...cityTimezones.cityMapping]
    .filter((c) => c.pop >= CITY_POPULATION && c.iso2 in countries)
    .sort((a, b) => b.pop - a.pop);
  // a name whose second city, in another country, has at least a third of the first's people
  const ambiguous = new Set<string>();
  const first = new Map<string, string>();
  const population = new Map<string, number>();
  for (const c of cities)
    for (const name of new Set([c.city, c.city_ascii].map((n) => n.toLowerCase()))) {
      const top = first.get(name);
      if (top === undefined) {
        first.set(name, c.iso2);
        population.set(name, c.pop);
      } else if (top !== c.iso2 && c.pop * AMBIGUOUS >= population.get(name)!) ambiguous.add(name);
    }
  for (const city of cities) {
    const country = countryOf(city.iso2)!;
    for (const name of new Set([city.city, city.city_ascii])) {
      const words = nameWords(name);
      const key = words.join(' ');
      if (words.length === 0 || taken.has(key)) continue;
      taken.add(key);
      // a name as common in two countries ("Valencia": Venezuela's and Spain's) says neither
      if (lexicon.stopWords.has(key) || ambiguous.has(key)) continue;
      // a city only where it places someone ("I live in Cologne", "hi from Vancouver"): a name
      // signing a message ("Regards, Florence") is a person's
      place({ country, words, exact: false, capitalised: true, located: true, city: true });
    }
  }
  // … and a state or province ("howdy from Texas", "I live in Ontario"): one the gazetteer's large
  // cities place in a single country, whose name is no country's, city's or English word
  const provinces = new Map<string, Set<string>>();
  for (const c of cities)
    if (c.province) {
      const key = c.province.toLowerCase();
      provinces.set(key, (provinces.get(key) ?? new Set()).add(c.iso2));
    }
  for (const [name, codes] of provinces) {
    const words = nameWords(name);
    const key = words.join(' ');
    if (codes.size !== 1 || words.length === 0 || taken.has(key)) continue;
    if (out.get(words[0])?.some((e) => e.words.join(' ') === key)) continue;
    if (
      lexicon.stopWords.has(key) ||
      (words.length === 1 && lexicon.has(key) && !isMostlyName(key))
    )
      continue;
    place({
      country: countryOf([...codes][0])!,
      words,
      exact: false,
      capitalised: true,
      located: true,
      city: true,
    });
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord = out;
  return out;
}

/**
 * The countries a text names, by name or alias ("Norway", "the United States", "USA", "uk") or
 * by their capital ("Oslo") — and, with `cities`, by a large city ("Cologne": what a customer
 * says of where they are, not what a policy says of where the shop is) — each once, in order of
 * mention, with the words that named it (`mentions`; `named`: those that are the country's name
 * or capital).
 */
export function countriesIn(
  text: string,
  { cities = false }: { cities?: boolean } = {},
): Array<Country & { mentions: string[]; named: string[] }> {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  const words = matches.map((m) => m[0]);
  const found: Array<Country & { mentions: string[]; named: string[] }> = [];
  const index = entries();
  for (let i = 0; i < words.length; i++) {
    for (const e of index.get(words[i].toLowerCase()) ?? []) {
      const span = words.slice(i, i + e.words.length);
      if (span.length < e.words.length) continue;
      if (!span.every((w, k) => w.toLowerCase() === e.words[k])) continue;
      if (e.exact && span.join(' ') !== span.join(' ').toUpperCase()) continue;
      // a city typed in lower case ("hey from toronto 🇨🇦") where nothing follows it in the
      // sentence: not "in nice weather"
      const end = matches[i + e.words.length - 1];
      const lowerCity =
        e.city &&
        /^\s*(?:$|[^\s\p{Ll}])/u.test(text.slice(end.index + end[0].length)) &&
        // … and whose commonest sense is a town (not "mobile", "hail", "split")
        (e.words.length > 1 ||
          !Lexicon.get().has(e.words[0]) ||
          isMostlyName(e.words[0], TOWN_KINDS));
      if (e.capitalised && !/^\p{Lu}/u.test(span[0]) && !lowerCity) continue;
      if (e.city && !cities) continue;
      if (e.located && !PLACING.has(words[i - 1]?.toLowerCase() ?? '')) continue;
      // a capitalised name, or one a customer typed in lower case: not a common word used as one
      // ("turkey", "chad") unless capitalised
      if (
        e.words.length === 1 &&
        !/^\p{Lu}/u.test(span[0]) &&
        !lowerCity &&
        Lexicon.get().has(e.words[0]) &&
        !isMostlyName(e.words[0])
      )
        continue;
      const mention = span.join(' ');
      const known = found.find((c) => c.code === e.country.code);
      if (known) known.mentions.push(mention);
      else found.push({ ...e.country, mentions: [mention], named: [] });
      if (!e.city) (known ?? found.at(-1)!).named.push(mention);
      i += e.words.length - 1;
      break;
    }
  }
  return found;
}

/**
 * A word whose commonest sense in WordNet is a country or a region (norway, usa, china), not a
 * common word (turkey, chad): a customer may write it in lower case.
 */
function isMostlyName(word: string, kinds: ReadonlySet<string> = REGION_KINDS): boolean {
  const [first] = Lexicon.get().broader(word);
  return first !== undefined && kinds.has(first[0]);
}
/** … or a town's (toronto, cologne): its commonest sense names a place people live in. */
const TOWN_KINDS = new Set(['capital', 'metropolis', 'city', 'port', 'town', 'municipality']);
const REGION_KINDS = new Set(['land', 'territory', 'district', 'dominion', 'province', 'kingdom']);

/**
 * The scopes a sentence gives its rule: a region it is inside ("within the European Union",
 * "EU addresses", "a European retailer") or outside ("outside the EU", "non-EU"), and other
 * countries than those ("other countries", "international", "abroad").
 */
export function scopesOf(sentence: string): Scope[] {
  const scopes: Scope[] = [];
  const region = (name: string): Region =>
    /^(EU|E\.U\.|European\s+Union)$/i.test(name) ? 'eu' : 'europe';
  const taken: Array<[number, number]> = [];
  for (const m of sentence.matchAll(OUTSIDE)) {
    scopes.push({ region: region(m[1]), inside: false });
    taken.push([m.index, m.index + m[0].length]);
  }
  const free = (at: number): boolean => !taken.some(([a, b]) => at >= a && at < b);
  for (const m of sentence.matchAll(INSIDE))
    if (free(m.index + m[0].length - m[1].length))
      scopes.push({ region: region(m[1]), inside: true });
  for (const m of sentence.matchAll(ADJECTIVE))
    if (free(m.index)) scopes.push({ region: region(m[1]), inside: true });
  for (const _ of sentence.matchAll(ELSEWHERE)) scopes.push({ region: 'elsewhere', inside: true });
  return scopes.filter(
    (s, i) => scopes.findIndex((x) => x.region === s.region && x.inside === s.inside) === i,
  );
}

/** The country of an ISO 3166-1 alpha-2 code, if it is one. */
export function countryOf(code: string): Country | undefined {
  const c = countries[code as keyof typeof countries];
  return c && { code, name: c.name, continent: c.continent };
}

/** Is the country in the region? */
export function isIn(country: Country, region: Exclude<Region, 'elsewhere'>): boolean {
  return region === 'eu' ? EU_MEMBERS.has(country.code) : country.continent === 'EU';
}

/**
 * Does a sentence's rule, by its scopes, apply to a customer in this country: `true` (it is
 * inside a region the rule names, or outside one the rule excludes, or among the "other
 * countries" beside a region it is not in), `false` (the rule is scoped to regions the country is
 * not in), `undefined` (no scope: the sentence does not say). "Other countries" with no region in
 * the sentence are those outside the regions `around` it (its passage) names.
 */
export function scopeApplies(
  scopes: readonly Scope[],
  country: Country,
  around: readonly Scope[] = [],
): boolean | undefined {
  if (scopes.length === 0) return undefined;
  const regions = scopes.filter(
    (s): s is Scope & { region: Exclude<Region, 'elsewhere'> } => s.region !== 'elsewhere',
  );
  for (const s of regions) if (isIn(country, s.region) === s.inside) return true;
  // "other countries" next to a region the rule (or else its passage) names: those not in it
  if (scopes.some((s) => s.region === 'elsewhere')) {
    const home = (regions.length ? regions : around).filter(
      (s): s is Scope & { region: Exclude<Region, 'elsewhere'> } =>
        s.region !== 'elsewhere' && s.inside,
    );
    return !home.some((s) => isIn(country, s.region));
  }
  return false;
}
