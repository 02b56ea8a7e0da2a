import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstreamManager } from '@nats-io/jetstream';
import { Stack, waitFor } from '@switchyard/testing';

const KEYS = {
  'demo/submitter': 'key-demo-submitter-0001',
  'demo/approver': 'key-demo-approver-00001',
  'demo/admin': 'key-demo-admin-000000001',
  'other/submitter': 'key-other-submitter-001',
  'other/approver': 'key-other-approver-0001',
  'other/admin': 'key-other-admin-0000001',
} as const;
type Caller = 'anonymous' | keyof typeof KEYS;
const CALLERS: Caller[] = ['anonymous', ...(Object.keys(KEYS) as Array<keyof typeof KEYS>)];

const API_KEYS = JSON.stringify(
  Object.entries(KEYS).map(([who, key]) => {
    const [tenant, role] = who.split('/');
    return { key, tenant, roles: [role], name: who };
  }),
);

/**
 * Every endpoint × (anonymous, submitter, approver, admin) × (own tenant "demo", other tenant),
 * against objects of tenant demo. Roles are given alone here (no key has two), so the matrix shows
 * each role's reach. Then the 2xx mutations are checked on fresh objects.
 */
describe('authorization matrix', () => {
  let stack: Stack;
  let nc: NatsConnection;
  const ids = { task: '', runningTask: '', approval: '' };

  beforeAll(async () => {
    stack = await Stack.start({ env: { API_KEYS } });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    const task = await stack.submit(
      { text: 'What are your opening hours?', workflow: 'faq' },
      KEYS['demo/submitter'],
    );
    await stack.waitForEnd(task.id, 30_000, KEYS['demo/submitter']);
    ids.task = task.id;
    const running = await stack.submit(
      { text: 'Please refund order 104233', workflow: 'sensitive' },
      KEYS['demo/submitter'],
    );
    await stack.waitForTask(
      running.id,
      (t) => t.status === 'awaiting_approval',
      'to await approval',
      30_000,
      KEYS['demo/submitter'],
    );
    ids.runningTask = running.id;
    ids.approval = await waitFor('the approval', async () => {
      const res = await stack.request<{ items: Array<{ id: string; taskId: string }> }>(
        'GET',
        '/v1/approvals',
        { key: KEYS['demo/approver'] },
      );
      return res.body.items.find((a) => a.taskId === running.id)?.id;
    });
    expect(
      (
        await stack.request('PUT', '/v1/documents/matrix-doc', {
          key: KEYS['demo/admin'],
          body: { title: 'Matrix', text: 'text' },
        })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  async function snapshot() {
    const jsm = await jetstreamManager(nc);
    const out: Record<string, number> = {};
    for (const s of [
      'SY_EVENTS',
      'SY_COMMANDS',
      'SY_TIMERS',
      'SY_DOCUMENTS',
      'KV_sy_tasks',
      'KV_sy_approvals',
    ]) {
      out[s] = (await jsm.streams.info(s)).state.last_seq;
    }
    return out;
  }

  function call(caller: Caller, method: string, path: string, body?: unknown) {
    return stack.request(method, path, {
      key: caller === 'anonymous' ? undefined : KEYS[caller],
      body,
    });
  }

  it('gives exactly the specified status to every caller on every endpoint, and denied calls change nothing', async () => {
    // [method, path, body, expected by caller]; 2xx mutations are left out here (see below).
    const A = (
      anon: number,
      dSub: number,
      oSub: number,
      dApp: number,
      oApp: number,
      dAdm: number,
      oAdm: number,
    ) =>
      ({
        anonymous: anon,
        'demo/submitter': dSub,
        'other/submitter': oSub,
        'demo/approver': dApp,
        'other/approver': oApp,
        'demo/admin': dAdm,
        'other/admin': oAdm,
      }) as Record<Caller, number>;
    const matrix: Array<[string, string, unknown, Record<Caller, number | null>]> = [
      [
        'POST',
        '/v1/tasks',
        { text: 'x' },
        { ...A(401, 0, 0, 403, 403, 403, 403), 'demo/submitter': null, 'other/submitter': null },
      ],
      // reviewers read the tenant's tasks and documents: the context they judge
      ['GET', `/v1/tasks/${ids.task}`, undefined, A(401, 200, 404, 200, 404, 200, 404)],
      ['GET', '/v1/tasks', undefined, A(401, 200, 200, 200, 200, 200, 200)],
      ['GET', `/v1/tasks/${ids.task}/events`, undefined, A(401, 200, 404, 200, 404, 200, 404)],
      [
        'POST',
        `/v1/tasks/${ids.runningTask}/cancel`,
        undefined,
        { ...A(401, 0, 404, 403, 403, 403, 403), 'demo/submitter': null },
      ],
      [
        'PUT',
        '/v1/documents/matrix-doc',
        { title: 't', text: 'x' },
        { ...A(401, 403, 403, 403, 403, 0, 0), 'demo/admin': null, 'other/admin': null },
      ],
      ['GET', '/v1/documents/matrix-doc', undefined, A(401, 200, 404, 200, 404, 200, 404)],
      ['GET', '/v1/approvals', undefined, A(401, 403, 403, 200, 200, 200, 200)],
      ['GET', `/v1/approvals/${ids.approval}`, undefined, A(401, 403, 403, 200, 404, 200, 404)],
      [
        'POST',
        `/v1/approvals/${ids.approval}/decision`,
        { decision: 'reject' },
        { ...A(401, 403, 403, 0, 404, 0, 404), 'demo/approver': null, 'demo/admin': null },
      ],
    ];
    const before = await snapshot();
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [method, path, body, want] of matrix) {
      for (const caller of CALLERS) {
        if (want[caller] === null) continue;
        const res = await call(caller, method, path, body);
        seen.push(
          `${method} ${path.replace(/[0-9a-f-]{36}(\.\d+)?/g, ':id')} as ${caller}: ${res.status}`,
        );
        expected.push(
          `${method} ${path.replace(/[0-9a-f-]{36}(\.\d+)?/g, ':id')} as ${caller}: ${want[caller]}`,
        );
      }
    }
    expect(seen).toEqual(expected);
    expect(await snapshot()).toEqual(before);
    const metrics = await (await fetch(`${stack.gatewayUrl}/metrics`)).text();
    for (const reason of ['missing_key', 'wrong_role'])
      expect(metrics).toMatch(
        new RegExp(`switchyard_auth_denied_total\\{reason="${reason}"\\} [1-9]`),
      );
    expect(stack.service('gateway').logs()).not.toContain(KEYS['demo/submitter']);
  });

  it('lets the allowed callers make their changes', async () => {
    expect((await call('demo/submitter', 'POST', '/v1/tasks', { text: 'x' })).status).toBe(202);
    expect((await call('other/submitter', 'POST', '/v1/tasks', { text: 'x' })).status).toBe(202);
    expect(
      (await call('demo/admin', 'PUT', '/v1/documents/matrix-doc', { title: 't', text: 'x' })).body,
    ).toEqual({ id: 'matrix-doc', version: 2 });
    expect(
      (await call('other/admin', 'PUT', '/v1/documents/matrix-doc', { title: 't', text: 'x' }))
        .body,
    ).toEqual({ id: 'matrix-doc', version: 1 });
    expect(
      (
        await call('demo/admin', 'POST', `/v1/approvals/${ids.approval}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('demo/approver', 'POST', `/v1/approvals/${ids.approval}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(409);
    const cancel = await call('demo/submitter', 'POST', `/v1/tasks/${ids.runningTask}/cancel`);
    expect([200, 202, 409]).toContain(cancel.status); // the approval may have completed it already
  });
});

describe('per-tenant rate limit', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ services: ['gateway'], env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers 429 with Retry-After past the limit, per tenant, and leaves nothing behind', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<Stack['request']>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await stack.request('GET', '/v1/tasks', { key: 'dev-submitter-key' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.body).toMatchObject({
      error: { code: 'rate_limited', message: expect.stringContaining('5 requests per minute') },
    });
    const rejected = await stack.request('POST', '/v1/tasks', {
      key: 'dev-submitter-key',
      body: { text: 'x' },
    });
    expect(rejected.status).toBe(429);
    // another tenant has its own budget; health and metrics are not limited
    expect((await stack.request('GET', '/v1/tasks', { key: 'dev-other-tenant-key' })).status).toBe(
      200,
    );
    expect((await fetch(`${stack.gatewayUrl}/health/ready`)).status).toBe(200);
  });
});
