import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { ConsumerSpec } from '@switchyard/contracts';
import { errorMessage } from './errors.js';
import type { MessagingLogger } from './logger.js';
import { messagingMetrics } from './metrics.js';
import type { NatsClient } from './nats-client.js';

export interface PullLoopOptions {
  /** Messages handled at once by this process (the client also buffers at most this many). */
  concurrency: number;
  logger: MessagingLogger;
  /** Re-creates the stream and consumer (after a broker lost them, e.g. memory storage). */
  reprovision: () => Promise<void>;
  /** Repairs broker state (see `purgeAcknowledged`); returns how many messages it removed. */
  repair?: () => Promise<number>;
  /** How often the repair runs besides after each reconnect (default 60 s). */
  repairIntervalMs?: number;
  /** Pull request expiry; the server heartbeats at half of it, so a lost pull is noticed soon. */
  expiresMs?: number;
}

/** Counting semaphore: bounds the messages in flight. */
class Slots {
  private free: number;
  private readonly waiters: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * Runs a durable pull consumer for ever: consume, hand each message to `process` with bounded
 * concurrency, and start over when the library's iterator ends or fails (after a broker restart,
 * a deleted consumer, ...). nats.js re-pulls after a reconnect by itself; this loop is the
 * safety net for the cases where a pull consumer would otherwise stop silently.
 */
export class PullLoop {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopping = false;
  private consuming = false;
  private inFlight = 0;
  private idle?: () => void;
  private readonly wakers = new Set<() => void>();
  private readonly slots: Slots;

  constructor(
    private readonly client: NatsClient,
    readonly spec: ConsumerSpec,
    private readonly process: (m: JsMsg) => Promise<void>,
    private readonly options: PullLoopOptions,
  ) {
    this.slots = new Slots(options.concurrency);
  }

  private unsubscribe?: () => void;
  private repairing = false;

  get name(): string {
    return `${this.spec.stream}/${this.spec.durable}`;
  }

  /** True while a consume iterator is open on a connected client. */
  isRunning(): boolean {
    return this.consuming && this.client.isConnected();
  }

  /** Starts consuming; resolves once the first pull is open. */
  async start(): Promise<void> {
    if (this.loop) return;
    const unsubscribe = this.client.onConnectionChange((connected) => {
      if (connected) void this.repair();
    });
    const timer = setInterval(() => void this.repair(1), this.options.repairIntervalMs ?? 60_000);
    timer.unref();
    this.unsubscribe = () => {
      unsubscribe();
      clearInterval(timer);
    };
    const opened = new Promise<void>((resolve, reject) => {
      this.loop = this.run(resolve, reject);
    });
    await opened;
  }

  /** Stops pulling, then waits for the messages in flight to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    for (const wake of [...this.wakers]) wake();
    await this.messages?.close();
    await this.loop;
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
  }

  private async run(opened: () => void, failed: (err: unknown) => void): Promise<void> {
    let first = true;
    let delay = 250;
    while (!this.stopping) {
      try {
        const consumer = await this.client.js.consumers.get(this.spec.stream, this.spec.durable);
        const messages = await consumer.consume({
          max_messages: this.options.concurrency,
          expires: this.options.expiresMs ?? 10_000,
        });
        this.messages = messages;
        this.consuming = true;
        if (first) {
          first = false;
          opened();
        }
        delay = 250;
        void this.watch(messages);
        for await (const m of messages) {
          if (this.stopping) {
            m.nak(); // hand it straight to another replica instead of waiting for ack_wait
            continue;
          }
          await this.slots.acquire();
          this.dispatch(m);
        }
      } catch (err) {
        if (first && this.stopping) {
          failed(err);
          return;
        }
        this.options.logger.warn(
          { consumer: this.name, err: errorMessage(err) },
          'consumer stopped; restarting it',
        );
      } finally {
        this.consuming = false;
      }
      if (this.stopping) break;
      await this.pause(delay);
      delay = Math.min(delay * 2, 5_000);
      await this.options
        .reprovision()
        .catch((err: unknown) =>
          this.options.logger.warn(
            { consumer: this.name, err: errorMessage(err) },
            'cannot re-provision consumer yet',
          ),
        );
    }
    if (first) opened();
  }

  private dispatch(m: JsMsg): void {
    this.inFlight++;
    messagingMetrics.inFlight.inc({ consumer: this.spec.durable });
    this.process(m)
      .catch((err: unknown) =>
        this.options.logger.error(
          { consumer: this.name, seq: m.seq, err: errorMessage(err) },
          'message handling failed unexpectedly; it will be redelivered',
        ),
      )
      .finally(() => {
        this.inFlight--;
        messagingMetrics.inFlight.dec({ consumer: this.spec.durable });
        this.slots.release();
        if (this.inFlight === 0) this.idle?.();
      });
  }

  /** Reacts to the library's notifications: a vanished consumer is re-created, the rest logged. */
  private async watch(messages: ConsumerMessages): Promise<void> {
    for await (const s of messages.status()) {
      switch (s.type) {
        case 'consumer_not_found':
        case 'stream_not_found':
        case 'consumer_deleted':
          this.options.logger.warn({ consumer: this.name, status: s.type }, 'consumer missing');
          await this.options.reprovision().catch(() => undefined);
          break;
        case 'heartbeats_missed':
          this.options.logger.warn(
            { consumer: this.name, missed: s.count },
            'server heartbeats missed; the client re-pulls',
          );
          break;
        default:
          break;
      }
    }
  }

  /** Runs the repair, retrying while a restarted server is still recovering. */
  private async repair(attempts = 10): Promise<void> {
    const repair = this.options.repair;
    if (!repair || this.repairing) return;
    this.repairing = true;
    try {
      await this.tryRepair(repair, attempts);
    } finally {
      this.repairing = false;
    }
  }

  private async tryRepair(repair: () => Promise<number>, attempts: number): Promise<void> {
    for (let attempt = 1; attempt <= attempts && !this.stopping; attempt++) {
      try {
        const removed = await repair();
        if (removed > 0) {
          this.options.logger.warn(
            { consumer: this.name, removed },
            'removed acknowledged messages the broker kept after a restart',
          );
        }
        return;
      } catch (err) {
        if (attempt === attempts) {
          this.options.logger.warn(
            { consumer: this.name, err: errorMessage(err) },
            'repair after reconnect failed',
          );
        }
        await this.pause(250 * attempt);
      }
    }
  }

  /** A wait between restarts that `stop()` cuts short. */
  private async pause(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}
