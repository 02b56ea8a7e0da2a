import {
  type ActionRequestedV1,
  Consumers,
  type PayloadInput,
  Subjects,
} from '@switchyard/contracts';
import { type Command, RetryableError, StageHandler, TerminalError } from '@switchyard/messaging';
import type { WorkflowRegistry } from '@switchyard/workflows';
import { ToolError, type ToolRunner, argumentProblems } from './tool-runner.js';

export type ActResult = PayloadInput<typeof Subjects.ActionCompleted>;

/**
 * Runs an approved write action, once, for the task's tenant: only a write tool that the task's
 * own pinned workflow declares, with arguments its schema accepts. The tool gets the action's
 * idempotency key, so a command delivered twice (or re-sent after a deadline) has one effect.
 */
export class ActService {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly tools: ToolRunner,
  ) {}

  @StageHandler(Consumers.actor, { stage: 'action', result: Subjects.ActionCompleted })
  onActionRequested(msg: Command<typeof Subjects.ActionRequested>): Promise<ActResult> {
    return this.act(msg.envelope.taskId, msg.envelope.tenant, msg.payload);
  }

  async act(taskId: string, tenant: string, request: ActionRequestedV1): Promise<ActResult> {
    const { tool: name, arguments: args, idempotencyKey } = request.action;
    const { workflowId, workflowVersion } = request;
    if (!workflowId || workflowVersion === undefined)
      throw new TerminalError(`write action ${name} refused: the command names no workflow`);
    const workflow = this.workflows.get(workflowId, workflowVersion);
    if (!workflow)
      throw new TerminalError(
        `write action ${name} refused: workflow ${workflowId} v${workflowVersion} is not deployed`,
      );
    // a write tool of another workflow (or a read tool named like one) is never run
    const tool = workflow.tools.find((t) => t.name === name && t.effect === 'write');
    if (!tool)
      throw new TerminalError(
        `write action ${name} refused: not a write tool of workflow ${workflowId} v${workflowVersion}`,
      );
    const problems = argumentProblems(tool, args);
    if (problems.length > 0)
      throw new TerminalError(`invalid arguments for ${name}: ${problems.join('; ')}`);
    try {
      const result = await this.tools.call(tool, args, {
        tenant,
        taskId,
        workflowId,
        workflowVersion,
        idempotencyKey,
      });
      return { stepId: request.stepId, tool: name, result };
    } catch (err) {
      if (err instanceof ToolError)
        throw new RetryableError(err.message, undefined, { cause: err });
      throw err;
    }
  }
}
