import { describe, expect, it } from '@jest/globals';
import { parseCompiled } from './compiled.js';
import { EnvelopeV1 } from './envelope.js';
import { type Subject, SubjectPayloads, Subjects } from './subjects.js';
import { type Constructor, parseAs } from './validation.js';

const passage = {
  documentId: 'refunds',
  version: 2,
  chunk: 0,
  text: 'Refunds within 30 days.',
  score: 0.9,
};
const output = {
  text: 'Refunds take 30 days [refunds@2#0].',
  citations: [{ documentId: 'refunds', version: 2, chunk: 0 }],
};
const action = { tool: 'refund', arguments: { orderId: '1001' }, idempotencyKey: 'k-1' };
const verdict = {
  ok: false,
  failures: [{ check: 'citations', message: 'cites nope' }],
  confidence: 0.4,
};

/** One valid payload per subject, as the services send them. */
const VALID: Record<Subject, Record<string, unknown>> = {
  [Subjects.TaskSubmitted]: { text: 'refund?', workflow: 'knowledge', context: { orderId: '1' } },
  [Subjects.TaskCancelRequested]: { requestedBy: 'alice', reason: 'not needed' },
  [Subjects.RouteRequested]: {
    stepId: 't.1',
    text: 'refund?',
    requestedWorkflow: 'knowledge',
    context: {},
  },
  [Subjects.RouteCompleted]: {
    stepId: 't.1',
    route: 'knowledge',
    confidence: 0.9,
    source: 'rule',
    reason: 'keyword',
  },
  [Subjects.RetrieveRequested]: { stepId: 't.2', query: 'refund?', topK: 5, minScore: 0.35 },
  [Subjects.RetrieveCompleted]: { stepId: 't.2', passages: [passage], bestScore: 0.9, weak: false },
  [Subjects.GenerateRequested]: {
    stepId: 't.3',
    workflowId: 'knowledge',
    workflowVersion: 1,
    tier: 'small',
    text: 'refund?',
    passages: [passage],
    feedback: ['citations: x'],
    mode: 'normal',
  },
  [Subjects.GenerateCompleted]: {
    stepId: 't.3',
    output,
    provider: 'local',
    model: 'm',
    usage: { promptTokens: 3, completionTokens: 1, costUsd: 0 },
    proposedAction: action,
  },
  [Subjects.ValidateRequested]: {
    stepId: 't.4',
    workflowId: 'knowledge',
    workflowVersion: 1,
    output,
    retrieved: [{ documentId: 'refunds', version: 2, chunk: 0 }],
    checks: ['citations'],
  },
  [Subjects.ValidateCompleted]: { stepId: 't.4', verdict },
  [Subjects.ApprovalRequested]: {
    stepId: 't.5',
    reason: 'write action',
    deadline: '2026-11-30T10:00:00.000Z',
    timeoutPolicy: 'reject',
    input: 'refund order 1001',
    route: 'sensitive',
    draft: output,
    passages: [passage],
    verdict,
    proposedAction: action,
    requiredRole: 'approver',
  },
  [Subjects.ApprovalDecided]: {
    stepId: 't.5',
    approvalId: 't.5',
    decision: 'approve',
    decidedBy: 'bob',
    decidedAt: '2026-11-30T10:00:00.000Z',
  },
  [Subjects.ActionRequested]: { stepId: 't.6', action },
  [Subjects.ActionCompleted]: { stepId: 't.6', tool: 'refund', result: { refunded: true } },
  [Subjects.StageFailed]: {
    stepId: 't.3',
    stage: 'generate',
    code: 'x',
    message: 'boom',
    retryable: false,
  },
  [Subjects.StepDeadline]: { stepId: 't.3', attempt: 1, deadline: '2026-11-30T10:00:00.000Z' },
  [Subjects.SubmissionCheck]: { due: '2026-11-30T10:00:00.000Z' },
};

const envelope = {
  id: 't.1.a1',
  taskId: 't',
  tenant: 'demo',
  causationId: 'e',
  attempt: 1,
  time: '2026-11-30T10:00:00.000Z',
  schemaVersion: 1,
  workflow: 'knowledge',
  payload: {},
};

/** Variations of a valid object: each field missing, null, of another type, oversized, plus an extra field. */
function mutations(valid: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [['as sent', valid]];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...rest } = valid;
    out.push([`without ${key}`, rest]);
    out.push([`${key} null`, { ...valid, [key]: null }]);
    out.push([`${key} a number`, { ...valid, [key]: 12345 }]);
    out.push([`${key} a string`, { ...valid, [key]: 'x' }]);
    out.push([`${key} huge`, { ...valid, [key]: 'x'.repeat(200_001) }]);
    out.push([`${key} an object`, { ...valid, [key]: { a: 1 } }]);
    out.push([`${key} an array`, { ...valid, [key]: [1, 'a'] }]);
    out.push([`${key} negative`, { ...valid, [key]: -1.5 }]);
  }
  out.push(['an unknown field', { ...valid, surplus: true }]);
  return out;
}

function verdictOf(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

const structured = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe(parseCompiled.name, () => {
  const cases: Array<[string, Constructor<object>, Record<string, unknown>]> = [
    ...mutations(envelope).map(
      ([name, v]) =>
        [`envelope ${name}`, EnvelopeV1, v] as [
          string,
          Constructor<object>,
          Record<string, unknown>,
        ],
    ),
    ...(Object.keys(VALID) as Subject[]).flatMap((subject) =>
      mutations(VALID[subject]).map(
        ([name, v]) =>
          [`${subject} ${name}`, SubjectPayloads[subject] as Constructor<object>, v] as [
            string,
            Constructor<object>,
            Record<string, unknown>,
          ],
      ),
    ),
  ];

  it('accepts every payload as the services send it', () => {
    for (const subject of Object.keys(VALID) as Subject[])
      expect(() =>
        parseCompiled(SubjectPayloads[subject] as Constructor<object>, structured(VALID[subject])),
      ).not.toThrow();
  });

  it(`agrees with class-validator on ${cases.length} valid and invalid messages`, () => {
    const disagreements = cases
      .map(([name, cls, value]) => ({
        name,
        classValidator: verdictOf(() => parseAs(cls, structured(value))),
        compiled: verdictOf(() => parseCompiled(cls, structured(value))),
      }))
      .filter((c) => c.classValidator !== c.compiled);
    expect(disagreements).toEqual([]);
  });

  it('names every failing field and drops unknown ones', () => {
    const payload = structured({ ...VALID[Subjects.RouteCompleted], confidence: 3, extra: 1 });
    expect(() => parseCompiled(SubjectPayloads[Subjects.RouteCompleted], payload)).toThrow(
      /confidence/,
    );
    const ok = parseCompiled(
      SubjectPayloads[Subjects.RouteCompleted],
      structured({ ...VALID[Subjects.RouteCompleted], extra: 1 }),
    );
    expect(ok).not.toHaveProperty('extra');
  });
});
