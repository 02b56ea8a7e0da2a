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
 * Runs an approved write action. The tool gets the action's idempotency key, so a command
 * delivered twice (or re-sent after a deadline) has one effect.
 */
export class ActService {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly tools: ToolRunner,
  ) {}

  @StageHandler(Consumers.actor, { stage: 'action', result: Subjects.ActionCompleted })
  onActionRequested(msg: Command<typeof Subjects.ActionRequested>): Promise<ActResult> {
    return this.act(msg.envelope.taskId, msg.payload);
  }

  async act(_taskId: string, request: ActionRequestedV1): Promise<ActResult> {
    const { tool: name, arguments: args, idempotencyKey } = request.action;
    const tool = this.workflows
      .ids()
      .flatMap((id) => this.workflows.latest(id)?.tools ?? [])
      .find((t) => t.name === name && t.effect === 'write');
    if (!tool) throw new TerminalError(`write tool ${name} is not declared by any workflow`);
    const problems = argumentProblems(tool, args);
    if (problems.length > 0)
      throw new TerminalError(`invalid arguments for ${name}: ${problems.join('; ')}`);
    try {
      const result = await this.tools.call(tool, args, idempotencyKey);
      return { stepId: request.stepId, tool: name, result };
    } catch (err) {
      if (err instanceof ToolError)
        throw new RetryableError(err.message, undefined, { cause: err });
      throw err;
    }
  }
}
