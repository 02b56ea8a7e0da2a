import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FLOW_STREAMS, Streams, Subjects } from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { DEV_KEYS, Stack, waitFor } from '@switchyard/testing';
import { readSse } from './support/sse.js';

/** A counter or gauge's value from a Prometheus text exposition (0 when absent). */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/**
 * The gateway's side of the engine defects: idempotency that survives re-serialisation and a lost
 * publish, documents that do not change version for the same content, shared follow-reads, and
 * 503 + Retry-After while the broker and its store are away.
 */
describe('gateway under faults', () => {
  let stack: Stack;
  let inspector: Messaging;

  beforeAll(async () => {
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'retriever', 'generator', 'validator'],
      env: { PUBLISH_TIMEOUT_MS: '1000' },
    });
    inspector = await Messaging.connect({
      servers: [stack.nats.url],
      name: 'inspector',
      streams: FLOW_STREAMS,
    });
  });

  afterAll(async () => {
    await inspector?.close();
    await stack?.stop();
  });

  // Defect 13: the hash depended on the key order of `context`.
  it('treats a replay whose context keys come in another order as the same request', async () => {
    const key = `reorder-${Date.now()}`;
    const first = await stack.request('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      headers: { 'idempotency-key': key, 'content-type': 'application/json' },
      rawBody: '{"text":"where is my parcel?","context":{"orderId":"42","channel":"email"}}',
    });
    const again = await stack.request('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      headers: { 'idempotency-key': key, 'content-type': 'application/json' },
      rawBody: '{"context":{"channel":"email","orderId":"42"},"text":"where is my parcel?"}',
    });
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
  });

  // Defect 14: a replay of a task still queued did not announce it again.
  it('announces a task again when its first submission stored it but could not publish it', async () => {
    const coordinator = stack.service('coordinator');
    await coordinator.stop('SIGTERM');
    stack.processes.splice(stack.processes.indexOf(coordinator), 1);
    try {
      await inspector.client.jsm.streams.delete(Streams.events.name);
      const key = `lost-publish-${Date.now()}`;
      const body = { text: 'is the shop open on sundays?', workflow: 'faq' };
      // the events stream is gone: the task is stored, its event cannot be published
      const first = await stack.submit(body, DEV_KEYS.submitter, { 'idempotency-key': key });
      expect(first.status).toBe('queued');
      const before = await inspector.client.jsm.streams.info(Streams.events.name).catch(() => null);
      expect(before).toBeNull();
      // restored as an operator would: the provision command re-creates the stream and its consumer
      await stack.nats.provision();
      const replay = await stack.request<{ id: string; status: string }>('POST', '/v1/tasks', {
        key: DEV_KEYS.submitter,
        body,
        headers: { 'idempotency-key': key },
      });
      expect(replay.status).toBe(200);
      // only the replay can have announced it: the stream did not exist at the first submission
      const events = await inspector.client.jsm.streams.info(Streams.events.name, {
        subjects_filter: Subjects.TaskSubmitted,
      });
      expect(events.state.messages).toBeGreaterThanOrEqual(1);
      await stack.add('coordinator');
      const done = await stack.waitForEnd(first.id);
      expect(done.status).toBe('completed');
    } finally {
      // the next tests need the stream and a coordinator, whatever happened here
      if (!stack.processes.some((p) => p.name === 'coordinator' && p.child.exitCode === null)) {
        await stack.nats.provision();
        await stack.add('coordinator');
      }
    }
  });

  // Defect 17: re-upserting the same content created a new version each time.
  it('keeps a document’s version when the same content is upserted again', async () => {
    const put = (text: string, metadata: Record<string, unknown>) =>
      stack.request<{ version: number }>('PUT', '/v1/documents/same-content', {
        key: DEV_KEYS.admin,
        body: { title: 'Opening hours', text, metadata },
      });
    const v1 = await put('Open daily 9–17.', { lang: 'en', owner: 'shop' });
    const again = await put('Open daily 9–17.', { owner: 'shop', lang: 'en' });
    const v2 = await put('Open daily 9–18.', { lang: 'en', owner: 'shop' });
    expect([v1.body.version, again.body.version, v2.body.version]).toEqual([1, 1, 2]);
  });

  // Defect 18: every SSE connection polled the store on its own.
  it('shares one read per change among all the followers of a task', async () => {
    const gateway = stack.service('gateway');
    const before = metric(
      await (await fetch(`${gateway.url}/metrics`)).text(),
      'switchyard_gateway_task_rereads_total',
    );
    const task = await stack.submit({ text: 'what is your refund policy?', workflow: 'knowledge' });
    const followers = await Promise.all(
      Array.from({ length: 20 }, () =>
        readSse(`${stack.gatewayUrl}/v1/tasks/${task.id}/events`, {
          authorization: `Bearer ${DEV_KEYS.submitter}`,
        }),
      ),
    );
    const done = await stack.task(task.id);
    expect(followers.every((events) => events.at(-1)?.event === 'end')).toBe(true);
    const rereads =
      metric(
        await (await fetch(`${gateway.url}/metrics`)).text(),
        'switchyard_gateway_task_rereads_total',
      ) - before;
    // one read per change (a notice or the fallback poll), not one per follower and change
    expect(rereads).toBeLessThanOrEqual(2 * done.version);
    expect(rereads).toBeLessThan(20 * 2);
  });

  // Defect 16: a store or broker outage answered 500, and no service logged the disconnect.
  it('answers 503 with Retry-After while the broker and its store are away, and logs the outage once', async () => {
    const task = await stack.submit({ text: 'hello', workflow: 'faq' });
    await stack.waitForEnd(task.id);
    await stack.nats.kill9();
    const read = await stack.request('GET', `/v1/tasks/${task.id}`, { key: DEV_KEYS.submitter });
    const submit = await stack.request('POST', '/v1/tasks', {
      key: DEV_KEYS.submitter,
      body: { text: 'anyone?' },
    });
    for (const res of [read, submit]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.body).toMatchObject({ error: { code: 'unavailable' } });
    }
    await stack.nats.restart();
    await waitFor(
      'the gateway to read again',
      async () => (await stack.task(task.id)).status === 'completed',
      {
        timeoutMs: 30_000,
        intervalMs: 250,
      },
    );
    const logs = stack.service('gateway').logs();
    expect(logs.match(/disconnected from the NATS server/g)?.length).toBe(1);
    expect(logs).toMatch(/"outageMs":\d+.*reconnected to the NATS server/);
  });
});
