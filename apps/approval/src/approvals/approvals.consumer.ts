import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Msg, Subscription } from '@nats-io/nats-core';
import {
  ApprovalApiSubjects,
  type ApprovalApiReply,
  Consumers,
  DecideApprovalRequestV1,
  GetApprovalRequestV1,
  ListApprovalsRequestV1,
  PayloadValidationError,
  type Subjects,
  taskChangesOf,
} from '@switchyard/contracts';
import {
  type HandlerOutcome,
  type InboundMessage,
  Messaging,
  Outcome,
  StageHandler,
  type Supervised,
  counter,
  isUnavailable,
  pause,
  supervise,
} from '@switchyard/messaging';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import type { Logger } from 'pino';
import type { ApprovalConfig } from '../config/approval.config.js';
import { ApprovalsService } from './approvals.service.js';

/** How one request/reply door answers a request. */
type Handler = (data: unknown) => Promise<ApprovalApiReply<unknown>>;

const apiMetrics = {
  failed: counter({
    name: 'switchyard_approval_api_failures_total',
    help: 'Approval API requests answered with an error reply because handling or replying failed, by reason',
    labelNames: ['reason'],
  }),
};

/**
 * The approval service's doors: approval requests from the coordinator (a durable JetStream
 * consumer); the gateway's list/get/decide calls (core NATS request/reply, queue group
 * `approval`, served concurrently up to API_CONCURRENCY); the coordinator's change notices of
 * tasks with an open approval (to close it when the task leaves the step); and a sweep over the
 * open approvals. The loops run under `supervise`.
 */
@Injectable()
export class ApprovalsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loops: Supervised[] = [];
  /** Task-change subscriptions of tasks with open approvals: subject → its approvals. */
  private readonly followed = new Map<
    string,
    { sub: Subscription; approvals: Set<string>; since: number }
  >();

  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(ApprovalsService) private readonly approvals: ApprovalsService,
    @Inject(SERVICE_CONFIG) private readonly config: ApprovalConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @StageHandler(Consumers.approval)
  async onApprovalRequested(
    msg: InboundMessage<typeof Subjects.ApprovalRequested>,
  ): Promise<HandlerOutcome> {
    const result = await this.approvals.request(msg.envelope);
    this.logger.info(
      { taskId: msg.envelope.taskId, approvalId: msg.payload.stepId, result },
      'approval requested',
    );
    if (result === 'created')
      this.follow(msg.envelope.tenant, msg.envelope.taskId, msg.payload.stepId);
    return Outcome.done;
  }

  onApplicationBootstrap(): void {
    const doors: Array<[string, Handler]> = [
      [ApprovalApiSubjects.page, (d) => this.approvals.page(ListApprovalsRequestV1.parse(d))],
      [ApprovalApiSubjects.list, (d) => this.approvals.list(ListApprovalsRequestV1.parse(d))],
      [ApprovalApiSubjects.get, (d) => this.approvals.get(GetApprovalRequestV1.parse(d))],
      [ApprovalApiSubjects.decide, (d) => this.approvals.decide(DecideApprovalRequestV1.parse(d))],
    ];
    for (const [subject, handle] of doors)
      this.loops.push(
        supervise(`approval-api ${subject}`, (signal) => this.serve(subject, handle, signal), {
          logger: this.logger,
        }),
      );
    this.loops.push(
      supervise('approval sweep', (signal) => this.sweepLoop(signal), { logger: this.logger }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((l) => l.stop()));
    for (const { sub } of this.followed.values()) sub.unsubscribe();
  }

  /**
   * Serves one request/reply subject until `signal` aborts, up to API_CONCURRENCY requests at a
   * time. A request that fails, or whose reply cannot be sent (for example larger than the broker's
   * payload limit), is answered with an error reply; nothing a request does ends the loop.
   */
  async serve(subject: string, handle: Handler, signal: AbortSignal): Promise<void> {
    const sub = this.messaging.client.nc.subscribe(subject, { queue: 'approval' });
    const stop = (): void => void sub.drain().catch(() => undefined);
    signal.addEventListener('abort', stop);
    const running = new Set<Promise<void>>();
    try {
      for await (const m of sub) {
        const job = this.answer(subject, m, handle).finally(() => running.delete(job));
        running.add(job);
        if (running.size >= this.config.API_CONCURRENCY) await Promise.race(running);
      }
    } finally {
      signal.removeEventListener('abort', stop);
      await Promise.all(running);
    }
  }

  private async answer(subject: string, m: Msg, handle: Handler): Promise<void> {
    let reply: ApprovalApiReply<unknown>;
    try {
      reply = await handle(m.json());
    } catch (err) {
      if (err instanceof PayloadValidationError) {
        reply = {
          status: 400,
          error: {
            code: 'validation_failed',
            message: err.message,
            details: err.failures.map((f) => ({ field: f.path, problems: f.problems })),
          },
        };
      } else if (isUnavailable(err)) {
        apiMetrics.failed.inc({ reason: 'unavailable' });
        this.logger.warn({ err, subject }, 'approval request refused: a dependency is unavailable');
        reply = {
          status: 503,
          error: { code: 'unavailable', message: 'the approval store is unavailable; retry later' },
        };
      } else {
        apiMetrics.failed.inc({ reason: 'handler' });
        this.logger.error({ err, subject }, 'approval request failed');
        reply = { status: 500, error: { code: 'internal', message: 'internal error' } };
      }
    }
    const text = JSON.stringify(reply);
    const bytes = Buffer.byteLength(text);
    const limit = this.messaging.client.nc.info?.max_payload ?? 1024 * 1024;
    if (bytes > limit) {
      apiMetrics.failed.inc({ reason: 'reply_too_large' });
      this.logger.error({ subject, bytes, limit }, 'reply too large');
      this.respond(m, subject, {
        status: 500,
        error: {
          code: 'reply_too_large',
          message: `the answer is ${bytes} bytes, over the broker's ${limit}-byte limit; ask for a smaller page (limit)`,
        },
      });
      return;
    }
    this.respond(m, subject, text);
  }

  private respond(m: Msg, subject: string, reply: ApprovalApiReply<unknown> | string): void {
    try {
      m.respond(typeof reply === 'string' ? reply : JSON.stringify(reply));
    } catch (err) {
      apiMetrics.failed.inc({ reason: 'respond' });
      this.logger.error({ err, subject }, 'could not send the reply');
    }
  }

  /** Closes an open approval as soon as its task leaves the step: follows the task's notices. */
  private follow(tenant: string, taskId: string, approvalId: string): void {
    const subject = taskChangesOf(tenant, taskId);
    const known = this.followed.get(subject);
    if (known) {
      known.approvals.add(approvalId);
      return;
    }
    const reconcile = (): void => {
      const approvals = this.followed.get(subject)?.approvals ?? new Set<string>();
      this.approvals
        .reconcileTask(tenant, taskId, approvals)
        .catch((e: unknown) => this.logger.warn({ err: e, taskId }, 'closing approvals failed'));
    };
    const sub = this.messaging.client.nc.subscribe(subject, {
      queue: 'approval',
      callback: (err) => {
        if (!err) reconcile();
      },
    });
    this.followed.set(subject, { sub, approvals: new Set([approvalId]), since: Date.now() });
    // a change between the request's read of the task and this subscription was not noticed
    this.messaging.client.nc.flush().then(reconcile, () => undefined);
  }

  /**
   * Every REPUBLISH_INTERVAL_MS: the sweep over the open index (gauges, unconfirmed decisions,
   * finished entries), reconciling with the task store every RECONCILE_INTERVAL_MS (and first at
   * start), and following the notices of exactly the tasks that still have a pending approval.
   */
  async sweepLoop(signal: AbortSignal): Promise<void> {
    let lastReconcile = 0;
    while (!signal.aborted) {
      const started = Date.now();
      try {
        const reconcile = started - lastReconcile >= this.config.RECONCILE_INTERVAL_MS;
        const { pending, republished } = await this.approvals.sweep(reconcile);
        if (reconcile) lastReconcile = started;
        if (republished) this.logger.info({ republished }, 'published unconfirmed decisions');
        const open = new Set<string>();
        for (const e of pending) {
          this.follow(e.tenant, e.taskId, e.id);
          open.add(taskChangesOf(e.tenant, e.taskId));
        }
        for (const [subject, { sub, since }] of this.followed) {
          if (open.has(subject) || since >= started) continue;
          sub.unsubscribe();
          this.followed.delete(subject);
        }
      } catch (err) {
        this.logger.warn({ err }, 'approval sweep failed; trying again next interval');
      }
      await pause(this.config.REPUBLISH_INTERVAL_MS, signal);
    }
  }
}
