import { describe, expect, it } from '@jest/globals';
import {
  TASK_STATUSES,
  type CurrentStep,
  type TaskRecord,
  isTerminal,
} from '@switchyard/task-store';
import { IllegalTransitionError, TRANSITIONS, transition } from './transitions.js';

const step = (stage: CurrentStep['stage']): CurrentStep => ({
  kind: 'workflow',
  index: 0,
  name: 's',
  stage,
  stepId: 't.1',
  attempt: 1,
  deadline: '2026-01-01T00:00:00.000Z',
  causationId: 'e',
});

function task(status: TaskRecord['status']): TaskRecord {
  return {
    id: 't',
    tenant: 'demo',
    status,
    text: 'x',
    stepsStarted: 1,
    usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    timeline: [],
    createdAt: '',
    updatedAt: '',
    version: 1,
    ...(isTerminal(status)
      ? {}
      : { step: step(status === 'awaiting_approval' ? 'approval' : 'generate') }),
  };
}

describe('transition', () => {
  // Walks every (from, to) pair: exactly the table's pairs are allowed.
  it.each(TASK_STATUSES.flatMap((from) => TASK_STATUSES.map((to) => [from, to] as const)))(
    '%s → %s follows the table',
    (from, to) => {
      const target = isTerminal(to)
        ? undefined
        : step(to === 'awaiting_approval' ? 'approval' : 'retrieve');
      const attempt = () => transition(task(from), to, target);
      if (TRANSITIONS[from].includes(to))
        expect(attempt()).toMatchObject({ status: to, step: target });
      else expect(attempt).toThrow(IllegalTransitionError);
    },
  );

  it('refuses an ended task with a step, a running one without, and a status that does not fit the step', () => {
    expect(() => transition(task('running'), 'completed', step('generate'))).toThrow(
      'cannot wait on a step',
    );
    expect(() => transition(task('running'), 'running', undefined)).toThrow('needs a step');
    expect(() => transition(task('running'), 'awaiting_approval', step('generate'))).toThrow(
      'cannot wait on a generate step',
    );
    expect(() => transition(task('running'), 'running', step('approval'))).toThrow(
      'cannot wait on a approval step',
    );
  });
});
