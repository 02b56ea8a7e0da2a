import type { PayloadInput, PassageV1, RetrieveRequestedV1, Subjects } from '@switchyard/contracts';

export type RetrieveResult = PayloadInput<typeof Subjects.RetrieveCompleted>;

/** Where passages come from: the retriever's materialised document index. */
export interface PassageIndex {
  search(tenant: string, query: string, topK: number, queryVector?: Float32Array): PassageV1[];
}

/** Embeds a query (when embeddings are configured). */
export interface QueryEmbedder {
  embed(inputs: string[]): Promise<Float32Array[]>;
}

/** Ranks passages for a query and says whether retrieval is weak (best score under the threshold). */
export class RetrieveService {
  constructor(
    private readonly index: PassageIndex,
    private readonly embedder?: QueryEmbedder,
    private readonly onEmbeddingError: (err: unknown) => void = () => undefined,
  ) {}

  async retrieve(tenant: string, request: RetrieveRequestedV1): Promise<RetrieveResult> {
    let vector: Float32Array | undefined;
    if (this.embedder) {
      // Without the query's embedding the retriever still answers, with BM25 alone.
      vector = (
        await this.embedder
          .embed([request.query])
          .catch((err: unknown) => void this.onEmbeddingError(err))
      )?.[0];
    }
    const passages = this.index.search(tenant, request.query, request.topK, vector);
    const bestScore = passages.reduce((best, p) => Math.max(best, p.score), 0);
    return {
      stepId: request.stepId,
      passages,
      bestScore,
      weak: bestScore < request.minScore || passages.length === 0,
    };
  }
}
