import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  Consumers,
  type ConsumerSpec,
  DeadLetterRecordV1,
  FLOW_STREAMS,
  Streams,
  Subjects,
} from '@switchyard/contracts';
import {
  Messaging,
  ensureConsumer,
  maxDeliveriesWatcherSpec,
  purgeAcknowledged,
} from '@switchyard/messaging';
import { NatsServer, waitFor } from '@switchyard/testing';

/**
 * Defect 11: the work-queue repair purged everything below the consumer's ack floor, which a
 * max-delivered message sits below until its advisory is handled; the watcher then found it gone,
 * read "not found" as "already dead-lettered", and the message was lost without a record.
 */
describe('dead-letter first, purge after', () => {
  let server: NatsServer;
  let m: Messaging;
  const spec: ConsumerSpec = { ...Consumers.router, maxDeliver: 2, retryBackoffMs: [50] };
  const watcher = maxDeliveriesWatcherSpec(spec);

  beforeEach(async () => {
    server = await NatsServer.start({ name: 'dl-order' });
    m = await Messaging.connect({ servers: [server.url], name: 'dl-order', streams: FLOW_STREAMS });
    await m.provisionStreams();
    await ensureConsumer(m.client.jsm, spec);
    await ensureConsumer(m.client.jsm, watcher);
  });

  afterEach(async () => {
    await m.close();
    await server.stop();
  });

  /** Publishes a command and fails it `maxDeliver` times by hand (no watcher runs meanwhile). */
  async function maxDelivered(stepId: string): Promise<number> {
    const { seq } = await m.publisher.publish(
      Subjects.RouteRequested,
      { stepId, text: 'hello' },
      { taskId: stepId, tenant: 'demo' },
    );
    const consumer = await m.client.js.consumers.get(spec.stream, spec.durable);
    for (let i = 0; i < spec.maxDeliver; i++) {
      const msg = await consumer.next({ expires: 5_000 });
      msg?.nak();
    }
    // the server gives up on the message (and says so) when it would deliver it once more
    expect(await consumer.next({ expires: 1_000 })).toBeNull();
    await waitFor('the max-deliveries advisory', async () => {
      const info = await m.client.jsm.consumers.info(watcher.stream, watcher.durable);
      return info.num_pending > 0;
    });
    // a later message is handled: the ack floor moves past the given-up one
    await m.publisher.publish(
      Subjects.RouteRequested,
      { stepId: `${stepId}-next`, text: 'hi' },
      { taskId: `${stepId}-next`, tenant: 'demo' },
    );
    await (await consumer.next({ expires: 5_000 }))?.ackAck();
    const info = await m.client.jsm.consumers.info(spec.stream, spec.durable);
    expect(info.ack_floor.stream_seq).toBeGreaterThan(seq);
    return seq;
  }

  async function records(): Promise<DeadLetterRecordV1[]> {
    const jsm = m.client.jsm;
    const { messages } = (await jsm.streams.info(Streams.deadLetter.name)).state;
    const out: DeadLetterRecordV1[] = [];
    for (let seq = 1; out.length < messages; seq++) {
      const stored = await jsm.streams.getMessage(Streams.deadLetter.name, { seq });
      if (stored) out.push(DeadLetterRecordV1.parse(stored.json()));
    }
    return out;
  }

  it('leaves a max-delivered message in place while its advisory waits, and dead-letters it with its data', async () => {
    const seq = await maxDelivered('s1');
    expect(await purgeAcknowledged(m.client.jsm, spec, watcher)).toBe(0);
    expect(await m.client.jsm.streams.getMessage(spec.stream, { seq })).not.toBeNull();
    const data = (await m.client.jsm.streams.getMessage(spec.stream, { seq }))!.data;
    await m.deadLetters.onMaxDeliveries(
      (await (await m.client.js.consumers.get(watcher.stream, watcher.durable)).next())!.data,
    );
    const [record] = await records();
    expect(record).toMatchObject({ streamSeq: seq, reason: 'max_deliveries', deliveries: 2 });
    expect(Buffer.from(record.dataBase64, 'base64')).toEqual(Buffer.from(data));
  });

  it('records a message that was removed before it could be copied, instead of taking "not found" for done', async () => {
    const seq = await maxDelivered('s2');
    // what the repair did before: purge below the ack floor regardless of pending advisories
    expect(await purgeAcknowledged(m.client.jsm, spec)).toBe(1);
    await m.deadLetters.onMaxDeliveries(
      (await (await m.client.js.consumers.get(watcher.stream, watcher.durable)).next())!.data,
    );
    const [record] = await records();
    expect(record).toMatchObject({
      streamSeq: seq,
      subject: Subjects.RouteRequested,
      reason: 'max_deliveries',
      dataBase64: '',
    });
    expect(record.detail).toContain('no longer in the stream');
  });
});
