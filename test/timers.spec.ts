import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Streams } from '@switchyard/contracts';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { Stack, waitFor } from '@switchyard/testing';

/**
 * Defect 6: every step's deadline stayed unacknowledged until due (30 s for generation, 24 h for an
 * approval), so the timers consumer's ack-pending cap filled up. A timer whose step has moved on
 * must be acknowledged soon after it is looked at, long before it is due.
 */
describe('deadline timers of finished steps', () => {
  let stack: Stack;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'generator', 'validator'],
    });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('leave the timers consumer soon after their tasks complete, not when they are due', async () => {
    const jsm = await jetstreamManager(nc);
    const ids = await Promise.all(
      Array.from(
        { length: 20 },
        async (_, i) =>
          (await stack.submit({ text: `do you ship to country ${i}?`, workflow: 'faq' })).id,
      ),
    );
    await waitFor(
      'every task to complete',
      async () =>
        (await Promise.all(ids.map((id) => stack.task(id)))).every(
          (t) => t.status === 'completed',
        ) && Date.now(),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    // the generate steps' deadlines are 30 s away, the submission checks' 15 s: a deadline of
    // 12 s for this wait shows that they were acknowledged long before they were due
    await waitFor(
      'the timers consumer to hold nothing',
      async () => {
        const info = await jsm.consumers.info(Streams.timers.name, 'coordinator_timers');
        return info.num_ack_pending + info.num_pending === 0;
      },
      { timeoutMs: 12_000, intervalMs: 250 },
    );
    const info = await jsm.consumers.info(Streams.timers.name, 'coordinator_timers');
    expect(info.num_ack_pending).toBe(0);
  });
});
