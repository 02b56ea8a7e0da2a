import type { ModelProvider, ModelRequest, ModelResponse, ToolCall } from './provider.js';
import { ProviderError } from './provider.js';

export interface OpenAiProviderOptions {
  id: string;
  /** Base URL up to the API version, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
}

interface ChatCompletion {
  choices?: Array<{
    message?: {
      content?: string | null;
      tool_calls?: Array<{ id?: string; function?: { name?: string; arguments?: string } }>;
    };
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

/**
 * A provider speaking the OpenAI chat completions API — OpenAI itself, vLLM, Ollama, LiteLLM,
 * llama.cpp server. Tool calls use the `tools` / `tool_calls` protocol; JSON output uses
 * `response_format: { type: "json_object" }`. Failures are classified so the chain can decide.
 */
export class OpenAiProvider implements ModelProvider {
  constructor(private readonly options: OpenAiProviderOptions) {}

  get id(): string {
    return this.options.id;
  }

  async complete(request: ModelRequest): Promise<ModelResponse> {
    const body = {
      model: request.model,
      messages: request.messages.map((m) =>
        m.role === 'tool'
          ? { role: 'tool', tool_call_id: m.toolCallId, content: m.content }
          : m.toolCalls
            ? {
                role: m.role,
                content: m.content || null,
                tool_calls: m.toolCalls.map((c) => ({
                  id: c.id,
                  type: 'function',
                  function: { name: c.name, arguments: JSON.stringify(c.arguments) },
                })),
              }
            : { role: m.role, content: m.content },
      ),
      ...(request.tools.length > 0
        ? {
            tools: request.tools.map((t) => ({
              type: 'function',
              function: { name: t.name, description: t.description, parameters: t.parameters },
            })),
          }
        : {}),
      ...(request.json ? { response_format: { type: 'json_object' } } : {}),
    };
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.any([timeout, request.signal]),
      });
    } catch (err) {
      if (timeout.aborted)
        throw new ProviderError('timeout', `no answer within ${this.options.timeoutMs} ms`, true, {
          cause: err,
        });
      throw new ProviderError('network', (err as Error).message, true, { cause: err });
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      if (timeout.aborted)
        throw new ProviderError(
          'timeout',
          `no complete answer within ${this.options.timeoutMs} ms`,
          true,
          { cause: err },
        );
      throw new ProviderError('network', (err as Error).message, true, { cause: err });
    }
    if (res.status === 429) throw new ProviderError('http_429', `429 ${text.slice(0, 200)}`, true);
    if (res.status >= 500)
      throw new ProviderError('http_5xx', `${res.status} ${text.slice(0, 200)}`, true);
    if (!res.ok) throw new ProviderError('http_4xx', `${res.status} ${text.slice(0, 200)}`, false);
    let completion: ChatCompletion;
    try {
      completion = JSON.parse(text) as ChatCompletion;
    } catch {
      throw new ProviderError('malformed', 'the response is not valid JSON', true);
    }
    const message = completion.choices?.[0]?.message;
    if (!message)
      throw new ProviderError('malformed', 'the response has no choices[0].message', true);
    const toolCalls: ToolCall[] = [];
    for (const call of message.tool_calls ?? []) {
      let args: Record<string, unknown>;
      try {
        args = JSON.parse(call.function?.arguments ?? '{}') as Record<string, unknown>;
      } catch {
        throw new ProviderError(
          'malformed',
          `tool call ${call.function?.name ?? '?'} has arguments that are not JSON`,
          true,
        );
      }
      toolCalls.push({
        id: call.id ?? `call-${toolCalls.length}`,
        name: call.function?.name ?? '',
        arguments: args,
      });
    }
    const content = message.content ?? '';
    let data: Record<string, unknown> | undefined;
    if (request.json && toolCalls.length === 0) {
      try {
        data = JSON.parse(content) as Record<string, unknown>;
      } catch {
        throw new ProviderError(
          'malformed',
          'JSON output was asked for but the content is not JSON',
          true,
        );
      }
    }
    return {
      text: request.json ? undefined : content,
      data,
      toolCalls,
      usage: {
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
      },
    };
  }
}
