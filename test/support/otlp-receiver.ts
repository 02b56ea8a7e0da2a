import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpServer } from '@switchyard/testing';

export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  start: bigint;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}

function value(v: OtlpValue): unknown {
  return (
    v.stringValue ??
    (v.intValue !== undefined ? Number(v.intValue) : undefined) ??
    v.doubleValue ??
    v.boolValue
  );
}

/** An OTLP/HTTP trace receiver (JSON encoding, `POST /v1/traces`) that keeps every span. */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];

  private server?: LocalHttpServer;

  static async start(): Promise<OtlpReceiver> {
    const self = new OtlpReceiver();
    self.server = await LocalHttpServer.start((req, body, res) => self.handle(req, body, res));
    return self;
  }

  get endpoint(): string {
    return this.server?.url ?? '';
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  private handle(req: IncomingMessage, raw: string, res: ServerResponse): void {
    if (req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
      res.writeHead(415).end();
      return;
    }
    const body = JSON.parse(raw) as {
      resourceSpans?: Array<{
        resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
        scopeSpans?: Array<{
          spans?: Array<{
            traceId: string;
            spanId: string;
            parentSpanId?: string;
            name: string;
            startTimeUnixNano: string;
            attributes?: Array<{ key: string; value: OtlpValue }>;
          }>;
        }>;
      }>;
    };
    for (const rs of body.resourceSpans ?? []) {
      const name = value(
        rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value ?? {},
      );
      const service = typeof name === 'string' ? name : '?';
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          this.spans.push({
            service,
            traceId: s.traceId,
            spanId: s.spanId,
            parentSpanId: s.parentSpanId || undefined,
            name: s.name,
            start: BigInt(s.startTimeUnixNano),
            attributes: Object.fromEntries(
              (s.attributes ?? []).map((a) => [a.key, value(a.value)]),
            ),
          });
        }
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  }
}
