import { setMaxListeners } from 'node:events';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Subscription } from '@nats-io/nats-core';
import { taskChangesOf } from '@switchyard/contracts';
import { Messaging, counter, gauge } from '@switchyard/messaging';
import { LOGGER } from '@switchyard/platform';
import { TASK_STORE, type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';
import type { Logger } from 'pino';

type Listener = (task: TaskRecord) => void;

const rereads = counter({
  name: 'switchyard_gateway_task_rereads_total',
  help: 'Reads of a followed task (SSE, cancel confirmation), shared by all followers of the task',
});
const watched = gauge({
  name: 'switchyard_gateway_watched_tasks',
  help: 'Tasks this gateway follows right now (one watch per task, however many followers)',
});

interface Follower {
  listener: Listener;
  pollMs: number;
}

/**
 * One watched task, shared by every follower of it in this process (SSE connections, a cancel
 * waiting for its confirmation): one subscription to the coordinator's change notices and one
 * fallback poll, so N connections to one task cost one read per change, not N.
 */
class Watch {
  private readonly followers = new Set<Follower>();
  private readonly sub: Subscription;
  private timer?: NodeJS.Timeout;
  private timerMs = 0;
  private reading = false;
  private again = false;

  constructor(
    private latest: TaskRecord,
    messaging: Messaging,
    private readonly store: TaskStore,
    private readonly logger: Logger,
    private readonly onEmpty: () => void,
  ) {
    this.sub = messaging.client.nc.subscribe(taskChangesOf(latest.tenant, latest.id), {
      callback: () => this.refresh(),
    });
  }

  get version(): number {
    return this.latest.version;
  }

  add(follower: Follower, seen: TaskRecord): void {
    this.followers.add(follower);
    this.schedule();
    // a follower that joined with an older copy gets the newer one at once
    if (this.latest.version > seen.version) follower.listener(this.latest);
    else if (seen.version > this.latest.version) this.latest = seen;
  }

  remove(follower: Follower): void {
    this.followers.delete(follower);
    if (this.followers.size > 0) {
      this.schedule();
      return;
    }
    clearInterval(this.timer);
    this.sub.unsubscribe();
    this.onEmpty();
  }

  /** Reads the task once, however many notices or polls asked for it meanwhile. */
  refresh(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    rereads.inc();
    this.store
      .get(this.latest.tenant, this.latest.id)
      .then(
        (fresh) => {
          if (fresh && fresh.version > this.latest.version) {
            this.latest = fresh;
            for (const f of [...this.followers]) f.listener(fresh);
          }
        },
        (err: unknown) => this.logger.debug({ err, taskId: this.latest.id }, 'task re-read failed'),
      )
      .finally(() => {
        this.reading = false;
        if (this.again) {
          this.again = false;
          this.refresh();
        }
      });
  }

  /** The fallback poll runs at the shortest interval any follower asked for. */
  private schedule(): void {
    const ms = Math.min(...[...this.followers].map((f) => f.pollMs));
    if (ms === this.timerMs && this.timer) return;
    clearInterval(this.timer);
    this.timerMs = ms;
    this.timer = setInterval(() => this.refresh(), ms);
    this.timer.unref();
  }
}

/**
 * Follows tasks for this gateway: the coordinator's change notices (core NATS) trigger a re-read,
 * and a slow poll covers a missed notice. Followers of one task share its watch.
 */
@Injectable()
export class TaskWatcher implements OnApplicationShutdown {
  private readonly watches = new Map<string, Watch>();
  private readonly closing = new AbortController();

  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    // one listener per follower at a time, each removed when its follower ends: as many as there
    // are open streams, which is no leak (Node warns past ten by default)
    setMaxListeners(0, this.closing.signal);
  }

  /** How many tasks this process watches (for tests and metrics). */
  get watched(): number {
    return this.watches.size;
  }

  /**
   * Yields the task each time its version increases; ends after a terminal status, when `signal`
   * aborts, or when the gateway shuts down.
   */
  async *follow(task: TaskRecord, signal: AbortSignal, pollMs = 2_000): AsyncGenerator<TaskRecord> {
    if (isTerminal(task.status)) return;
    const queue: TaskRecord[] = [];
    let wake: (() => void) | undefined;
    const follower: Follower = {
      pollMs,
      listener: (t) => {
        queue.push(t);
        wake?.();
      },
    };
    const stop = (): void => wake?.();
    signal.addEventListener('abort', stop);
    this.closing.signal.addEventListener('abort', stop);
    const key = `${task.tenant}/${task.id}`;
    let watch = this.watches.get(key);
    if (!watch) {
      watch = new Watch(task, this.messaging, this.store, this.logger, () => {
        this.watches.delete(key);
        watched.set(this.watches.size);
      });
      this.watches.set(key, watch);
      watched.set(this.watches.size);
      watch.add(follower, task);
      watch.refresh(); // a change between the caller's read and the subscription is not missed
    } else {
      watch.add(follower, task);
    }
    let current = task;
    try {
      for (;;) {
        while (queue.length > 0) {
          const next = queue.shift() as TaskRecord;
          if (next.version <= current.version) continue;
          current = next;
          yield next;
          if (isTerminal(next.status)) return;
        }
        if (signal.aborted || this.closing.signal.aborted) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.closing.signal.removeEventListener('abort', stop);
      watch.remove(follower);
    }
  }

  onApplicationShutdown(): void {
    this.closing.abort();
  }
}
