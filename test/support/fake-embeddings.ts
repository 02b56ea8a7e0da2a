import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpServer, sendJson } from '@switchyard/testing';

/** Words the fake model treats as meaning the same: what a real embedding model captures. */
const SYNONYMS: Record<string, string> = {
  reimbursement: 'refund',
  reimburse: 'refund',
  refunds: 'refund',
  refunded: 'refund',
  repayment: 'refund',
};

function hash(word: string): number {
  let h = 2166136261;
  for (const c of word) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 256;
}

/** A deterministic bag-of-words "embedding" with synonyms folded together. */
export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(256).fill(0);
  for (const raw of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (raw.length < 4) continue;
    const word = SYNONYMS[raw] ?? raw;
    v[hash(word)] = (v[hash(word)] ?? 0) + 1;
  }
  return v;
}

export interface EmbeddingsCall {
  model: string;
  input: string[];
  authorization?: string;
}

/**
 * A local HTTP server speaking the OpenAI embeddings API (`POST /v1/embeddings`). Inputs containing
 * `FAIL503` get a 503 and inputs containing `BADJSON` get malformed JSON, to exercise fault paths.
 */
export class FakeEmbeddingsServer {
  readonly calls: EmbeddingsCall[] = [];
  private server?: LocalHttpServer;

  static async start(): Promise<FakeEmbeddingsServer> {
    const self = new FakeEmbeddingsServer();
    self.server = await LocalHttpServer.start((req, body, res) => self.handle(req, body, res));
    return self;
  }

  get baseUrl(): string {
    return `${this.server?.url}/v1`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
      res.writeHead(404).end();
      return;
    }
    const { model, input } = JSON.parse(body) as { model: string; input: string[] };
    this.calls.push({ model, input, authorization: req.headers.authorization });
    if (input.some((t) => t.includes('FAIL503')))
      return sendJson(res, 503, { error: { message: 'overloaded' } });
    if (input.some((t) => t.includes('BADJSON'))) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
      return;
    }
    const data = input.map((text, index) => ({
      object: 'embedding',
      index,
      embedding: fakeEmbedding(text),
    }));
    sendJson(res, 200, { object: 'list', data, model });
  }
}
