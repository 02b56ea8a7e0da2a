import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Subscription } from '@nats-io/nats-core';
import {
  type ConsumerSpec,
  ServiceTopology,
  TASK_STATUS_CHANGES,
  parseTaskChangedSubject,
} from '@switchyard/contracts';
import { Messaging, counter, gauge } from '@switchyard/messaging';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/gateway.config.js';
import { AdmissionRefusedError } from '../http/errors.js';

/** Statuses that hold stage capacity; a task waiting for a person holds none. */
const HOLDS_CAPACITY = new Set(['queued', 'running']);

/** A task whose end was never announced (core NATS notices are at most once) is forgotten after this. */
const FORGET_AFTER_MS = 60 * 60_000;

/** How long the last notice of a task is remembered (a notice may overtake the submission's reply). */
const REMEMBER_NOTICE_MS = 30_000;

const metrics = {
  limit: gauge({
    name: 'switchyard_admission_limit',
    help: 'Configured admission limits (0: off): in_flight, tenant_in_flight, stage_backlog, sse_per_key',
    labelNames: ['limit'],
  }),
  inFlight: gauge({
    name: 'switchyard_admission_in_flight_tasks',
    help: 'Tasks queued or running as this gateway counts them (its own submissions and every change notice)',
  }),
  backlog: gauge({
    name: 'switchyard_admission_stage_backlog',
    help: 'A stage consumer’s backlog (pending + unacknowledged) as admission control last read it',
    labelNames: ['consumer'],
  }),
  refused: counter({
    name: 'switchyard_admission_refused_total',
    help: 'Requests refused by admission control, by reason: tenant_quota (429), overloaded and stage_backlog (503), too_many_streams (429)',
    labelNames: ['reason'],
  }),
  streams: gauge({
    name: 'switchyard_gateway_event_streams',
    help: 'Open task event streams (SSE) on this gateway',
  }),
  streamsClosed: counter({
    name: 'switchyard_gateway_event_streams_closed_total',
    help: 'Task event streams closed, by reason: ended, client, idle',
    labelNames: ['reason'],
  }),
};

interface Tracked {
  tenant: string;
  since: number;
}

/** A place taken by a submission in progress; `bind` it to the created task or `release` it. */
export interface AdmissionTicket {
  bind(taskId: string): void;
  release(): void;
}

/**
 * Admission control and fairness for the gateway.
 *
 * - **Tasks in flight**, counted from this gateway's own submissions and from every task-changed
 *   notice of the coordinator (so tasks other gateway replicas accepted are counted once they
 *   start): over the tenant's quota → 429 `tenant_quota`; over the deployment's bound → 503
 *   `overloaded`; both with Retry-After. One tenant's burst reaches its own quota first.
 * - **Stage backlogs**, read from the stages' durable consumers every `ADMISSION_POLL_MS`: while
 *   one is over its bound → 503 `stage_backlog`.
 * - **Event streams** (SSE) per API key, with an idle timeout.
 *
 * Every limit and count is a metric (`switchyard_admission_*`).
 */
@Injectable()
export class AdmissionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly tasks = new Map<string, Tracked>();
  /** The latest notice per task, recently: stale or reordered notices are ignored. */
  private readonly notices = new Map<string, { version: number; holds: boolean; at: number }>();
  private readonly perTenant = new Map<string, number>();
  private reserved = 0;
  private readonly reservedByTenant = new Map<string, number>();
  private readonly backlogs = new Map<string, number>();
  private readonly streamsByKey = new Map<string, number>();
  private sub?: Subscription;
  private poller?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    metrics.limit.set({ limit: 'in_flight' }, config.ADMISSION_MAX_IN_FLIGHT);
    metrics.limit.set({ limit: 'tenant_in_flight' }, config.TENANT_MAX_IN_FLIGHT);
    metrics.limit.set({ limit: 'stage_backlog' }, config.ADMISSION_MAX_STAGE_BACKLOG);
    metrics.limit.set({ limit: 'sse_per_key' }, config.SSE_MAX_PER_KEY);
  }

  onApplicationBootstrap(): void {
    // status changes only (queued, running, waiting for a person, ended): a step changes no capacity
    this.sub = this.messaging.client.nc.subscribe(TASK_STATUS_CHANGES, {
      callback: (err, msg) => {
        if (err) return;
        // payload: { version, status }
        const notice = parseTaskChangedSubject(msg.subject);
        if (!notice) return;
        const { tenant, taskId } = notice;
        let change: { status?: unknown; version?: unknown };
        try {
          change = msg.json();
        } catch {
          return;
        }
        if (typeof change.status !== 'string' || typeof change.version !== 'number') return;
        this.onNotice(tenant, taskId, change.version, change.status);
      },
    });
    if (this.config.ADMISSION_MAX_STAGE_BACKLOG > 0) {
      this.poller = setInterval(() => void this.readBacklogs(), this.config.ADMISSION_POLL_MS);
      this.poller.unref();
      void this.readBacklogs();
    }
    this.sweeper = setInterval(() => this.sweep(), REMEMBER_NOTICE_MS / 2);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.poller);
    clearInterval(this.sweeper);
    this.sub?.unsubscribe();
  }

  /** Tasks in flight in total and for one tenant, reservations included. */
  inFlight(tenant?: string): number {
    if (tenant === undefined) return this.tasks.size + this.reserved;
    return (this.perTenant.get(tenant) ?? 0) + (this.reservedByTenant.get(tenant) ?? 0);
  }

  /**
   * Takes a place for a submission of `tenant`, or refuses it (`AdmissionRefusedError`: 429 over
   * the tenant's quota, 503 over the deployment's bound or a stage's backlog bound).
   */
  admit(tenant: string): AdmissionTicket {
    const refusal = this.refusal(tenant);
    if (refusal) throw refusal;
    this.reserve(tenant, 1);
    let settled = false;
    return {
      bind: (taskId) => {
        if (settled) return;
        settled = true;
        this.reserve(tenant, -1);
        // its first notices may have come before the reply: a task already past its stages stays out
        if (this.notices.get(taskId)?.holds !== false) this.track(taskId, tenant);
      },
      release: () => {
        if (settled) return;
        settled = true;
        this.reserve(tenant, -1);
      },
    };
  }

  /**
   * Why a submission of `tenant` would be refused now (counted in the metrics), or undefined.
   * Cheap: the gateway asks it before parsing the body, so shedding costs little CPU.
   */
  refusal(tenant: string): AdmissionRefusedError | undefined {
    const { TENANT_MAX_IN_FLIGHT: quota, ADMISSION_MAX_IN_FLIGHT: bound } = this.config;
    if (quota > 0 && this.inFlight(tenant) >= quota) {
      metrics.refused.inc({ reason: 'tenant_quota' });
      return new AdmissionRefusedError(
        429,
        'tenant_quota',
        `this tenant has ${quota} tasks in flight, its quota; retry when some have finished`,
        1,
      );
    }
    if (bound > 0 && this.inFlight() >= bound) {
      metrics.refused.inc({ reason: 'overloaded' });
      return new AdmissionRefusedError(
        503,
        'overloaded',
        'Switchyard has as many tasks in flight as it can finish in time; retry shortly',
        1,
      );
    }
    const over = this.stageOverBound();
    if (over) {
      metrics.refused.inc({ reason: 'stage_backlog' });
      return new AdmissionRefusedError(
        503,
        'overloaded',
        `the ${over} stage is behind (backlog over ${this.config.ADMISSION_MAX_STAGE_BACKLOG}); retry later`,
        5,
      );
    }
    return undefined;
  }

  /**
   * Opens an event stream for an API key, or refuses it (429 `too_many_streams`); the returned
   * function closes it (with the reason, for the metrics).
   */
  openStream(keyName: string): (reason: 'ended' | 'client' | 'idle') => void {
    const max = this.config.SSE_MAX_PER_KEY;
    const open = this.streamsByKey.get(keyName) ?? 0;
    if (max > 0 && open >= max) {
      metrics.refused.inc({ reason: 'too_many_streams' });
      throw new AdmissionRefusedError(
        429,
        'too_many_streams',
        `this API key has ${max} event streams open, its limit; close one first`,
        5,
      );
    }
    this.streamsByKey.set(keyName, open + 1);
    metrics.streams.inc();
    let closed = false;
    return (reason) => {
      if (closed) return;
      closed = true;
      const now = (this.streamsByKey.get(keyName) ?? 1) - 1;
      if (now > 0) this.streamsByKey.set(keyName, now);
      else this.streamsByKey.delete(keyName);
      metrics.streams.dec();
      metrics.streamsClosed.inc({ reason });
    };
  }

  private reserve(tenant: string, delta: number): void {
    this.reserved += delta;
    const next = (this.reservedByTenant.get(tenant) ?? 0) + delta;
    if (next > 0) this.reservedByTenant.set(tenant, next);
    else this.reservedByTenant.delete(tenant);
    metrics.inFlight.set(this.inFlight());
  }

  private onNotice(tenant: string, taskId: string, version: number, status: string): void {
    const previous = this.notices.get(taskId);
    if (previous && previous.version >= version) return; // reordered or repeated
    const holds = HOLDS_CAPACITY.has(status);
    this.notices.set(taskId, { version, holds, at: Date.now() });
    if (holds) this.track(taskId, tenant);
    else this.forget(taskId);
  }

  private track(taskId: string, tenant: string): void {
    if (this.tasks.has(taskId)) return;
    this.tasks.set(taskId, { tenant, since: Date.now() });
    this.perTenant.set(tenant, (this.perTenant.get(tenant) ?? 0) + 1);
    metrics.inFlight.set(this.inFlight());
  }

  private forget(taskId: string): void {
    const tracked = this.tasks.get(taskId);
    if (!tracked) return;
    this.tasks.delete(taskId);
    const left = (this.perTenant.get(tracked.tenant) ?? 1) - 1;
    if (left > 0) this.perTenant.set(tracked.tenant, left);
    else this.perTenant.delete(tracked.tenant);
    metrics.inFlight.set(this.inFlight());
  }

  /** Drops tasks whose end notice was lost, so a missed notice cannot hold a place for ever. */
  private sweep(): void {
    const now = Date.now();
    for (const [id, t] of this.tasks) if (t.since < now - FORGET_AFTER_MS) this.forget(id);
    for (const [id, n] of this.notices)
      if (n.at < now - REMEMBER_NOTICE_MS) this.notices.delete(id);
  }

  private stageOverBound(): string | undefined {
    const bound = this.config.ADMISSION_MAX_STAGE_BACKLOG;
    if (bound <= 0) return undefined;
    for (const [consumer, backlog] of this.backlogs) if (backlog > bound) return consumer;
    return undefined;
  }

  private async readBacklogs(): Promise<void> {
    const observed: readonly ConsumerSpec[] = ServiceTopology.gateway.observes;
    for (const spec of observed) {
      try {
        const info = await this.messaging.client.jsm.consumers.info(spec.stream, spec.durable);
        const backlog = info.num_pending + info.num_ack_pending;
        this.backlogs.set(spec.durable, backlog);
        metrics.backlog.set({ consumer: spec.durable }, backlog);
      } catch (err) {
        // the broker is away: the submission itself will say so (503 unavailable)
        this.logger.debug({ err, consumer: spec.durable }, 'stage backlog not read');
      }
    }
  }
}
