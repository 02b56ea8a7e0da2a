import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, type TaskView, testLogDir, waitFor } from '@switchyard/testing';

/**
 * Cross-tenant canaries: tenant acme's documents, tasks, approvals and tool data carry a unique
 * marker; nothing produced for tenant globex — responses, event streams, tool calls, log lines —
 * and no metric of any service contains it.
 */
const MARKER = `CANARY${randomBytes(6).toString('hex').toUpperCase()}`;
const KEYS = {
  acme: {
    submitter: 'acme-submitter-key-000001',
    approver: 'acme-approver-key-0000001',
    admin: 'acme-admin-key-000000001',
  },
  globex: {
    submitter: 'globex-submitter-key-0001',
    approver: 'globex-approver-key-00001',
    admin: 'globex-admin-key-00000001',
    operator: 'globex-operator-key-00001',
  },
} as const;
const API_KEYS = JSON.stringify(
  Object.entries(KEYS).flatMap(([tenant, keys]) =>
    Object.entries(keys).map(([role, key]) => ({
      key,
      tenant,
      roles: [role],
      name: `${tenant}-${role}`,
    })),
  ),
);
const ORDER = '777001';

describe('tenant isolation (canaries)', () => {
  let stack: Stack;
  const acmeTasks: TaskView[] = [];
  const globexTasks: TaskView[] = [];
  /** Every response body, stream and header block tenant globex received. */
  const seenByGlobex: string[] = [];

  const asGlobex = async (
    method: string,
    path: string,
    key: string = KEYS.globex.submitter,
    body?: unknown,
  ) => {
    const res = await stack.request(method, path, { key, body });
    seenByGlobex.push(
      `${method} ${path} → ${res.status} ${JSON.stringify(res.body)} ${JSON.stringify([...res.headers])}`,
    );
    return res;
  };

  beforeAll(async () => {
    stack = await Stack.start({ env: { API_KEYS } });
    // acme's data, each piece carrying the marker
    await stack.tools.seed({
      tenant: 'acme',
      orderId: ORDER,
      status: 'held',
      note: `customer note ${MARKER}`,
    });
    const put = await stack.request('PUT', '/v1/documents/canary-policy', {
      key: KEYS.acme.admin,
      body: {
        title: `Secret policy ${MARKER}`,
        text: `The secret canary code is ${MARKER}. Refunds of held orders take five business days.`,
        metadata: { marker: MARKER },
      },
    });
    expect(put.status).toBe(200);
    // indexed: acme finds it (the retriever follows the documents stream)
    const knowledge = await waitFor(
      'acme to get an answer citing its document',
      async () => {
        const task = await stack.submit(
          { text: 'What is the secret canary code?', workflow: 'knowledge' },
          KEYS.acme.submitter,
        );
        const done = await stack.waitForEnd(task.id, 30_000, KEYS.acme.submitter);
        return done.output?.text?.includes(MARKER) ? done : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    acmeTasks.push(knowledge);
    const status = await stack.submit(
      { text: `What is the status of order ${ORDER}?`, workflow: 'operational' },
      KEYS.acme.submitter,
    );
    acmeTasks.push(await stack.waitForEnd(status.id, 30_000, KEYS.acme.submitter));
    const refund = await stack.submit(
      {
        text: `Please refund order ${ORDER}, reference ${MARKER}`,
        workflow: 'sensitive',
        context: { marker: MARKER },
      },
      KEYS.acme.submitter,
    );
    acmeTasks.push(
      await stack.waitForTask(
        refund.id,
        (t) => t.status === 'awaiting_approval',
        'to await approval',
        30_000,
        KEYS.acme.submitter,
      ),
    );

    // globex asks the same questions
    for (const [text, workflow] of [
      ['What is the secret canary code?', 'knowledge'],
      [`What is the status of order ${ORDER}?`, 'operational'],
      [`Please refund order ${ORDER}`, 'sensitive'],
    ] as const) {
      const res = await asGlobex('POST', '/v1/tasks', KEYS.globex.submitter, { text, workflow });
      const id = (res.body as { id: string }).id;
      globexTasks.push(
        await stack.waitForTask(
          id,
          (t) => ['completed', 'failed', 'awaiting_approval', 'rejected'].includes(t.status),
          'to settle',
          30_000,
          KEYS.globex.submitter,
        ),
      );
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('holds the marker in acme’s own data (the canary can fail)', () => {
    expect(JSON.stringify(acmeTasks[0]?.output)).toContain(MARKER); // document → answer
    expect(JSON.stringify(acmeTasks[1]?.output)).toContain(MARKER); // tool data → answer
    expect(JSON.stringify(acmeTasks[2])).toContain(MARKER); // the request itself
  });

  it('tasks: globex’s tasks, listings and lookups of acme’s tasks never show it', async () => {
    for (const t of globexTasks) await asGlobex('GET', `/v1/tasks/${t.id}`);
    await asGlobex('GET', '/v1/tasks?limit=100');
    await asGlobex('GET', '/v1/tasks?limit=100', KEYS.globex.operator);
    for (const t of acmeTasks) {
      expect((await asGlobex('GET', `/v1/tasks/${t.id}`)).status).toBe(404);
      expect((await asGlobex('GET', `/v1/tasks/${t.id}`, KEYS.globex.operator)).status).toBe(404);
      expect((await asGlobex('POST', `/v1/tasks/${t.id}/cancel`)).status).toBe(404);
    }
    expect(seenByGlobex.join('\n')).not.toContain(MARKER);
    // globex's own answer to the same question knows nothing of acme's code
    expect(globexTasks[0]?.output?.text ?? '').not.toContain(MARKER);
  });

  it('documents: globex cannot read acme’s document, and retrieval never returns it', async () => {
    expect((await asGlobex('GET', '/v1/documents/canary-policy')).status).toBe(404);
    expect(
      (await asGlobex('GET', '/v1/documents/canary-policy', KEYS.globex.operator)).status,
    ).toBe(404);
    const knowledge = globexTasks[0];
    expect(knowledge.output?.citations ?? []).toEqual([]);
    expect(seenByGlobex.join('\n')).not.toContain(MARKER);
  });

  it('approvals: globex’s reviewers see only globex’s requests', async () => {
    const list = await asGlobex('GET', '/v1/approvals?status=all', KEYS.globex.approver);
    expect(list.status).toBe(200);
    const acmeApprovals = await stack.request<{ items: Array<{ id: string; taskId: string }> }>(
      'GET',
      '/v1/approvals?status=all&limit=100',
      { key: KEYS.acme.approver },
    );
    const acmeApproval = acmeApprovals.body.items.find((a) => a.taskId === acmeTasks[2]?.id);
    expect(acmeApproval).toBeDefined();
    expect(JSON.stringify(acmeApproval)).toContain(MARKER);
    const decide = await asGlobex(
      'POST',
      `/v1/approvals/${acmeApproval?.id}/decision`,
      KEYS.globex.approver,
      {
        decision: 'approve',
      },
    );
    expect(decide.status).toBe(404);
    expect(seenByGlobex.join('\n')).not.toContain(MARKER);
  });

  it('SSE: globex’s event streams carry nothing of acme’s', async () => {
    for (const t of globexTasks.filter((x) => x.status !== 'awaiting_approval')) {
      const res = await fetch(`${stack.gatewayUrl}/v1/tasks/${t.id}/events`, {
        headers: { authorization: `Bearer ${KEYS.globex.submitter}` },
      });
      const text = await res.text();
      expect(text).toContain('event: end');
      seenByGlobex.push(text);
    }
    const acme = await fetch(`${stack.gatewayUrl}/v1/tasks/${acmeTasks[0]?.id}/events`, {
      headers: { authorization: `Bearer ${KEYS.globex.submitter}` },
    });
    expect(acme.status).toBe(404);
    seenByGlobex.push(await acme.text());
    expect(seenByGlobex.join('\n')).not.toContain(MARKER);
  });

  it('tools: every call carries its task’s tenant and pinned workflow; globex’s calls and answers never hold the marker', async () => {
    const { requests } = await stack.tools.log();
    const calls = requests.filter((r) => r.path === '/order-status' || r.path === '/refund');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      expect(call.tenant === 'acme' || call.tenant === 'globex').toBe(true);
      expect(call.workflow).toMatch(/^(operational|sensitive)$/);
      expect(call.workflowVersion).toBe('1');
    }
    const tenantOfTask = new Map<string, string>([
      ...acmeTasks.map((t): [string, string] => [t.id, 'acme']),
      ...globexTasks.map((t): [string, string] => [t.id, 'globex']),
    ]);
    for (const call of calls) expect(tenantOfTask.get(call.taskId ?? '')).toBe(call.tenant);
    const globexCalls = calls.filter((c) => c.tenant === 'globex');
    expect(globexCalls.length).toBeGreaterThanOrEqual(1);
    // the order belongs to acme: for globex it does not exist
    expect(globexCalls.find((c) => c.path === '/order-status')?.status).toBe(404);
    expect(JSON.stringify(globexCalls)).not.toContain(MARKER);
    expect(JSON.stringify(calls.filter((c) => c.tenant === 'acme'))).toContain(MARKER);
  });

  it('logs: no line produced for globex holds the marker; metrics: no service exports it at all', async () => {
    const globexIds = new Set(globexTasks.map((t) => t.id));
    const dir = testLogDir();
    let lines = 0;
    for (const p of stack.processes) {
      const file = dir ? join(dir, `svc-${p.name}-${p.child.pid}.log`) : undefined;
      const text = file && existsSync(file) ? readFileSync(file, 'utf8') : p.logs();
      for (const line of text.split('\n')) {
        const forGlobex =
          line.includes('"tenant":"globex"') || [...globexIds].some((id) => line.includes(id));
        if (!forGlobex) continue;
        lines++;
        expect(line).not.toContain(MARKER);
      }
    }
    expect(lines).toBeGreaterThan(0);
    for (const p of stack.processes) {
      const metrics = await (await fetch(`${p.url}/metrics`)).text();
      expect({ service: p.name, leaks: metrics.includes(MARKER) }).toEqual({
        service: p.name,
        leaks: false,
      });
    }
  });
});
