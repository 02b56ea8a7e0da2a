import type { TaskRecord } from '@switchyard/task-store';

/**
 * In-process deadline timers: one per task whose current step this coordinator started (or last
 * wrote), firing at the step's deadline. The common case — a step that finishes long before its
 * deadline — costs a `setTimeout` and a `clearTimeout`, no message and no read. When this process
 * dies its timers die with it: the sweep (`TaskStore.listDue`, run by every coordinator) finds the
 * overdue steps instead. Approval steps keep their deadline on the broker (`SY_TIMERS`): a person
 * may take a day, and a message outlives any process.
 */
export class DeadlineTimers {
  private readonly timers = new Map<
    string,
    { stepId: string; attempt: number; timer: NodeJS.Timeout }
  >();

  constructor(private readonly fire: (task: TaskRecord) => void) {}

  /** Arms the timer of the task's current step (replacing the previous one), or disarms it. */
  track(task: TaskRecord): void {
    const key = `${task.tenant}/${task.id}`;
    const step = task.step;
    const current = this.timers.get(key);
    if (current && step && current.stepId === step.stepId && current.attempt === step.attempt)
      return;
    if (current) clearTimeout(current.timer);
    this.timers.delete(key);
    if (!step || step.stage === 'approval' || task.status !== 'running') return;
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        this.fire(task);
      },
      Math.max(0, Date.parse(step.deadline) - Date.now()),
    );
    timer.unref();
    this.timers.set(key, { stepId: step.stepId, attempt: step.attempt, timer });
  }

  get armed(): number {
    return this.timers.size;
  }

  stop(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
