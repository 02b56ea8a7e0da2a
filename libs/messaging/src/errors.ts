import {
  ClosedConnectionError,
  ConnectionError,
  NoRespondersError,
  RequestError,
  TimeoutError,
} from '@nats-io/nats-core';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';

/** A failure that may pass if the message is delivered again later (nak with backoff). */
export class RetryableError extends Error {
  override readonly name = 'RetryableError';

  constructor(
    message: string,
    readonly delayMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A failure that no redelivery can fix: the message is dead-lettered and terminated. */
export class TerminalError extends Error {
  override readonly name = 'TerminalError';
}

/**
 * Something the handler depends on (the task store, the broker) cannot be reached. Not the
 * message's fault: the consumer holds the message and retries it without spending a delivery, and
 * stops taking new ones until the dependency answers again. Any error with `unavailable: true`
 * (e.g. a store adapter's) is treated the same.
 */
export class UnavailableError extends Error {
  override readonly name: string = 'UnavailableError';
  readonly unavailable = true;
}

/** The broker did not confirm a publish within the publish timeout. */
export class PublishFailedError extends UnavailableError {
  override readonly name: string = 'PublishFailedError';
}

/** Streams or consumers could not be created or updated as configured. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
}

/** The broker's streams, consumers or buckets are missing or differ from the topology. */
export class TopologyError extends Error {
  override readonly name = 'TopologyError';

  constructor(
    readonly problems: readonly string[],
    hint = 'run the provisioning command (node apps/provision/dist/main.js, as user provision); npm start, docker compose and the k8s provision Job do',
  ) {
    super(`the broker's topology is not as this service expects: ${problems.join('; ')}. ${hint}`);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** JetStream answered "temporarily unavailable" (no quorum, leader election, restarting). */
const JS_UNAVAILABLE_STATUS = 503;

function isUnavailableOne(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  if ((err as { unavailable?: unknown }).unavailable === true) return true;
  if (
    err instanceof TimeoutError ||
    err instanceof NoRespondersError ||
    err instanceof ClosedConnectionError ||
    err instanceof ConnectionError
  )
    return true;
  if (err instanceof RequestError && err.isNoResponders()) return true;
  return err instanceof JetStreamApiError && err.status === JS_UNAVAILABLE_STATUS;
}

/**
 * True when the error (or one of its causes) says a dependency could not be reached — as opposed
 * to the dependency refusing this particular request. Decided by error classes and codes, never by
 * message text.
 */
export function isUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 8; depth++) {
    if (isUnavailableOne(e)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** The JetStream API error code of `err`, when it is a JetStream API error. */
export function jetStreamApiCode(err: unknown): number | undefined {
  return err instanceof JetStreamApiError ? err.code : undefined;
}

/** JetStream's "no message found" (a get or delete of a sequence that is not in the stream). */
export function isMessageNotFound(err: unknown): boolean {
  return jetStreamApiCode(err) === JetStreamApiCodes.NoMessageFound;
}

/** JetStream's "wrong last sequence": a KV create/update or an `expect` publish lost its race. */
export function isWrongLastSequence(err: unknown): boolean {
  return jetStreamApiCode(err) === JetStreamApiCodes.StreamWrongLastSequence;
}
