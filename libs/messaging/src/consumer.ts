import {
  type Context,
  type Span,
  SpanKind,
  SpanStatusCode,
  context,
  trace as otelTrace,
} from '@opentelemetry/api';
import type { JsMsg } from '@nats-io/jetstream';
import {
  type ConsumerSpec,
  type Envelope,
  EnvelopeV1,
  type PayloadOf,
  PayloadValidationError,
  type Subject,
  parsePayload,
} from '@switchyard/contracts';
import type { DeadLetters } from './dead-letter.js';
import type { DeliveryControl, MessageProcessor } from './pull-loop.js';
import { errorMessage } from './errors.js';
import type { MessagingLogger } from './logger.js';
import { messagingMetrics } from './metrics.js';
import { type HandlerOutcome, backoffDelay, outcomeOfError } from './outcome.js';
import type { MessageMeta } from './publisher.js';
import { extractTraceContext } from './trace.js';

/** A delivered message whose envelope and payload were validated for its subject. */
export interface InboundMessage<S extends Subject> {
  readonly subject: S;
  readonly envelope: Envelope<PayloadOf<S>>;
  readonly payload: PayloadOf<S>;
  /** 1 on first delivery; more after a redelivery (retry, timeout or broker restart). */
  readonly deliveryCount: number;
  readonly streamSeq: number;
  readonly trace: Context;
  /** Meta for a message this one causes: same task, tenant and trace; causation is this id. */
  causes(meta?: Partial<MessageMeta>): MessageMeta;
}

/** What a stage's service needs of a command: its envelope and validated payload (plain data). */
export type Command<S extends Subject> = Pick<InboundMessage<S>, 'envelope' | 'payload'>;

/** One `InboundMessage` per subject, so that checking `msg.subject` narrows `msg.payload`. */
export type AnyInbound<S extends Subject> = S extends Subject ? InboundMessage<S> : never;

export type MessageHandler<S extends Subject> = (msg: AnyInbound<S>) => Promise<HandlerOutcome>;

const decoder = new TextDecoder();
const tracer = otelTrace.getTracer('switchyard.messaging');

/**
 * The per-message part of a typed consumer: decode, validate, call the handler, and map its
 * outcome to ack / nak(backoff) / dead-letter + term. Invalid messages are dead-lettered at once:
 * no redelivery can make them valid. A handler whose dependency is unavailable is retried in place
 * (the loop holds the message and keeps it alive) until the dependency answers, so an outage never
 * uses up the message's deliveries.
 */
export function typedProcessor<S extends Subject>(
  spec: ConsumerSpec<S>,
  handler: MessageHandler<S>,
  deadLetters: DeadLetters,
  logger: MessagingLogger,
): MessageProcessor {
  const consumer = spec.durable;
  const subjects = new Set<string>(spec.subjects);

  const finish = (outcome: string, started: bigint, workflow = 'none'): void => {
    messagingMetrics.handled.inc({ consumer, outcome, workflow });
    messagingMetrics.duration.observe(
      { consumer, outcome, workflow },
      Number(process.hrtime.bigint() - started) / 1e9,
    );
  };

  return async (m: JsMsg, control: DeliveryControl): Promise<void> => {
    const started = process.hrtime.bigint();
    const deliveryCount = m.info.deliveryCount;
    if (deliveryCount > 1) messagingMetrics.redelivered.inc({ consumer });

    let inbound: InboundMessage<S>;
    let span: Span | undefined;
    let traceContext: Context | undefined;
    try {
      if (!subjects.has(m.subject)) {
        throw new PayloadValidationError('subject', [
          { path: 'subject', problems: [`'${m.subject}' is not handled by consumer ${consumer}`] },
        ]);
      }
      const subject = m.subject as S;
      let raw: unknown;
      try {
        raw = JSON.parse(decoder.decode(m.data));
      } catch (err) {
        throw new PayloadValidationError('message', [
          { path: '', problems: [`not valid JSON: ${errorMessage(err)}`] },
        ]);
      }
      const envelope = EnvelopeV1.parse(raw);
      const payload = parsePayload(subject, envelope.payload);
      const parent = extractTraceContext(m.headers);
      span = tracer.startSpan(
        `process ${subject}`,
        {
          kind: SpanKind.CONSUMER,
          attributes: {
            'messaging.system': 'nats',
            'messaging.operation.type': 'process',
            'messaging.destination.name': subject,
            'messaging.consumer.group.name': consumer,
            'messaging.message.id': envelope.id,
            'switchyard.stage': consumer,
            'switchyard.task_id': envelope.taskId,
            'switchyard.tenant': envelope.tenant,
            'switchyard.delivery_count': deliveryCount,
          },
        },
        parent,
      );
      const trace = otelTrace.setSpan(parent, span);
      traceContext = trace;
      inbound = {
        subject,
        envelope: { ...envelope, payload },
        payload,
        deliveryCount,
        streamSeq: m.seq,
        trace,
        causes: (meta = {}) => ({
          taskId: envelope.taskId,
          tenant: envelope.tenant,
          attempt: envelope.attempt,
          causationId: envelope.id,
          trace,
          workflow: envelope.workflow,
          ...meta,
        }),
      };
    } catch (err) {
      const failures = err instanceof PayloadValidationError ? err.failures : undefined;
      try {
        await deadLetters.recordDelivered(
          m,
          consumer,
          'invalid_message',
          errorMessage(err),
          failures,
        );
        m.term(`invalid message: ${errorMessage(err)}`);
      } catch (dlErr) {
        logger.error({ consumer, seq: m.seq, err: errorMessage(dlErr) }, 'cannot dead-letter yet');
        m.nak(backoffDelay(spec.retryBackoffMs, deliveryCount));
      }
      span?.end();
      finish('invalid', started);
      return;
    }

    const run = async (): Promise<HandlerOutcome> => {
      try {
        return await context.with(traceContext, () => handler(inbound as AnyInbound<S>));
      } catch (err) {
        return outcomeOfError(err);
      }
    };
    let outcome = await run();
    if (outcome.kind === 'unavailable') {
      const hold = control.hold(outcome.reason);
      try {
        while (outcome.kind === 'unavailable') {
          if (!(await hold.wait())) break; // stopping: the nak below hands it to another replica
          outcome = await run();
        }
      } finally {
        hold.release(outcome.kind !== 'unavailable');
      }
    }
    span?.setAttribute('switchyard.outcome', outcome.kind);
    if (outcome.kind === 'fail' || outcome.kind === 'retry')
      span?.setStatus({ code: SpanStatusCode.ERROR, message: outcome.reason });
    span?.end();

    switch (outcome.kind) {
      case 'done':
      case 'duplicate':
        m.ack();
        break;
      case 'retry': {
        const delay = outcome.delayMs ?? backoffDelay(spec.retryBackoffMs, deliveryCount);
        logger.warn(
          {
            consumer,
            seq: m.seq,
            taskId: inbound.envelope.taskId,
            deliveryCount,
            delay,
            reason: outcome.reason,
          },
          spec.maxDeliver > 0 && deliveryCount >= spec.maxDeliver
            ? 'last delivery failed; dead-lettering'
            : 'retrying later',
        );
        m.nak(delay);
        break;
      }
      case 'defer':
        m.nak(Math.max(outcome.delayMs, 1));
        break;
      case 'unavailable':
        m.nak(); // only when stopping while held
        break;
      case 'fail':
        try {
          await deadLetters.recordDelivered(m, consumer, 'terminal_failure', outcome.reason);
          m.term(outcome.reason);
        } catch (dlErr) {
          logger.error(
            { consumer, seq: m.seq, err: errorMessage(dlErr) },
            'cannot dead-letter yet',
          );
          m.nak(backoffDelay(spec.retryBackoffMs, deliveryCount));
        }
        break;
    }
    finish(outcome.kind, started, inbound.envelope.workflow);
  };
}
