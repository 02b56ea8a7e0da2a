import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Streams, Subjects } from '@switchyard/contracts';
import { type ApiResponse, Stack, waitFor } from '@switchyard/testing';

const KEYS = {
  demo: 'sec-demo-submitter-key-0001',
  operator: 'sec-demo-operator-key-00001',
  admin: 'sec-demo-admin-key-000000001',
  other: 'sec-other-submitter-key-0001',
} as const;
const API_KEYS = JSON.stringify([
  { key: KEYS.demo, tenant: 'demo', roles: ['submitter'], name: 'demo-submitter' },
  { key: KEYS.operator, tenant: 'demo', roles: ['operator'], name: 'demo-operator' },
  { key: KEYS.admin, tenant: 'demo', roles: ['admin', 'approver'], name: 'demo-admin' },
  { key: KEYS.other, tenant: 'other', roles: ['submitter'], name: 'other-submitter' },
]);

type ErrorBody = { error: { code: string; message: string; details: Array<{ field?: string }> } };

/**
 * The gateway's bounded inputs, admission control, event-stream limits, operator role and
 * failed-authentication slowing — on a gateway without a coordinator, so that accepted tasks stay
 * in flight and every count is deterministic.
 */
describe('gateway: bounded inputs, admission control and identities', () => {
  let stack: Stack;
  let nc: NatsConnection;

  const metrics = async (): Promise<string> => (await fetch(`${stack.gatewayUrl}/metrics`)).text();
  const metric = async (pattern: RegExp): Promise<number> => {
    const m = pattern.exec(await metrics());
    return m ? Number(m[1]) : 0;
  };
  const raw = async (path: string, init: RequestInit & { key?: string } = {}) => {
    const res = await fetch(`${stack.gatewayUrl}${path}`, {
      ...init,
      headers: {
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as ErrorBody };
  };
  const submit = (key: string): Promise<ApiResponse> =>
    stack.request('POST', '/v1/tasks', { key, body: { text: 'hold this place' } });

  beforeAll(async () => {
    stack = await Stack.start({
      services: ['gateway', 'approval'],
      env: {
        API_KEYS,
        TENANT_MAX_IN_FLIGHT: '3',
        ADMISSION_MAX_IN_FLIGHT: '5',
        ADMISSION_MAX_STAGE_BACKLOG: '6',
        ADMISSION_POLL_MS: '100',
        SSE_MAX_PER_KEY: '2',
        SSE_IDLE_TIMEOUT_MS: '1500',
        AUTH_FAILURES_BEFORE_DELAY: '3',
        AUTH_MAX_DELAY_MS: '200',
      },
    });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('answers what used to be a 500, an ignored cursor or Fastify’s own format with 400 naming the problem', async () => {
    const deep = `{"text":"x","context":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
    const tooDeep = await raw('/v1/tasks', { method: 'POST', key: KEYS.demo, body: deep });
    expect(tooDeep).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(tooDeep.body.error.message).toContain('deeper than 32 levels');

    const cursor = await raw('/v1/tasks?cursor=zzzz', { key: KEYS.demo });
    expect(cursor).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    expect(cursor.body.error.details[0]?.field).toBe('cursor');

    const badUrl = await raw('/v1/tasks/%00%ff', { key: KEYS.demo });
    expect(badUrl.status).toBe(400);
    expect(Object.keys(badUrl.body)).toEqual(['error']);

    const proto = await raw('/v1/tasks', {
      method: 'POST',
      key: KEYS.demo,
      body: '{"text":"x","context":{"__proto__":{"isAdmin":true}}}',
    });
    expect(proto).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    expect(proto.body.error.details[0]?.field).toBe('context.__proto__');

    const id = await raw('/v1/tasks/not-a-task-id', { key: KEYS.demo });
    expect(id.body.error.details[0]?.field).toBe('id');
    const lastEvent = await raw('/v1/tasks/01890000-0000-7000-8000-000000000000/events', {
      key: KEYS.demo,
      headers: { 'last-event-id': 'yesterday' },
    });
    expect(lastEvent.body.error.details[0]?.field).toBe('Last-Event-ID');
    const query = await raw('/v1/tasks?dryRun=1', {
      method: 'POST',
      key: KEYS.demo,
      body: '{"text":"x"}',
    });
    expect(query.body.error.details[0]?.field).toBe('dryRun');
    // and the gateway started without Fastify warnings
    expect(stack.service('gateway').logs()).not.toMatch(/FSTWRN|FSTDEP/);
  });

  it('sheds submissions with 503 and Retry-After while a stage’s backlog is over its bound', async () => {
    const js = jetstream(nc);
    for (let i = 0; i < 7; i++)
      await js.publish(Subjects.TaskSubmitted, '{}', { msgID: `backlog-${i}` });
    await waitFor(
      'the gateway to see the coordinator’s backlog',
      async () =>
        (await metric(/switchyard_admission_stage_backlog\{consumer="coordinator"\} (\d+)/)) >= 7,
    );
    const refused = await submit(KEYS.demo);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((refused.body as ErrorBody).error).toMatchObject({ code: 'overloaded' });
    expect((refused.body as ErrorBody).error.message).toContain('coordinator');
    await (await jetstreamManager(nc)).streams.purge(Streams.events.name);
    await waitFor(
      'the backlog to be read as gone',
      async () =>
        (await metric(/switchyard_admission_stage_backlog\{consumer="coordinator"\} (\d+)/)) === 0,
    );
  });

  it('holds each tenant to its quota (429) and the deployment to its bound (503), both with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await submit(KEYS.demo)).status).toBe(202);
    const overQuota = await submit(KEYS.demo);
    expect(overQuota.status).toBe(429);
    expect(overQuota.headers.get('retry-after')).toBe('1');
    expect((overQuota.body as ErrorBody).error.code).toBe('tenant_quota');
    // one tenant's burst does not starve another
    expect((await submit(KEYS.other)).status).toBe(202);
    expect((await submit(KEYS.other)).status).toBe(202);
    const overloaded = await submit(KEYS.other);
    expect(overloaded.status).toBe(503);
    expect(overloaded.headers.get('retry-after')).toBe('1');
    expect((overloaded.body as ErrorBody).error.code).toBe('overloaded');
    const text = await metrics();
    expect(text).toMatch(/switchyard_admission_in_flight_tasks 5\b/);
    expect(text).toMatch(/switchyard_admission_limit\{limit="tenant_in_flight"\} 3\b/);
    expect(text).toMatch(/switchyard_admission_refused_total\{reason="tenant_quota"\} 1\b/);
    expect(text).toMatch(/switchyard_admission_refused_total\{reason="overloaded"\} 1\b/);
    // a refused submission wrote nothing: 5 tasks in the store
    const listed = await stack.request<{ items: unknown[] }>('GET', '/v1/tasks', {
      key: KEYS.demo,
    });
    expect(listed.body.items).toHaveLength(3);
  });

  it('bounds event streams per API key and closes an idle one', async () => {
    const listed = await stack.request<{ items: Array<{ id: string }> }>('GET', '/v1/tasks', {
      key: KEYS.demo,
    });
    const taskId = listed.body.items[0]?.id;
    const open = async (key: string) => {
      const res = await fetch(`${stack.gatewayUrl}/v1/tasks/${taskId}/events`, {
        headers: { authorization: `Bearer ${key}` },
      });
      return res;
    };
    const first = await open(KEYS.demo);
    const second = await open(KEYS.demo);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await open(KEYS.demo);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('5');
    expect(((await third.json()) as ErrorBody).error.code).toBe('too_many_streams');
    // the operator's key has its own allowance (and may follow its tenant's tasks)
    const operator = await open(KEYS.operator);
    expect(operator.status).toBe(200);
    // the task never moves (no coordinator here): each stream ends with `idle`
    for (const res of [first, second, operator]) {
      const text = await res.text();
      expect(text).toContain('event: idle');
    }
    expect(
      await metric(/switchyard_gateway_event_streams_closed_total\{reason="idle"\} (\d+)/),
    ).toBe(3);
    await waitFor(
      'the streams to be released',
      async () => (await metric(/switchyard_gateway_event_streams (\d+)/)) === 0,
    );
    const again = await open(KEYS.demo);
    expect(again.status).toBe(200);
    await again.body?.cancel();
  });

  it('lets an operator read its tenant’s tasks and documents, and nothing more', async () => {
    await stack.request('PUT', '/v1/documents/ops-doc', {
      key: KEYS.admin,
      body: { title: 'Runbook', text: 'Check the dashboards first.' },
    });
    const list = await stack.request<{ items: Array<{ id: string }> }>('GET', '/v1/tasks', {
      key: KEYS.operator,
    });
    expect(list.status).toBe(200);
    const id = list.body.items[0]?.id;
    expect((await stack.request('GET', `/v1/tasks/${id}`, { key: KEYS.operator })).status).toBe(
      200,
    );
    expect(
      (await stack.request('GET', '/v1/documents/ops-doc', { key: KEYS.operator })).status,
    ).toBe(200);
    for (const [method, path, body] of [
      ['POST', '/v1/tasks', { text: 'x' }],
      ['POST', `/v1/tasks/${id}/cancel`, {}],
      ['PUT', '/v1/documents/ops-doc', { title: 't', text: 'x' }],
      ['GET', '/v1/approvals', undefined],
    ] as const)
      expect({
        method,
        path,
        status: (await stack.request(method, path, { key: KEYS.operator, body })).status,
      }).toEqual({
        method,
        path,
        status: 403,
      });
    // another tenant's task does not exist for it
    const others = await stack.request<{ items: Array<{ id: string }> }>('GET', '/v1/tasks', {
      key: KEYS.other,
    });
    const otherId = others.body.items[0]?.id;
    expect(
      (await stack.request('GET', `/v1/tasks/${otherId}`, { key: KEYS.operator })).status,
    ).toBe(404);
  });

  it('slows failed authentication from one address past the threshold, and never logs a key', async () => {
    const before = await metric(/switchyard_auth_slowed_total (\d+)/);
    for (let i = 0; i < 3; i++)
      expect((await raw('/v1/tasks', { key: `guess-${i}-0000000000000` })).status).toBe(401);
    expect(await metric(/switchyard_auth_slowed_total (\d+)/)).toBe(before);
    for (let i = 3; i < 6; i++)
      expect((await raw('/v1/tasks', { key: `guess-${i}-0000000000000` })).status).toBe(401);
    expect(await metric(/switchyard_auth_slowed_total (\d+)/)).toBe(before + 3);
    const logs = stack.service('gateway').logs();
    for (const key of Object.values(KEYS)) expect(logs).not.toContain(key);
    expect(logs).not.toContain('guess-5-0000000000000');
  });
});
