import { describe, expect, it } from '@jest/globals';
import type { ValidateRequestedV1 } from '@switchyard/contracts';
import { WorkflowRegistry, parseWorkflow } from '@switchyard/workflows';
import { ValidateService } from './validate.service.js';

const invoices = parseWorkflow(
  [
    'id: invoices',
    'version: 1',
    'description: d',
    'output:',
    '  schema: { type: object, required: [total, currency], properties: { total: { type: number }, currency: { enum: [EUR] } } }',
    'steps:',
    '  - { name: g, stage: generate, timeoutMs: 1000, retries: 0 }',
  ].join('\n'),
  'invoices.yaml',
);
const sut = new ValidateService(new WorkflowRegistry([invoices]), [
  { name: 'codename', pattern: '\\bProject Falcon\\b' },
]);

function request(overrides: Partial<ValidateRequestedV1>): ValidateRequestedV1 {
  return {
    stepId: 's1',
    workflowId: 'knowledge',
    workflowVersion: 1,
    output: { text: 'x', citations: [] },
    retrieved: [],
    checks: [],
    ...overrides,
  };
}

describe(ValidateService.name, () => {
  it('fails a citation of a passage that was not retrieved for the task, or of another version', () => {
    const verdict = sut.validate(
      request({
        checks: ['citations'],
        output: {
          text: 'x',
          citations: [
            { documentId: 'refunds', version: 1, chunk: 0 },
            { documentId: 'ghost', version: 1, chunk: 0 },
          ],
        },
        retrieved: [{ documentId: 'refunds', version: 2, chunk: 0 }],
      }),
    ).verdict;
    expect(verdict.ok).toBe(false);
    expect(verdict.failures.map((f) => f.message)).toEqual([
      'cites refunds v1 chunk 0, which was not retrieved for this task',
      'cites ghost v1 chunk 0, which was not retrieved for this task',
    ]);
  });

  it('requires knowledge answers to cite, unless they say they do not know', () => {
    expect(sut.validate(request({ checks: ['citations'] })).verdict.failures[0]?.message).toBe(
      'a knowledge answer must cite the passages it uses',
    );
    expect(
      sut.validate(
        request({ checks: ['citations'], output: { text: "I don't know.", citations: [] } }),
      ).verdict.ok,
    ).toBe(true);
  });

  it('checks the output contract with JSON Schema, naming each failure', () => {
    const bad = sut.validate(
      request({
        workflowId: 'invoices',
        checks: ['schema'],
        output: { data: { total: '12' }, citations: [] },
      }),
    ).verdict;
    expect(bad.failures.map((f) => f.message)).toEqual([
      "/ must have required property 'currency' (currency)",
      '/total must be number',
    ]);
    const good = sut.validate(
      request({
        workflowId: 'invoices',
        checks: ['schema'],
        output: { data: { total: 12, currency: 'EUR' }, citations: [] },
      }),
    );
    expect(good.verdict).toEqual({ ok: true, failures: [] });
  });

  it('flags payment card numbers (Luhn) and configured policy patterns, and passes clean text', () => {
    const dirty = sut.validate(
      request({
        checks: ['policy'],
        output: { text: 'Card 4111 1111 1111 1111 for Project Falcon', citations: [] },
      }),
    ).verdict;
    expect(dirty.failures.map((f) => f.message)).toEqual([
      'contains 1 payment card number(s)',
      "matches policy rule 'codename'",
    ]);
    expect(
      sut.validate(
        request({
          checks: ['policy'],
          output: { text: 'Order 1234 5678 9012 3456 shipped', citations: [] },
        }),
      ).verdict.ok,
    ).toBe(true);
  });

  it('never passes a check it does not have', () => {
    expect(sut.validate(request({ checks: ['telepathy'] })).verdict.failures).toEqual([
      { check: 'telepathy', message: "check 'telepathy' is not available in this validator" },
    ]);
  });
});
