import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstreamManager } from '@nats-io/jetstream';
import { Subjects } from '@switchyard/contracts';
import { NatsClient, Publisher } from '@switchyard/messaging';
import { KvTaskStore } from '@switchyard/task-store';
import { DEV_KEYS, Stack } from '@switchyard/testing';
import { newTask } from './support/task-store-contract.js';
import { readSse } from './support/sse.js';

describe('task spine: gateway → coordinator → stages, as separate processes', () => {
  let stack: Stack;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await Stack.start();
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('takes a task submitted over HTTP through every stage of its workflow to completed, streaming its timeline', async () => {
    const submitted = await stack.submit({
      text: 'What is the refund policy for damaged items?',
      workflow: 'knowledge',
    });
    expect(submitted.status).toBe('queued');

    const events = await readSse(`${stack.gatewayUrl}/v1/tasks/${submitted.id}/events`, {
      authorization: `Bearer ${DEV_KEYS.submitter}`,
    });
    const task = await stack.task(submitted.id);
    expect(task.status).toBe('completed');
    expect(task.workflow).toEqual({ id: 'knowledge', version: 1 });

    // one request and one result per step, in the workflow's order
    const steps = task.timeline.filter((e) => e.step).map((e) => `${e.step}:${e.outcome}`);
    expect(steps).toEqual([
      'route:requested',
      'route:routed',
      'retrieve:requested',
      'retrieve:weak',
      'generate:requested',
      'generate:completed',
      'validate:requested',
      'validate:passed',
    ]);
    expect(task.timeline.at(-1)).toMatchObject({ stage: 'coordinator', outcome: 'completed' });
    expect(task.timeline.map((e) => e.seq)).toEqual(task.timeline.map((_, i) => i + 1));

    // the event stream carried every timeline entry in order, then the end
    const timelineEvents = events
      .filter((e) => e.event === 'timeline')
      .map((e) => (e.data as { seq: number }).seq);
    expect(timelineEvents).toEqual(task.timeline.map((e) => e.seq));
    expect(events.at(-1)).toEqual({
      id: String(task.timeline.length),
      event: 'end',
      data: { status: 'completed', version: task.version },
    });
  });

  it('gives one task for a repeated Idempotency-Key, 404 to another tenant and 401 without a key', async () => {
    const headers = { 'idempotency-key': `order-${Date.now()}` };
    const first = await stack.request<{ id: string }>('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      body: { text: 'Where is my order?' },
      headers,
    });
    const second = await stack.request<{ id: string }>('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      body: { text: 'Where is my order?' },
      headers,
    });
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);

    const otherTenant = await stack.request('GET', `/v1/tasks/${first.body.id}`, {
      key: DEV_KEYS.other,
    });
    expect(otherTenant.status).toBe(404);
    expect(otherTenant.body).toMatchObject({ error: { code: 'task_not_found' } });
    const anonymous = await stack.request('GET', `/v1/tasks/${first.body.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: 'unauthorized' } });

    const reused = await stack.request('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      body: { text: 'Something else' },
      headers,
    });
    expect(reused.status).toBe(422);
    const sameKeyOtherTenant = await stack.request<{ id: string }>('POST', '/v1/tasks', {
      key: DEV_KEYS.other,
      body: { text: 'Where is my order?' },
      headers,
    });
    expect(sameKeyOtherTenant.status).toBe(202);
    expect(sameKeyOtherTenant.body.id).not.toBe(first.body.id);
  });

  it('lists the tenant’s tasks newest first with filters and a cursor', async () => {
    const a = await stack.submit({ text: 'list a', workflow: 'faq' });
    const b = await stack.submit({ text: 'list b', workflow: 'faq' });
    await Promise.all([stack.waitForEnd(a.id), stack.waitForEnd(b.id)]);
    const page = await stack.request<{
      items: Array<{ id: string; timeline?: unknown }>;
      nextCursor?: string;
    }>('GET', '/v1/tasks?limit=1&workflow=faq&status=completed', { key: DEV_KEYS.submitter });
    expect(page.status).toBe(200);
    expect(page.body.items.map((t) => t.id)).toEqual([b.id]);
    expect(page.body.items[0]?.timeline).toBeUndefined();
    const next = await stack.request<{ items: Array<{ id: string }> }>(
      'GET',
      `/v1/tasks?limit=1&workflow=faq&status=completed&cursor=${page.body.nextCursor}`,
      { key: DEV_KEYS.submitter },
    );
    expect(next.body.items.map((t) => t.id)).toEqual([a.id]);
    const others = await stack.request<{ items: Array<{ id: string }> }>(
      'GET',
      '/v1/tasks?limit=100',
      { key: DEV_KEYS.other },
    );
    expect(others.body.items.map((t) => t.id)).not.toContain(a.id);
  });

  it('starts a queued task whose submitted event never arrived when its submission check is due', async () => {
    // What the gateway does up to a crash just before publishing task.submitted:
    const client = await NatsClient.connect({
      servers: [stack.nats.url],
      name: 'crashing-gateway',
    });
    const task = newTask({ text: 'lost submission', requestedWorkflow: 'faq' });
    await new Publisher(client).publish(
      Subjects.SubmissionCheck,
      { due: new Date(Date.now() + 500).toISOString() },
      { taskId: task.id, tenant: task.tenant, messageId: `${task.id}.check` },
    );
    await (await KvTaskStore.open(client.nc)).create(task);
    await client.drain();

    const ended = await stack.waitForEnd(task.id);
    expect(ended.status).toBe('completed');
    expect(ended.timeline.map((e) => e.outcome).slice(0, 3)).toEqual([
      'submitted',
      'recovered',
      'started',
    ]);
  });

  it('answers every malformed request with its 4xx and leaves the store and the streams unchanged', async () => {
    const jsm = await jetstreamManager(nc);
    const snapshot = async () => ({
      events: (await jsm.streams.info('SY_EVENTS')).state.last_seq,
      commands: (await jsm.streams.info('SY_COMMANDS')).state.last_seq,
      timers: (await jsm.streams.info('SY_TIMERS')).state.last_seq,
      tasks: (await jsm.streams.info('KV_sy_tasks')).state.last_seq,
    });
    const before = await snapshot();
    const key = DEV_KEYS.submitter;
    const cases: Array<
      [string, Parameters<Stack['request']>[2] & { method?: string; path?: string }, number, string]
    > = [
      ['no key', { body: { text: 'x' } }, 401, 'unauthorized'],
      ['unknown key', { key: 'not-a-key', body: { text: 'x' } }, 401, 'unauthorized'],
      ['wrong role', { key: DEV_KEYS.approver, body: { text: 'x' } }, 403, 'forbidden'],
      ['missing text', { key, body: {} }, 400, 'validation_failed'],
      ['text not a string', { key, body: { text: 42 } }, 400, 'validation_failed'],
      [
        'server-owned fields',
        { key, body: { text: 'x', status: 'completed', tenant: 'other', id: 'x' } },
        400,
        'validation_failed',
      ],
      ['unknown field', { key, body: { text: 'x', colour: 'blue' } }, 400, 'validation_failed'],
      ['unknown workflow', { key, body: { text: 'x', workflow: 'nope' } }, 400, 'unknown_workflow'],
      [
        'bad idempotency key',
        { key, body: { text: 'x' }, headers: { 'idempotency-key': 'has space' } },
        400,
        'validation_failed',
      ],
      [
        'not JSON',
        { key, rawBody: '{"text":', headers: { 'content-type': 'application/json' } },
        400,
        'bad_request',
      ],
      ['JSON array', { key, body: [{ text: 'x' }] }, 400, 'validation_failed'],
      [
        'wrong content type',
        {
          key,
          rawBody: 'text=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
        415,
        'unsupported_media_type',
      ],
      [
        'plain text',
        { key, rawBody: 'hello', headers: { 'content-type': 'text/plain' } },
        415,
        'unsupported_media_type',
      ],
      [
        'body over 256 KiB',
        { key, body: { text: 'a'.repeat(300 * 1024) } },
        413,
        'payload_too_large',
      ],
      [
        'bad list query',
        { key, method: 'GET', path: '/v1/tasks?limit=1000&status=lost' },
        400,
        'validation_failed',
      ],
      [
        'cancel of an unknown task',
        { key, method: 'POST', path: '/v1/tasks/0192d4e0-0000-7000-8000-000000000000/cancel' },
        404,
        'task_not_found',
      ],
    ];
    for (const [name, options, status, code] of cases) {
      const res = await stack.request(
        options.method ?? 'POST',
        options.path ?? '/v1/tasks',
        options,
      );
      expect({
        name,
        status: res.status,
        code: (res.body as { error?: { code?: string } }).error?.code,
      }).toEqual({ name, status, code });
    }
    const serverOwned = await stack.request<{
      error: { details: Array<{ field: string; problems: string[] }> };
    }>('POST', '/v1/tasks', { key, body: { text: 'x', status: 'completed', tenant: 'other' } });
    expect(serverOwned.body.error.details.map((d) => d.field).sort()).toEqual(['status', 'tenant']);
    expect(serverOwned.body.error.details[0]?.problems[0]).toContain('set by the server');
    expect(await snapshot()).toEqual(before);
  });

  it('serves its OpenAPI document at /docs and /docs-json', async () => {
    const json = await fetch(`${stack.gatewayUrl}/docs-json`);
    const doc = (await json.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/tasks',
        '/v1/tasks/{id}',
        '/v1/tasks/{id}/cancel',
        '/v1/tasks/{id}/events',
      ]),
    );
    expect((await fetch(`${stack.gatewayUrl}/docs`)).status).toBe(200);
  });
});
