import type {
  ActionCompletedV1,
  ApprovalDecidedV1,
  Envelope,
  GenerateCompletedV1,
  PayloadInput,
  RetrieveCompletedV1,
  RouteCompletedV1,
  Stage,
  StageFailedV1,
  StepDeadlineV1,
  SubmissionCheckV1,
  TaskCancelRequestedV1,
  ValidateCompletedV1,
} from '@switchyard/contracts';
import { Subjects } from '@switchyard/contracts';
import {
  type CurrentStep,
  type TaskRecord,
  type TimelineEntry,
  isTerminal,
} from '@switchyard/task-store';
import type {
  ApprovalSettings,
  StepDefinition,
  WorkflowDefinition,
  WorkflowRegistry,
} from '@switchyard/workflows';

export type CommandSubject =
  | typeof Subjects.RouteRequested
  | typeof Subjects.RetrieveRequested
  | typeof Subjects.GenerateRequested
  | typeof Subjects.ValidateRequested
  | typeof Subjects.ApprovalRequested
  | typeof Subjects.ActionRequested;

/** A command with the payload its subject requires. */
export type Command = {
  [S in CommandSubject]: { subject: S; payload: PayloadInput<S> };
}[CommandSubject];

/** Something to publish once the decision is stored. Ids are deterministic: re-sending is safe. */
export type Effect =
  | (Command & { kind: 'command'; messageId: string; attempt: number })
  | { kind: 'timer'; payload: PayloadInput<typeof Subjects.StepDeadline>; messageId: string };

export interface Decision {
  /** The task to store (compare-and-set on its version); absent when nothing changes. */
  next?: TaskRecord;
  effects: Effect[];
  /** Why the event changed nothing (duplicate, stale, not due). */
  ignored?: string;
}

export interface SagaSettings {
  routeTimeoutMs: number;
  routeRetries: number;
  /** How long a person has for a task escalated outside an approval step (policy, failed repairs). */
  escalationDeadlineMs?: number;
}

const STAGE_OF: Record<StepDefinition['stage'], Stage> = {
  retrieve: 'retrieve',
  generate: 'generate',
  validate: 'validate',
  approval: 'approval',
  action: 'action',
};

/**
 * The coordinator's decisions, as pure functions of (task, event, now): which command comes next,
 * what the task becomes, and what goes on its timeline. The consumer stores the result with a
 * compare-and-set and then publishes the effects.
 */
export class Saga {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly settings: SagaSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  onSubmitted(task: TaskRecord, env: Envelope<unknown>): Decision {
    if (task.status !== 'queued') return this.alreadyApplied(task, env.id, 'task already started');
    const next = this.note(
      { ...task, status: 'running' },
      {
        stage: 'coordinator',
        outcome: 'started',
        reason: task.requestedWorkflow
          ? `workflow '${task.requestedWorkflow}' requested; routing`
          : 'routing',
      },
    );
    return this.startStep(next, -1, env.id);
  }

  /** The gateway's check: a task still queued when it is due lost its submitted event. */
  onSubmissionCheck(task: TaskRecord, env: Envelope<SubmissionCheckV1>): Decision {
    if (task.status !== 'queued') return { effects: [], ignored: 'task already started' };
    const recovered = this.note(task, {
      stage: 'coordinator',
      outcome: 'recovered',
      reason: `no submitted event by ${env.payload.due}; starting the task from its record`,
    });
    return this.onSubmitted(recovered, env);
  }

  onCancel(task: TaskRecord, env: Envelope<TaskCancelRequestedV1>): Decision {
    if (isTerminal(task.status)) return { effects: [], ignored: `task already ${task.status}` };
    const reason = env.payload.reason ? `: ${env.payload.reason}` : '';
    return {
      next: this.note(
        { ...task, status: 'cancelled', step: undefined },
        {
          stage: 'coordinator',
          outcome: 'cancelled',
          reason: `cancelled by ${env.payload.requestedBy}${reason}`,
        },
      ),
      effects: [],
    };
  }

  onRouted(task: TaskRecord, env: Envelope<RouteCompletedV1>): Decision {
    const stale = this.stale(task, env, 'route');
    if (stale) return stale;
    const { route, confidence, source, reason } = env.payload;
    const workflow = this.workflows.latest(route);
    const routed = this.note(
      { ...task, route: { workflow: route, confidence, source, reason } },
      {
        stage: 'route',
        step: 'route',
        attempt: task.step?.attempt,
        outcome: 'routed',
        reason: `→ ${route} (${source}, confidence ${confidence.toFixed(2)}): ${reason}`,
      },
    );
    if (!workflow)
      return this.fail(
        routed,
        'unknown_workflow',
        `route names workflow '${route}', which is not deployed`,
      );
    const pinned = { ...routed, workflow: { id: workflow.id, version: workflow.version } };
    return this.startStep(pinned, 0, env.id);
  }

  onRetrieved(task: TaskRecord, env: Envelope<RetrieveCompletedV1>): Decision {
    const stale = this.stale(task, env, 'retrieve');
    if (stale) return stale;
    const step = this.definition(task);
    const { passages, bestScore, weak } = env.payload;
    let next: TaskRecord = { ...task, passages };
    const found = `${passages.length} passages (best ${bestScore.toFixed(2)})`;
    if (weak && step?.stage === 'retrieve' && step.settings.onWeak !== 'continue') {
      const threshold = step.settings.minScore.toFixed(2);
      if (step.settings.onWeak === 'escalate') {
        next = this.note(
          next,
          this.entry(
            task,
            'weak',
            `retrieval weak (best ${bestScore.toFixed(2)} < ${threshold}) → escalate to a person`,
          ),
        );
        return this.fail(
          next,
          'retrieval_weak',
          `retrieval weak (best ${bestScore.toFixed(2)} < ${threshold}); escalation needs the approval gate`,
        );
      }
      next = this.note(
        { ...next, degraded: true },
        this.entry(
          task,
          'weak',
          `retrieval weak (best ${bestScore.toFixed(2)} < ${threshold}) → degraded answer`,
        ),
      );
    } else {
      next = this.note(next, this.entry(task, 'completed', `retrieved ${found}`));
    }
    return this.advance(next, env.id);
  }

  onGenerated(task: TaskRecord, env: Envelope<GenerateCompletedV1>): Decision {
    const stale = this.stale(task, env, 'generate');
    if (stale) return stale;
    const {
      output,
      usage,
      provider,
      model,
      proposedAction,
      attempts = [],
      toolCalls = [],
    } = env.payload;
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
      next = this.note(
        next,
        this.entry(
          task,
          'provider_failed',
          `provider ${a.provider}/${a.model} ${a.outcome}${a.reason ? ` (${a.reason})` : ''} → ${then}`,
        ),
      );
    });
    for (const call of toolCalls) {
      next = this.note(
        next,
        this.entry(
          task,
          `tool_${call.outcome}`,
          `tool ${call.tool} ${call.outcome}${call.reason ? `: ${call.reason}` : ''}`,
        ),
      );
    }
    next = this.note(
      next,
      this.entry(
        task,
        'completed',
        `generated by ${provider}/${model}${provider === 'local' ? ' (heuristic stand-in, not an LLM)' : ''} (${usage.promptTokens}+${usage.completionTokens} tokens, $${usage.costUsd.toFixed(6)})`,
      ),
    );
    return this.advance(next, env.id);
  }

  /**
   * A failed verdict: a policy violation blocks the output and sends it to a person; other
   * failures are repaired (regenerate with the failures fed back) up to the step's limit, then the
   * large tier gets one try, then a schema failure goes to a person and anything else fails.
   */
  onValidated(task: TaskRecord, env: Envelope<ValidateCompletedV1>): Decision {
    const stale = this.stale(task, env, 'validate');
    if (stale) return stale;
    const { verdict } = env.payload;
    if (verdict.ok) {
      return this.advance(
        this.note({ ...task, verdict }, this.entry(task, 'passed', 'all checks passed')),
        env.id,
      );
    }
    const failures = verdict.failures.map((f) => `${f.check}: ${f.message}`);
    const summary = failures.join('; ');
    const checks = new Set(verdict.failures.map((f) => f.check));
    if (checks.has('policy')) {
      const noted = this.note(
        { ...task, verdict },
        this.entry(
          task,
          'blocked',
          `policy violation (${summary}) → output blocked, sent to a person`,
        ),
      );
      return this.escalate(noted, `policy violation: ${summary}`, env.id);
    }
    const step = this.definition(task);
    const maxRepairs = step?.stage === 'validate' ? step.settings.maxRepairs : 0;
    const repairs = task.repairs ?? 0;
    const generateIndex = this.previousGenerate(task);
    if (generateIndex !== undefined && repairs < maxRepairs) {
      const next = this.note(
        { ...task, verdict, repairs: repairs + 1 },
        this.entry(
          task,
          'failed',
          `validation failed (${summary}) → repair attempt ${repairs + 1} of ${maxRepairs}`,
        ),
      );
      return this.startStep(next, generateIndex, env.id, failures);
    }
    if (
      generateIndex !== undefined &&
      !task.largeTier &&
      this.tierOf(task, generateIndex) === 'small'
    ) {
      const next = this.note(
        { ...task, verdict, largeTier: true },
        this.entry(
          task,
          'failed',
          `validation failed after ${repairs} repairs (${summary}) → the large tier`,
        ),
      );
      return this.startStep(next, generateIndex, env.id, failures);
    }
    if (checks.has('schema')) {
      const noted = this.note(
        { ...task, verdict },
        this.entry(
          task,
          'failed',
          `validation failed on the large tier too (${summary}) → a person`,
        ),
      );
      return this.escalate(
        noted,
        `the output does not satisfy the output contract: ${summary}`,
        env.id,
      );
    }
    return this.fail(
      this.note({ ...task, verdict }, this.entry(task, 'failed', `validation failed (${summary})`)),
      'validation_failed',
      `output failed validation after ${repairs} repairs: ${summary}`,
    );
  }

  onApprovalDecided(task: TaskRecord, env: Envelope<ApprovalDecidedV1>): Decision {
    const stale = this.stale(task, env, 'approval');
    if (stale) return stale;
    const { decision, decidedBy, comment, output } = env.payload;
    const why = `${decision} by ${decidedBy}${comment ? `: ${comment}` : ''}`;
    if (decision === 'approve')
      return this.advance(this.note(task, this.entry(task, 'approved', why)), env.id);
    if (decision === 'revise') {
      const def = this.definition(task);
      const generateIndex = this.previousGenerate(task);
      if (
        def?.stage === 'approval' &&
        def.settings.onRevise === 'regenerate' &&
        generateIndex !== undefined &&
        comment
      ) {
        const next = this.note(
          task,
          this.entry(task, 'revised', `${why} → regenerate with the reviewer's notes`),
        );
        return this.startStep(next, generateIndex, env.id, [`reviewer: ${comment}`]);
      }
      const { text, ...data } = output ?? {};
      const revised = {
        text: typeof text === 'string' ? text : task.output?.text,
        data: Object.keys(data).length > 0 ? data : task.output?.data,
        citations: task.output?.citations ?? [],
      };
      return this.advance(
        this.note(
          { ...task, output: revised },
          this.entry(task, 'revised', `${why} → the reviewer's output is the task's output`),
        ),
        env.id,
      );
    }
    const outcome = decision === 'timeout' ? 'timed_out' : 'rejected';
    const next = this.note(
      { ...task, status: 'rejected', step: undefined },
      this.entry(task, outcome, why),
    );
    return {
      next: {
        ...next,
        error: {
          code: outcome === 'timed_out' ? 'approval_timeout' : 'approval_rejected',
          message: why,
        },
      },
      effects: [],
    };
  }

  /** An approved write action ran (once: the tool saw its idempotency key). */
  onActed(task: TaskRecord, env: Envelope<ActionCompletedV1>): Decision {
    const stale = this.stale(task, env, 'action');
    if (stale) return stale;
    const next = this.note(
      {
        ...task,
        output: {
          ...(task.output ?? { citations: [] }),
          data: { ...(task.output?.data ?? {}), actionResult: env.payload.result },
        },
      },
      this.entry(
        task,
        'completed',
        `action ${env.payload.tool} ran (idempotency key ${task.proposedAction?.idempotencyKey ?? '?'})`,
      ),
    );
    return this.advance(next, env.id);
  }

  onStageFailed(task: TaskRecord, env: Envelope<StageFailedV1>): Decision {
    const stale = this.stale(task, env, env.payload.stage);
    if (stale) return stale;
    const { code, message, retryable } = env.payload;
    const step = task.step as CurrentStep;
    const limit = this.retriesOf(task) + 1;
    if (retryable && step.attempt < limit) {
      const next = this.note(
        task,
        this.entry(task, 'retry', `${code}: ${message} → attempt ${step.attempt + 1} of ${limit}`),
      );
      return this.resend(next, env.id);
    }
    return this.fail(
      this.note(task, this.entry(task, 'failed', `${code}: ${message}`)),
      code,
      `step '${step.name}' (${step.stage}) failed: ${message}`,
    );
  }

  onDeadline(task: TaskRecord, env: Envelope<StepDeadlineV1>): Decision {
    const step = task.step;
    if (
      isTerminal(task.status) ||
      !step ||
      step.stepId !== env.payload.stepId ||
      step.attempt !== env.payload.attempt
    ) {
      return { effects: [], ignored: 'the step had already moved on' };
    }
    const limit = this.retriesOf(task) + 1;
    const timeoutMs = this.timeoutOf(task);
    if (step.stage === 'approval') {
      const def = this.definition(task);
      const policy = def?.stage === 'approval' ? def.settings.timeoutPolicy : 'reject';
      if (policy === 'escalate' && step.attempt === 1) {
        const next = this.note(
          task,
          this.entry(
            task,
            'escalated',
            `no decision within ${timeoutMs} ms → escalated to the admin role`,
          ),
        );
        return this.resend(next, env.id);
      }
      const next = this.note(
        { ...task, status: 'rejected', step: undefined },
        this.entry(
          task,
          'timed_out',
          `no decision within ${timeoutMs} ms → timeout policy '${policy}': rejected`,
        ),
      );
      return {
        next: {
          ...next,
          error: {
            code: 'approval_timeout',
            message: `no approval decision within ${timeoutMs} ms`,
          },
        },
        effects: [],
      };
    }
    if (step.attempt < limit) {
      const next = this.note(
        task,
        this.entry(
          task,
          'timeout',
          `no answer within ${timeoutMs} ms → re-sent (attempt ${step.attempt + 1} of ${limit})`,
        ),
      );
      return this.resend(next, env.id);
    }
    return this.fail(
      this.note(
        task,
        this.entry(
          task,
          'timeout',
          `no answer within ${timeoutMs} ms after ${step.attempt} attempts`,
        ),
      ),
      'step_timeout',
      `step '${step.name}' (${step.stage}) did not answer within ${timeoutMs} ms after ${step.attempt} attempts`,
    );
  }

  /** The effects of the task's current step, to publish again (ids unchanged, so deduplicated). */
  currentEffects(task: TaskRecord): Effect[] {
    if (!task.step || isTerminal(task.status)) return [];
    return this.effectsFor(task, task.step);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private alreadyApplied(task: TaskRecord, eventId: string, why: string): Decision {
    // Redelivery of the event that started the current step: publishing may not have happened
    // before a crash, so publish the step's effects again (same ids: the broker drops copies).
    if (task.step?.causationId === eventId)
      return { effects: this.currentEffects(task), ignored: `${why}; re-sent its step` };
    return { effects: [], ignored: why };
  }

  private stale(
    task: TaskRecord,
    env: Envelope<{ stepId: string }>,
    stage: Stage,
  ): Decision | undefined {
    if (isTerminal(task.status))
      return { effects: [], ignored: `late ${stage} result: task already ${task.status}` };
    if (task.step?.stepId !== env.payload.stepId || task.step.stage !== stage) {
      return this.alreadyApplied(
        task,
        env.id,
        `stale or duplicate ${stage} result for step ${env.payload.stepId}`,
      );
    }
    return undefined;
  }

  private workflowOf(task: TaskRecord): WorkflowDefinition | undefined {
    return task.workflow ? this.workflows.get(task.workflow.id, task.workflow.version) : undefined;
  }

  private definition(task: TaskRecord): StepDefinition | undefined {
    const index = task.step?.index ?? -1;
    return index >= 0 ? this.workflowOf(task)?.steps[index] : undefined;
  }

  private retriesOf(task: TaskRecord): number {
    return this.definition(task)?.retries ?? this.settings.routeRetries;
  }

  private timeoutOf(task: TaskRecord): number {
    const def = this.definition(task);
    if (def?.stage === 'approval') return def.settings.deadlineMs;
    if (task.step?.stage === 'approval') return this.settings.escalationDeadlineMs ?? 86_400_000;
    return def?.timeoutMs ?? this.settings.routeTimeoutMs;
  }

  private previousGenerate(task: TaskRecord): number | undefined {
    const steps = this.workflowOf(task)?.steps ?? [];
    for (let i = (task.step?.index ?? 0) - 1; i >= 0; i--)
      if (steps[i]?.stage === 'generate') return i;
    return undefined;
  }

  private entry(
    task: TaskRecord,
    outcome: string,
    reason: string,
  ): Omit<TimelineEntry, 'seq' | 'time'> {
    return {
      stage: task.step?.stage ?? 'coordinator',
      step: task.step?.name,
      attempt: task.step?.attempt,
      outcome,
      reason,
    };
  }

  private note(task: TaskRecord, entry: Omit<TimelineEntry, 'seq' | 'time'>): TaskRecord {
    const time = this.now().toISOString();
    return {
      ...task,
      updatedAt: time,
      timeline: [...task.timeline, { seq: task.timeline.length + 1, time, ...entry }],
    };
  }

  private advance(task: TaskRecord, causationId: string): Decision {
    const workflow = this.workflowOf(task);
    if (!workflow)
      return this.fail(
        task,
        'unknown_workflow',
        `workflow ${task.workflow?.id ?? '?'} v${task.workflow?.version ?? '?'} is not deployed`,
      );
    let index = (task.step?.index ?? -1) + 1;
    let next = task;
    // An approval step whose condition does not hold is passed over, and the timeline says why.
    for (
      let def = workflow.steps[index];
      def?.stage === 'approval';
      def = workflow.steps[++index]
    ) {
      const needed = this.approvalNeeded(next, def.settings);
      if (needed.needed) break;
      next = this.note(next, {
        stage: 'approval',
        step: def.name,
        outcome: 'skipped',
        reason: `approval not needed: ${needed.why}`,
      });
    }
    if (index >= workflow.steps.length) {
      const done = this.note(
        { ...next, status: 'completed', step: undefined },
        {
          stage: 'coordinator',
          outcome: 'completed',
          reason: `workflow ${workflow.id} v${workflow.version} completed`,
        },
      );
      return { next: done, effects: [] };
    }
    return this.startStep(next, index, causationId);
  }

  /** Sends the task to a person outside a workflow approval step (a reviewer approves, revises or rejects). */
  private escalate(task: TaskRecord, why: string, causationId: string): Decision {
    const index = task.step?.index ?? 0;
    const step: CurrentStep = {
      index,
      name: 'escalation',
      stage: 'approval',
      stepId: `${task.id}.${task.stepsStarted + 1}`,
      attempt: 1,
      deadline: new Date(
        this.now().getTime() + (this.settings.escalationDeadlineMs ?? 86_400_000),
      ).toISOString(),
      causationId,
    };
    const next = this.note(
      {
        ...task,
        status: 'awaiting_approval',
        step,
        stepsStarted: task.stepsStarted + 1,
        escalation: why,
      },
      {
        stage: 'approval',
        step: 'escalation',
        attempt: 1,
        outcome: 'requested',
        reason: `sent to a person: ${why}`,
      },
    );
    return { next, effects: this.effectsFor(next, step) };
  }

  private tierOf(task: TaskRecord, index: number): 'small' | 'large' {
    const def = this.workflowOf(task)?.steps[index];
    return task.largeTier ? 'large' : def?.stage === 'generate' ? def.settings.tier : 'small';
  }

  private approvalNeeded(
    task: TaskRecord,
    settings: ApprovalSettings,
  ): { needed: boolean; why: string } {
    switch (settings.when) {
      case 'always':
        return { needed: true, why: 'always' };
      case 'low_confidence': {
        const confidence = Math.min(task.route?.confidence ?? 1, task.verdict?.confidence ?? 1);
        return {
          needed: confidence < settings.minConfidence,
          why: `confidence ${confidence.toFixed(2)} vs ${settings.minConfidence}`,
        };
      }
      case 'policy': {
        const failed = task.verdict?.failures.some((f) => f.check === 'policy') ?? false;
        return { needed: failed, why: failed ? 'a policy check failed' : 'no policy check failed' };
      }
      case 'write_action':
        return {
          needed: !!task.proposedAction,
          why: task.proposedAction
            ? `write action ${task.proposedAction.tool} proposed`
            : 'no write action proposed',
        };
    }
  }

  private startStep(
    task: TaskRecord,
    index: number,
    causationId: string,
    feedback?: string[],
  ): Decision {
    const workflow = this.workflowOf(task);
    if (index >= 0 && !workflow) {
      return this.fail(
        task,
        'unknown_workflow',
        `workflow ${task.workflow?.id ?? '?'} v${task.workflow?.version ?? '?'} is not deployed`,
      );
    }
    const def = index >= 0 ? workflow?.steps[index] : undefined;
    const stage: Stage = def ? STAGE_OF[def.stage] : 'route';
    const timeoutMs = def
      ? def.stage === 'approval'
        ? def.settings.deadlineMs
        : def.timeoutMs
      : this.settings.routeTimeoutMs;
    const step: CurrentStep = {
      index,
      name: def?.name ?? 'route',
      stage,
      stepId: `${task.id}.${task.stepsStarted + 1}`,
      attempt: 1,
      deadline: new Date(this.now().getTime() + timeoutMs).toISOString(),
      causationId,
    };
    const next = this.note(
      {
        ...task,
        status: stage === 'approval' ? 'awaiting_approval' : 'running',
        step,
        stepsStarted: task.stepsStarted + 1,
      },
      {
        stage,
        step: step.name,
        attempt: 1,
        outcome: 'requested',
        reason: feedback
          ? `regenerate with ${feedback.length} validation errors fed back`
          : `${stage} requested`,
      },
    );
    return { next, effects: this.effectsFor(next, step, feedback) };
  }

  private resend(task: TaskRecord, causationId: string): Decision {
    const step = task.step as CurrentStep;
    const timeoutMs = this.timeoutOf(task);
    const next: TaskRecord = {
      ...task,
      step: {
        ...step,
        attempt: step.attempt + 1,
        causationId,
        deadline: new Date(this.now().getTime() + timeoutMs).toISOString(),
      },
    };
    return { next, effects: this.effectsFor(next, next.step as CurrentStep) };
  }

  private fail(task: TaskRecord, code: string, message: string): Decision {
    const next = this.note(
      { ...task, status: 'failed', step: undefined, error: { code, message } },
      { stage: 'coordinator', outcome: 'failed', reason: message },
    );
    return { next, effects: [] };
  }

  private effectsFor(task: TaskRecord, step: CurrentStep, feedback?: string[]): Effect[] {
    const messageId = `${step.stepId}.a${step.attempt}`;
    const timer: Effect = {
      kind: 'timer',
      payload: { stepId: step.stepId, attempt: step.attempt, deadline: step.deadline },
      messageId: `${messageId}.deadline`,
    };
    const command = this.commandFor(task, step, feedback);
    return [{ kind: 'command', ...command, messageId, attempt: step.attempt }, timer];
  }

  private commandFor(task: TaskRecord, step: CurrentStep, feedback?: string[]): Command {
    const def = step.index >= 0 ? this.workflowOf(task)?.steps[step.index] : undefined;
    const workflow = task.workflow ?? { id: 'none', version: 1 };
    const passages = task.passages ?? [];
    if (step.stage === 'approval' && def?.stage !== 'approval') {
      // a person outside a workflow approval step (policy violation, output contract not met)
      return {
        subject: Subjects.ApprovalRequested,
        payload: {
          stepId: step.stepId,
          reason: task.escalation ?? 'escalated to a person',
          deadline: step.deadline,
          timeoutPolicy: 'reject',
          input: task.text,
          route: task.route?.workflow ?? workflow.id,
          draft: task.output,
          passages,
          verdict: task.verdict,
          proposedAction: task.proposedAction,
          requiredRole: 'approver',
        },
      };
    }
    switch (def?.stage) {
      case undefined:
        return {
          subject: Subjects.RouteRequested,
          payload: {
            stepId: step.stepId,
            text: task.text,
            requestedWorkflow: task.requestedWorkflow,
            context: task.context,
          },
        };
      case 'retrieve':
        return {
          subject: Subjects.RetrieveRequested,
          payload: {
            stepId: step.stepId,
            query: task.text,
            topK: def.settings.topK,
            minScore: def.settings.minScore,
          },
        };
      case 'generate':
        return {
          subject: Subjects.GenerateRequested,
          payload: {
            stepId: step.stepId,
            workflowId: workflow.id,
            workflowVersion: workflow.version,
            tier: task.largeTier ? 'large' : def.settings.tier,
            text: task.text,
            passages,
            feedback,
            mode: task.degraded ? 'degraded' : 'normal',
          },
        };
      case 'validate':
        return {
          subject: Subjects.ValidateRequested,
          payload: {
            stepId: step.stepId,
            workflowId: workflow.id,
            workflowVersion: workflow.version,
            output: task.output ?? { citations: [] },
            retrieved: passages.map((p) => ({
              documentId: p.documentId,
              version: p.version,
              chunk: p.chunk,
            })),
            checks: def.settings.checks,
          },
        };
      case 'action':
        return {
          subject: Subjects.ActionRequested,
          payload: {
            stepId: step.stepId,
            action: task.proposedAction ?? {
              tool: 'none',
              arguments: {},
              idempotencyKey: step.stepId,
            },
          },
        };
      case 'approval':
        return {
          subject: Subjects.ApprovalRequested,
          payload: {
            stepId: step.stepId,
            reason: `workflow ${workflow.id} requires approval (${def.settings.when})`,
            deadline: step.deadline,
            timeoutPolicy: def.settings.timeoutPolicy,
            input: task.text,
            route: task.route?.workflow ?? workflow.id,
            draft: task.output,
            passages,
            verdict: task.verdict,
            proposedAction: task.proposedAction,
            requiredRole: step.attempt > 1 ? 'admin' : 'approver',
          },
        };
    }
  }
}
