import type { PayloadInput, PassageV1, RetrieveRequestedV1, Subjects } from '@switchyard/contracts';

export type RetrieveResult = PayloadInput<typeof Subjects.RetrieveCompleted>;

/** Where passages come from: the retriever's materialised document index. */
export interface PassageIndex {
  search(tenant: string, query: string, topK: number): PassageV1[];
}

/** Ranks passages for a query and says whether retrieval is weak (best score under the threshold). */
export class RetrieveService {
  constructor(private readonly index: PassageIndex) {}

  retrieve(tenant: string, request: RetrieveRequestedV1): RetrieveResult {
    const passages = this.index.search(tenant, request.query, request.topK);
    const bestScore = passages.reduce((best, p) => Math.max(best, p.score), 0);
    return {
      stepId: request.stepId,
      passages,
      bestScore,
      weak: bestScore < request.minScore || passages.length === 0,
    };
  }
}
