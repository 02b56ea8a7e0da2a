import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  ApprovalApiSubjects,
  type ApprovalApiReply,
  Consumers,
  DecideApprovalRequestV1,
  ListApprovalsRequestV1,
  PayloadValidationError,
  type Subjects,
} from '@switchyard/contracts';
import {
  type HandlerOutcome,
  type InboundMessage,
  Messaging,
  Outcome,
  StageHandler,
  type Supervised,
  isUnavailable,
  supervise,
} from '@switchyard/messaging';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import type { Logger } from 'pino';
import type { ApprovalConfig } from '../config/approval.config.js';
import { ApprovalsService } from './approvals.service.js';

/**
 * The approval service's two doors: approval requests from the coordinator (a durable JetStream
 * consumer) and the gateway's list/decide calls (core NATS request/reply, queue group `approval`).
 */
@Injectable()
export class ApprovalsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loops: Supervised[] = [];
  private timer?: NodeJS.Timeout;

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
    return Outcome.done;
  }

  onApplicationBootstrap(): void {
    const nc = this.messaging.client.nc;
    this.serve(ApprovalApiSubjects.list, (data) =>
      this.approvals.list(ListApprovalsRequestV1.parse(data)),
    );
    this.serve(ApprovalApiSubjects.decide, (data) =>
      this.approvals.decide(DecideApprovalRequestV1.parse(data)),
    );
    this.timer = setInterval(() => {
      void this.approvals
        .republishPending()
        .catch((err: unknown) => this.logger.warn({ err }, 'republishing decisions failed'));
    }, this.config.REPUBLISH_INTERVAL_MS);
    this.timer.unref();
    void nc.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.loops.map((l) => l.stop()));
  }

  private serve(
    subject: string,
    handle: (data: unknown) => Promise<ApprovalApiReply<unknown>>,
  ): void {
    const nc = this.messaging.client.nc;
    const loop = supervise(
      `approval-api ${subject}`,
      async (signal) => {
        const sub = nc.subscribe(subject, { queue: 'approval' });
        const stop = (): void => void sub.drain().catch(() => undefined);
        signal.addEventListener('abort', stop);
        try {
          for await (const m of sub) {
            let reply: ApprovalApiReply<unknown>;
            try {
              reply = await handle(m.json());
            } catch (err) {
              if (err instanceof PayloadValidationError) {
                reply = { status: 400, error: { code: 'validation_failed', message: err.message } };
              } else if (isUnavailable(err)) {
                this.logger.warn(
                  { err, subject },
                  'approval request refused: a dependency is unavailable',
                );
                reply = {
                  status: 503,
                  error: {
                    code: 'unavailable',
                    message: 'the task store is unavailable; retry later',
                  },
                };
              } else {
                this.logger.error({ err, subject }, 'approval request failed');
                reply = { status: 500, error: { code: 'internal', message: 'internal error' } };
              }
            }
            try {
              m.respond(JSON.stringify(reply));
            } catch (err) {
              // e.g. a reply over the broker's payload limit: answer with an error, keep serving
              this.logger.error({ err, subject }, 'cannot send the reply');
              m.respond(
                JSON.stringify({
                  status: 500,
                  error: { code: 'reply_failed', message: 'the reply could not be sent' },
                }),
              );
            }
          }
        } finally {
          signal.removeEventListener('abort', stop);
        }
      },
      { logger: this.logger },
    );
    this.loops.push(loop);
  }
}
