import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpServer, sendJson } from './local-http-server.js';

export interface ChatCall {
  model: string;
  user: string;
  tools: string[];
  fault?: string;
}

/**
 * A local HTTP server speaking the OpenAI chat completions API (`POST /v1/chat/completions`), with
 * scripted behaviour. A marker in the last user message picks it: `FAULT:503`, `FAULT:429`,
 * `FAULT:timeout` (answers after 3 s), `SLOW:<ms>` (answers normally after <ms>), `FAULT:malformed` (broken JSON), `CITE:<doc>` (answers citing
 * `[<doc>@1#0]`), `TOOL:<name>` (asks for that tool with `{"orderId": "104233"}`, then answers
 * with the tool's result once it has it), `CLASSIFY:<workflow>` (with JSON output asked for: a
 * routing classification). `down()` makes every call a 503 until `up()`.
 */
/** What a scripted model sees of one chat completion request. */
export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string | null }>;
  tools: string[];
  /** Every message's text, joined (system prompt, passages, question, tool results). */
  text: string;
}

/** A scripted answer: text, and tool calls the "model" asks for (arguments as given). */
export interface ScriptedReply {
  content?: string | null;
  toolCalls?: Array<{ name: string; arguments: string }>;
}

export class FakeOpenAiServer {
  readonly calls: ChatCall[] = [];
  /** The most requests it was answering at the same time. */
  maxInFlight = 0;
  private inFlight = 0;
  private failing = false;
  /**
   * When set, answers every request it returns a reply for (before the markers below): a test's
   * own model, e.g. one that obeys instructions injected into a passage.
   */
  script?: (request: ChatRequest) => ScriptedReply | undefined;

  private server?: LocalHttpServer;

  static async start(): Promise<FakeOpenAiServer> {
    const self = new FakeOpenAiServer();
    self.server = await LocalHttpServer.start(async (req, body, res) => {
      self.inFlight++;
      self.maxInFlight = Math.max(self.maxInFlight, self.inFlight);
      try {
        await self.handle(req, body, res);
      } finally {
        self.inFlight--;
      }
    });
    return self;
  }

  get baseUrl(): string {
    return `${this.server?.url}/v1`;
  }

  down(): void {
    this.failing = true;
  }

  up(): void {
    this.failing = false;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  private async handle(_req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    const body = JSON.parse(raw) as {
      model: string;
      messages: Array<{ role: string; content: string | null }>;
      tools?: Array<{ function: { name: string } }>;
      response_format?: { type: string };
    };
    const user = [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const fault = this.failing ? '503' : /FAULT:(\w+)/.exec(user)?.[1];
    this.calls.push({
      model: body.model,
      user,
      tools: (body.tools ?? []).map((t) => t.function.name),
      fault,
    });
    const json = (status: number, value: unknown): void => sendJson(res, status, value);
    const scripted = this.script?.({
      model: body.model,
      messages: body.messages,
      tools: (body.tools ?? []).map((t) => t.function.name),
      text: body.messages.map((m) => m.content ?? '').join('\n'),
    });
    if (scripted) {
      const calls = scripted.toolCalls ?? [];
      return json(200, {
        id: 'chatcmpl-scripted',
        object: 'chat.completion',
        model: body.model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: scripted.content ?? null,
              ...(calls.length > 0
                ? {
                    tool_calls: calls.map((c, i) => ({
                      id: `call_${i + 1}`,
                      type: 'function',
                      function: { name: c.name, arguments: c.arguments },
                    })),
                  }
                : {}),
            },
            finish_reason: calls.length > 0 ? 'tool_calls' : 'stop',
          },
        ],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      });
    }
    if (fault === '503') return json(503, { error: { message: 'The server is overloaded' } });
    if (fault === '429') return json(429, { error: { message: 'Rate limit reached' } });
    if (fault === 'malformed')
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"choices": [{"message": ');
    if (fault === 'timeout') await new Promise((resolve) => setTimeout(resolve, 3_000));
    const slow = Number(/SLOW:(\d+)/.exec(user)?.[1] ?? 0);
    if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow));
    const classify = /CLASSIFY:(\w+)/.exec(user)?.[1];
    if (body.response_format?.type === 'json_object' && classify) {
      const content = JSON.stringify({
        workflow: classify,
        confidence: 0.9,
        reason: `the request reads like ${classify}`,
      });
      return json(200, {
        id: 'chatcmpl-json',
        object: 'chat.completion',
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 },
      });
    }
    const tool = /TOOL:(\w+)/.exec(user)?.[1];
    const toolResult = body.messages.find((m) => m.role === 'tool')?.content;
    if (tool && !toolResult) {
      return json(200, {
        id: 'chatcmpl-tool',
        object: 'chat.completion',
        model: body.model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [
                {
                  id: 'call_1',
                  type: 'function',
                  function: { name: tool, arguments: '{"orderId":"104233"}' },
                },
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
        usage: { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 },
      });
    }
    const cite = /CITE:([\w-]+)/.exec(user)?.[1];
    const content = toolResult
      ? `The tool said: ${toolResult}`
      : cite
        ? `Refunds take five days [${cite}@1#0].`
        : `Answer from ${body.model}.`;
    if (res.destroyed) return;
    json(200, {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 120, completion_tokens: 8, total_tokens: 128 },
    });
  }
}
