import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import type { PubAck } from '@nats-io/jetstream';
import {
  ENVELOPE_SCHEMA_VERSION,
  type EnvelopeV1,
  type PayloadInput,
  type Subject,
} from '@switchyard/contracts';
import { PublishFailedError, errorMessage } from './errors.js';
import type { NatsClient } from './nats-client.js';
import { injectTraceContext, newHeaders } from './trace.js';

/** What an outgoing message is about and what caused it. */
export interface MessageMeta {
  taskId: string;
  tenant: string;
  /** Defaults to 1. */
  attempt?: number;
  causationId?: string;
  /** Stable id for broker-side deduplication; a new UUID when absent. */
  messageId?: string;
  /** Trace context to continue (e.g. that of the message being handled). */
  trace?: Context;
  /** The task's workflow, once known. */
  workflow?: string;
}

export interface PublishResult {
  messageId: string;
  seq: number;
  /** True when the broker had already stored a message with this id (nothing new stored). */
  duplicate: boolean;
}

export interface PublisherOptions {
  /** How long to keep retrying while the broker is unreachable, per publish. */
  publishTimeoutMs?: number;
}

const encoder = new TextEncoder();

/**
 * Typed publishing: the payload type follows from the subject. Every message gets the envelope,
 * a `Nats-Msg-Id` (so a retried publish is stored once) and W3C trace headers. A publish that
 * fails because the broker is away is retried with the same id until the timeout.
 */
export class Publisher {
  private readonly timeoutMs: number;

  constructor(
    private readonly client: NatsClient,
    options: PublisherOptions = {},
  ) {
    this.timeoutMs = options.publishTimeoutMs ?? 30_000;
  }

  async publish<S extends Subject>(
    subject: S,
    payload: PayloadInput<S>,
    meta: MessageMeta,
  ): Promise<PublishResult> {
    const envelope: EnvelopeV1 = {
      id: meta.messageId ?? randomUUID(),
      taskId: meta.taskId,
      tenant: meta.tenant,
      causationId: meta.causationId,
      attempt: meta.attempt ?? 1,
      time: new Date().toISOString(),
      schemaVersion: ENVELOPE_SCHEMA_VERSION,
      workflow: meta.workflow,
      payload,
    };
    const ack = await this.publishRaw(subject, JSON.stringify(envelope), envelope.id, meta.trace);
    return { messageId: envelope.id, seq: ack.seq, duplicate: ack.duplicate };
  }

  /** Publishes bytes as they are, with the id and trace headers; retried like `publish`. */
  async publishRaw(
    subject: string,
    data: string | Uint8Array,
    messageId: string,
    trace: Context = ROOT_CONTEXT,
  ): Promise<PubAck> {
    const headers = newHeaders();
    injectTraceContext(trace, headers);
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const deadline = Date.now() + this.timeoutMs;
    let delay = 50;
    for (;;) {
      try {
        return await this.client.js.publish(subject, bytes, { msgID: messageId, headers });
      } catch (err) {
        if (Date.now() + delay > deadline) {
          throw new PublishFailedError(
            `publish to ${subject} (id ${messageId}) not confirmed within ${this.timeoutMs} ms: ${errorMessage(err)}`,
            { cause: err },
          );
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 1_000);
      }
    }
  }
}
