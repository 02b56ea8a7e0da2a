import { type SseEvent, sseEvents } from './sse.js';

/**
 * Follows a Server-Sent Events stream that does not end by itself (e.g. the approval events):
 * collects events as they come until `close()`. `next(predicate)` waits for a matching event.
 */
export class EventStream {
  readonly events: SseEvent[] = [];
  private readonly abort = new AbortController();
  private readonly done: Promise<void>;
  private wake?: () => void;

  private constructor(res: Response) {
    this.done = this.read(res).catch(() => undefined);
  }

  static async open(url: string, headers: Record<string, string>): Promise<EventStream> {
    const abort = new AbortController();
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: abort.signal,
    });
    if (res.status !== 200 || !res.body)
      throw new Error(`SSE request failed: ${res.status} ${await res.text()}`);
    const stream = new EventStream(res);
    stream.abort.signal.addEventListener('abort', () => abort.abort());
    return stream;
  }

  /** Waits (up to `timeoutMs`) for an event that satisfies `predicate`, seen before or after. */
  async next(
    predicate: (e: SseEvent) => boolean,
    what: string,
    timeoutMs = 15_000,
  ): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no ${what} event within ${timeoutMs} ms; saw ${JSON.stringify(this.events)}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => (clearTimeout(timer), resolve());
      });
    }
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }

  private async read(res: Response): Promise<void> {
    for await (const event of sseEvents(res.body as unknown as AsyncIterable<Uint8Array>)) {
      this.events.push(event);
      this.wake?.();
    }
  }
}
