import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { DEV_KEYS, Stack, type TaskView, waitFor } from '@switchyard/testing';
import { EventStream } from './support/event-stream.js';
import { workflowDir, workflowYaml } from './support/workflow-dir.js';

interface Approval {
  id: string;
  taskId: string;
  status: string;
  requiredRole: string;
  input: string;
  route: string;
  draft?: { text?: string };
  passages: unknown[];
  verdict?: { ok: boolean };
  decision?: { decision: string; decidedBy: string; decidedAt: string; comment?: string };
  workflow?: { id: string; version: number };
  step?: string;
  reviseMode?: string;
  closedReason?: string;
}

interface ErrorReply {
  error?: { code: string; message: string; details: Array<Record<string, unknown>> };
}

describe('human approval gate', () => {
  const workflows = workflowDir(
    {
      'review-quick.yaml': workflowYaml('review-quick', [
        { name: 'draft', stage: 'generate', timeoutMs: 5_000, retries: 1 },
        {
          name: 'review',
          stage: 'approval',
          timeoutMs: 5_000,
          retries: 0,
          settings: '{ deadlineMs: 1500, timeoutPolicy: reject }',
        },
      ]),
      'review-escalate.yaml': workflowYaml('review-escalate', [
        { name: 'draft', stage: 'generate', timeoutMs: 5_000, retries: 1 },
        {
          name: 'review',
          stage: 'approval',
          timeoutMs: 5_000,
          retries: 0,
          settings: '{ deadlineMs: 1500, timeoutPolicy: escalate }',
        },
      ]),
      'review-if-write.yaml': workflowYaml('review-if-write', [
        { name: 'draft', stage: 'generate', timeoutMs: 5_000, retries: 1 },
        {
          name: 'review',
          stage: 'approval',
          timeoutMs: 5_000,
          retries: 0,
          settings: '{ when: write_action }',
        },
      ]),
    },
    true,
  );
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({
      env: { WORKFLOWS_DIR: workflows.dir, REPUBLISH_INTERVAL_MS: '300' },
    });
    await stack.request('PUT', '/v1/documents/refund-policy', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refund policy',
        text: 'Refunds are paid within 5 business days to the original card for items returned within 30 days.',
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    workflows.dispose();
  });

  async function awaitingApproval(
    workflow = 'sensitive',
    text = 'Please refund order 104233, the boots were too small',
  ): Promise<{ task: TaskView; approval: Approval }> {
    const { id } = await stack.submit({ text, workflow });
    const task = await stack.waitForTask(
      id,
      (t) => t.status === 'awaiting_approval',
      'to await approval',
    );
    const approval = await waitFor('the approval request to be listed', async () => {
      const res = await stack.request<{ items: Approval[] }>(
        'GET',
        '/v1/approvals?status=pending&limit=100',
        { key: DEV_KEYS.approver },
      );
      return res.body.items.find((a) => a.taskId === id);
    });
    return { task, approval };
  }

  function readApproval(id: string, key: string = DEV_KEYS.approver) {
    return stack.request<Approval & ErrorReply>('GET', `/v1/approvals/${id}`, { key });
  }

  /** The open-index entries in the broker: one per approval that still needs attention. */
  async function openIndex(): Promise<string[]> {
    const nc = await connect({ servers: stack.nats.url });
    try {
      const info = await (
        await jetstreamManager(nc)
      ).streams.info('KV_sy_approvals', {
        subjects_filter: '$KV.sy_approvals.o.>',
      });
      return Object.keys(info.state.subjects ?? {});
    } finally {
      await nc.close();
    }
  }

  async function approvalMetric(name: string): Promise<string[]> {
    const text = await (await fetch(`${stack.service('approval').url}/metrics`)).text();
    return text.split('\n').filter((l) => l.startsWith(name));
  }

  function decide(id: string, body: Record<string, unknown>, key: string = DEV_KEYS.approver) {
    return stack.request<Approval & ErrorReply>('POST', `/v1/approvals/${id}/decision`, {
      key,
      body,
    });
  }

  it('shows the reviewer the context to judge, and approve completes the task with an audit entry', async () => {
    const events = await EventStream.open(`${stack.gatewayUrl}/v1/approvals/events`, {
      authorization: `Bearer ${DEV_KEYS.approver}`,
    });
    await events.next((e) => e.event === 'ready', 'ready');
    const { task, approval } = await awaitingApproval();
    expect(task.step).toMatchObject({ stage: 'approval', name: 'review' });
    expect(approval).toMatchObject({
      status: 'pending',
      requiredRole: 'approver',
      route: 'sensitive',
      input: 'Please refund order 104233, the boots were too small',
      workflow: { id: 'sensitive', version: 1 },
      step: 'review',
      reviseMode: 'replace',
    });
    expect(approval.draft?.text).toBeDefined();
    expect(approval.passages.length).toBeGreaterThan(0);
    expect(approval.verdict?.ok).toBe(true);
    expect((await readApproval(approval.id)).body).toEqual(approval);
    expect(await openIndex()).toContain(`$KV.sy_approvals.o.demo.${approval.id}`);
    await events.next(
      (e) => (e.data as { id?: string; change?: string }).id === approval.id,
      'created',
    );
    expect(events.events.find((e) => e.event === 'approval')?.data).toMatchObject({
      id: approval.id,
      taskId: task.id,
      change: 'created',
      status: 'pending',
    });

    const res = await decide(approval.id, { decision: 'approve', comment: 'customer is right' });
    expect(res.status).toBe(200);
    await events.next(
      (e) =>
        (e.data as { change?: string; id?: string }).change === 'decided' &&
        (e.data as { id?: string }).id === approval.id,
      'decided',
    );
    await events.close();
    expect(await openIndex()).not.toContain(`$KV.sy_approvals.o.demo.${approval.id}`);
    expect(res.body.decision).toMatchObject({ decision: 'approve', decidedBy: 'dev-approver' });
    const done = await stack.waitForEnd(task.id);
    expect(done.status).toBe('completed');
    expect(done.timeline).toContainEqual(
      expect.objectContaining({
        stage: 'approval',
        outcome: 'approved',
        reason: 'approve by dev-approver: customer is right',
      }),
    );
    const metrics = await (await fetch(`${stack.service('coordinator').url}/metrics`)).text();
    expect(metrics).toMatch(
      /switchyard_manual_overrides_total\{workflow="sensitive",outcome="approve"\} [1-9]/,
    );
  });

  it('revise makes the reviewer’s output the task’s output, with an audit entry', async () => {
    const { task, approval } = await awaitingApproval();
    const res = await decide(approval.id, {
      decision: 'revise',
      comment: 'partial refund',
      output: { text: 'Refund 50 EUR of order 104233.', amount: 50 },
    });
    expect(res.status).toBe(200);
    const done = await stack.waitForEnd(task.id);
    expect(done.status).toBe('completed');
    expect(done.output).toMatchObject({
      text: 'Refund 50 EUR of order 104233.',
      data: { amount: 50 },
    });
    expect(done.timeline.find((e) => e.outcome === 'revised')?.reason).toContain(
      'revise by dev-approver: partial refund',
    );
  });

  it('reject ends the task rejected, with an audit entry', async () => {
    const { task, approval } = await awaitingApproval();
    expect(
      (await decide(approval.id, { decision: 'reject', comment: 'outside the return window' }))
        .status,
    ).toBe(200);
    const done = await stack.waitForEnd(task.id);
    expect(done.status).toBe('rejected');
    expect(done.error).toEqual({
      code: 'approval_rejected',
      message: 'reject by dev-approver: outside the return window',
    });
  });

  it('answers 409 to a second decision and to a decision on a cancelled task, changing nothing', async () => {
    const first = await awaitingApproval();
    expect((await decide(first.approval.id, { decision: 'approve' })).status).toBe(200);
    const done = await stack.waitForEnd(first.task.id);
    const second = await decide(first.approval.id, { decision: 'reject' });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('approval_decided');
    const won = (await readApproval(first.approval.id)).body.decision!;
    expect(second.body.error?.details).toEqual([
      {
        status: 'approved',
        decision: 'approve',
        decidedBy: 'dev-approver',
        decidedAt: won.decidedAt,
      },
    ]);
    expect((await stack.task(first.task.id)).version).toBe(done.version);

    const other = await awaitingApproval();
    expect(
      (
        await stack.request('POST', `/v1/tasks/${other.task.id}/cancel`, {
          key: DEV_KEYS.submitter,
        })
      ).status,
    ).toBe(200);
    const cancelled = await stack.task(other.task.id);
    // closed as the task left the step, without anyone trying to decide it
    await waitFor('the approval to close', async () => {
      const a = (await readApproval(other.approval.id)).body;
      return a.status === 'closed' && a;
    });
    expect((await readApproval(other.approval.id)).body.closedReason).toBe('the task is cancelled');
    const late = await decide(other.approval.id, { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('task_ended');
    expect(await stack.task(other.task.id)).toMatchObject({
      status: 'cancelled',
      version: cancelled.version,
    });
  });

  it('applies the timeout policy past the deadline: reject, or escalate to the admin role', async () => {
    const { task } = await awaitingApproval('review-quick', 'anything');
    const rejected = await stack.waitForEnd(task.id);
    expect(rejected).toMatchObject({ status: 'rejected', error: { code: 'approval_timeout' } });
    expect(rejected.timeline.at(-1)?.reason).toBe(
      "no decision within 1500 ms → timeout policy 'reject': rejected",
    );
    // the request is closed, leaves the index and stops counting as pending
    const timedOut = (
      await stack.request<{ items: Approval[] }>('GET', '/v1/approvals?status=all', {
        key: DEV_KEYS.approver,
      })
    ).body.items.find((a) => a.taskId === task.id)!;
    await waitFor('the timed-out approval to close', async () => {
      const a = (await readApproval(timedOut.id)).body;
      return a.status === 'closed' && a;
    });
    expect((await readApproval(timedOut.id)).body.closedReason).toBe(
      'no decision by the deadline: rejected',
    );
    expect(await openIndex()).not.toContain(`$KV.sy_approvals.o.demo.${timedOut.id}`);
    await waitFor('the pending gauge to drop the timed-out approval', async () =>
      (await approvalMetric('switchyard_approvals_pending{workflow="review-quick"}')).every((l) =>
        l.endsWith(' 0'),
      ),
    );

    const escalated = await awaitingApproval('review-escalate', 'anything at all');
    await stack.waitForTask(
      escalated.task.id,
      (t) => t.timeline.some((e) => e.outcome === 'escalated'),
      'to escalate',
    );
    await waitFor('the approval to require admin', async () => {
      const res = await readApproval(escalated.approval.id, DEV_KEYS.admin);
      return res.body.requiredRole === 'admin';
    });
    expect((await decide(escalated.approval.id, { decision: 'approve' })).status).toBe(403);
    expect(
      (
        await decide(
          escalated.approval.id,
          { decision: 'approve', comment: 'escalated ok' },
          DEV_KEYS.admin,
        )
      ).status,
    ).toBe(200);
    expect((await stack.waitForEnd(escalated.task.id)).status).toBe('completed');
  });

  it('passes over an approval step whose condition does not hold, saying why', async () => {
    const { id } = await stack.submit({ text: 'hello', workflow: 'review-if-write' });
    const done = await stack.waitForEnd(id);
    expect(done.status).toBe('completed');
    expect(done.timeline).toContainEqual(
      expect.objectContaining({
        outcome: 'skipped',
        reason: 'approval not needed: no write action proposed',
      }),
    );
  });

  it('lets exactly one of 100 concurrent decisions win', async () => {
    const { task, approval } = await awaitingApproval();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        decide(approval.id, { decision: i % 2 ? 'approve' : 'reject', comment: `reviewer ${i}` }),
      ),
    );
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(99);
    const done = await stack.waitForEnd(task.id);
    const winner = winners[0].body.decision!;
    expect(done.status).toBe(winner.decision === 'approve' ? 'completed' : 'rejected');
    expect(
      done.timeline.filter(
        (e) => e.stage === 'approval' && ['approved', 'rejected'].includes(e.outcome),
      ),
    ).toHaveLength(1);
  });
  it('closes a request whose task left the step while the approval service was down (reconciliation)', async () => {
    const { task, approval: pending } = await awaitingApproval('review-quick', 'while away');
    await stack.service('approval').stop('SIGTERM');
    expect((await stack.waitForEnd(task.id)).status).toBe('rejected'); // the deadline passed meanwhile
    expect(await openIndex()).toContain(`$KV.sy_approvals.o.demo.${pending.id}`);
    await stack.add('approval');
    await waitFor('the restarted service to close the approval', async () => {
      const a = (await readApproval(pending.id)).body;
      return a.status === 'closed' && a;
    });
    expect(await openIndex()).not.toContain(`$KV.sy_approvals.o.demo.${pending.id}`);
  });

  it('answers 400 naming the field for a bad cursor or limit, and 404 for an unknown approval', async () => {
    const bad = await stack.request<ErrorReply>('GET', '/v1/approvals?cursor=not-a-cursor', {
      key: DEV_KEYS.approver,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const wrongKind = (
      await stack.request<{ nextCursor?: string }>('GET', '/v1/approvals?status=all&limit=1', {
        key: DEV_KEYS.approver,
      })
    ).body.nextCursor;
    expect(wrongKind).toBeDefined();
    const mixed = await stack.request<ErrorReply>(
      'GET',
      `/v1/approvals?status=pending&cursor=${wrongKind}`,
      { key: DEV_KEYS.approver },
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error?.details[0]).toMatchObject({ field: 'cursor' });
    const limit = await stack.request<ErrorReply>('GET', '/v1/approvals?limit=101', {
      key: DEV_KEYS.approver,
    });
    expect(limit.status).toBe(400);
    expect(limit.body.error?.details[0]).toMatchObject({ field: 'limit' });
    expect((await readApproval('00000000-0000-7000-8000-000000000000.3')).status).toBe(404);
  });
});
