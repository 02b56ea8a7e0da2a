import { describe, expect, it } from '@jest/globals';
import type { Envelope } from '@switchyard/contracts';
import type { TaskRecord } from '@switchyard/task-store';
import { WorkflowRegistry, parseWorkflow } from '@switchyard/workflows';
import { Saga } from './saga.js';

const workflow = parseWorkflow(
  [
    'id: knowledge',
    'version: 3',
    'description: d',
    'steps:',
    '  - { name: retrieve, stage: retrieve, timeoutMs: 1000, retries: 1, settings: { topK: 3, minScore: 0.5, onWeak: degrade } }',
    '  - { name: generate, stage: generate, timeoutMs: 1000, retries: 1 }',
    '  - { name: validate, stage: validate, timeoutMs: 1000, retries: 0, settings: { checks: [citations], maxRepairs: 1 } }',
  ].join('\n'),
  'knowledge.yaml',
);
const now = new Date('2026-11-22T03:00:00.000Z');
const sut = new Saga(
  new WorkflowRegistry([workflow]),
  { routeTimeoutMs: 500, routeRetries: 1 },
  () => now,
);

function task(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 't1',
    tenant: 'demo',
    status: 'queued',
    text: 'refund?',
    stepsStarted: 0,
    usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    timeline: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
    ...overrides,
  };
}

function env<P>(id: string, payload: P): Envelope<P> {
  return {
    id,
    taskId: 't1',
    tenant: 'demo',
    attempt: 1,
    time: now.toISOString(),
    schemaVersion: 1,
    payload,
  };
}

/** Runs the task from submission to the generate step. */
function atGenerate(): TaskRecord {
  let t = sut.onSubmitted(task(), env('e1', {})).next!;
  t = sut.onRouted(
    t,
    env('e2', {
      stepId: t.step!.stepId,
      route: 'knowledge',
      confidence: 1,
      source: 'requested' as const,
      reason: 'asked',
    }),
  ).next!;
  const passages = [
    { documentId: 'refunds', version: 2, chunk: 0, text: 'Refunds within 30 days.', score: 0.9 },
  ];
  return sut.onRetrieved(
    t,
    env('e3', { stepId: t.step!.stepId, passages, bestScore: 0.9, weak: false }),
  ).next!;
}

describe(Saga.name, () => {
  it('routes first, then pins the task to the latest workflow version and starts its first step', () => {
    const started = sut.onSubmitted(task(), env('e1', {}));
    expect(started.next).toMatchObject({
      status: 'running',
      step: { index: -1, stage: 'route', stepId: 't1.1', attempt: 1 },
    });
    expect(started.effects.map((e) => e.kind)).toEqual(['command', 'timer']);
    expect(started.effects[0]).toMatchObject({
      subject: 'switchyard.route.requested.v1',
      messageId: 't1.1.a1',
    });

    const routed = sut.onRouted(
      started.next!,
      env('e2', {
        stepId: 't1.1',
        route: 'knowledge',
        confidence: 0.9,
        source: 'rule' as const,
        reason: 'refund keyword',
      }),
    );
    expect(routed.next).toMatchObject({
      workflow: { id: 'knowledge', version: 3 },
      step: { index: 0, stage: 'retrieve', stepId: 't1.2' },
    });
    expect(routed.next!.timeline.map((e) => e.outcome)).toEqual([
      'started',
      'requested',
      'routed',
      'requested',
    ]);
  });

  it('ignores a duplicate or stale result and changes nothing', () => {
    const t = atGenerate();
    const stale = sut.onRetrieved(
      t,
      env('e3-again', { stepId: 't1.2', passages: [], bestScore: 0, weak: true }),
    );
    expect(stale.next).toBeUndefined();
    expect(stale.effects).toEqual([]);
    expect(stale.ignored).toContain('stale or duplicate retrieve result');
  });

  it('re-publishes the current step when the event that started it is delivered again', () => {
    const t = atGenerate();
    const again = sut.onRetrieved(
      t,
      env('e3', { stepId: 't1.2', passages: [], bestScore: 0, weak: true }),
    );
    expect(again.next).toBeUndefined();
    expect(again.effects.map((e) => e.messageId)).toEqual(['t1.3.a1', 't1.3.a1.deadline']);
  });

  it('degrades on weak retrieval and says why on the timeline', () => {
    let t = sut.onSubmitted(task(), env('e1', {})).next!;
    t = sut.onRouted(
      t,
      env('e2', {
        stepId: t.step!.stepId,
        route: 'knowledge',
        confidence: 1,
        source: 'requested' as const,
        reason: 'asked',
      }),
    ).next!;
    const weak = sut.onRetrieved(
      t,
      env('e3', { stepId: t.step!.stepId, passages: [], bestScore: 0.12, weak: true }),
    );
    expect(weak.next!.degraded).toBe(true);
    expect(weak.next!.timeline.at(-2)?.reason).toBe(
      'retrieval weak (best 0.12 < 0.50) → degraded answer',
    );
    expect(weak.effects[0]).toMatchObject({
      subject: 'switchyard.generate.requested.v1',
      payload: { mode: 'degraded' },
    });
  });

  it('repairs after a failed validation with the errors fed back, then fails when repairs run out', () => {
    let t = atGenerate();
    const output = { text: 'x', citations: [{ documentId: 'nope', version: 1, chunk: 0 }] };
    t = sut.onGenerated(
      t,
      env('e4', {
        stepId: t.step!.stepId,
        output,
        provider: 'local',
        model: 'm',
        usage: { promptTokens: 3, completionTokens: 1, costUsd: 0 },
      }),
    ).next!;
    const verdict = { ok: false, failures: [{ check: 'citations', message: 'cites nope v1' }] };
    const repair = sut.onValidated(t, env('e5', { stepId: t.step!.stepId, verdict }));
    expect(repair.next).toMatchObject({ repairs: 1, step: { stage: 'generate', index: 1 } });
    expect(repair.effects[0]).toMatchObject({
      payload: { feedback: ['citations: cites nope v1'] },
    });

    t = sut.onGenerated(
      repair.next!,
      env('e6', {
        stepId: repair.next!.step!.stepId,
        output,
        provider: 'local',
        model: 'm',
        usage: { promptTokens: 3, completionTokens: 1, costUsd: 0 },
      }),
    ).next!;
    expect(t.usage.promptTokens).toBe(6);
    const large = sut.onValidated(t, env('e7', { stepId: t.step!.stepId, verdict }));
    expect(large.next).toMatchObject({ largeTier: true, step: { stage: 'generate' } });
    expect(large.effects[0]).toMatchObject({ payload: { tier: 'large' } });
    const onLarge = sut.onGenerated(
      large.next!,
      env('e8', {
        stepId: large.next!.step!.stepId,
        output,
        provider: 'local',
        model: 'm',
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      }),
    ).next!;
    const failed = sut.onValidated(onLarge, env('e9', { stepId: onLarge.step!.stepId, verdict }));
    expect(failed.next).toMatchObject({ status: 'failed', error: { code: 'validation_failed' } });
  });

  it('blocks a policy violation and sends it to a person', () => {
    let t = atGenerate();
    t = sut.onGenerated(
      t,
      env('e4', {
        stepId: t.step!.stepId,
        output: { text: 'card 4111 1111 1111 1111', citations: [] },
        provider: 'local',
        model: 'm',
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      }),
    ).next!;
    const verdict = {
      ok: false,
      failures: [{ check: 'policy', message: 'contains 1 payment card number(s)' }],
    };
    const blocked = sut.onValidated(t, env('e5', { stepId: t.step!.stepId, verdict }));
    expect(blocked.next).toMatchObject({
      status: 'awaiting_approval',
      step: { stage: 'approval', name: 'escalation' },
    });
    expect(blocked.effects[0]).toMatchObject({
      subject: 'switchyard.approval.requested.v1',
      payload: { reason: expect.stringContaining('policy violation') },
    });
  });

  it('re-sends after a missed deadline (same step id, next attempt), then fails naming the step', () => {
    const t = atGenerate();
    const deadline = (attempt: number) =>
      env(`d${attempt}`, { stepId: 't1.3', attempt, deadline: now.toISOString() });
    const resent = sut.onDeadline(t, deadline(1));
    expect(resent.next!.step).toMatchObject({ stepId: 't1.3', attempt: 2 });
    expect(resent.effects[0]).toMatchObject({ messageId: 't1.3.a2', attempt: 2 });
    expect(sut.onDeadline(resent.next!, deadline(1)).ignored).toBe('the step had already moved on');
    const failed = sut.onDeadline(resent.next!, deadline(2));
    expect(failed.next).toMatchObject({
      status: 'failed',
      error: {
        code: 'step_timeout',
        message: "step 'generate' (generate) did not answer within 1000 ms after 2 attempts",
      },
    });
  });

  it('cancels a running task and ignores everything after', () => {
    const t = atGenerate();
    const cancelled = sut.onCancel(
      t,
      env('c1', { requestedBy: 'alice', reason: 'no longer needed' }),
    ).next!;
    expect(cancelled).toMatchObject({ status: 'cancelled', step: undefined });
    const late = sut.onGenerated(
      cancelled,
      env('e4', {
        stepId: 't1.3',
        output: { text: 'x', citations: [] },
        provider: 'local',
        model: 'm',
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      }),
    );
    expect(late).toEqual({ effects: [], ignored: 'late generate result: task already cancelled' });
    expect(sut.onCancel(cancelled, env('c2', { requestedBy: 'alice' })).ignored).toBe(
      'task already cancelled',
    );
  });

  it('fails a task routed to a workflow that is not deployed', () => {
    const t = sut.onSubmitted(task(), env('e1', {})).next!;
    const routed = sut.onRouted(
      t,
      env('e2', {
        stepId: t.step!.stepId,
        route: 'ghost',
        confidence: 1,
        source: 'default' as const,
        reason: 'x',
      }),
    );
    expect(routed.next).toMatchObject({ status: 'failed', error: { code: 'unknown_workflow' } });
  });
});
