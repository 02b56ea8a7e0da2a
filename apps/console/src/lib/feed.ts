import { type ApprovalChange, readEvents } from '../api/client.js';

type Listener = (change: ApprovalChange | 'ready') => void;

/**
 * One live connection to GET /v1/approvals/events for the whole console, shared by the screens.
 * `ready` (on every (re)connection) tells them to reload: notices are not stored by the server.
 * Reconnects after an error, backing off up to 10 s.
 */
export class ApprovalFeed {
  private readonly listeners = new Set<Listener>();
  private abort?: AbortController;
  connected = false;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.stop();
    const abort = new AbortController();
    this.abort = abort;
    this.run(abort.signal).catch(() => undefined);
  }

  /** Follows the stream until `signal` aborts, reconnecting with a growing pause. */
  private async run(signal: AbortSignal): Promise<void> {
    let wait = 500;
    while (!signal.aborted) {
      try {
        await readEvents(
          '/v1/approvals/events',
          (e) => {
            if (e.event === 'ready') {
              this.connected = true;
              wait = 500;
              this.emit('ready');
            } else if (e.event === 'approval') this.emit(e.data as ApprovalChange);
          },
          signal,
        );
      } catch {
        // reconnect below
      }
      this.connected = false;
      if (signal.aborted) return;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 10_000);
    }
  }

  stop(): void {
    this.abort?.abort();
    this.connected = false;
  }

  private emit(change: ApprovalChange | 'ready'): void {
    for (const l of this.listeners) l(change);
  }
}

export const feed = new ApprovalFeed();
