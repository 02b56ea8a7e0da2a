// Types of the fixture readers and stack runners (runner.mjs), for the TypeScript specs.
import type { Stack as StackLike } from '../libs/testing/src/index.js';
import type { ExtractionCase, KnowledgeCase, RoutingCase } from './metrics.mjs';

export const ROOT: string;
export interface RoutingItem {
  text: string;
  route: string;
}
export interface InvoiceItem {
  text: string;
  expected: Record<string, unknown>;
}
export interface QuestionItem {
  question: string;
  expect: string[];
  document: string;
}
export interface Fixtures {
  routingHeldout: RoutingItem[];
  routingTest: RoutingItem[];
  routingTrain: RoutingItem[];
  invoices: InvoiceItem[];
  invoicesTest: InvoiceItem[];
  questions: QuestionItem[];
  questionsTest: QuestionItem[];
  routingFresh: RoutingItem[];
  invoicesFresh: InvoiceItem[];
  questionsFresh: QuestionItem[];
  invoicesDev2: InvoiceItem[];
  invoicesFresh2: InvoiceItem[];
  invoicesDev3: InvoiceItem[];
  questionsFresh2: QuestionItem[];
  invoicesFresh3: InvoiceItem[];
  questionsFresh3: QuestionItem[];
  invoicesDev4: InvoiceItem[];
  invoicesDev5: InvoiceItem[];
  questionsDev5: QuestionItem[];
  invoicesDev6: InvoiceItem[];
  questionsDev6: QuestionItem[];
  invoicesDev7: InvoiceItem[];
  questionsDev7: QuestionItem[];
  routingFresh4: RoutingItem[];
  invoicesFresh4: InvoiceItem[];
  questionsFresh4: QuestionItem[];
  invoicesFresh5: InvoiceItem[];
  questionsFresh5: QuestionItem[];
  routingFresh6: RoutingItem[];
  invoicesFresh6: InvoiceItem[];
  questionsFresh6: QuestionItem[];
}
export function fixtures(root?: string): Fixtures;
export const SPLITS: readonly string[];
export interface Split {
  routing: RoutingItem[];
  invoices: InvoiceItem[];
  questions: QuestionItem[];
}
export function splitOf(data: Fixtures, split: string): Split;
export function loadCorpus(stack: StackLike, adminKey: string, root?: string): Promise<number>;
export function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]>;
export function routeCase(stack: StackLike, item: RoutingItem): Promise<RoutingCase>;
export function extractCase(stack: StackLike, item: InvoiceItem): Promise<ExtractionCase>;
export function askCase(stack: StackLike, item: QuestionItem): Promise<KnowledgeCase>;
