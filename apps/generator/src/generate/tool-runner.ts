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

/** Calls tools over HTTP (POST, JSON). The endpoint's `${TOOLS_URL}` is the configured base. */
export class ToolRunner {
  constructor(private readonly toolsUrl: string) {}

  async call(
    tool: ToolDefinition,
    args: Record<string, unknown>,
    idempotencyKey?: string,
  ): Promise<Record<string, unknown>> {
    const url = tool.endpoint.replace('${TOOLS_URL}', this.toolsUrl.replace(/\/$/, ''));
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
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
