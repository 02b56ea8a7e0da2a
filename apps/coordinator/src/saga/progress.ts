import type { Stage } from '@switchyard/contracts';
import type { CurrentStep, TaskRecord } from '@switchyard/task-store';
import { type Effect, effectsFor } from './commands.js';
import { type Entry, coordinatorEntry, note } from './timeline.js';
import { transition } from './transitions.js';
import type { WorkflowQueries } from './workflow-queries.js';

/** What one event does to a task: the write (a compare-and-set) and what to publish after it. */
export interface Decision {
  /** The task to store (compare-and-set on its version); absent when nothing changes. */
  next?: TaskRecord;
  effects: Effect[];
  /** Why the event changed nothing (duplicate, stale, not due). */
  ignored?: string;
}

/**
 * How a task moves: start a step, re-send it, go on to the next one, send it to a person, end it.
 * Every change of `status` and `step` goes through `transition()` from here.
 */
export class Progress {
  constructor(
    private readonly queries: WorkflowQueries,
    private readonly now: () => Date,
  ) {}

  /** The effects of the task's current step, to publish again (ids unchanged: deduplicated). */
  effectsOf(task: TaskRecord): Effect[] {
    return task.step ? effectsFor(task, task.step, this.queries) : [];
  }

  /** Starts routing (`'route'`) or the workflow step at `index`, attempt 1. */
  startStep(
    task: TaskRecord,
    at: 'route' | number,
    causationId: string,
    feedback?: string[],
  ): Decision {
    const workflow = this.queries.workflowOf(task);
    if (at !== 'route' && !workflow) return this.notDeployed(task);
    const def = at === 'route' ? undefined : workflow?.steps[at];
    const stage: Stage = def?.stage ?? 'route';
    const base = {
      name: def?.name ?? 'route',
      stage,
      stepId: `${task.id}.${task.stepsStarted + 1}`,
      attempt: 1,
      deadline: '',
      causationId,
      ...(feedback ? { feedback } : {}),
    };
    const draft: CurrentStep =
      at === 'route' ? { ...base, kind: 'route' } : { ...base, kind: 'workflow', index: at };
    const step = { ...draft, deadline: this.deadline(task, draft) };
    const moved = transition(
      { ...task, stepsStarted: task.stepsStarted + 1 },
      step.stage === 'approval' ? 'awaiting_approval' : 'running',
      step,
    );
    const next = this.note(moved, {
      stage: step.stage,
      step: step.name,
      attempt: 1,
      outcome: 'requested',
      reason: feedback
        ? `regenerate with ${feedback.length} validation errors fed back`
        : `${step.stage} requested`,
    });
    return { next, effects: effectsFor(next, step, this.queries) };
  }

  /** The current step's next attempt (same step id, new deadline). */
  resend(task: TaskRecord, causationId: string): Decision {
    const step = task.step as CurrentStep;
    const again = { ...step, attempt: step.attempt + 1, causationId };
    const next = transition(task, task.status, { ...again, deadline: this.deadline(task, again) });
    return { next, effects: effectsFor(next, next.step as CurrentStep, this.queries) };
  }

  /**
   * Goes on after the current step: approval steps whose condition does not hold and action steps
   * with no proposed action are passed over (the timeline says why); after the last step the task
   * completes.
   */
  advance(task: TaskRecord, causationId: string): Decision {
    const workflow = this.queries.workflowOf(task);
    if (!workflow) return this.notDeployed(task);
    let index = this.queries.indexOf(task.step) + 1;
    let next = task;
    for (let def = workflow.steps[index]; def; def = workflow.steps[++index]) {
      let skip: string | undefined;
      if (def.stage === 'approval') {
        const needed = this.queries.approvalNeeded(next, def.settings);
        if (!needed.needed) skip = `approval not needed: ${needed.why}`;
      } else if (def.stage === 'action' && !next.proposedAction) {
        skip = 'no action was proposed';
      }
      if (!skip) break;
      next = this.note(next, {
        stage: def.stage,
        step: def.name,
        outcome: 'skipped',
        reason: skip,
      });
    }
    if (index >= workflow.steps.length) {
      const done = transition(next, 'completed', undefined);
      return {
        next: this.note(
          done,
          coordinatorEntry('completed', `workflow ${workflow.id} v${workflow.version} completed`),
        ),
        effects: [],
      };
    }
    return this.startStep(next, index, causationId);
  }

  /** Sends the task to a person outside a workflow approval step; it continues after this step. */
  escalate(task: TaskRecord, why: string, causationId: string): Decision {
    const draft: CurrentStep = {
      kind: 'escalation',
      index: this.queries.indexOf(task.step),
      name: 'escalation',
      stage: 'approval',
      stepId: `${task.id}.${task.stepsStarted + 1}`,
      attempt: 1,
      deadline: '',
      causationId,
    };
    const step = { ...draft, deadline: this.deadline(task, draft) };
    const moved = transition(
      { ...task, stepsStarted: task.stepsStarted + 1, escalation: why },
      'awaiting_approval',
      step,
    );
    const next = this.note(moved, {
      stage: 'approval',
      step: 'escalation',
      attempt: 1,
      outcome: 'requested',
      reason: `sent to a person: ${why}`,
    });
    return { next, effects: effectsFor(next, step, this.queries) };
  }

  /** Ends the task as failed, with the error code and message on it. */
  fail(task: TaskRecord, code: string, message: string): Decision {
    const next = transition({ ...task, error: { code, message } }, 'failed', undefined);
    return { next: this.note(next, coordinatorEntry('failed', message)), effects: [] };
  }

  /** Ends the task as rejected or cancelled, recording `entry` (and the error, if any). */
  end(
    task: TaskRecord,
    status: 'rejected' | 'cancelled',
    entry: Entry,
    error?: { code: string; message: string },
  ): Decision {
    // the entry describes the step the task leaves, so it is written before the step goes
    const noted = this.note(task, entry);
    return {
      next: transition({ ...noted, ...(error ? { error } : {}) }, status, undefined),
      effects: [],
    };
  }

  note(task: TaskRecord, entry: Entry): TaskRecord {
    return note(task, entry, this.now());
  }

  private deadline(task: TaskRecord, step: CurrentStep): string {
    return new Date(this.now().getTime() + this.queries.timeoutOf(task, step)).toISOString();
  }

  private notDeployed(task: TaskRecord): Decision {
    return this.fail(
      task,
      'unknown_workflow',
      `workflow ${task.workflow?.id ?? '?'} v${task.workflow?.version ?? '?'} is not deployed`,
    );
  }
}
