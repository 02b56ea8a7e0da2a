import { RetryableError, TerminalError, errorMessage, isUnavailable } from './errors.js';

/**
 * What a handler did with a message. Handlers return one explicitly; the consumer maps it to the
 * broker: done/duplicate → ack, retry → nak with backoff, defer → nak with its delay,
 * fail → dead-letter + term.
 */
export type HandlerOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'duplicate'; readonly reason: string }
  | { readonly kind: 'retry'; readonly reason: string; readonly delayMs?: number }
  /** Not due yet (timers): nak with the delay, without counting it as a failure. */
  | { readonly kind: 'defer'; readonly delayMs: number }
  | { readonly kind: 'fail'; readonly reason: string }
  /** A dependency (store, broker) is unreachable: not the message's fault. */
  | { readonly kind: 'unavailable'; readonly reason: string };

export type OutcomeKind = HandlerOutcome['kind'];

export const Outcome = {
  done: { kind: 'done' } as HandlerOutcome,
  duplicate: (reason: string): HandlerOutcome => ({ kind: 'duplicate', reason }),
  retry: (reason: string, delayMs?: number): HandlerOutcome => ({ kind: 'retry', reason, delayMs }),
  defer: (delayMs: number): HandlerOutcome => ({ kind: 'defer', delayMs }),
  fail: (reason: string): HandlerOutcome => ({ kind: 'fail', reason }),
  unavailable: (reason: string): HandlerOutcome => ({ kind: 'unavailable', reason }),
} as const;

/**
 * A thrown error becomes an outcome: an unreachable dependency holds the message, terminal errors
 * fail it, and unknown errors are retried (the safe default).
 */
export function outcomeOfError(err: unknown): HandlerOutcome {
  if (isUnavailable(err)) return Outcome.unavailable(errorMessage(err));
  if (err instanceof TerminalError) return Outcome.fail(err.message);
  if (err instanceof RetryableError) return Outcome.retry(err.message, err.delayMs);
  return Outcome.retry(errorMessage(err));
}

/** Delay before the next delivery: the spec's schedule by delivery count, last value repeating. */
export function backoffDelay(schedule: readonly number[], deliveryCount: number): number {
  if (schedule.length === 0) return 0;
  const index = Math.min(Math.max(deliveryCount, 1), schedule.length) - 1;
  return schedule[index] ?? 0;
}
