import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { ActionRequestedV1 } from '@switchyard/contracts';
import { TerminalError } from '@switchyard/messaging';
import { WorkflowRegistry, loadWorkflows, type ToolDefinition } from '@switchyard/workflows';
import { ActService } from './act.service.js';
import type { ToolCallContext, ToolRunner } from './tool-runner.js';

const registry = new WorkflowRegistry(loadWorkflows(resolve('workflows')));

/** Records what would be sent to the tool service instead of sending it. */
class RecordingTools {
  readonly calls: Array<{ tool: string; args: Record<string, unknown>; context: ToolCallContext }> =
    [];

  call(tool: ToolDefinition, args: Record<string, unknown>, context: ToolCallContext) {
    this.calls.push({ tool: tool.name, args, context });
    return Promise.resolve({ status: 'refunded' });
  }
}

const action = (over: Partial<ActionRequestedV1> & { tool?: string; args?: object } = {}) =>
  ({
    stepId: 'task-1.5',
    action: {
      tool: over.tool ?? 'refund',
      arguments: over.args ?? { orderId: '104233' },
      idempotencyKey: 'task-1:refund:abc',
    },
    workflowId: 'workflowId' in over ? over.workflowId : 'sensitive',
    workflowVersion: 'workflowVersion' in over ? over.workflowVersion : 1,
  }) as ActionRequestedV1;

describe(ActService.name, () => {
  it('runs a write tool of the task’s own pinned workflow, for its tenant, with the proposal’s key', async () => {
    const tools = new RecordingTools();
    const sut = new ActService(registry, tools as unknown as ToolRunner);
    await expect(sut.act('task-1', 'acme', action())).resolves.toMatchObject({ tool: 'refund' });
    expect(tools.calls).toEqual([
      {
        tool: 'refund',
        args: { orderId: '104233' },
        context: {
          tenant: 'acme',
          taskId: 'task-1',
          workflowId: 'sensitive',
          workflowVersion: 1,
          idempotencyKey: 'task-1:refund:abc',
        },
      },
    ]);
  });

  it.each([
    [
      'another workflow’s write tool (operational declares no refund)',
      action({ workflowId: 'operational' }),
    ],
    ['a read tool named as the action', action({ tool: 'order_status' })],
    ['a tool no workflow declares', action({ tool: 'delete_customer' })],
    [
      'an action that names no workflow',
      action({ workflowId: undefined, workflowVersion: undefined }),
    ],
    ['a version that is not deployed', action({ workflowVersion: 7 })],
    ['arguments outside the tool’s schema', action({ args: { orderId: '104233', admin: true } })],
  ])('refuses %s without calling anything', async (_what, request) => {
    const tools = new RecordingTools();
    const sut = new ActService(registry, tools as unknown as ToolRunner);
    await expect(sut.act('task-1', 'acme', request)).rejects.toBeInstanceOf(TerminalError);
    expect(tools.calls).toEqual([]);
  });
});
