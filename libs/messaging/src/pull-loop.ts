import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { ConsumerSpec } from '@switchyard/contracts';
import { errorMessage } from './errors.js';
import type { MessagingLogger } from './logger.js';
import { messagingMetrics } from './metrics.js';
import type { NatsClient } from './nats-client.js';

export interface PullLoopOptions {
  /** Messages handled at once by this process; the loop never holds more than this many. */
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

/** A message held because a dependency is unavailable: it waits, then its handler runs again. */
export interface Hold {
  /** Waits before the next try (growing, cut short when the dependency is back); false on stop. */
  wait(): Promise<boolean>;
  /** The message is done with: `recovered` when its last try reached the dependency. */
  release(recovered: boolean): void;
}

/** What a message processor may ask of the loop that delivered the message. */
export interface DeliveryControl {
  /** Holds the message while a dependency is unavailable; the consumer stops pulling meanwhile. */
  hold(reason: string): Hold;
}

export type MessageProcessor = (m: JsMsg, control: DeliveryControl) => Promise<void>;

const HOLD_FIRST_MS = 250;
const HOLD_MAX_MS = 5_000;

/**
 * Runs a durable pull consumer for ever, with three guarantees:
 *
 * - **No message without a slot.** Pull requests ask only for free slots (`concurrency` minus the
 *   messages in flight minus those already asked for), so the client never buffers a message that
 *   no handler can take; a buffered message would have no keep-alive and be redelivered (and its
 *   model call run twice) after ack_wait.
 * - **Keep-alive for every message in flight.** In-progress acks go out every third of the
 *   consumer's ack_wait, so ack_wait can be short (a killed worker's messages move on in seconds)
 *   while a handler runs as long as it needs.
 * - **Dependency outages spend no deliveries.** A handler that cannot reach the store or the broker
 *   holds its message and retries it in place (see `Hold`) while the loop stops pulling; when the
 *   dependency answers again every held message is retried at once and pulling resumes. Only a
 *   message that fails on its own merits is nak'ed and, at `maxDeliver`, dead-lettered.
 *
 * Fetches that fail (broker restart, deleted consumer, missed heartbeats) restart the loop with a
 * growing pause and a re-provisioning of the consumer.
 */
export class PullLoop {
  private readonly inFlight = new Map<JsMsg, number>();
  private readonly fetches = new Set<ConsumerMessages>();
  private requested = 0;
  private held = 0;
  private pausedAt = 0;
  private loop?: Promise<void>;
  private stopping = false;
  private consuming = false;
  private idle?: () => void;
  private roomWaiter?: () => void;
  private readonly holdWakers = new Set<() => void>();
  private readonly pauseWakers = new Set<() => void>();
  private readonly threshold: number;
  private readonly keepAliveMs: number;
  private readonly control: DeliveryControl;
  private unsubscribe?: () => void;
  private repairing = false;

  constructor(
    private readonly client: NatsClient,
    readonly spec: ConsumerSpec,
    private readonly process: MessageProcessor,
    private readonly options: PullLoopOptions,
  ) {
    // Ask again once a quarter of the slots are free (or when nothing is asked for at all).
    this.threshold = Math.max(1, Math.floor(options.concurrency / 4));
    this.keepAliveMs = Math.max(200, Math.floor(spec.ackWaitMs / 3));
    this.control = { hold: (reason) => this.hold(reason) };
  }

  get name(): string {
    return `${this.spec.stream}/${this.spec.durable}`;
  }

  /** True while pulls are open on a connected client (paused for an outage counts as running). */
  isRunning(): boolean {
    return this.consuming && this.client.isConnected();
  }

  /** Messages held because a dependency is unavailable. */
  get holding(): number {
    return this.held;
  }

  /** Starts consuming; resolves once the consumer was found and the first pull can go out. */
  async start(): Promise<void> {
    if (this.loop) return;
    const unsubscribe = this.client.onConnectionChange((connected) => {
      if (connected) void this.repair();
    });
    const repairTimer = setInterval(
      () => void this.repair(1),
      this.options.repairIntervalMs ?? 60_000,
    );
    repairTimer.unref();
    const keepAlive = setInterval(() => this.keepAlive(), this.keepAliveMs);
    keepAlive.unref();
    this.unsubscribe = () => {
      unsubscribe();
      clearInterval(repairTimer);
      clearInterval(keepAlive);
    };
    await new Promise<void>((resolve, reject) => {
      this.loop = this.run(resolve, reject);
    });
  }

  /**
   * Stops pulling, naks the messages it holds for an outage (another replica can take them at
   * once), then waits for the messages in flight to finish.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeAll();
    await Promise.all([...this.fetches].map((f) => f.close().catch(() => undefined)));
    await this.loop;
    if (this.inFlight.size > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.unsubscribe?.();
  }

  private async run(opened: () => void, failed: (err: unknown) => void): Promise<void> {
    let first = true;
    let delay = 250;
    while (!this.stopping) {
      try {
        const consumer = await this.client.js.consumers.get(this.spec.stream, this.spec.durable);
        this.consuming = true;
        if (first) {
          first = false;
          opened();
        }
        delay = 250;
        await this.pull(consumer);
      } catch (err) {
        if (first && this.stopping) {
          failed(err);
          return;
        }
        if (!this.stopping) {
          this.options.logger.warn(
            { consumer: this.name, err: errorMessage(err) },
            'consumer stopped; restarting it',
          );
        }
      } finally {
        this.consuming = false;
      }
      // a connection closed for good (not reconnecting) ends the loop: nothing can come back
      if (this.stopping || this.client.nc.isClosed()) break;
      await this.sleep(delay, this.pauseWakers);
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

  /** Keeps pull requests open for the free slots; throws when a fetch fails. */
  private async pull(consumer: Consumer): Promise<void> {
    let failure: { err: unknown } | undefined;
    try {
      while (!this.stopping && !failure) {
        const room = this.room();
        const wanted =
          this.held === 0 && (room >= this.threshold || (room > 0 && this.requested === 0));
        if (!wanted) {
          await new Promise<void>((resolve) => (this.roomWaiter = resolve));
          this.roomWaiter = undefined;
          continue;
        }
        this.requested += room;
        let messages: ConsumerMessages;
        try {
          messages = await consumer.fetch({
            max_messages: room,
            expires: this.options.expiresMs ?? 10_000,
          });
        } catch (err) {
          this.requested -= room;
          throw err;
        }
        this.fetches.add(messages);
        this.receive(messages, room).catch((err: unknown) => {
          failure ??= { err };
          this.wakeRoom();
        });
      }
    } finally {
      // a failed or stopped loop leaves no pull open behind it
      await Promise.all([...this.fetches].map((f) => f.close().catch(() => undefined)));
    }
    if (failure) throw failure.err;
  }

  /** Hands each message of one pull to a handler; the pull's unused slots are freed at its end. */
  private async receive(messages: ConsumerMessages, asked: number): Promise<void> {
    let received = 0;
    try {
      for await (const m of messages) {
        received++;
        this.requested--;
        if (this.stopping) {
          m.nak(); // hand it straight to another replica instead of waiting for ack_wait
          continue;
        }
        this.dispatch(m);
      }
    } finally {
      this.requested -= asked - received;
      this.fetches.delete(messages);
      this.wakeRoom();
    }
  }

  private room(): number {
    return this.options.concurrency - this.inFlight.size - this.requested;
  }

  private dispatch(m: JsMsg): void {
    this.inFlight.set(m, Date.now());
    messagingMetrics.inFlight.inc({ consumer: this.spec.durable });
    this.process(m, this.control)
      .catch((err: unknown) =>
        this.options.logger.error(
          { consumer: this.name, seq: m.seq, err: errorMessage(err) },
          'message handling failed unexpectedly; it will be redelivered',
        ),
      )
      .finally(() => {
        this.inFlight.delete(m);
        messagingMetrics.inFlight.dec({ consumer: this.spec.durable });
        this.wakeRoom();
        if (this.inFlight.size === 0) this.idle?.();
      });
  }

  /** In-progress acks for the messages that have been in a handler for a while. */
  private keepAlive(): void {
    const now = Date.now();
    for (const [m, touched] of this.inFlight) {
      if (now - touched < this.keepAliveMs) continue;
      m.working();
      this.inFlight.set(m, now);
    }
  }

  private hold(reason: string): Hold {
    this.held++;
    if (this.held === 1) {
      this.pausedAt = Date.now();
      messagingMetrics.paused.set({ consumer: this.spec.durable }, 1);
      this.options.logger.warn(
        { consumer: this.name, reason },
        'a dependency is unavailable: consumer paused, holding its messages and retrying them',
      );
    }
    let delay = HOLD_FIRST_MS;
    let released = false;
    return {
      wait: async () => {
        if (this.stopping) return false;
        await this.sleep(delay, this.holdWakers);
        delay = Math.min(delay * 2, HOLD_MAX_MS);
        return !this.stopping;
      },
      release: (recovered) => {
        if (released) return;
        released = true;
        this.held--;
        if (recovered) for (const wake of [...this.holdWakers]) wake(); // retry the others now
        if (this.held > 0) return;
        messagingMetrics.paused.set({ consumer: this.spec.durable }, 0);
        if (!this.stopping) {
          this.options.logger.info(
            { consumer: this.name, outageMs: Date.now() - this.pausedAt },
            'dependency available again: consumer resumed',
          );
        }
        this.wakeRoom();
      },
    };
  }

  private wakeRoom(): void {
    this.roomWaiter?.();
  }

  private wakeAll(): void {
    this.wakeRoom();
    for (const wake of [...this.holdWakers, ...this.pauseWakers]) wake();
  }

  /** Runs the repair, retrying while a restarted server is still recovering. */
  private async repair(attempts = 10): Promise<void> {
    const repair = this.options.repair;
    if (!repair || this.repairing) return;
    this.repairing = true;
    try {
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
          await this.sleep(250 * attempt, this.pauseWakers);
        }
      }
    } finally {
      this.repairing = false;
    }
  }

  /** A wait that `stop()` (and, for holds, a recovery) cuts short. */
  private async sleep(ms: number, wakers: Set<() => void>): Promise<void> {
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
    });
  }
}
