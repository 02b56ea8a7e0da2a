import {
  type Consumers,
  type Envelope,
  type PayloadOf,
  type Stage,
  Subjects,
} from '@switchyard/contracts';
import { type CurrentStep, type TaskRecord, isTerminal } from '@switchyard/task-store';
import type { WorkflowRegistry } from '@switchyard/workflows';
import { type Decision, Progress } from './progress.js';
import { coordinatorEntry, stepEntry } from './timeline.js';
import { climb } from './validation-ladder.js';
import { type SagaSettings, WorkflowQueries } from './workflow-queries.js';

export type { Decision } from './progress.js';
export type { Command, CommandSubject, Effect } from './commands.js';
export type { SagaSettings } from './workflow-queries.js';

/** Every subject the coordinator handles: events and timers. */
export type SagaSubject =
  | (typeof Consumers.coordinator.subjects)[number]
  | (typeof Consumers.coordinatorTimers.subjects)[number];

/** One event for the saga: its subject and validated envelope. */
export type SagaEvent = {
  [S in SagaSubject]: { subject: S; envelope: Envelope<PayloadOf<S>> };
}[SagaSubject];

type EventOf<S extends SagaSubject> = Extract<SagaEvent, { subject: S }>;

/** Results, failures and deadlines belong to one step (by step id). */
type StepEvent = Exclude<
  SagaEvent,
  {
    subject:
      | typeof Subjects.TaskSubmitted
      | typeof Subjects.SubmissionCheck
      | typeof Subjects.TaskCancelRequested;
  }
>;

const RESULT_STAGE: Partial<Record<SagaSubject, Stage>> = {
  [Subjects.RouteCompleted]: 'route',
  [Subjects.RetrieveCompleted]: 'retrieve',
  [Subjects.GenerateCompleted]: 'generate',
  [Subjects.ValidateCompleted]: 'validate',
  [Subjects.ApprovalDecided]: 'approval',
  [Subjects.ActionCompleted]: 'action',
};

const ignore = (why: string): Decision => ({ effects: [], ignored: why });

/**
 * The coordinator's decisions, as one pure function of (task, event, now): what the task becomes,
 * what goes on its timeline, and which commands follow. The consumer stores `next` with a
 * compare-and-set and then publishes `effects`.
 *
 * The guards run once, for every event, in this order:
 * 1. **already applied**: the task's current step was started by this very event, so the store
 *    happened but its effects may not have gone out (a crash or a failed publish after the
 *    compare-and-set): they are published again (same ids, so the broker drops copies);
 * 2. **ended**: nothing changes a task that has ended (a late action result is recorded, since
 *    money may have moved);
 * 3. **stale**: a result, failure or deadline of a step or attempt the task has left is ignored.
 */
export class Saga {
  private readonly queries: WorkflowQueries;
  private readonly progress: Progress;

  constructor(
    workflows: WorkflowRegistry,
    settings: SagaSettings,
    now: () => Date = () => new Date(),
  ) {
    this.queries = new WorkflowQueries(workflows, settings);
    this.progress = new Progress(this.queries, now);
  }

  decide(task: TaskRecord, event: SagaEvent): Decision {
    if (task.step?.causationId === event.envelope.id) {
      return {
        effects: this.progress.effectsOf(task),
        ignored: 'already applied; re-sent its step',
      };
    }
    if (isTerminal(task.status)) {
      if (event.subject === Subjects.ActionCompleted) return this.onLateAction(task, event);
      return ignore(`task already ${task.status}`);
    }
    switch (event.subject) {
      case Subjects.TaskSubmitted:
        return task.status === 'queued'
          ? this.onSubmitted(task, event.envelope.id)
          : ignore('task already started');
      case Subjects.SubmissionCheck:
        return task.status === 'queued'
          ? this.onSubmissionCheck(task, event)
          : ignore('task already started');
      case Subjects.TaskCancelRequested:
        return this.onCancel(task, event);
      default: {
        const stale = this.staleness(task, event);
        return stale ? ignore(stale) : this.onStepEvent(task, task.step as CurrentStep, event);
      }
    }
  }

  /** The effects of the task's current step, to publish again (ids unchanged, so deduplicated). */
  currentEffects(task: TaskRecord): Decision['effects'] {
    return isTerminal(task.status) ? [] : this.progress.effectsOf(task);
  }

  /** Why a step event no longer applies, or undefined when it is for the current step. */
  private staleness(task: TaskRecord, event: StepEvent): string | undefined {
    const step = task.step;
    const { stepId } = event.envelope.payload;
    const stage = RESULT_STAGE[event.subject];
    if (!step || step.stepId !== stepId || (stage && step.stage !== stage))
      return `stale or duplicate ${stage ?? event.subject} for step ${stepId}`;
    if (event.subject === Subjects.StageFailed) {
      if (event.envelope.payload.stage !== step.stage || event.envelope.attempt !== step.attempt)
        return `failure of attempt ${event.envelope.attempt} of step ${stepId}: it is at attempt ${step.attempt}`;
    }
    if (event.subject === Subjects.StepDeadline && event.envelope.payload.attempt !== step.attempt)
      return 'the step had already moved on';
    return undefined;
  }

  private onStepEvent(task: TaskRecord, step: CurrentStep, event: StepEvent): Decision {
    switch (event.subject) {
      case Subjects.RouteCompleted:
        return this.onRouted(task, event);
      case Subjects.RetrieveCompleted:
        return this.onRetrieved(task, event);
      case Subjects.GenerateCompleted:
        return this.onGenerated(task, event);
      case Subjects.ValidateCompleted:
        return this.onValidated(task, event);
      case Subjects.ApprovalDecided:
        return this.onApprovalDecided(task, event);
      case Subjects.ActionCompleted:
        return this.onActed(task, event);
      case Subjects.StageFailed:
        return this.onStageFailed(task, step, event);
      case Subjects.StepDeadline:
        return this.onDeadline(task, step, event);
    }
  }

  private onSubmitted(task: TaskRecord, causationId: string): Decision {
    const started = this.progress.note(
      task,
      coordinatorEntry(
        'started',
        task.requestedWorkflow
          ? `workflow '${task.requestedWorkflow}' requested; routing`
          : 'routing',
      ),
    );
    return this.progress.startStep(started, 'route', causationId);
  }

  /** The gateway's check: a task still queued when it is due lost its submitted event. */
  private onSubmissionCheck(
    task: TaskRecord,
    event: EventOf<typeof Subjects.SubmissionCheck>,
  ): Decision {
    const recovered = this.progress.note(
      task,
      coordinatorEntry(
        'recovered',
        `no submitted event by ${event.envelope.payload.due}; starting the task from its record`,
      ),
    );
    return this.onSubmitted(recovered, event.envelope.id);
  }

  private onCancel(
    task: TaskRecord,
    event: EventOf<typeof Subjects.TaskCancelRequested>,
  ): Decision {
    const { requestedBy, reason } = event.envelope.payload;
    return this.progress.end(
      task,
      'cancelled',
      coordinatorEntry('cancelled', `cancelled by ${requestedBy}${reason ? `: ${reason}` : ''}`),
    );
  }

  private onRouted(task: TaskRecord, event: EventOf<typeof Subjects.RouteCompleted>): Decision {
    const { route, confidence, source, reason } = event.envelope.payload;
    const routed = this.progress.note(
      { ...task, route: { workflow: route, confidence, source, reason } },
      stepEntry(
        task,
        'routed',
        `→ ${route} (${source}, confidence ${confidence.toFixed(2)}): ${reason}`,
      ),
    );
    const workflow = this.queries.latest(route);
    if (!workflow)
      return this.progress.fail(
        routed,
        'unknown_workflow',
        `route names workflow '${route}', which is not deployed`,
      );
    const pinned = { ...routed, workflow: { id: workflow.id, version: workflow.version } };
    return this.progress.startStep(pinned, 0, event.envelope.id);
  }

  private onRetrieved(
    task: TaskRecord,
    event: EventOf<typeof Subjects.RetrieveCompleted>,
  ): Decision {
    const def = this.queries.definitionOf(task);
    const { passages, bestScore, weak } = event.envelope.payload;
    const withPassages: TaskRecord = { ...task, passages };
    if (weak && def?.stage === 'retrieve' && def.settings.onWeak !== 'continue') {
      const why = `retrieval weak (best ${bestScore.toFixed(2)} < ${def.settings.minScore.toFixed(2)})`;
      if (def.settings.onWeak === 'escalate') {
        const noted = this.progress.note(
          withPassages,
          stepEntry(task, 'weak', `${why} → escalate to a person`),
        );
        return this.progress.escalate(noted, why, event.envelope.id);
      }
      const degraded = this.progress.note(
        { ...withPassages, degraded: true },
        stepEntry(task, 'weak', `${why} → degraded answer`),
      );
      return this.progress.advance(degraded, event.envelope.id);
    }
    const found = `retrieved ${passages.length} passages (best ${bestScore.toFixed(2)})`;
    return this.progress.advance(
      this.progress.note(withPassages, stepEntry(task, 'completed', found)),
      event.envelope.id,
    );
  }

  private onGenerated(
    task: TaskRecord,
    event: EventOf<typeof Subjects.GenerateCompleted>,
  ): Decision {
    const { output, usage, provider, model, proposedAction } = event.envelope.payload;
    const { attempts = [], toolCalls = [] } = event.envelope.payload;
    let next: TaskRecord = {
      ...task,
      output,
      proposedAction,
      usage: {
        promptTokens: task.usage.promptTokens + usage.promptTokens,
        completionTokens: task.usage.completionTokens + usage.completionTokens,
        costUsd: task.usage.costUsd + usage.costUsd,
      },
    };
    // The fallback chain and the tool calls, each with why, before the result itself.
    attempts.forEach((a, i) => {
      if (a.outcome === 'ok') return;
      const then = attempts[i + 1]
        ? `fallback ${attempts[i + 1]?.provider}/${attempts[i + 1]?.model}`
        : 'no fallback left';
      const why = `provider ${a.provider}/${a.model} ${a.outcome}${a.reason ? ` (${a.reason})` : ''} → ${then}`;
      next = this.progress.note(next, stepEntry(task, 'provider_failed', why));
    });
    for (const call of toolCalls) {
      const why = `tool ${call.tool} ${call.outcome}${call.reason ? `: ${call.reason}` : ''}`;
      next = this.progress.note(next, stepEntry(task, `tool_${call.outcome}`, why));
    }
    const standIn = provider === 'local' ? ' (heuristic stand-in, not an LLM)' : '';
    const cost = `${usage.promptTokens}+${usage.completionTokens} tokens, $${usage.costUsd.toFixed(6)}`;
    next = this.progress.note(
      next,
      stepEntry(task, 'completed', `generated by ${provider}/${model}${standIn} (${cost})`),
    );
    return this.progress.advance(next, event.envelope.id);
  }

  /** A failed verdict climbs the validation ladder (see `VALIDATION_LADDER`). */
  private onValidated(
    task: TaskRecord,
    event: EventOf<typeof Subjects.ValidateCompleted>,
  ): Decision {
    const { verdict } = event.envelope.payload;
    const causationId = event.envelope.id;
    const judged = { ...task, verdict };
    if (verdict.ok)
      return this.progress.advance(
        this.progress.note(judged, stepEntry(task, 'passed', 'all checks passed')),
        causationId,
      );
    const def = this.queries.definitionOf(task);
    const generateIndex = this.queries.previousGenerate(task);
    const failures = verdict.failures.map((f) => `${f.check}: ${f.message}`);
    const repairs = task.repairs ?? 0;
    const { step } = climb({
      checks: new Set(verdict.failures.map((f) => f.check)),
      summary: failures.join('; '),
      repairs,
      maxRepairs: def?.stage === 'validate' ? def.settings.maxRepairs : 0,
      canRegenerate: generateIndex !== undefined,
      largeTierLeft:
        generateIndex !== undefined &&
        !task.largeTier &&
        this.queries.tierOf(task, generateIndex) === 'small',
    });
    switch (step.kind) {
      case 'escalate':
        return this.progress.escalate(
          this.progress.note(judged, stepEntry(task, step.outcome, step.note)),
          step.why,
          causationId,
        );
      case 'repair':
        return this.progress.startStep(
          this.progress.note(
            { ...judged, repairs: repairs + 1 },
            stepEntry(task, 'failed', step.note),
          ),
          generateIndex as number,
          causationId,
          failures,
        );
      case 'large_tier':
        return this.progress.startStep(
          this.progress.note({ ...judged, largeTier: true }, stepEntry(task, 'failed', step.note)),
          generateIndex as number,
          causationId,
          failures,
        );
      case 'fail':
        return this.progress.fail(
          this.progress.note(judged, stepEntry(task, 'failed', step.note)),
          step.code,
          step.message,
        );
    }
  }

  private onApprovalDecided(
    task: TaskRecord,
    event: EventOf<typeof Subjects.ApprovalDecided>,
  ): Decision {
    const { decision, decidedBy, comment, output } = event.envelope.payload;
    const causationId = event.envelope.id;
    const why = `${decision} by ${decidedBy}${comment ? `: ${comment}` : ''}`;
    if (decision === 'approve')
      return this.progress.advance(
        this.progress.note(task, stepEntry(task, 'approved', why)),
        causationId,
      );
    if (decision === 'revise') {
      const def = this.queries.definitionOf(task);
      const generateIndex = this.queries.previousGenerate(task);
      if (
        def?.stage === 'approval' &&
        def.settings.onRevise === 'regenerate' &&
        generateIndex !== undefined &&
        comment
      ) {
        const noted = this.progress.note(
          task,
          stepEntry(task, 'revised', `${why} → regenerate with the reviewer's notes`),
        );
        return this.progress.startStep(noted, generateIndex, causationId, [`reviewer: ${comment}`]);
      }
      const { text, ...data } = output ?? {};
      const revised = {
        text: typeof text === 'string' ? text : task.output?.text,
        data: Object.keys(data).length > 0 ? data : task.output?.data,
        citations: task.output?.citations ?? [],
      };
      return this.progress.advance(
        this.progress.note(
          { ...task, output: revised },
          stepEntry(task, 'revised', `${why} → the reviewer's output is the task's output`),
        ),
        causationId,
      );
    }
    const timedOut = decision === 'timeout';
    return this.progress.end(
      task,
      'rejected',
      stepEntry(task, timedOut ? 'timed_out' : 'rejected', why),
      {
        code: timedOut ? 'approval_timeout' : 'approval_rejected',
        message: why,
      },
    );
  }

  /** An approved write action ran (once: the tool saw its idempotency key). */
  private onActed(task: TaskRecord, event: EventOf<typeof Subjects.ActionCompleted>): Decision {
    const { tool, result } = event.envelope.payload;
    const key = task.proposedAction?.idempotencyKey ?? '?';
    const next = this.progress.note(
      {
        ...task,
        output: {
          ...(task.output ?? { citations: [] }),
          data: { ...(task.output?.data ?? {}), actionResult: result },
        },
      },
      stepEntry(task, 'completed', `action ${tool} ran (idempotency key ${key})`),
    );
    return this.progress.advance(next, event.envelope.id);
  }

  /**
   * An action that finished after its task ended (a cancel raced it): the task keeps its status,
   * but the side effect is on its record.
   */
  private onLateAction(
    task: TaskRecord,
    event: EventOf<typeof Subjects.ActionCompleted>,
  ): Decision {
    const { stepId, tool, result } = event.envelope.payload;
    const marker = `(step ${stepId})`;
    const recorded = task.timeline.some(
      (e) => e.stage === 'action' && (e.outcome === 'completed' || e.outcome === 'late_action'),
    );
    if (recorded) return ignore(`task already ${task.status}; its action result is recorded`);
    const next = this.progress.note(
      {
        ...task,
        output: {
          ...(task.output ?? { citations: [] }),
          data: { ...(task.output?.data ?? {}), actionResult: result },
        },
      },
      {
        stage: 'action',
        outcome: 'late_action',
        reason: `action ${tool} ran after the task was ${task.status}; its result is recorded ${marker}`,
      },
    );
    return { next, effects: [] };
  }

  private onStageFailed(
    task: TaskRecord,
    step: CurrentStep,
    event: EventOf<typeof Subjects.StageFailed>,
  ): Decision {
    const { code, message, retryable } = event.envelope.payload;
    const limit = this.queries.retriesOf(task) + 1;
    if (retryable && step.attempt < limit) {
      const noted = this.progress.note(
        task,
        stepEntry(task, 'retry', `${code}: ${message} → attempt ${step.attempt + 1} of ${limit}`),
      );
      return this.progress.resend(noted, event.envelope.id);
    }
    return this.progress.fail(
      this.progress.note(task, stepEntry(task, 'failed', `${code}: ${message}`)),
      code,
      `step '${step.name}' (${step.stage}) failed: ${message}`,
    );
  }

  private onDeadline(
    task: TaskRecord,
    step: CurrentStep,
    event: EventOf<typeof Subjects.StepDeadline>,
  ): Decision {
    const causationId = event.envelope.id;
    const limit = this.queries.retriesOf(task) + 1;
    const timeoutMs = this.queries.timeoutOf(task);
    if (step.stage === 'approval') {
      const def = this.queries.definitionOf(task);
      const policy = def?.stage === 'approval' ? def.settings.timeoutPolicy : 'reject';
      if (policy === 'escalate' && step.attempt === 1) {
        const noted = this.progress.note(
          task,
          stepEntry(
            task,
            'escalated',
            `no decision within ${timeoutMs} ms → escalated to the admin role`,
          ),
        );
        return this.progress.resend(noted, causationId);
      }
      return this.progress.end(
        task,
        'rejected',
        stepEntry(
          task,
          'timed_out',
          `no decision within ${timeoutMs} ms → timeout policy '${policy}': rejected`,
        ),
        { code: 'approval_timeout', message: `no approval decision within ${timeoutMs} ms` },
      );
    }
    if (step.attempt < limit) {
      const noted = this.progress.note(
        task,
        stepEntry(
          task,
          'timeout',
          `no answer within ${timeoutMs} ms → re-sent (attempt ${step.attempt + 1} of ${limit})`,
        ),
      );
      return this.progress.resend(noted, causationId);
    }
    return this.progress.fail(
      this.progress.note(
        task,
        stepEntry(
          task,
          'timeout',
          `no answer within ${timeoutMs} ms after ${step.attempt} attempts`,
        ),
      ),
      'step_timeout',
      `step '${step.name}' (${step.stage}) did not answer within ${timeoutMs} ms after ${step.attempt} attempts`,
    );
  }
}
