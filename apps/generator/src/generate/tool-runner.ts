import { Ajv, type ValidateFunction } from 'ajv';
import type { ToolDefinition } from '@switchyard/workflows';

export class ToolError extends Error {
  override readonly name = 'ToolError';
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new WeakMap<ToolDefinition, ValidateFunction>();

/** Validates a tool call's arguments against the tool's JSON Schema; returns the problems. */
export function argumentProblems(tool: ToolDefinition, args: unknown): string[] {
  let validate = validators.get(tool);
  if (!validate) {
    validate = ajv.compile(tool.parameters);
    validators.set(tool, validate);
  }
  if (validate(args)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/**
 * Who a tool call is for. Every call carries it as headers, so a tool service can scope its data
 * to the tenant and check which workflow (at its pinned version) asked.
 */
export interface ToolCallContext {
  tenant: string;
  taskId: string;
  workflowId: string;
  workflowVersion: number;
  /** Write actions: the approved proposal's key, so a repeated command has one effect. */
  idempotencyKey?: string;
}

/** Headers of every tool call (wire contract with tool services; docs/generation.md). */
export const TOOL_HEADERS = {
  tenant: 'x-switchyard-tenant',
  task: 'x-switchyard-task-id',
  workflow: 'x-switchyard-workflow',
  workflowVersion: 'x-switchyard-workflow-version',
  idempotencyKey: 'idempotency-key',
} as const;

export interface ToolRunnerOptions {
  /** Base URL that replaces `${TOOLS_URL}` in tool endpoints. */
  toolsUrl: string;
  /** A tenant's own tool service (its registry), instead of `toolsUrl`, by tenant. */
  toolsUrlByTenant?: Readonly<Record<string, string>>;
}

/**
 * Calls tools over HTTP (POST, JSON) on behalf of one tenant and one pinned workflow. The
 * endpoint's `${TOOLS_URL}` is the tenant's tool service when one is configured, else the shared
 * one.
 */
export class ToolRunner {
  private readonly options: ToolRunnerOptions;

  constructor(options: ToolRunnerOptions | string) {
    this.options = typeof options === 'string' ? { toolsUrl: options } : options;
  }

  /** The tool's URL for this tenant. */
  endpoint(tool: ToolDefinition, tenant: string): string {
    const base = Object.hasOwn(this.options.toolsUrlByTenant ?? {}, tenant)
      ? (this.options.toolsUrlByTenant?.[tenant] as string)
      : this.options.toolsUrl;
    return tool.endpoint.replace('${TOOLS_URL}', base.replace(/\/$/, ''));
  }

  async call(
    tool: ToolDefinition,
    args: Record<string, unknown>,
    context: ToolCallContext,
  ): Promise<Record<string, unknown>> {
    const url = this.endpoint(tool, context.tenant);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TOOL_HEADERS.tenant]: context.tenant,
          [TOOL_HEADERS.task]: context.taskId,
          [TOOL_HEADERS.workflow]: context.workflowId,
          [TOOL_HEADERS.workflowVersion]: String(context.workflowVersion),
          ...(context.idempotencyKey
            ? { [TOOL_HEADERS.idempotencyKey]: context.idempotencyKey }
            : {}),
        },
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(tool.timeoutMs),
      });
    } catch (err) {
      throw new ToolError(`tool ${tool.name} did not answer: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const text = await res.text();
    if (!res.ok)
      throw new ToolError(`tool ${tool.name} answered ${res.status}: ${text.slice(0, 200)}`);
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new ToolError(`tool ${tool.name} returned malformed JSON`);
    }
  }
}
