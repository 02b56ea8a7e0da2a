import { setTimeout as delay } from 'node:timers/promises';
import { errorMessage } from './errors.js';
import type { MessagingLogger } from './logger.js';
import { counter } from './metrics.js';

const restarts = counter({
  name: 'switchyard_loop_restarts_total',
  help: 'Background loops restarted by their supervisor after they failed or ended unexpectedly',
  labelNames: ['loop'],
});

export interface SuperviseOptions {
  logger: MessagingLogger;
  /** First wait before a restart; doubles up to `maxDelayMs` while the loop keeps failing. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A loop that ran at least this long before failing starts again at the initial delay. */
  healthyAfterMs?: number;
}

/**
 * Waits `ms`, or less when `signal` aborts, for a loop's pause between rounds. It leaves no
 * listener on the signal behind: a loop that added one per round (and removed none) made Node warn
 * of a leak after ten rounds, and kept every round's closure alive until shutdown.
 */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (err) {
    if (!signal.aborted) throw err;
  }
}

/** A running supervised loop. */
export interface Supervised {
  readonly name: string;
  /** Asks the loop to stop (its signal aborts) and resolves once it has returned. */
  stop(): Promise<void>;
}

/**
 * Runs a background loop for as long as the process wants it: when the loop throws, or returns
 * before `stop()` was called, the supervisor logs it, counts it
 * (`switchyard_loop_restarts_total{loop}`) and starts it again after a growing delay. The loop gets
 * an `AbortSignal` that aborts on `stop()`; it should return promptly then.
 *
 * Every long-lived `for await` or polling loop in a service runs under this, never as a bare
 * `void (async () => …)()` (a lint rule forbids that pattern): an unsupervised loop that throws
 * either dies silently or takes the process down with an unhandled rejection.
 */
export function supervise(
  name: string,
  loop: (signal: AbortSignal) => Promise<void>,
  options: SuperviseOptions,
): Supervised {
  const { logger } = options;
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 30_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  const abort = new AbortController();
  let wake: (() => void) | undefined;

  const run = async (): Promise<void> => {
    let delay = initial;
    while (!abort.signal.aborted) {
      const started = Date.now();
      try {
        await loop(abort.signal);
        if (abort.signal.aborted) return;
        logger.warn({ loop: name }, 'background loop ended unexpectedly; restarting it');
      } catch (err) {
        if (abort.signal.aborted) return;
        logger.error(
          { loop: name, err: errorMessage(err) },
          'background loop failed; restarting it',
        );
      }
      restarts.inc({ loop: name });
      if (Date.now() - started >= healthyAfter) delay = initial;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      delay = Math.min(delay * 2, max);
    }
  };
  const done = run();
  return {
    name,
    stop: async () => {
      abort.abort();
      wake?.();
      await done;
    },
  };
}
