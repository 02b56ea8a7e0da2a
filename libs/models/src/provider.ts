import type { PassageV1 } from '@switchyard/contracts';
import type { ToolDefinition } from '@switchyard/workflows';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  toolCallId?: string;
  toolCalls?: ToolCall[];
}

export interface ToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

/** What a provider is asked: the assembled chat plus the structured context it came from. */
export interface ModelRequest {
  model: string;
  /** Template name (`answer`, `extract`, ...): the heuristic provider decides what to do by it. */
  template: string;
  messages: ChatMessage[];
  tools: ToolDefinition[];
  /** Answer with a JSON object. */
  json: boolean;
  question: string;
  passages: PassageV1[];
  feedback: string[];
  degraded: boolean;
  /** Results of tool calls made so far in this generation. */
  toolResults: Array<{ tool: string; result: unknown }>;
  signal: AbortSignal;
}

export interface ModelResponse {
  text?: string;
  data?: Record<string, unknown>;
  citations?: Array<{ documentId: string; version: number; chunk: number }>;
  toolCalls: ToolCall[];
  usage: { promptTokens: number; completionTokens: number };
}

export type FailureKind =
  | 'timeout'
  | 'http_429'
  | 'http_5xx'
  | 'http_4xx'
  | 'malformed'
  | 'network'
  | 'circuit_open'
  | 'error';

/** A provider call failed; `retryable` says whether trying again (or the next provider) may help. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface ModelProvider {
  readonly id: string;
  complete(request: ModelRequest): Promise<ModelResponse>;
}
