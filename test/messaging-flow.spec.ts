import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  Consumers,
  type ConsumerSpec,
  FLOW_STREAMS,
  Streams,
  Subjects,
} from '@switchyard/contracts';
import { Messaging, Outcome, UnavailableError } from '@switchyard/messaging';
import { NatsServer, waitFor } from '@switchyard/testing';

type RouteSubject = typeof Subjects.RouteRequested;

/**
 * Flow control of the consume loop against a real nats-server: what the server sees as
 * unacknowledged, keep-alive of long handlers, and what a killed or stopping worker leaves behind.
 */
describe('consumer flow control', () => {
  let server: NatsServer;
  const opened: Messaging[] = [];

  async function messaging(name: string, concurrency = 2): Promise<Messaging> {
    const m = await Messaging.connect({
      servers: [server.url],
      name,
      streams: FLOW_STREAMS,
      concurrency,
      // this test's consumers have their own settings: it provisions them (as the harness user)
      topology: 'provision',
    });
    opened.push(m);
    return m;
  }

  async function publish(m: Messaging, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await m.publisher.publish(
        Subjects.RouteRequested,
        { stepId: `s${i}`, text: `hello ${i}` },
        { taskId: `t${i}`, tenant: 'demo', messageId: `m${i}` },
      );
    }
  }

  async function consumerInfo(m: Messaging, durable: string) {
    return m.client.jsm.consumers.info(Streams.commands.name, durable);
  }

  beforeEach(async () => {
    server = await NatsServer.start({ name: 'flow', provision: false });
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((m) => m.close().catch(() => undefined)));
    await server.stop();
  });

  it('takes no more messages from the server than it has slots for', async () => {
    const m = await messaging('slots', 2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    m.consume(Consumers.router, async () => {
      started++;
      await gate;
      return Outcome.done;
    });
    await m.start();
    await publish(m, 10);
    await waitFor('two handlers to start', () => started === 2);
    // the old loop held as many again in the client's buffer: 4 unacknowledged
    const busy = await consumerInfo(m, 'router');
    expect({ ackPending: busy.num_ack_pending, pending: busy.num_pending }).toEqual({
      ackPending: 2,
      pending: 8,
    });
    release();
    await waitFor('all ten to be handled', async () => {
      const info = await consumerInfo(m, 'router');
      return info.num_pending + info.num_ack_pending === 0;
    });
    expect(started).toBe(10);
  });

  it('keeps a handler that runs longer than ack_wait from being redelivered', async () => {
    const m = await messaging('keepalive', 1);
    // ack_wait 2 s, keep-alive every 667 ms: only an event loop stalled for over a second (not this
    // test's subject) could let the broker redeliver
    const spec: ConsumerSpec<RouteSubject> = { ...Consumers.router, ackWaitMs: 2_000 };
    const deliveries: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    m.consume(spec, async (msg) => {
      deliveries.push(msg.deliveryCount);
      await gate;
      return Outcome.done;
    });
    await m.start();
    await publish(m, 1);
    await waitFor('the handler to start', () => deliveries.length === 1);
    const t0 = Date.now();
    // three ack_waits pass while the handler runs; keep-alive holds the message
    await waitFor(
      'three ack_waits with in-progress acks',
      async () => {
        const info = await consumerInfo(m, 'router');
        return info.num_ack_pending === 1 && info.num_redelivered === 0 && Date.now() - t0 >= 6_000;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    release();
    await waitFor('the message to be acknowledged', async () => {
      const info = await consumerInfo(m, 'router');
      return info.num_ack_pending === 0;
    });
    expect(deliveries).toEqual([1]);
  });

  it('gives a killed worker’s messages to another worker after the short ack_wait', async () => {
    const dying = await messaging('dying', 2);
    let taken = 0;
    dying.consume(Consumers.router, () => {
      taken++;
      return new Promise(() => undefined); // never finishes: the process "dies" holding it
    });
    await dying.start();
    await publish(dying, 2);
    await waitFor('the dying worker to take both', () => taken === 2);
    await dying.client.nc.close(); // like SIGKILL: no nak, no drain
    opened.splice(opened.indexOf(dying), 1);

    const survivor = await messaging('survivor', 2);
    const redelivered: number[] = [];
    survivor.consume(Consumers.router, (msg) => {
      redelivered.push(msg.deliveryCount);
      return Promise.resolve(Outcome.done);
    });
    await survivor.start();
    await waitFor('both messages to reach the survivor', () => redelivered.length === 2, {
      timeoutMs: 3 * Consumers.router.ackWaitMs,
    });
    expect(redelivered).toEqual([2, 2]);
  });

  it('holds messages while a dependency is away without spending deliveries, and hands them over on shutdown', async () => {
    const first = await messaging('holder', 2);
    const spec: ConsumerSpec<RouteSubject> = {
      ...Consumers.router,
      maxDeliver: 2,
      retryBackoffMs: [50],
    };
    let attempts = 0;
    first.consume(spec, () => {
      attempts++;
      return Promise.reject(new UnavailableError('task store unreachable'));
    });
    await first.start();
    await publish(first, 2);
    // far more tries than maxDeliver, yet each message was delivered once
    await waitFor('several tries of each held message', () => attempts >= 8, { timeoutMs: 10_000 });
    const held = await consumerInfo(first, 'router');
    expect({ ackPending: held.num_ack_pending, redelivered: held.num_redelivered }).toEqual({
      ackPending: 2,
      redelivered: 0,
    });
    const dead = await first.client.jsm.streams.info(Streams.deadLetter.name);
    expect(dead.state.messages).toBe(0);

    await first.close(); // naks what it holds: the next worker gets it without waiting for ack_wait
    opened.splice(opened.indexOf(first), 1);
    const second = await messaging('taker', 2);
    const got: number[] = [];
    second.consume(spec, (msg) => {
      got.push(msg.deliveryCount);
      return Promise.resolve(Outcome.done);
    });
    await second.start();
    await waitFor('the held messages to reach the next worker', () => got.length === 2);
    expect(got).toEqual([2, 2]);
  });
});
