import MiniSearch from 'minisearch';
import type { DocumentV1, PassageV1 } from '@switchyard/contracts';

export interface ChunkingOptions {
  /** Words per chunk. */
  size: number;
  /** Words shared by consecutive chunks, so an answer spanning a boundary is kept whole once. */
  overlap: number;
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

  /** Indexes a document version; an older or equal version than the indexed one is ignored. */
  upsert(doc: DocumentV1): boolean {
    const key = `${doc.tenant}/${doc.id}`;
    const current = this.documents.get(key);
    if (current && current.version >= doc.version) return false;
    const index = this.indexOf(doc.tenant);
    for (const id of current?.chunkIds ?? []) index.discard(id);
    const chunks = chunkText(`${doc.text}`, this.chunking).map((text, i) => ({
      id: `${doc.id}#${i}`,
      documentId: doc.id,
      version: doc.version,
      chunk: i,
      title: doc.title,
      text,
    }));
    index.addAll(chunks);
    this.chunkCount += chunks.length - (current?.chunkIds.length ?? 0);
    this.documents.set(key, { version: doc.version, chunkIds: chunks.map((c) => c.id) });
    return true;
  }

  search(tenant: string, query: string, topK: number): PassageV1[] {
    const index = this.tenants.get(tenant);
    if (!index) return [];
    return index
      .search(query)
      .slice(0, topK)
      .map((r) => ({
        documentId: r.documentId as string,
        version: r.version as number,
        chunk: r.chunk as number,
        text: r.text as string,
        score: Number((r.score / (r.score + this.scoreHalfPoint)).toFixed(4)),
      }));
  }

  private indexOf(tenant: string): MiniSearch<Chunk> {
    let index = this.tenants.get(tenant);
    if (!index) {
      index = new MiniSearch<Chunk>({
        fields: ['title', 'text'],
        storeFields: ['documentId', 'version', 'chunk', 'text'],
        processTerm: (term) => {
          const t = term.toLowerCase();
          return STOP_WORDS.has(t) ? null : t;
        },
        searchOptions: { boost: { title: 1.5 }, combineWith: 'OR' },
      });
      this.tenants.set(tenant, index);
    }
    return index;
  }
}
