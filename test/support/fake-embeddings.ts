import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeEmbeddingsServer> {
    const server = createServer();
    const self = new FakeEmbeddingsServer(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void self.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return self;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
      res.writeHead(404).end();
      return;
    }
    const { model, input } = JSON.parse(body) as { model: string; input: string[] };
    this.calls.push({ model, input, authorization: req.headers.authorization });
    if (input.some((t) => t.includes('FAIL503'))) {
      res
        .writeHead(503, { 'content-type': 'application/json' })
        .end('{"error":{"message":"overloaded"}}');
      return;
    }
    if (input.some((t) => t.includes('BADJSON'))) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
      return;
    }
    const data = input.map((text, index) => ({
      object: 'embedding',
      index,
      embedding: fakeEmbedding(text),
    }));
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ object: 'list', data, model }));
  }
}
