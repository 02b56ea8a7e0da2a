import {
  type CurrentStep,
  type TaskRecord,
  type TaskStatus,
  isTerminal,
} from '@switchyard/task-store';

/**
 * Which status may follow which. `transition()` is the only writer of a task's `status` and
 * `step`, and it refuses anything not in this table; a test walks every pair.
 */
export const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  queued: ['running', 'cancelled'],
  running: ['running', 'awaiting_approval', 'completed', 'failed', 'cancelled'],
  awaiting_approval: [
    'running',
    'awaiting_approval',
    'completed',
    'failed',
    'rejected',
    'cancelled',
  ],
  completed: [],
  failed: [],
  rejected: [],
  cancelled: [],
};

/** A decision tried a status change the table does not allow: a bug, never retried. */
export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
}

/**
 * Moves the task to `to`, waiting on `step`. A task that has not ended waits on a step; a task that
 * has ended waits on none.
 */
export function transition(
  task: TaskRecord,
  to: TaskStatus,
  step: CurrentStep | undefined,
): TaskRecord {
  if (!TRANSITIONS[task.status].includes(to)) {
    throw new IllegalTransitionError(`task ${task.id}: ${task.status} → ${to} is not allowed`);
  }
  if (isTerminal(to) !== (step === undefined)) {
    throw new IllegalTransitionError(
      `task ${task.id}: status ${to} ${step ? 'cannot wait on a step' : 'needs a step to wait on'}`,
    );
  }
  if (step && (to === 'awaiting_approval') !== (step.stage === 'approval')) {
    throw new IllegalTransitionError(
      `task ${task.id}: status ${to} cannot wait on a ${step.stage} step`,
    );
  }
  return { ...task, status: to, step };
}
