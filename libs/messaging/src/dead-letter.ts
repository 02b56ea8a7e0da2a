import type { JsMsg, StoredMsg } from '@nats-io/jetstream';
import type { MsgHdrs } from '@nats-io/nats-core';
import {
  ADVISORY_STREAM,
  DEAD_LETTER_SUBJECT,
  type DeadLetterReason,
  type DeadLetterRecordV1,
  type FieldFailure,
  maxDeliveriesWatcherSpec,
} from '@switchyard/contracts';
import { isMessageNotFound } from './errors.js';
import type { MessagingLogger } from './logger.js';
import { messagingMetrics } from './metrics.js';
import type { NatsClient } from './nats-client.js';
import type { Publisher } from './publisher.js';

// The advisory stream and its watchers are part of the topology in libs/contracts.
export { ADVISORY_STREAM, maxDeliveriesWatcherSpec };

interface MaxDeliveriesAdvisory {
  type: string;
  stream: string;
  consumer: string;
  stream_seq: number;
  deliveries: number;
}

export interface DeadLetterSource {
  stream: string;
  seq: number;
  subject: string;
  data: Uint8Array;
  headers?: MsgHdrs;
}

function headersObject(headers: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const key of headers.keys()) out[key] = headers.get(key);
  return out;
}

function taskOf(data: Uint8Array): { taskId?: string; tenant?: string } {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>;
    return {
      taskId: typeof parsed.taskId === 'string' ? parsed.taskId : undefined,
      tenant: typeof parsed.tenant === 'string' ? parsed.tenant : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * Writes dead-letter records. The record's message id is derived from the source stream and
 * sequence, so dead-lettering the same message twice (after a crash) stores one record.
 */
export class DeadLetters {
  constructor(
    private readonly client: NatsClient,
    private readonly publisher: Publisher,
    private readonly logger: MessagingLogger,
  ) {}

  async record(
    source: DeadLetterSource,
    consumer: string,
    deliveries: number,
    reason: DeadLetterReason,
    detail: string,
    failures?: FieldFailure[],
  ): Promise<void> {
    const record: DeadLetterRecordV1 = {
      stream: source.stream,
      consumer,
      streamSeq: source.seq,
      subject: source.subject,
      deliveries,
      reason,
      detail,
      failures,
      ...taskOf(source.data),
      dataBase64: Buffer.from(source.data).toString('base64'),
      headers: headersObject(source.headers),
      deadLetteredAt: new Date().toISOString(),
    };
    const ack = await this.publisher.publishRaw(
      DEAD_LETTER_SUBJECT,
      JSON.stringify(record),
      `dl:${source.stream}:${source.seq}`,
    );
    if (!ack.duplicate) messagingMetrics.deadLetters.inc({ consumer, reason });
    this.logger.warn(
      { stream: source.stream, seq: source.seq, consumer, reason, detail, taskId: record.taskId },
      'message dead-lettered',
    );
  }

  /** Dead-letters a delivered message (invalid or terminally failed); the caller then terms it. */
  async recordDelivered(
    m: JsMsg,
    consumer: string,
    reason: DeadLetterReason,
    detail: string,
    failures?: FieldFailure[],
  ): Promise<void> {
    await this.record(
      { stream: m.info.stream, seq: m.seq, subject: m.subject, data: m.data, headers: m.headers },
      consumer,
      m.info.deliveryCount,
      reason,
      detail,
      failures,
    );
    await this.remove(m.info.stream, m.seq);
  }

  /**
   * Handles one max-deliveries advisory: copy the message to the dead-letter stream with the
   * reason, then delete it from its work queue. Both steps are idempotent, so a redelivered
   * advisory is harmless. The work-queue repair (`purgeAcknowledged`) waits for these advisories
   * to be handled first; should the message be gone anyway, the record still says what was lost.
   */
  async onMaxDeliveries(data: Uint8Array): Promise<void> {
    const advisory = JSON.parse(new TextDecoder().decode(data)) as MaxDeliveriesAdvisory;
    let stored: StoredMsg | null;
    try {
      stored = await this.client.jsm.streams.getMessage(advisory.stream, {
        seq: advisory.stream_seq,
      });
    } catch (err) {
      if (!isMessageNotFound(err)) throw err;
      stored = null;
    }
    const detail = `delivered ${advisory.deliveries} times to consumer ${advisory.consumer} without success`;
    if (!stored) {
      // Already dead-lettered (a repeated advisory: the record's id makes this a no-op) or removed
      // before it could be copied: either way a record exists, without the data in the second case.
      const subject = await this.client.jsm.consumers
        .info(advisory.stream, advisory.consumer)
        .then((info) => info.config.filter_subject ?? '(unknown)')
        .catch(() => '(unknown)');
      await this.record(
        { stream: advisory.stream, seq: advisory.stream_seq, subject, data: new Uint8Array() },
        advisory.consumer,
        advisory.deliveries,
        'max_deliveries',
        `${detail}; the message was no longer in the stream, so its data is not recorded`,
      );
      return;
    }
    await this.record(
      {
        stream: advisory.stream,
        seq: stored.seq,
        subject: stored.subject,
        data: stored.data,
        headers: stored.header,
      },
      advisory.consumer,
      advisory.deliveries,
      'max_deliveries',
      detail,
    );
    await this.remove(advisory.stream, advisory.stream_seq);
  }

  private async remove(stream: string, seq: number): Promise<void> {
    try {
      await this.client.jsm.streams.deleteMessage(stream, seq, false);
    } catch (err) {
      if (!isMessageNotFound(err)) throw err;
    }
  }
}
