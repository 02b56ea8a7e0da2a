import { type ConsumerSpec, type StreamSpec, type Subject, Streams } from '@switchyard/contracts';
import { ADVISORY_STREAM, DeadLetters, maxDeliveriesWatcherSpec } from './dead-letter.js';
import { type MessageHandler, typedProcessor } from './consumer.js';
import { ProvisioningError, TopologyError } from './errors.js';
import { type MessagingLogger, silentLogger } from './logger.js';
import { messagingMetrics } from './metrics.js';
import { NatsClient, type NatsClientOptions } from './nats-client.js';
import { type MessageProcessor, PullLoop } from './pull-loop.js';
import {
  ensureConsumer,
  ensureStream,
  purgeAcknowledged,
  verifyConsumer,
  verifyStream,
  waitForTopology,
} from './provisioning.js';
import { Publisher } from './publisher.js';

export interface MessagingOptions {
  servers: string[];
  /** Client name, e.g. `router-12345`. */
  name: string;
  /** The streams this process publishes to or consumes from (the dead-letter ones are added). */
  streams: readonly StreamSpec[];
  logger?: MessagingLogger;
  /** Default in-flight bound per consumer in this process. */
  concurrency?: number;
  publishTimeoutMs?: number;
  /** Pull expiry (ms); lower values notice a lost pull sooner at the cost of more requests. */
  pullExpiresMs?: number;
  /** How often each consumer checks for acknowledged messages the broker kept (default 60 s). */
  repairIntervalMs?: number;
  /** How often consumer backlogs are read into the metrics (default 2 s). */
  backlogIntervalMs?: number;
  /** Copies of each stream in a JetStream cluster (default 1: a single server). */
  replicas?: number;
  /** Broker identity, inbox prefix and TLS (see `NatsClientOptions`). */
  user?: string;
  password?: string;
  inboxPrefix?: string;
  tls?: NatsClientOptions['tls'];
  /**
   * `verify` (default; what services do): check that the streams and consumers exist as specified
   * and fail naming what is missing or differs; only the provisioning identity may create them.
   * `provision`: create or update them (the provision command, test tools).
   */
  topology?: 'verify' | 'provision';
  /**
   * In verify mode, how long start() waits for a missing or outdated topology to be provisioned
   * (the provision job may still be running) before it fails (default 0: at once).
   */
  topologyWaitMs?: number;
}

export interface ConsumeOptions {
  concurrency?: number;
}

/**
 * The messaging runtime of one service process: its connection, typed publisher, and the durable
 * consumers it registered. `start()` provisions streams and consumers from code (idempotently)
 * and opens the consumers; `close()` stops pulling, lets in-flight work finish and drains.
 */
export class Messaging {
  readonly publisher: Publisher;
  readonly deadLetters: DeadLetters;
  private readonly logger: MessagingLogger;
  private readonly streams: Map<string, StreamSpec>;
  private readonly loops: PullLoop[] = [];
  private started = false;
  private starting?: Promise<void>;
  private backlogTimer?: NodeJS.Timeout;
  private closed = false;

  private constructor(
    readonly client: NatsClient,
    private readonly options: MessagingOptions,
  ) {
    this.logger = options.logger ?? silentLogger;
    this.publisher = new Publisher(client, { publishTimeoutMs: options.publishTimeoutMs });
    this.deadLetters = new DeadLetters(client, this.publisher, this.logger);
    this.streams = new Map(
      [...options.streams, Streams.deadLetter, ADVISORY_STREAM].map((s) => [s.name, s]),
    );
  }

  static async connect(options: MessagingOptions): Promise<Messaging> {
    const client = await NatsClient.connect({
      servers: options.servers,
      name: options.name,
      logger: options.logger,
      user: options.user,
      password: options.password,
      inboxPrefix: options.inboxPrefix,
      tls: options.tls,
    });
    return new Messaging(client, options);
  }

  /** Registers a typed handler for a durable consumer; it starts with `start()`. */
  consume<S extends Subject>(
    spec: ConsumerSpec<S>,
    handler: MessageHandler<S>,
    options: ConsumeOptions = {},
  ): void {
    if (!this.streams.has(spec.stream)) {
      throw new ProvisioningError(`consumer ${spec.durable} reads unknown stream ${spec.stream}`);
    }
    const concurrency = options.concurrency ?? this.options.concurrency ?? 16;
    // unlimited deliveries (timers) are never dead-lettered by the server: no watcher
    const watcher = spec.maxDeliver < 0 ? undefined : maxDeliveriesWatcherSpec(spec);
    this.addLoop(
      spec,
      typedProcessor(spec, handler, this.deadLetters, this.logger),
      concurrency,
      watcher,
    );
    if (!watcher) return;
    this.addLoop(
      watcher,
      async (m) => {
        await this.deadLetters.onMaxDeliveries(m.data);
        m.ack();
      },
      4,
    );
  }

  /** Creates or updates every stream this process uses (needs the provisioning identity). */
  async provisionStreams(): Promise<void> {
    for (const spec of this.streams.values())
      await ensureStream(this.client.jsm, spec, this.options.replicas);
  }

  private get provisions(): boolean {
    return this.options.topology === 'provision';
  }

  /**
   * Verify-only start: every stream this process uses and every consumer it registered must exist
   * as specified. Waits up to `topologyWaitMs` for the provisioning job, then fails naming each
   * missing or differing stream and consumer.
   */
  async verifyTopology(): Promise<void> {
    const streams = new Map(
      [...this.options.streams, ...this.loops.map((l) => this.streams.get(l.spec.stream))]
        .filter((s): s is StreamSpec => s !== undefined)
        .map((s) => [s.name, s]),
    );
    await waitForTopology(
      async () => {
        const problems: string[] = [];
        for (const spec of streams.values())
          problems.push(...(await verifyStream(this.client.jsm, spec, this.options.replicas)));
        for (const loop of this.loops)
          problems.push(...(await verifyConsumer(this.client.jsm, loop.spec)));
        return problems;
      },
      this.options.topologyWaitMs,
      this.logger,
    );
  }

  /** Provisions and opens everything; concurrent and repeated calls share the one start. */
  start(): Promise<void> {
    this.starting ??= this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    this.started = true;
    if (this.provisions) {
      await this.provisionStreams();
      for (const loop of this.loops) await ensureConsumer(this.client.jsm, loop.spec);
    } else {
      await this.verifyTopology();
    }
    await Promise.all(this.loops.map((loop) => loop.start()));
    this.logger.info({ consumers: this.loops.map((l) => l.name) }, 'messaging started');
    this.backlogTimer = setInterval(
      () => void this.refreshBacklog(),
      this.options.backlogIntervalMs ?? 2_000,
    );
    this.backlogTimer.unref();
    void this.refreshBacklog();
  }

  /** Connected, and every registered consumer is pulling. */
  isReady(): boolean {
    return (
      this.started &&
      !this.closed &&
      this.client.isConnected() &&
      this.loops.every((l) => l.isRunning())
    );
  }

  /** Every registered consumer is pulling (true when the service registered none). */
  consumersRunning(): boolean {
    return this.started && !this.closed && this.loops.every((l) => l.isRunning());
  }

  /** Reads each consumer's pending and ack-pending counts from JetStream into the gauges. */
  private async refreshBacklog(): Promise<void> {
    for (const loop of this.loops) {
      try {
        const info = await this.client.jsm.consumers.info(loop.spec.stream, loop.spec.durable);
        messagingMetrics.pending.set({ consumer: loop.spec.durable }, info.num_pending);
        messagingMetrics.ackPending.set({ consumer: loop.spec.durable }, info.num_ack_pending);
      } catch {
        // the broker is away; the gauges keep their last values until it is back
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.backlogTimer);
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await this.client.drain();
  }

  private addLoop(
    spec: ConsumerSpec,
    process: MessageProcessor,
    concurrency: number,
    deadLetterWatcher?: ConsumerSpec,
  ): void {
    if (this.started) throw new ProvisioningError('register consumers before start()');
    const stream = this.streams.get(spec.stream);
    const reprovision = async (): Promise<void> => {
      if (this.provisions) {
        if (stream) await ensureStream(this.client.jsm, stream, this.options.replicas);
        await ensureConsumer(this.client.jsm, spec);
        return;
      }
      // A service never re-creates what the broker lost: it says what is missing and retries.
      const problems = [
        ...(stream ? await verifyStream(this.client.jsm, stream, this.options.replicas) : []),
        ...(await verifyConsumer(this.client.jsm, spec)),
      ];
      if (problems.length > 0) throw new TopologyError(problems);
    };
    this.loops.push(
      new PullLoop(this.client, spec, process, {
        concurrency,
        logger: this.logger,
        reprovision,
        repair: () => purgeAcknowledged(this.client.jsm, spec, deadLetterWatcher),
        repairIntervalMs: this.options.repairIntervalMs,
        expiresMs: this.options.pullExpiresMs,
      }),
    );
  }
}
