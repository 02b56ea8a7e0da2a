// Types of the pure evaluators (metrics.mjs), for the TypeScript specs that use them.
export interface Usage {
  latencyMs: { p50?: number; p95?: number; max?: number };
  tokens: { prompt: number; completion: number };
  costUsd: number;
}
export interface RoutingCase {
  text: string;
  expected: string;
  got: string;
  reason?: string;
  ms?: number;
}
export interface RoutingReport extends Usage {
  total: number;
  correct: number;
  accuracy: number;
  perRoute: Record<string, { total: number; correct: number; accuracy: number }>;
  confusion: Record<string, Record<string, number>>;
  sensitiveRecall: number;
  misses: Array<{ text: string; expected: string; got: string; reason?: string }>;
}
export interface ExtractionCase {
  text: string;
  expected: Record<string, unknown>;
  got?: object;
  status: string;
  person: boolean;
  ms?: number;
  usage?: Record<string, number>;
}
export interface ExtractionReport extends Usage {
  invoices: number;
  fields: number;
  fieldAccuracy: number;
  perField: Record<string, { total: number; correct: number; accuracy: number }>;
  completedWithoutPerson: number;
  /** Of those completed without a person, the invoices with a wrong or missing field. */
  wrongCompletedWithoutPerson: number;
  completionRate: number;
  misses: Array<{ text: string; field: string; expected: unknown; got: unknown }>;
}
export interface KnowledgeCase {
  question: string;
  expect: string[];
  document: string;
  text?: string;
  citations?: Array<{ documentId: string; version?: number; chunk?: number }>;
  ms?: number;
  usage?: Record<string, number>;
}
export interface KnowledgeReport extends Usage {
  questions: number;
  right: number;
  answerRate: number;
  withRepeats: number;
  misses: Array<{
    question: string;
    expected: string[];
    document: string;
    answer?: string;
    cited: string[];
    repeated: string[];
  }>;
}
export function percentile(values: number[], p: number): number | undefined;
export function routingReport(cases: RoutingCase[], safeRoutes?: string[]): RoutingReport;
export function sameField(field: string, expected: unknown, got: unknown): boolean;
export function extractionReport(cases: ExtractionCase[]): ExtractionReport;
export function repeatedSentences(text: string | undefined): string[];
export function knowledgeReport(cases: KnowledgeCase[]): KnowledgeReport;
