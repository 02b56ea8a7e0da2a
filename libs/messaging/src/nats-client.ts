import { connect } from '@nats-io/transport-node';
import { type NatsConnection, PermissionViolationError } from '@nats-io/nats-core';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';

export interface NatsClientOptions {
  /** One or more `nats://host:port` URLs (comma separated in configuration). */
  servers: string[];
  /** Connection name shown in the server's monitoring (service name and pid). */
  name: string;
  /** Client-side timeout of JetStream API requests. */
  apiTimeoutMs?: number;
  /** Where disconnects and reconnects are logged (once per transition). */
  logger?: MessagingLogger;
  /** The broker identity (one user per service) and its password. */
  user?: string;
  password?: string;
  /**
   * Prefix of this client's reply inboxes (`_INBOX_<service>`): the broker lets each identity
   * subscribe only to its own, so no service can read another's replies.
   */
  inboxPrefix?: string;
  /** TLS to the broker: the CA that signed its certificate, and a client certificate if required. */
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

import { errorMessage } from './errors.js';
import { applyRequestPatch } from './request-patch.js';
import { applyFlushPatch } from './flush-patch.js';
import { type MessagingLogger, silentLogger } from './logger.js';

export type ConnectionListener = (connected: boolean) => void;

/**
 * One NATS connection per process, with its JetStream client and manager. The connection retries
 * for ever: a broker restart is an outage to ride out, not a reason for the service to exit.
 */
export class NatsClient {
  private connected = true;
  private disconnectedAt = 0;
  private readonly listeners = new Set<ConnectionListener>();

  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    private readonly logger: MessagingLogger,
  ) {
    this.watchStatus().catch((err: unknown) =>
      logger.error({ err: errorMessage(err) }, 'connection status watch failed'),
    );
  }

  static async connect(options: NatsClientOptions): Promise<NatsClient> {
    applyRequestPatch();
    applyFlushPatch();
    const nc = await connect({
      servers: options.servers,
      name: options.name,
      ...(options.user ? { user: options.user, pass: options.password } : {}),
      ...(options.inboxPrefix ? { inboxPrefix: options.inboxPrefix } : {}),
      ...(options.tls ? { tls: options.tls } : {}),
      // Capturing an async stack trace per request costs about a third of the client's CPU.
      noAsyncTraces: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      reconnectJitter: 100,
      waitOnFirstConnect: false,
    });
    const timeout = options.apiTimeoutMs ?? 5_000;
    const jsm = await jetstreamManager(nc, { timeout });
    return new NatsClient(nc, jetstream(nc, { timeout }), jsm, options.logger ?? silentLogger);
  }

  isConnected(): boolean {
    return this.connected && !this.nc.isClosed();
  }

  /** Called with `false` on disconnect and `true` on reconnect. */
  onConnectionChange(listener: ConnectionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Flushes what was published and closes; subscriptions are drained by their owners first. */
  async drain(): Promise<void> {
    if (this.nc.isClosed() || this.nc.isDraining()) return;
    await this.nc.drain();
  }

  private async watchStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') this.setConnected(false, status.server);
      else if (status.type === 'reconnect') this.setConnected(true, status.server);
      else if (status.type === 'error') {
        // e.g. a permissions violation: the broker refused something this identity may not do
        const err = status.error;
        this.logger.error(
          {
            err: errorMessage(err),
            ...(err instanceof PermissionViolationError
              ? { permissionViolation: true, operation: err.operation, subject: err.subject }
              : {}),
          },
          'the NATS server reported an error',
        );
      }
    }
    this.setConnected(false);
  }

  /** Logs each transition once: the disconnect, then the reconnect with the outage's length. */
  private setConnected(value: boolean, server?: string): void {
    if (this.connected === value) return;
    this.connected = value;
    if (!value) {
      this.disconnectedAt = Date.now();
      if (!this.nc.isClosed() && !this.nc.isDraining())
        this.logger.warn({ server }, 'disconnected from the NATS server; reconnecting');
    } else {
      this.logger.info(
        { server, outageMs: Date.now() - this.disconnectedAt },
        'reconnected to the NATS server',
      );
    }
    for (const listener of this.listeners) listener(value);
  }
}
