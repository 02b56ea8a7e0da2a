import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEV_KEYS, Stack, type TaskView, waitFor } from '@switchyard/testing';
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
  decision?: { decision: string; decidedBy: string; comment?: string };
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
    stack = await Stack.start({ env: { WORKFLOWS_DIR: workflows.dir } });
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
      const res = await stack.request<Approval[]>('GET', '/v1/approvals?status=pending', {
        key: DEV_KEYS.approver,
      });
      return res.body.find((a) => a.taskId === id);
    });
    return { task, approval };
  }

  function decide(id: string, body: Record<string, unknown>, key: string = DEV_KEYS.approver) {
    return stack.request<Approval & { error?: { code: string } }>(
      'POST',
      `/v1/approvals/${id}/decision`,
      { key, body },
    );
  }

  it('shows the reviewer the context to judge, and approve completes the task with an audit entry', async () => {
    const { task, approval } = await awaitingApproval();
    expect(task.step).toMatchObject({ stage: 'approval', name: 'review' });
    expect(approval).toMatchObject({
      status: 'pending',
      requiredRole: 'approver',
      route: 'sensitive',
      input: 'Please refund order 104233, the boots were too small',
    });
    expect(approval.draft?.text).toBeDefined();
    expect(approval.passages.length).toBeGreaterThan(0);
    expect(approval.verdict?.ok).toBe(true);

    const res = await decide(approval.id, { decision: 'approve', comment: 'customer is right' });
    expect(res.status).toBe(200);
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

    const escalated = await awaitingApproval('review-escalate', 'anything at all');
    await stack.waitForTask(
      escalated.task.id,
      (t) => t.timeline.some((e) => e.outcome === 'escalated'),
      'to escalate',
    );
    await waitFor('the approval to require admin', async () => {
      const res = await stack.request<Approval[]>('GET', '/v1/approvals', { key: DEV_KEYS.admin });
      return res.body.find((a) => a.id === escalated.approval.id)?.requiredRole === 'admin';
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
});
