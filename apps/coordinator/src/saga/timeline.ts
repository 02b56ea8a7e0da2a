import type { TaskRecord, TimelineEntry } from '@switchyard/task-store';

/** A timeline entry before it is numbered and timed. */
export type Entry = Omit<TimelineEntry, 'seq' | 'time'>;

/** Appends one decision to the task's timeline (numbered, timed) and touches `updatedAt`. */
export function note(task: TaskRecord, entry: Entry, now: Date): TaskRecord {
  const time = now.toISOString();
  return {
    ...task,
    updatedAt: time,
    timeline: [...task.timeline, { seq: task.timeline.length + 1, time, ...entry }],
  };
}

/** An entry about the task's current step (its stage, name and attempt). */
export function stepEntry(task: TaskRecord, outcome: string, reason: string): Entry {
  return {
    stage: task.step?.stage ?? 'coordinator',
    step: task.step?.name,
    attempt: task.step?.attempt,
    outcome,
    reason,
  };
}

/** An entry of the coordinator itself (start, end, recovery). */
export function coordinatorEntry(outcome: string, reason: string): Entry {
  return { stage: 'coordinator', outcome, reason };
}
