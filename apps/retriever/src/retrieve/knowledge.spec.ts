import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { LocalProvider } from '@switchyard/models';
import { knowledgeReport } from '../../../../eval/metrics.mjs';
import { fixtures } from '../../../../eval/runner.mjs';
import { DocumentIndex } from './document-index.js';

const root = join(import.meta.dirname, '../../../..');

/**
 * The knowledge workflow's retrieval and the local provider's answers in process, on the
 * development questions (eval/knowledge/questions.yaml) over corpus/demo, as in
 * workflows/knowledge.yaml: top 5 passages, weak below 0.35. `npm run eval` measures the same
 * through every service; the fresh test split is reported there, never asserted.
 */
describe('knowledge answers over corpus/demo', () => {
  it('answers at least 90 % of the development questions with the fact and its document, never repeating a sentence', async () => {
    const index = new DocumentIndex();
    const dir = join(root, 'corpus/demo');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const [first = '', ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
      index.upsert({
        id: file.replace(/\.md$/, ''),
        tenant: 'demo',
        version: 1,
        title: first.replace(/^#\s*/, ''),
        text: rest.join('\n').trim(),
        updatedAt: '2026-11-29T00:00:00.000Z',
        updatedBy: 'test',
      });
    }
    const provider = new LocalProvider();
    const questions = fixtures(root).questions;
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const cases = [];
    for (const q of questions) {
      const passages = index.search('demo', q.question, 5);
      const best = passages.reduce((b, p) => Math.max(b, p.score), 0);
      const answer = await provider.complete({
        model: 'local-heuristic-small',
        template: 'answer',
        messages: [],
        tools: [],
        json: false,
        question: q.question,
        passages,
        feedback: [],
        degraded: best < 0.35,
        toolResults: [],
        signal: AbortSignal.timeout(10_000),
      });
      cases.push({ ...q, text: answer.text, citations: answer.citations ?? [] });
    }
    const report = knowledgeReport(cases);
    expect(report.withRepeats).toBe(0);
    expect(report.answerRate).toBeGreaterThanOrEqual(0.9);
  });
});
