import { RequestError } from '@nats-io/nats-core';
import { RequestOne } from '@nats-io/nats-core/internal';

/**
 * nats.js 3.x (up to its current main) builds a `RequestError("cancelled")`, stack trace included,
 * on every request that succeeds: `RequestOne.resolver()` ends with `cancel()`, which rejects the
 * already resolved promise with a new error. Every JetStream publish and KV write is such a
 * request, and the stack captures cost about 7 % of the coordinator's CPU (measured with
 * --cpu-prof, docs/performance.md). Until nats.js stops doing it, `cancel()` rejects with one
 * shared error when none is given: a request that really was cancelled still rejects, with an
 * error that has no stack of its own — it had none worth reading.
 */
const CANCELLED = new RequestError('cancelled');

interface RequestInternals {
  timer?: { cancel(): void };
  mux: { cancel(request: unknown): void };
  deferred: { reject(err: Error): void };
}

let applied = false;

export function applyRequestPatch(): boolean {
  if (applied) return true;
  const proto = RequestOne.prototype as unknown as { cancel?: unknown };
  if (typeof proto.cancel !== 'function') return false; // nats.js changed: leave it alone
  proto.cancel = function cancel(this: RequestInternals, err?: Error): void {
    this.timer?.cancel();
    this.mux.cancel(this);
    this.deferred.reject(err ?? CANCELLED);
  };
  applied = true;
  return true;
}
