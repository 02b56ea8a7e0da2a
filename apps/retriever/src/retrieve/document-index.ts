import MiniSearch from 'minisearch';
import type { DocumentV1, PassageV1 } from '@switchyard/contracts';
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
  vector?: Float32Array;
}

interface Chunk {
  id: string;
  documentId: string;
  version: number;
  chunk: number;
  title: string;
  text: string;
}

const STOP_WORDS = new Set(
  'a an and are as at be but by can could do does for from had has have how i if in into is it its me my no not of on or our so that the their them then there these they this to was we were what when where which who why will with would you your'.split(
    ' ',
  ),
);

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
  private chunkCount = 0;

  constructor(
    private readonly chunking: ChunkingOptions = { size: 120, overlap: 30 },
    /** Raw BM25 scores are unbounded; score / (score + k) maps them into [0, 1). */
    private readonly scoreHalfPoint = 6,
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
    for (const id of current?.chunkIds ?? []) {
      index.discard(id);
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
      }),
    );
    this.chunkCount += chunks.length - (current?.chunkIds.length ?? 0);
    this.documents.set(key, { version: doc.version, chunkIds: chunks.map((c) => c.id) });
    return true;
  }

  /**
   * The tenant's best passages for a query. With a query embedding, BM25 and vector rankings are
   * fused by reciprocal rank (k = 60); a passage's score is then the better of its normalised BM25
   * score and its cosine similarity.
   */
  search(tenant: string, query: string, topK: number, queryVector?: Float32Array): PassageV1[] {
    const index = this.tenants.get(tenant);
    const meta = this.chunkMeta.get(tenant);
    if (!index || !meta) return [];
    const lexical = index
      .search(query)
      .map((r) => ({ id: r.id as string, score: r.score / (r.score + this.scoreHalfPoint) }));
    if (!queryVector) return lexical.slice(0, topK).map((r) => this.passage(meta, r.id, r.score));

    const semantic = [...meta]
      .filter(([, m]) => m.vector)
      .map(([id, m]) => ({ id, score: cosine(queryVector, m.vector as Float32Array) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, Math.max(topK * 5, 50));
    const fused = new Map<string, { rrf: number; score: number }>();
    for (const ranking of [lexical.slice(0, Math.max(topK * 5, 50)), semantic]) {
      ranking.forEach((r, rank) => {
        const entry = fused.get(r.id) ?? { rrf: 0, score: 0 };
        entry.rrf += 1 / (60 + rank + 1);
        entry.score = Math.max(entry.score, r.score);
        fused.set(r.id, entry);
      });
    }
    return [...fused]
      .sort((a, b) => b[1].rrf - a[1].rrf)
      .slice(0, topK)
      .map(([id, f]) => this.passage(meta, id, f.score));
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
        processTerm: (term) => {
          const t = term.toLowerCase();
          return STOP_WORDS.has(t) ? null : t;
        },
        searchOptions: { boost: { title: 1.5 }, combineWith: 'OR' },
      });
      this.tenants.set(tenant, index);
      this.chunkMeta.set(tenant, new Map());
    }
    return index;
  }
}
