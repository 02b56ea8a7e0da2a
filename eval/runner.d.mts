// Types of the fixture readers and stack runners (runner.mjs), for the TypeScript specs.
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
}
export function fixtures(root?: string): Fixtures;
interface StackLike {
  request(method: string, path: string, options?: unknown): Promise<unknown>;
  submit(body: unknown, key?: string): Promise<{ id: string }>;
  waitForTask(
    id: string,
    until: (t: never) => boolean,
    what: string,
    ms?: number,
  ): Promise<unknown>;
  waitForEnd(id: string, ms?: number): Promise<unknown>;
  service(name: string): { url: string };
}
export function loadCorpus(stack: StackLike, adminKey: string, root?: string): Promise<number>;
export function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]>;
export function routeCase(stack: StackLike, item: RoutingItem): Promise<RoutingCase>;
export function extractCase(stack: StackLike, item: InvoiceItem): Promise<ExtractionCase>;
export function askCase(stack: StackLike, item: QuestionItem): Promise<KnowledgeCase>;
