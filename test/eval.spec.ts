import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEV_KEYS, Stack } from '@switchyard/testing';
import { extractionReport, knowledgeReport, routingReport } from '../eval/metrics.mjs';
import { askCase, extractCase, fixtures, loadCorpus, pool, routeCase } from '../eval/runner.mjs';

/** Every n-th item: a slice across all routes and layouts, the same on every run. */
const every = <T>(items: T[], n: number): T[] => items.filter((_, i) => i % n === 0);

/**
 * A slice of `npm run eval` through the real stack (a private nats-server and every service as
 * its own process, HTTP in through the gateway), scored by the same pure evaluators. The full
 * development and test splits run with `npm run eval` (docs/evaluation.md).
 */
describe('npm run eval, a slice of the development fixtures through every service', () => {
  let stack: Stack;
  const data = fixtures();

  beforeAll(async () => {
    stack = await Stack.start();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('routes requests it was never trained on, every sensitive one to an approval', async () => {
    const cases = await pool(every(data.routingHeldout, 2), 6, (item) => routeCase(stack, item));
    const report = routingReport(cases);
    expect(report.total).toBeGreaterThanOrEqual(50);
    expect(report.sensitiveRecall).toBe(1);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('extracts invoice fields, completing without a person', async () => {
    const cases = await pool(every(data.invoices, 3), 6, (item) => extractCase(stack, item));
    const report = extractionReport(cases);
    expect(report.fieldAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.completionRate).toBeGreaterThanOrEqual(0.9);
  });

  it('answers questions over corpus/demo with the fact and its document, never repeating a sentence', async () => {
    await loadCorpus(stack, DEV_KEYS.admin);
    const cases = await pool(every(data.questions, 2), 6, (item) => askCase(stack, item));
    const report = knowledgeReport(cases);
    expect(report.withRepeats).toBe(0);
    expect(report.answerRate).toBeGreaterThanOrEqual(0.8);
  });
});
