import type { CurrentStep, TaskRecord } from '@switchyard/task-store';
import type {
  ApprovalSettings,
  StepDefinition,
  WorkflowDefinition,
  WorkflowRegistry,
} from '@switchyard/workflows';

export interface SagaSettings {
  routeTimeoutMs: number;
  routeRetries: number;
  /** How long a person has for a task escalated outside an approval step (policy, failed repairs). */
  escalationDeadlineMs?: number;
}

const DAY_MS = 86_400_000;

/** What the task's pinned workflow says about its current step. Pure reads, no decisions. */
export class WorkflowQueries {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly settings: SagaSettings,
  ) {}

  /** The workflow the task is pinned to (id and version), if deployed. */
  workflowOf(task: TaskRecord): WorkflowDefinition | undefined {
    return task.workflow ? this.workflows.get(task.workflow.id, task.workflow.version) : undefined;
  }

  /** The latest version of a workflow, to pin a newly routed task to. */
  latest(id: string): WorkflowDefinition | undefined {
    return this.workflows.latest(id);
  }

  /** The definition of a workflow step (not of routing or an escalation). */
  definitionOf(
    task: TaskRecord,
    step: CurrentStep | undefined = task.step,
  ): StepDefinition | undefined {
    return step?.kind === 'workflow' ? this.workflowOf(task)?.steps[step.index] : undefined;
  }

  /** Index of the step the workflow is at: -1 while routing. */
  indexOf(step: CurrentStep | undefined): number {
    return step && step.kind !== 'route' ? step.index : -1;
  }

  retriesOf(task: TaskRecord): number {
    return this.definitionOf(task)?.retries ?? this.settings.routeRetries;
  }

  /** Deadline of one attempt of a step, by kind. */
  timeoutOf(task: TaskRecord, step: CurrentStep | undefined = task.step): number {
    if (step?.kind === 'escalation') return this.escalationDeadlineMs;
    const def = this.definitionOf(task, step);
    if (def?.stage === 'approval') return def.settings.deadlineMs;
    return def?.timeoutMs ?? this.settings.routeTimeoutMs;
  }

  get escalationDeadlineMs(): number {
    return this.settings.escalationDeadlineMs ?? DAY_MS;
  }

  get routeTimeoutMs(): number {
    return this.settings.routeTimeoutMs;
  }

  /** The nearest generate step before the current one (where a repair or revision regenerates). */
  previousGenerate(task: TaskRecord): number | undefined {
    const steps = this.workflowOf(task)?.steps ?? [];
    for (let i = this.indexOf(task.step) - 1; i >= 0; i--)
      if (steps[i]?.stage === 'generate') return i;
    return undefined;
  }

  /** The model tier generation runs on at `index` (the large tier once repairs did not help). */
  tierOf(task: TaskRecord, index: number): 'small' | 'large' {
    const def = this.workflowOf(task)?.steps[index];
    return task.largeTier ? 'large' : def?.stage === 'generate' ? def.settings.tier : 'small';
  }

  /** Whether an approval step's condition holds for the task, and why. */
  approvalNeeded(task: TaskRecord, settings: ApprovalSettings): { needed: boolean; why: string } {
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
}
