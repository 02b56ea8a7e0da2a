import { type PayloadInput, Subjects } from '@switchyard/contracts';
import type { CurrentStep, TaskRecord } from '@switchyard/task-store';
import type { ApprovalSettings } from '@switchyard/workflows';
import type { WorkflowQueries } from './workflow-queries.js';

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

/**
 * The effects of a step's current attempt: its command, and for a step that waits on a person its
 * deadline timer (other steps' deadlines are the coordinator's in-process timers, with a sweep of
 * the store behind them). A function of the stored task only, with ids derived from the step id and
 * attempt, so publishing them again (after a crash between the store and the publish) sends the
 * same messages, which the broker drops.
 */
export function effectsFor(
  task: TaskRecord,
  step: CurrentStep,
  queries: WorkflowQueries,
): Effect[] {
  const messageId = `${step.stepId}.a${step.attempt}`;
  const command: Effect = {
    kind: 'command',
    ...commandFor(task, step, queries),
    messageId,
    attempt: step.attempt,
  };
  if (step.stage !== 'approval') return [command];
  return [
    command,
    {
      kind: 'timer',
      payload: { stepId: step.stepId, attempt: step.attempt, deadline: step.deadline },
      messageId: `${messageId}.deadline`,
    },
  ];
}

/** What a person is asked: the one builder for workflow approval steps and escalations. */
function approvalRequest(
  task: TaskRecord,
  step: CurrentStep,
  workflowId: string,
  settings?: ApprovalSettings,
): Command {
  return {
    subject: Subjects.ApprovalRequested,
    payload: {
      stepId: step.stepId,
      reason: settings
        ? `workflow ${workflowId} requires approval (${settings.when})`
        : (task.escalation ?? 'escalated to a person'),
      deadline: step.deadline,
      timeoutPolicy: settings?.timeoutPolicy ?? 'reject',
      input: task.text,
      route: task.route?.workflow ?? workflowId,
      draft: task.output,
      passages: task.passages ?? [],
      verdict: task.verdict,
      proposedAction: task.proposedAction,
      // an escalated approval (its second attempt after the deadline) needs an admin
      requiredRole: settings && step.attempt > 1 ? 'admin' : 'approver',
    },
  };
}

function commandFor(task: TaskRecord, step: CurrentStep, queries: WorkflowQueries): Command {
  const workflow = task.workflow ?? { id: 'none', version: 1 };
  const passages = task.passages ?? [];
  if (step.kind === 'route') {
    return {
      subject: Subjects.RouteRequested,
      payload: {
        stepId: step.stepId,
        text: task.text,
        requestedWorkflow: task.requestedWorkflow,
        context: task.context,
      },
    };
  }
  if (step.kind === 'escalation') return approvalRequest(task, step, workflow.id);
  const def = queries.definitionOf(task, step);
  switch (def?.stage) {
    case undefined:
      throw new Error(`task ${task.id}: step ${step.index} of ${workflow.id} is not deployed`);
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
          feedback: step.feedback,
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
      if (!task.proposedAction)
        throw new Error(`task ${task.id}: action step started without a proposed action`);
      return {
        subject: Subjects.ActionRequested,
        payload: {
          stepId: step.stepId,
          action: task.proposedAction,
          // the action runner runs only a write tool of this pinned workflow
          workflowId: workflow.id,
          workflowVersion: workflow.version,
        },
      };
    case 'approval':
      return approvalRequest(task, step, workflow.id, def.settings);
  }
}
