import { createHash } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import {
  Consumers,
  type GenerateRequestedV1,
  type PayloadInput,
  type ProposedActionV1,
  Subjects,
  type ToolCallRecordV1,
} from '@switchyard/contracts';
import { type Command, RetryableError, StageHandler, TerminalError } from '@switchyard/messaging';
import type { WorkflowRegistry } from '@switchyard/workflows';
import {
  AllProvidersFailedError,
  type ChainLink,
  type ChatMessage,
  type ProviderChain,
  modelMetrics,
} from '@switchyard/models';
import { type PromptLibrary, assemblePrompt } from './prompts.js';
import { ToolError, type ToolRunner, argumentProblems } from './tool-runner.js';

const tracer = trace.getTracer('switchyard.generator');

export type GenerateResult = PayloadInput<typeof Subjects.GenerateCompleted>;

export interface Pricing {
  inputPer1k: number;
  outputPer1k: number;
}

export interface GenerateSettings {
  tiers: Record<'small' | 'large', ChainLink[]>;
  prices: Record<string, Pricing>;
  /** Rounds of read-tool calls before the model must answer. */
  maxToolRounds: number;
}

/**
 * One generation: the workflow's prompt template within its token budget, the tier's provider
 * chain (fallbacks, retries, circuit breakers), read tools from the workflow's allow-list only —
 * enforced here, never by the prompt — with validated arguments, and write tools turned into a
 * proposed action that waits for approval. Cost per call from the price table.
 */
export class GenerateService {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly prompts: PromptLibrary,
    private readonly chain: ProviderChain,
    private readonly tools: ToolRunner,
    private readonly settings: GenerateSettings,
  ) {}

  /** A generate command: the result goes back to the coordinator (the consumer keeps it alive). */
  @StageHandler(Consumers.generator, { stage: 'generate', result: Subjects.GenerateCompleted })
  onGenerateRequested(msg: Command<typeof Subjects.GenerateRequested>): Promise<GenerateResult> {
    return this.generate(msg.envelope.taskId, msg.payload, undefined, msg.envelope.tenant);
  }

  async generate(
    taskId: string,
    request: GenerateRequestedV1,
    signal: AbortSignal = new AbortController().signal,
    /** The task's tenant: every tool call carries it. */
    tenant = 'unknown',
  ): Promise<GenerateResult> {
    const workflow = this.workflows.get(request.workflowId, request.workflowVersion);
    if (!workflow)
      throw new TerminalError(
        `workflow ${request.workflowId} v${request.workflowVersion} is not deployed`,
      );
    const step = workflow.steps.find((s) => s.stage === 'generate');
    const settings =
      step?.stage === 'generate'
        ? step.settings
        : { prompt: 'answer@1', maxPromptTokens: 3_000, tier: request.tier };
    const template = this.prompts.get(settings.prompt);
    const prompt = assemblePrompt(
      template,
      {
        question: request.text,
        feedback: request.feedback ?? [],
        passages: request.passages,
        schema: workflow.output?.schema,
      },
      settings.maxPromptTokens,
    );
    const allowed = new Map(workflow.tools.map((t) => [t.name, t]));
    const messages: ChatMessage[] = [...prompt.messages];
    const toolResults: Array<{ tool: string; result: unknown }> = [];
    const toolCalls: ToolCallRecordV1[] = [];
    const attempts: GenerateResult['attempts'] = [];
    let usage = { promptTokens: 0, completionTokens: 0, costUsd: 0 };
    let proposedAction: ProposedActionV1 | undefined;

    for (let round = 0; ; round++) {
      let result;
      try {
        result = await this.chain.complete(this.settings.tiers[request.tier], {
          template: template.name,
          messages,
          tools: round < this.settings.maxToolRounds ? workflow.tools : [],
          json: !!workflow.output,
          question: request.text,
          passages: prompt.passages,
          feedback: request.feedback ?? [],
          degraded: request.mode === 'degraded',
          toolResults,
          signal,
        });
      } catch (err) {
        if (err instanceof AllProvidersFailedError) {
          attempts.push(...err.attempts);
          throw new RetryableError(`${err.message}`, undefined, { cause: err });
        }
        throw err;
      }
      attempts.push(...result.attempts);
      usage = this.add(usage, result.model, result.response.usage);
      const callCost = this.cost(result.model, result.response.usage);
      modelMetrics.tokens.inc(
        { provider: result.provider, model: result.model, kind: 'prompt' },
        result.response.usage.promptTokens,
      );
      modelMetrics.tokens.inc(
        { provider: result.provider, model: result.model, kind: 'completion' },
        result.response.usage.completionTokens,
      );
      modelMetrics.cost.inc({ provider: result.provider, model: result.model }, callCost);
      const calls = result.response.toolCalls;
      if (calls.length === 0 || round >= this.settings.maxToolRounds) {
        this.record(toolCalls);
        return {
          stepId: request.stepId,
          output: {
            text: result.response.text,
            data: result.response.data,
            citations: result.response.citations ?? this.citationsIn(result.response.text),
          },
          provider: result.provider,
          model: result.model,
          usage,
          proposedAction,
          attempts,
          toolCalls,
        };
      }
      messages.push({ role: 'assistant', content: result.response.text ?? '', toolCalls: calls });
      for (const call of calls) {
        const tool = allowed.get(call.name);
        const problems = tool ? argumentProblems(tool, call.arguments) : [];
        let content: string;
        if (!tool) {
          toolCalls.push({
            tool: call.name,
            outcome: 'refused',
            reason: `not in workflow ${workflow.id}'s allow-list`,
          });
          content = JSON.stringify({ error: `tool ${call.name} is not allowed` });
        } else if (problems.length > 0) {
          toolCalls.push({
            tool: call.name,
            outcome: 'refused',
            reason: `invalid arguments: ${problems.join('; ')}`,
          });
          content = JSON.stringify({ error: `invalid arguments: ${problems.join('; ')}` });
        } else if (tool.effect === 'write') {
          proposedAction = {
            tool: tool.name,
            arguments: call.arguments,
            idempotencyKey: this.idempotencyKey(taskId, tool.name, call.arguments),
          };
          toolCalls.push({
            tool: call.name,
            outcome: 'proposed',
            reason: 'write action: runs only after approval',
          });
          content = JSON.stringify({
            status: 'proposed',
            note: 'a person must approve this before it runs',
          });
        } else {
          const span = tracer.startSpan(`execute_tool ${tool.name}`, {
            kind: SpanKind.INTERNAL,
            attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool.name },
          });
          try {
            const result = await this.tools
              .call(tool, call.arguments, {
                tenant,
                taskId,
                workflowId: workflow.id,
                workflowVersion: workflow.version,
              })
              .finally(() => span.end());
            toolResults.push({ tool: tool.name, result });
            toolCalls.push({ tool: call.name, outcome: 'called' });
            content = JSON.stringify(result);
          } catch (err) {
            const reason = err instanceof ToolError ? err.message : String(err);
            toolCalls.push({ tool: call.name, outcome: 'failed', reason });
            content = JSON.stringify({ error: reason });
          }
        }
        messages.push({ role: 'tool', toolCallId: call.id, content });
      }
      if (proposedAction && toolResults.length === 0)
        toolResults.push({
          tool: proposedAction.tool,
          result: { status: 'proposed for approval' },
        });
    }
  }

  private record(calls: ToolCallRecordV1[]): void {
    for (const c of calls) modelMetrics.tools.inc({ tool: c.tool, outcome: c.outcome });
  }

  private add(
    usage: { promptTokens: number; completionTokens: number; costUsd: number },
    model: string,
    call: { promptTokens: number; completionTokens: number },
  ) {
    const price = this.settings.prices[model] ?? { inputPer1k: 0, outputPer1k: 0 };
    const cost =
      (call.promptTokens / 1000) * price.inputPer1k +
      (call.completionTokens / 1000) * price.outputPer1k;
    return {
      promptTokens: usage.promptTokens + call.promptTokens,
      completionTokens: usage.completionTokens + call.completionTokens,
      costUsd: Number((usage.costUsd + cost).toFixed(8)),
    };
  }

  private cost(model: string, call: { promptTokens: number; completionTokens: number }): number {
    const price = this.settings.prices[model] ?? { inputPer1k: 0, outputPer1k: 0 };
    return (
      (call.promptTokens / 1000) * price.inputPer1k +
      (call.completionTokens / 1000) * price.outputPer1k
    );
  }

  /** Citations written inline as [documentId@version#chunk], kept only if well-formed. */
  private citationsIn(text: string | undefined) {
    const out: Array<{ documentId: string; version: number; chunk: number }> = [];
    for (const m of (text ?? '').matchAll(/\[([A-Za-z0-9_-]+)@(\d+)#(\d+)\]/g)) {
      out.push({ documentId: m[1], version: Number(m[2]), chunk: Number(m[3]) });
    }
    return out;
  }

  private idempotencyKey(taskId: string, tool: string, args: Record<string, unknown>): string {
    return `${taskId}:${tool}:${createHash('sha256').update(JSON.stringify(args)).digest('hex').slice(0, 16)}`;
  }
}
