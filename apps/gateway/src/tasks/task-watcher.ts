import { Inject, Injectable } from '@nestjs/common';
import { TASK_CHANGED_SUBJECT_PREFIX } from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { TASK_STORE, type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';

/**
 * Follows one task: the coordinator's change notifications (core NATS) trigger a re-read, and a
 * slow poll covers a missed notification. Yields the task each time its version changes, and
 * ends after a terminal status or when `signal` aborts.
 */
@Injectable()
export class TaskWatcher {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(TASK_STORE) private readonly store: TaskStore,
  ) {}

  async *follow(task: TaskRecord, signal: AbortSignal, pollMs = 2_000): AsyncGenerator<TaskRecord> {
    const sub = this.messaging.client.nc.subscribe(
      `${TASK_CHANGED_SUBJECT_PREFIX}.${task.tenant}.${task.id}`,
    );
    let wake: (() => void) | undefined;
    let dirty: boolean;
    const poke = (): void => {
      dirty = true;
      wake?.();
    };
    signal.addEventListener('abort', poke);
    void (async () => {
      for await (const _ of sub) poke();
    })();
    const timer = setInterval(poke, pollMs);
    try {
      let current = task;
      for (;;) {
        if (signal.aborted) return;
        dirty = false;
        const fresh = await this.store.get(task.tenant, task.id);
        if (fresh && fresh.version !== current.version) {
          current = fresh;
          yield fresh;
        }
        if (isTerminal(current.status) || signal.aborted) return;
        if (!dirty) await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      clearInterval(timer);
      signal.removeEventListener('abort', poke);
      sub.unsubscribe();
    }
  }
}
