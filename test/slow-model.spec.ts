import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Streams } from '@switchyard/contracts';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { FakeOpenAiServer, Stack, waitFor } from '@switchyard/testing';

const MODEL_MS = 8_000; // slower than the consumers' 6 s ack_wait
const CONCURRENCY = 2;

/**
 * Defect 4: the generator held its concurrency in flight plus as many again in the client's buffer,
 * without keep-alive; model calls longer than ack_wait were redelivered and ran twice. With twice
 * the concurrency queued behind a slow model, every model call must happen once.
 */
describe('a model slower than ack_wait with twice the concurrency queued', () => {
  let openai: FakeOpenAiServer;
  let stack: Stack;
  let nc: NatsConnection;

  beforeAll(async () => {
    openai = await FakeOpenAiServer.start();
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'validator'],
      env: {
        PROVIDERS: JSON.stringify({
          primary: { baseUrl: openai.baseUrl, apiKey: 'sk-test', timeoutMs: 20_000 },
        }),
        MODEL_TIERS: JSON.stringify({
          small: [{ provider: 'primary', model: 'slow-small' }],
          large: [{ provider: 'primary', model: 'slow-large' }],
        }),
        PROVIDER_RETRIES: '0',
      },
    });
    await stack.add('generator', { CONSUMER_CONCURRENCY: String(CONCURRENCY) });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
    await openai?.stop();
  });

  it('calls the model once per task, holds no more than its slots, and redelivers nothing', async () => {
    const jsm = await jetstreamManager(nc);
    const ids = await Promise.all(
      Array.from(
        { length: 2 * CONCURRENCY },
        async (_, i) =>
          (
            await stack.submit({
              text: `SLOW:${MODEL_MS} is the shop open on day ${i}?`,
              workflow: 'faq',
            })
          ).id,
      ),
    );
    let maxAckPending = 0;
    const tasks = await waitFor(
      'every task to end',
      async () => {
        const info = await jsm.consumers.info(Streams.commands.name, 'generator');
        maxAckPending = Math.max(maxAckPending, info.num_ack_pending);
        const all = await Promise.all(ids.map((id) => stack.task(id)));
        return all.every((t) => t.status === 'completed') && all;
      },
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    const generator = await jsm.consumers.info(Streams.commands.name, 'generator');
    expect({
      calls: openai.calls.length,
      modelCallsAtOnce: openai.maxInFlight,
      // the broker counts a message as pending until it has processed its ack, which it does
      // apart from pull requests: a slot freed by an ack may be filled before the ack is counted,
      // so the count can show one more than the slots. Holding the queued tasks in a client
      // buffer (the defect) shows all of them: 2 × CONCURRENCY.
      holdsNoQueuedTasks: maxAckPending < 2 * CONCURRENCY,
      redelivered: generator.num_redelivered,
      generateAttempts: tasks.flatMap((t) =>
        t.timeline.filter((e) => e.step === 'generate' && e.outcome === 'requested'),
      ).length,
    }).toEqual({
      calls: ids.length,
      modelCallsAtOnce: CONCURRENCY,
      holdsNoQueuedTasks: true,
      redelivered: 0,
      generateAttempts: ids.length,
    });
  });
});
