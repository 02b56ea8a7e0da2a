import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (
  req: IncomingMessage,
  body: string,
  res: ServerResponse,
) => void | Promise<void>;

/** A real HTTP server on a free loopback port for a test's fake peer (model API, OTLP, ...). */
export class LocalHttpServer {
  private constructor(private readonly server: Server) {}

  static async start(handler: Handler): Promise<LocalHttpServer> {
    const server = createServer((req, res) => {
      const serve = async (): Promise<void> => {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        await handler(req, body, res);
      };
      serve().catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new LocalHttpServer(server);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}
