import { describe, expect, it } from '@jest/globals';
import { type PayloadOf, Subjects } from '@switchyard/contracts';
import type { TaskRecord } from '@switchyard/task-store';
import { WorkflowRegistry, parseWorkflow } from '@switchyard/workflows';
import { Saga, type SagaEvent, type SagaSubject } from './saga.js';

const knowledge = parseWorkflow(
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
const refund = parseWorkflow(
  [
    'id: refund',
    'version: 1',
    'description: d',
    'steps:',
    '  - { name: generate, stage: generate, timeoutMs: 1000, retries: 1 }',
    '  - { name: approve, stage: approval, timeoutMs: 1000, retries: 0, settings: { when: write_action, deadlineMs: 60000 } }',
    '  - { name: act, stage: action, timeoutMs: 1000, retries: 1 }',
  ].join('\n'),
  'refund.yaml',
);
const now = new Date('2026-11-22T03:00:00.000Z');
const sut = new Saga(
  new WorkflowRegistry([knowledge, refund]),
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

/** An event as the coordinator's consumer hands it to the saga. */
function ev<S extends SagaSubject>(
  subject: S,
  id: string,
  payload: PayloadOf<S>,
  attempt = 1,
): SagaEvent {
  return {
    subject,
    envelope: {
      id,
      taskId: 't1',
      tenant: 'demo',
      attempt,
      time: now.toISOString(),
      schemaVersion: 1,
      payload,
    },
  } as SagaEvent;
}

const usage = { promptTokens: 3, completionTokens: 1, costUsd: 0 };

function routed(t: TaskRecord, route = 'knowledge', id = 'e2'): TaskRecord {
  return sut.decide(
    t,
    ev(Subjects.RouteCompleted, id, {
      stepId: t.step!.stepId,
      route,
      confidence: 1,
      source: 'requested',
      reason: 'asked',
    }),
  ).next!;
}

function generated(
  t: TaskRecord,
  id: string,
  extra: Partial<PayloadOf<typeof Subjects.GenerateCompleted>> = {},
) {
  return sut.decide(
    t,
    ev(Subjects.GenerateCompleted, id, {
      stepId: t.step!.stepId,
      output: { text: 'x', citations: [{ documentId: 'nope', version: 1, chunk: 0 }] },
      provider: 'local',
      model: 'm',
      usage,
      ...extra,
    }),
  );
}

/** Runs the task from submission to the generate step of `knowledge`. */
function atGenerate(): TaskRecord {
  const t = routed(sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' })).next!);
  const passages = [
    { documentId: 'refunds', version: 2, chunk: 0, text: 'Refunds within 30 days.', score: 0.9 },
  ];
  return sut.decide(
    t,
    ev(Subjects.RetrieveCompleted, 'e3', {
      stepId: t.step!.stepId,
      passages,
      bestScore: 0.9,
      weak: false,
    }),
  ).next!;
}

const deadline = (id: string, stepId: string, attempt: number) =>
  ev(Subjects.StepDeadline, id, { stepId, attempt, deadline: now.toISOString() });

describe(Saga.name, () => {
  it('routes first, then pins the task to the latest workflow version and starts its first step', () => {
    const started = sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' }));
    expect(started.next).toMatchObject({
      status: 'running',
      step: { kind: 'route', stage: 'route', stepId: 't1.1', attempt: 1 },
    });
    expect(started.effects.map((e) => e.kind)).toEqual(['command']);
    expect(started.effects[0]).toMatchObject({
      subject: 'switchyard.route.requested.v1',
      messageId: 't1.1.a1',
    });
    const next = routed(started.next!);
    expect(next).toMatchObject({
      workflow: { id: 'knowledge', version: 3 },
      step: { kind: 'workflow', index: 0, stage: 'retrieve', stepId: 't1.2' },
    });
    expect(next.timeline.map((e) => e.outcome)).toEqual([
      'started',
      'requested',
      'routed',
      'requested',
    ]);
  });

  it('ignores a duplicate or stale result and changes nothing', () => {
    const t = atGenerate();
    const stale = sut.decide(
      t,
      ev(Subjects.RetrieveCompleted, 'e3-again', {
        stepId: 't1.2',
        passages: [],
        bestScore: 0,
        weak: true,
      }),
    );
    expect(stale.next).toBeUndefined();
    expect(stale.effects).toEqual([]);
    expect(stale.ignored).toContain('stale or duplicate retrieve');
  });

  it('re-publishes the current step when the event that started it is delivered again', () => {
    const t = atGenerate();
    const again = sut.decide(
      t,
      ev(Subjects.RetrieveCompleted, 'e3', {
        stepId: 't1.2',
        passages: [],
        bestScore: 0,
        weak: true,
      }),
    );
    expect(again.next).toBeUndefined();
    expect(again.effects.map((e) => e.messageId)).toEqual(['t1.3.a1']);
  });

  // Defect 1: a deadline re-send stored before a crash was acked as "moved on" on redelivery.
  it('re-publishes a deadline re-send when the timer that caused it is delivered again', () => {
    const t = atGenerate();
    const resent = sut.decide(t, deadline('d1', 't1.3', 1)).next!;
    expect(resent.step).toMatchObject({ attempt: 2, causationId: 'd1' });
    const again = sut.decide(resent, deadline('d1', 't1.3', 1));
    expect(again.next).toBeUndefined();
    expect(again.effects.map((e) => e.messageId)).toEqual(['t1.3.a2']);
  });

  // Defect 1: a submission check's start stored before a crash was acked as "already started".
  it('re-publishes the routing command when a submission check that started the task comes again', () => {
    const started = sut.decide(
      task(),
      ev(Subjects.SubmissionCheck, 'chk', { due: now.toISOString() }),
    ).next!;
    expect(started.timeline.map((e) => e.outcome)).toEqual(['recovered', 'started', 'requested']);
    const again = sut.decide(
      started,
      ev(Subjects.SubmissionCheck, 'chk', { due: now.toISOString() }),
    );
    expect(again.effects.map((e) => e.messageId)).toEqual(['t1.1.a1']);
    expect(
      sut.decide(started, ev(Subjects.SubmissionCheck, 'other', { due: now.toISOString() }))
        .ignored,
    ).toBe('task already started');
  });

  it('degrades on weak retrieval and says why on the timeline', () => {
    const t = routed(
      sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' })).next!,
    );
    const weak = sut.decide(
      t,
      ev(Subjects.RetrieveCompleted, 'e3', {
        stepId: t.step!.stepId,
        passages: [],
        bestScore: 0.12,
        weak: true,
      }),
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
    let t = generated(atGenerate(), 'e4').next!;
    const verdict = { ok: false, failures: [{ check: 'citations', message: 'cites nope v1' }] };
    const repair = sut.decide(
      t,
      ev(Subjects.ValidateCompleted, 'e5', { stepId: t.step!.stepId, verdict }),
    );
    expect(repair.next).toMatchObject({ repairs: 1, step: { stage: 'generate', index: 1 } });
    expect(repair.effects[0]).toMatchObject({
      payload: { feedback: ['citations: cites nope v1'] },
    });

    t = generated(repair.next!, 'e6').next!;
    expect(t.usage.promptTokens).toBe(6);
    const large = sut.decide(
      t,
      ev(Subjects.ValidateCompleted, 'e7', { stepId: t.step!.stepId, verdict }),
    );
    expect(large.next).toMatchObject({ largeTier: true, step: { stage: 'generate' } });
    expect(large.effects[0]).toMatchObject({ payload: { tier: 'large' } });
    const onLarge = generated(large.next!, 'e8').next!;
    const failed = sut.decide(
      onLarge,
      ev(Subjects.ValidateCompleted, 'e9', { stepId: onLarge.step!.stepId, verdict }),
    );
    expect(failed.next).toMatchObject({ status: 'failed', error: { code: 'validation_failed' } });
  });

  // Defect 9: the feedback of a repair was lost when the generate command was re-sent.
  it('keeps a repair’s feedback on the step, so a re-sent generate command carries it', () => {
    const t = generated(atGenerate(), 'e4').next!;
    const verdict = { ok: false, failures: [{ check: 'citations', message: 'cites nope v1' }] };
    const repair = sut.decide(
      t,
      ev(Subjects.ValidateCompleted, 'e5', { stepId: t.step!.stepId, verdict }),
    ).next!;
    expect(repair.step?.feedback).toEqual(['citations: cites nope v1']);
    const resent = sut.decide(repair, deadline('d1', repair.step!.stepId, 1));
    expect(resent.effects[0]).toMatchObject({
      messageId: `${repair.step!.stepId}.a2`,
      payload: { feedback: ['citations: cites nope v1'] },
    });
  });

  it('blocks a policy violation and sends it to a person', () => {
    const t = generated(atGenerate(), 'e4', {
      output: { text: 'card 4111 1111 1111 1111', citations: [] },
    }).next!;
    const verdict = {
      ok: false,
      failures: [{ check: 'policy', message: 'contains 1 payment card number(s)' }],
    };
    const blocked = sut.decide(
      t,
      ev(Subjects.ValidateCompleted, 'e5', { stepId: t.step!.stepId, verdict }),
    );
    expect(blocked.next).toMatchObject({
      status: 'awaiting_approval',
      step: { kind: 'escalation', stage: 'approval', name: 'escalation' },
    });
    expect(blocked.effects[0]).toMatchObject({
      subject: 'switchyard.approval.requested.v1',
      payload: { reason: expect.stringContaining('policy violation') },
    });
    // a person's deadline lives on the broker; other steps' deadlines are the coordinator's timers
    expect(blocked.effects.map((e) => e.kind)).toEqual(['command', 'timer']);
  });

  it('re-sends after a missed deadline (same step id, next attempt), then fails naming the step', () => {
    const t = atGenerate();
    const resent = sut.decide(t, deadline('d1', 't1.3', 1));
    expect(resent.next!.step).toMatchObject({ stepId: 't1.3', attempt: 2 });
    expect(resent.effects[0]).toMatchObject({ messageId: 't1.3.a2', attempt: 2 });
    expect(sut.decide(resent.next!, deadline('d1-late', 't1.3', 1)).ignored).toBe(
      'the step had already moved on',
    );
    const failed = sut.decide(resent.next!, deadline('d2', 't1.3', 2));
    expect(failed.next).toMatchObject({
      status: 'failed',
      error: {
        code: 'step_timeout',
        message: "step 'generate' (generate) did not answer within 1000 ms after 2 attempts",
      },
    });
  });

  // Defect 12: a late StageFailed of attempt 1 failed attempt 2.
  it('ignores the failure of an earlier attempt of the current step', () => {
    const resent = sut.decide(atGenerate(), deadline('d1', 't1.3', 1)).next!;
    const fail = (attempt: number) =>
      ev(
        Subjects.StageFailed,
        `f${attempt}`,
        {
          stepId: 't1.3',
          stage: 'generate',
          code: 'generate_failed',
          message: 'boom',
          retryable: false,
        },
        attempt,
      );
    expect(sut.decide(resent, fail(1)).ignored).toContain('failure of attempt 1');
    expect(sut.decide(resent, fail(2)).next).toMatchObject({ status: 'failed' });
  });

  it('cancels a running task and ignores everything after', () => {
    const cancelled = sut.decide(
      atGenerate(),
      ev(Subjects.TaskCancelRequested, 'c1', { requestedBy: 'alice', reason: 'no longer needed' }),
    ).next!;
    expect(cancelled).toMatchObject({ status: 'cancelled', step: undefined });
    const late = sut.decide(
      cancelled,
      ev(Subjects.GenerateCompleted, 'e4', {
        stepId: 't1.3',
        output: { text: 'x', citations: [] },
        provider: 'local',
        model: 'm',
        usage,
      }),
    );
    expect(late).toEqual({ effects: [], ignored: 'task already cancelled' });
    expect(
      sut.decide(cancelled, ev(Subjects.TaskCancelRequested, 'c2', { requestedBy: 'alice' }))
        .ignored,
    ).toBe('task already cancelled');
  });

  it('fails a task routed to a workflow that is not deployed', () => {
    const t = routed(
      sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' })).next!,
      'ghost',
    );
    expect(t).toMatchObject({ status: 'failed', error: { code: 'unknown_workflow' } });
  });

  // Defect 7: an action step without a proposed action failed the task.
  it('passes over an approval and an action step when no action was proposed, and completes', () => {
    const t = routed(
      sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' })).next!,
      'refund',
    );
    const done = generated(t, 'e3', { output: { text: 'no refund needed', citations: [] } }).next!;
    expect(done.status).toBe('completed');
    expect(done.timeline.filter((e) => e.outcome === 'skipped').map((e) => e.reason)).toEqual([
      'approval not needed: no write action proposed',
      'no action was proposed',
    ]);
  });

  // Defect 8: a refund that ran after a cancel left no trace on the task.
  it('records an action result that arrives after a cancel, once', () => {
    const t = routed(
      sut.decide(task(), ev(Subjects.TaskSubmitted, 'e1', { text: 'refund?' })).next!,
      'refund',
    );
    const proposedAction = { tool: 'refund', arguments: { orderId: '1001' }, idempotencyKey: 'k1' };
    let a = generated(t, 'e3', { output: { text: 'refund', citations: [] }, proposedAction }).next!;
    a = sut.decide(
      a,
      ev(Subjects.ApprovalDecided, 'e4', {
        stepId: a.step!.stepId,
        approvalId: a.step!.stepId,
        decision: 'approve',
        decidedBy: 'bob',
        decidedAt: now.toISOString(),
      }),
    ).next!;
    expect(a.step).toMatchObject({ stage: 'action' });
    const actionStep = a.step!.stepId;
    const cancelled = sut.decide(
      a,
      ev(Subjects.TaskCancelRequested, 'c1', { requestedBy: 'alice' }),
    ).next!;
    const result = ev(Subjects.ActionCompleted, 'r1', {
      stepId: actionStep,
      tool: 'refund',
      result: { refunded: true },
    });
    const recorded = sut.decide(cancelled, result).next!;
    expect(recorded.status).toBe('cancelled');
    expect(recorded.output?.data).toMatchObject({ actionResult: { refunded: true } });
    expect(recorded.timeline.at(-1)).toMatchObject({ outcome: 'late_action' });
    expect(sut.decide(recorded, result).ignored).toBe(
      'task already cancelled; its action result is recorded',
    );
  });
});
