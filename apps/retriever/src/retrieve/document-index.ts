import MiniSearch from 'minisearch';
import type { DocumentV1, PassageV1 } from '@switchyard/contracts';
import {
  Lexicon,
  SpellChecker,
  abbreviates,
  answerTypes,
  countriesIn,
  derivationalRoot,
  informationContent,
  cosine as wordCosine,
  embed,
  lemmas,
  multiWordNames,
  nameLemmas,
  tokenize,
  weightedQuestionTerms,
  REFERRED_WEIGHT,
} from '@switchyard/nlp';
import { cosine } from './embeddings.client.js';

export interface ChunkingOptions {
  /** Words per chunk. */
  size: number;
  /** Words shared by consecutive chunks, so an answer spanning a boundary is kept whole once. */
  overlap: number;
}

interface ChunkMeta {
  documentId: string;
  version: number;
  chunk: number;
  text: string;
  /** From the configured embeddings endpoint. */
  vector?: Float32Array;
  /** From the built-in word vectors (always there). */
  local?: Float32Array;
  /** The ids the text holds ("hp-104233"), read once when indexed. */
  codes: string[];
}

/**
 * The ids of records a query names ("order HP-104233", "invoice INV-2026-0412"), as concepts of the
 * coverage ranking: a passage holding the record the customer names covers what they ask about,
 * and an id is as telling as the rarest word.
 */
function recordIds(query: string): Concept[] {
  return tokenize(query)
    .filter((t) => t.kind === 'code' && /\p{L}/u.test(t.norm) && /\d/.test(t.norm))
    .map((t) => ({ matches: new Map([[t.norm, 1]]), root: t.norm, weight: ID_BITS }));
}
/** What an id weighs in the coverage ranking: as much as a rare word (information content, bits). */
const ID_BITS = 14;

interface Concept {
  /** Words that count as the concept, with how much. */
  matches: Map<string, number>;
  root: string;
  weight: number;
}

/** A query's terms, each with how much it counts, and the names among them. */
interface AskedTerms {
  terms: Map<string, number>;
  names: Set<string>;
}

/** Query terms are lemmas already: looked up as they are, in lower case. */
const AS_IS = (term: string): string => term.toLowerCase();

interface Chunk {
  id: string;
  documentId: string;
  version: number;
  chunk: number;
  title: string;
  text: string;
}

/**
 * A word as the index and queries see it: its lemma, stop words and single letters dropped. A
 * single digit stays: it is what tells one model from another ("Summit 2", "size 9").
 */
function processTerm(term: string): string | null {
  const lexicon = Lexicon.get();
  const t = term.toLowerCase();
  if (lexicon.stopWords.has(t) || (t.length < 2 && !/\d/.test(t))) return null;
  return lexicon.lemma(t);
}

/** Query words with no match in the tenant's index borrow the closest indexed words. */
const EXPANSION_SIMILARITY = 0.6;
const EXPANSION_WEIGHT = 0.5;
const ROOT_WEIGHT = 0.8;
/** A word WordNet relates to a query word, times how closely (1 for a synonym). */
const RELATED_WEIGHT = 0.6;
/** A word for what a query word is a kind of ("animal" for "dog"), times how closely. */
const BROADER_WEIGHT = 0.5;
/** The verb of a phrasal verb ("set" of "set up"): it alone may mean something else. */
const PHRASE_VERB_WEIGHT = 0.4;
/** The country of a city the question names ("Toronto" → "Canada"), beside the city itself. */
const CITY_COUNTRY_WEIGHT = 0.8;
/** Built-in word-vector similarity mapped to [0, 1): unrelated texts sit around 0.3-0.5. */
const LOCAL_FLOOR = 0.5;
/**
 * A passage's score from the share of the question's concepts (by information content) it holds:
 * all of them clear the knowledge workflow's weak-retrieval bar (0.35), most of them not.
 */
const COVERED_SCORE = 0.4;

/** Splits a document into overlapping word windows. */
export function chunkText(text: string, { size, overlap }: ChunkingOptions): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= size) return [words.join(' ')];
  const step = Math.max(1, size - overlap);
  const chunks: string[] = [];
  for (let start = 0; start < words.length; start += step) {
    chunks.push(words.slice(start, start + size).join(' '));
    if (start + size >= words.length) break;
  }
  return chunks;
}

/**
 * The retriever's in-memory index: BM25 (MiniSearch's BM25+) over overlapping chunks, one index per
 * tenant, so a query can only ever see its own tenant's passages. A new version of a document
 * replaces all chunks of the old one.
 */
export class DocumentIndex {
  private readonly tenants = new Map<string, MiniSearch<Chunk>>();
  private readonly chunkMeta = new Map<string, Map<string, ChunkMeta>>();
  private readonly documents = new Map<string, { version: number; chunkIds: string[] }>();
  /** Per tenant: each indexed lemma and how many chunks hold it (for query expansion). */
  private readonly vocabulary = new Map<string, Map<string, number>>();
  /** Per tenant vocabulary: the indexed words derived from a root ("unworn" under "worn"). */
  private readonly derived = new WeakMap<Map<string, number>, Map<string, string[]>>();
  /** Per tenant vocabulary: the multi-word names its chunks mention and in how many chunks. */
  private readonly names = new WeakMap<Map<string, number>, Map<string, number>>();
  /** Per tenant: the spelling corrector over its indexed words (dropped when they change). */
  private readonly spellers = new Map<string, SpellChecker>();
  private chunkCount = 0;

  constructor(
    private readonly chunking: ChunkingOptions = { size: 120, overlap: 30 },
    /**
     * Raw BM25 scores are unbounded; score / (score + k) maps them into [0, 1). Set so that the
     * development questions keep clearing the knowledge workflow's weak-retrieval bar (0.35) and
     * off-topic ones do not, with BM25 summed by concept (4.5; it was 6 when every form of a
     * concept added up).
     */
    private readonly scoreHalfPoint = 4.5,
  ) {}

  get chunks(): number {
    return this.chunkCount;
  }

  get documentCount(): number {
    return this.documents.size;
  }

  /** Would `upsert` index this version (it is newer than the indexed one)? */
  isNewer(doc: DocumentV1): boolean {
    const current = this.documents.get(`${doc.tenant}/${doc.id}`);
    return !current || current.version < doc.version;
  }

  /** The chunk texts `upsert` will index for this document, in order (to embed them first). */
  chunkTexts(doc: DocumentV1): string[] {
    return chunkText(doc.text, this.chunking);
  }

  /**
   * Indexes a document version, with one embedding per chunk when embeddings are configured (and
   * the chunk texts they were computed from); an older or equal version than the indexed one is
   * ignored.
   */
  upsert(
    doc: DocumentV1,
    vectors?: Float32Array[],
    texts: string[] = this.chunkTexts(doc),
  ): boolean {
    const key = `${doc.tenant}/${doc.id}`;
    const current = this.documents.get(key);
    if (current && current.version >= doc.version) return false;
    const index = this.indexOf(doc.tenant);
    const meta = this.chunkMeta.get(doc.tenant) as Map<string, ChunkMeta>;
    const vocabulary = this.vocabulary.get(doc.tenant) as Map<string, number>;
    for (const id of current?.chunkIds ?? []) {
      index.discard(id);
      const old = meta.get(id);
      if (old) this.count(vocabulary, old.text, -1);
      meta.delete(id);
    }
    const chunks = texts.map((text, i) => ({
      id: `${doc.id}#${i}`,
      documentId: doc.id,
      version: doc.version,
      chunk: i,
      title: doc.title,
      text,
    }));
    index.addAll(chunks);
    chunks.forEach((c, i) =>
      meta.set(c.id, {
        documentId: c.documentId,
        version: c.version,
        chunk: c.chunk,
        text: c.text,
        vector: vectors?.[i],
        local: embed(lemmas(`${doc.title} ${c.text}`)),
        codes: tokenize(c.text)
          .filter((t) => t.kind === 'code')
          .map((t) => t.norm),
      }),
    );
    for (const c of chunks) this.count(vocabulary, c.text, 1);
    this.spellers.delete(doc.tenant);
    this.chunkCount += chunks.length - (current?.chunkIds.length ?? 0);
    this.documents.set(key, { version: doc.version, chunkIds: chunks.map((c) => c.id) });
    return true;
  }

  private count(vocabulary: Map<string, number>, text: string, delta: number): void {
    const lexicon = Lexicon.get();
    const derived = this.derived.get(vocabulary) as Map<string, string[]>;
    const names = this.names.get(vocabulary) as Map<string, number>;
    for (const name of new Set(multiWordNames(text).map((n) => n.join(' ')))) {
      const n = (names.get(name) ?? 0) + delta;
      if (n > 0) names.set(name, n);
      else names.delete(name);
    }
    for (const term of new Set(lemmas(text))) {
      const before = vocabulary.get(term) ?? 0;
      const n = before + delta;
      if (n > 0) vocabulary.set(term, n);
      else vocabulary.delete(term);
      if (before > 0 === n > 0) continue;
      // a word that came or went: its root's list of indexed forms follows
      const root = derivationalRoot(term, lexicon);
      if (root === term) continue;
      const forms = (derived.get(root) ?? []).filter((f) => f !== term);
      if (n > 0) forms.push(term);
      if (forms.length) derived.set(root, forms);
      else derived.delete(root);
    }
  }

  /**
   * The query as weighted index terms: its lemmas (a misspelt word corrected against the index's
   * words and the English lexicon) and, for a lemma the index does not hold, up to two indexed
   * words whose vectors are close to it ("postage" finds "shipping"), at half weight.
   */
  private expand(
    tenant: string,
    query: string,
    { terms, names }: AskedTerms,
  ): Map<string, { weight: number; concept: string }> {
    const vocabulary = this.vocabulary.get(tenant) ?? new Map<string, number>();
    const lexicon = Lexicon.get();
    const weights = new Map<string, { weight: number; concept: string }>();
    // ids and numbers as MiniSearch splits them ("QUOKKA-991" → quokka, 991)
    for (const t of tokenize(query))
      if (t.kind === 'code' || t.kind === 'number')
        for (const part of t.norm.split(/[^\p{L}\p{N}]+/u))
          if (part) weights.set(part, { weight: 1, concept: part });
    // a word raised by two concepts belongs to the one that weighs it most
    const raiseTo = (t: string, w: number, concept: string): void => {
      if (w > (weights.get(t)?.weight ?? 0)) weights.set(t, { weight: w, concept });
    };
    // a background sentence's words ("I ordered a tent last month.") count less than the asking
    // one's; names mean only themselves: "United States" is not about a state
    for (const [term, focus] of terms) {
      const raise = (t: string, w: number): void => raiseTo(t, w * focus, term);
      if (lexicon.isPhrase(term)) {
        // "set up": its verb a little, its meanings (below) as for any word
        raise(term.slice(0, term.indexOf('_')), PHRASE_VERB_WEIGHT);
      } else raise(term, 1);
      // another form of the word ("returnable" → "return") and the words WordNet relates to it
      // ("guarantee" → "warranty", "set up" → "found") that the index holds
      const root = derivationalRoot(term, lexicon);
      if (root !== term && vocabulary.has(root)) raise(root, ROOT_WEIGHT);
      // and the indexed words derived from the same root ("worn" finds "unworn")
      const derived = this.derived.get(vocabulary);
      for (const form of [...(derived?.get(root) ?? []), ...(derived?.get(term) ?? [])])
        if (form !== term) raise(form, ROOT_WEIGHT);
      if (!names.has(term)) {
        for (const [w, strength] of lexicon.related(term))
          if (vocabulary.has(w)) raise(w, RELATED_WEIGHT * strength);
        // what it is a kind of: a passage's rule about the class ("damage from animals")
        for (const [w, strength] of lexicon.broader(term))
          if (vocabulary.has(w)) raise(w, BROADER_WEIGHT * strength);
      }
      if (vocabulary.has(term)) continue;
      // an abbreviation of a name the index holds ("amex" → American Express): the name's words
      if (!lexicon.stopWords.has(term))
        for (const name of this.names.get(vocabulary)?.keys() ?? [])
          if (abbreviates(term, name.split(' ')))
            for (const w of lemmas(name)) if (vocabulary.has(w)) raise(w, ROOT_WEIGHT);
      const near = [...vocabulary.keys()]
        .map((t) => ({ t, s: lexicon.similarity(term, t) }))
        .filter((x) => x.s >= EXPANSION_SIMILARITY)
        .sort((a, b) => b.s - a.s)
        .slice(0, 2);
      for (const { t, s } of near) raise(t, s * EXPANSION_WEIGHT);
    }
    return weights;
  }

  /**
   * The tenant's best passages for a query: BM25 over lemmas (with the expanded query) fused by
   * reciprocal rank (k = 60) with a vector ranking — the configured embeddings when there are
   * any, else the built-in word vectors. A passage's score is the better of its normalised BM25
   * score and its vector similarity (built-in similarity rescaled so unrelated text scores 0).
   */
  search(tenant: string, query: string, topK: number, queryVector?: Float32Array): PassageV1[] {
    const index = this.tenants.get(tenant);
    const meta = this.chunkMeta.get(tenant);
    if (!index || !meta) return [];
    // the question's terms (misspelt words corrected against the tenant's words) and its names,
    // read once for the expansion and for the coverage ranking below
    const { correct } = this.speller(tenant);
    const asked: AskedTerms = {
      terms: weightedQuestionTerms(query, { correct }),
      names: nameLemmas(query),
    };
    // a city the customer names stands for its country ("my brother lives in Toronto" asks about
    // Canada): a policy names countries, not cities — the country's name is asked too
    for (const country of countriesIn(query, { cities: true })) {
      const focus = Math.max(
        0,
        ...country.mentions.flatMap((m) => lemmas(m)).map((l) => asked.terms.get(l) ?? 0),
      );
      if (country.named.length > 0 || focus === 0) continue;
      for (const w of lemmas(country.name))
        if (!asked.terms.has(w)) {
          asked.terms.set(w, focus * CITY_COUNTRY_WEIGHT);
          asked.names.add(w);
        }
    }
    const expanded = this.expand(tenant, query, asked);
    const lexical = this.lexical(index, expanded);
    // the word vectors of what is asked: the asking sentence's words, not the background's or
    // the expansions' — or, when it names next to nothing itself and points back ("… needs your
    // VAT number. Could you send it over?"), the words it points back at too
    const own = [...asked.terms.values()].filter((w) => w === 1).length;
    const floor = own <= 1 ? REFERRED_WEIGHT : 1;
    const localQuery = queryVector
      ? undefined
      : embed([...expanded].filter(([, e]) => e.weight >= floor).map(([t]) => t));
    const similarity = (m: ChunkMeta): number | undefined =>
      queryVector
        ? m.vector && cosine(queryVector, m.vector)
        : m.local && localQuery
          ? (wordCosine(localQuery, m.local) - LOCAL_FLOOR) / (1 - LOCAL_FLOOR)
          : undefined;
    // every chunk takes its place in the vector ranking, those below the floor too (after the
    // rest, scoring 0): in reciprocal-rank fusion a chunk missing from a ranking loses a whole
    // vote, so a floor cut the chunk the words found best when a long story around the question
    // pulled the vectors elsewhere ("Last summer I spent forty minutes … how long does it take to
    // put up the Summit 2?")
    const semantic = [...meta]
      .map(([id, m]) => ({ id, raw: similarity(m) }))
      .filter((r): r is { id: string; raw: number } => r.raw !== undefined)
      .sort((a, b) => b.raw - a.raw)
      .slice(0, Math.max(topK * 5, 50))
      .map(({ id, raw }) => ({ id, score: Math.max(0, raw) }));
    if (!semantic.some((r) => r.score > 0)) {
      const concepts = [...this.concepts(asked), ...recordIds(query)];
      return lexical
        .slice(0, topK)
        .map((r) =>
          this.passage(
            meta,
            r.id,
            Math.max(r.score, COVERED_SCORE * this.coverage(concepts, meta.get(r.id)!)),
          ),
        );
    }
    // a question for something a pattern finds (a phone number, an e-mail address): the chunks
    // that hold one are a ranking of their own, in the order the other two give them
    const specific = answerTypes(query).filter((t) => t.specific);
    const shaped = specific.length
      ? [...lexical, ...semantic]
          .filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)
          .filter((r) => specific.some((t) => t.test(meta.get(r.id)?.text ?? '')))
      : [];
    // a record the question names by id ("order HP-104233"): the chunks that hold it are a
    // ranking of their own too, whatever the word vectors make of a message about it
    const ids = recordIds(query);
    const named = ids.length
      ? lexical.filter((r) => {
          const text = meta.get(r.id)?.text.toLowerCase() ?? '';
          return ids.some((id) => text.includes(id.root));
        })
      : [];
    const fused = new Map<string, { rrf: number; score: number }>();
    for (const ranking of [lexical.slice(0, Math.max(topK * 5, 50)), semantic, shaped, named]) {
      ranking.forEach((r, rank) => {
        const entry = fused.get(r.id) ?? { rrf: 0, score: 0 };
        entry.rrf += 1 / (60 + rank + 1);
        entry.score = Math.max(entry.score, r.score);
        fused.set(r.id, entry);
      });
    }
    // the leading candidates ranked once more by how much of the question's content each covers
    const leading = [...fused].sort((a, b) => b[1].rrf - a[1].rrf).slice(0, Math.max(topK * 4, 20));
    const concepts = [...this.concepts(asked), ...ids];
    leading
      .map(([id], order) => ({ id, order, covered: this.coverage(concepts, meta.get(id)!) }))
      .sort((a, b) => b.covered - a.covered || a.order - b.order)
      .forEach((r, rank) => {
        const f = fused.get(r.id)!;
        f.rrf += 1 / (60 + rank + 1);
        // a chunk holding every concept of a short question ("express: how fast?") is as sure a
        // find as a long question's many matched words, which BM25's sum gives those alone
        f.score = Math.max(f.score, COVERED_SCORE * r.covered);
      });
    return leading
      .sort((a, b) => b[1].rrf - a[1].rrf)
      .slice(0, topK)
      .map(([id, f]) => this.passage(meta, id, f.score));
  }

  /**
   * BM25 by concept: a chunk scores, for each of the query's concepts, its best-scoring word for
   * that concept (the asked word itself, another form of it, a related word, a close word), times
   * that word's weight, and the concepts' scores add up. Summing every word instead counted one
   * concept several times in a chunk that holds several of its forms ("pay", "payment", "charge",
   * "cost"), which then outranked the one chunk holding the rare word asked for ("iDEAL"). The
   * query terms are lemmas already: they are looked up as they are (lemmatising "found" again
   * would look up "find").
   */
  private lexical(
    index: MiniSearch<Chunk>,
    expanded: Map<string, { weight: number; concept: string }>,
  ): Array<{ id: string; score: number }> {
    const byConcept = new Map<string, Map<string, number>>();
    for (const [term, { weight, concept }] of expanded) {
      const best = byConcept.get(concept) ?? new Map<string, number>();
      byConcept.set(concept, best);
      for (const r of index.search(term, { processTerm: AS_IS })) {
        const score = r.score * weight;
        if (score > (best.get(r.id as string) ?? 0)) best.set(r.id as string, score);
      }
    }
    const total = new Map<string, number>();
    for (const best of byConcept.values())
      for (const [id, score] of best) total.set(id, (total.get(id) ?? 0) + score);
    return [...total]
      .map(([id, score]) => ({ id, score: score / (score + this.scoreHalfPoint) }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The question's content concepts, each with what counts as it and how much it weighs (its
   * information content): the lemma itself, another form of it (its derivational root) and the
   * words WordNet relates to it.
   */
  private concepts({ terms, names }: AskedTerms): Concept[] {
    const lexicon = Lexicon.get();
    return [...terms].map(([term, focus]) => {
      const matches = new Map<string, number>([[term, 1]]);
      const root = derivationalRoot(term, lexicon);
      if (root !== term) matches.set(root, ROOT_WEIGHT);
      for (const [w, strength] of names.has(term) ? [] : lexicon.related(term))
        if (strength * RELATED_WEIGHT >= 0.3 && !matches.has(w))
          matches.set(w, strength * RELATED_WEIGHT);
      for (const [w, strength] of names.has(term) ? [] : lexicon.broader(term))
        if (strength * BROADER_WEIGHT >= 0.3 && (matches.get(w) ?? 0) < strength * BROADER_WEIGHT)
          matches.set(w, strength * BROADER_WEIGHT);
      return { matches, root, weight: informationContent(term, lexicon) * focus };
    });
  }

  /** The share of the concepts' weight a chunk covers (its words, their roots, its document's name). */
  private coverage(concepts: Concept[], chunk: ChunkMeta): number {
    const lexicon = Lexicon.get();
    const words = new Set([
      ...lemmas(chunk.text, { phrases: true }),
      ...lemmas(chunk.text),
      ...lemmas(chunk.documentId.replace(/[-_.]+/g, ' ')),
      ...chunk.codes,
    ]);
    const roots = new Set([...words].map((w) => derivationalRoot(w, lexicon)));
    let covered = 0;
    let total = 0;
    for (const c of concepts) {
      total += c.weight;
      let best = roots.has(c.root) ? ROOT_WEIGHT : 0;
      for (const w of words) best = Math.max(best, c.matches.get(w) ?? 0);
      covered += c.weight * best;
    }
    return total ? covered / total : 0;
  }

  /**
   * The tenant's spelling corrector (its indexed words and the English lexicon), built once per
   * change of its documents rather than once per query.
   */
  private speller(tenant: string): SpellChecker {
    let spell = this.spellers.get(tenant);
    if (!spell) {
      spell = new SpellChecker(this.vocabulary.get(tenant)?.keys(), Lexicon.get(), true);
      this.spellers.set(tenant, spell);
    }
    return spell;
  }

  private passage(meta: Map<string, ChunkMeta>, id: string, score: number): PassageV1 {
    const m = meta.get(id) as ChunkMeta;
    return {
      documentId: m.documentId,
      version: m.version,
      chunk: m.chunk,
      text: m.text,
      score: Number(Math.max(0, score).toFixed(4)),
    };
  }

  private indexOf(tenant: string): MiniSearch<Chunk> {
    let index = this.tenants.get(tenant);
    if (!index) {
      index = new MiniSearch<Chunk>({
        fields: ['title', 'text'],
        processTerm,
        searchOptions: { boost: { title: 1.5 }, combineWith: 'OR' },
      });
      this.tenants.set(tenant, index);
      this.chunkMeta.set(tenant, new Map());
      const vocabulary = new Map<string, number>();
      this.vocabulary.set(tenant, vocabulary);
      this.derived.set(vocabulary, new Map());
      this.names.set(vocabulary, new Map());
    }
    return index;
  }
}
