import type { TaskRecord } from '@switchyard/task-store';

/**
 * The tasks this coordinator wrote last, as it wrote them (a bounded LRU): an event for such a task
 * is decided without reading it first. Safe with other writers because a decision that writes is a
 * compare-and-set (a stale copy loses and is re-read), and a decision that would write nothing is
 * re-checked against a fresh read before it is acted on.
 */
export class TaskCache {
  private readonly tasks = new Map<string, TaskRecord>();

  constructor(private readonly capacity = 10_000) {}

  get(tenant: string, id: string): TaskRecord | undefined {
    return this.tasks.get(`${tenant}/${id}`);
  }

  /** Keeps a task that may see more events; forgets one that has ended. */
  remember(task: TaskRecord): void {
    const key = `${task.tenant}/${task.id}`;
    this.tasks.delete(key);
    if (
      task.status === 'completed' ||
      task.status === 'failed' ||
      task.status === 'rejected' ||
      task.status === 'cancelled'
    )
      return;
    this.tasks.set(key, task);
    if (this.tasks.size > this.capacity) {
      const oldest = this.tasks.keys().next().value as string;
      this.tasks.delete(oldest);
    }
  }

  forget(tenant: string, id: string): void {
    this.tasks.delete(`${tenant}/${id}`);
  }

  get size(): number {
    return this.tasks.size;
  }
}
