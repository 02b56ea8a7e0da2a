import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  Consumers,
  type Subject,
  Subjects,
  TASK_CHANGED_SUBJECT_PREFIX,
} from '@switchyard/contracts';
import {
  counter,
  Messaging,
  Outcome,
  Publisher,
  RetryableError,
  type AnyInbound,
  type HandlerOutcome,
  type InboundMessage,
} from '@switchyard/messaging';
import { LOGGER } from '@switchyard/platform';
import { TASK_STORE, type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';
import type { Logger } from 'pino';
import { type Decision, type Effect, Saga } from './saga.js';
import { recordDecision } from './task-metrics.js';

type EventSubject = (typeof Consumers.coordinator.subjects)[number];

const MAX_CONFLICTS = 20;

/** Manual overrides (approvals, revisions, rejections), one of the seed material's metrics. */
const overrides = counter({
  name: 'switchyard_manual_overrides_total',
  help: 'Human decisions applied to tasks, by workflow and outcome (approve, revise, reject, timeout)',
  labelNames: ['workflow', 'outcome'],
});

/**
 * The saga's control loop: for each event, read the task, decide, store the decision with a
 * compare-and-set on the task's version, then publish what it asks for. A lost race re-reads and
 * decides again, so replicas can run side by side and no result is applied twice.
 */
@Injectable()
export class SagaConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(Saga) private readonly saga: Saga,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(Consumers.coordinator, (msg) =>
      this.handle(
        msg,
        (task) => this.decide(task, msg),
        (task) => {
          if (msg.subject === Subjects.ApprovalDecided) {
            overrides.inc({
              workflow: task.workflow?.id ?? 'none',
              outcome: msg.payload.decision,
            });
          }
        },
      ),
    );
    this.messaging.consume(Consumers.coordinatorTimers, (msg) => {
      const due = Date.parse(
        msg.subject === Subjects.StepDeadline ? msg.payload.deadline : msg.payload.due,
      );
      if (due > Date.now()) return Promise.resolve(Outcome.defer(due - Date.now()));
      if (msg.subject === Subjects.StepDeadline) {
        return this.handle(msg, (task) => this.saga.onDeadline(task, msg.envelope));
      }
      return this.handle(
        msg,
        (task) => this.saga.onSubmissionCheck(task, msg.envelope),
        undefined,
        true,
      );
    });
  }

  private decide(task: TaskRecord, msg: AnyInbound<EventSubject>): Decision {
    switch (msg.subject) {
      case Subjects.TaskSubmitted:
        return this.saga.onSubmitted(task, msg.envelope);
      case Subjects.TaskCancelRequested:
        return this.saga.onCancel(task, msg.envelope);
      case Subjects.RouteCompleted:
        return this.saga.onRouted(task, msg.envelope);
      case Subjects.RetrieveCompleted:
        return this.saga.onRetrieved(task, msg.envelope);
      case Subjects.GenerateCompleted:
        return this.saga.onGenerated(task, msg.envelope);
      case Subjects.ValidateCompleted:
        return this.saga.onValidated(task, msg.envelope);
      case Subjects.ApprovalDecided:
        return this.saga.onApprovalDecided(task, msg.envelope);
      case Subjects.ActionCompleted:
        return this.saga.onActed(task, msg.envelope);
      case Subjects.StageFailed:
        return this.saga.onStageFailed(task, msg.envelope);
    }
  }

  private async handle<S extends Subject>(
    msg: InboundMessage<S>,
    decide: (task: TaskRecord) => Decision,
    onStored?: (task: TaskRecord) => void,
    mayBeMissing = false,
  ): Promise<HandlerOutcome> {
    const { taskId, tenant } = msg.envelope;
    for (let round = 0; round < MAX_CONFLICTS; round++) {
      const task = await this.store.get(tenant, taskId);
      if (!task && mayBeMissing) return Outcome.duplicate('the gateway never wrote this task');
      if (!task) {
        // The gateway writes the task before it publishes, so only a store lag explains this.
        if (msg.deliveryCount < 5) throw new RetryableError(`task ${taskId} not found yet`);
        return Outcome.fail(`task ${taskId} of tenant ${tenant} does not exist`);
      }
      const decision = decide(task);
      let stored: TaskRecord | undefined;
      if (decision.next) {
        stored = (await this.store.update(decision.next)) ?? undefined;
        if (!stored) continue; // another replica wrote first: decide again on its result
        this.notifyChanged(stored);
        recordDecision(task, stored);
        onStored?.(stored);
      }
      await this.publish(decision.effects, msg, (stored ?? task).workflow?.id);
      if (stored) {
        const last = stored.timeline.at(-1);
        // a task's end at info, every other decision at debug; each line carries task and trace ids
        const level = isTerminal(stored.status) ? 'info' : 'debug';
        this.logger[level](
          {
            taskId,
            tenant,
            status: stored.status,
            version: stored.version,
            outcome: last?.outcome,
            workflow: stored.workflow?.id,
          },
          last?.reason ?? 'task updated',
        );
        return Outcome.done;
      }
      return Outcome.duplicate(decision.ignored ?? 'nothing to do');
    }
    throw new RetryableError(`task ${taskId}: ${MAX_CONFLICTS} concurrent updates in a row`);
  }

  private async publish<S extends Subject>(
    effects: Effect[],
    cause: InboundMessage<S>,
    workflow?: string,
  ): Promise<void> {
    // The command and its deadline timer are independent: publish them together (one round trip).
    await Promise.all(
      effects.map((effect) =>
        effect.kind === 'command'
          ? this.publisher.publish(
              effect.subject,
              effect.payload,
              cause.causes({ messageId: effect.messageId, attempt: effect.attempt, workflow }),
            )
          : this.publisher.publish(
              Subjects.StepDeadline,
              effect.payload,
              cause.causes({
                messageId: effect.messageId,
                attempt: effect.payload.attempt,
                workflow,
              }),
            ),
      ),
    );
  }

  /** Core NATS, fire and forget: the gateway's event streams re-read the task when told. */
  private notifyChanged(task: TaskRecord): void {
    this.messaging.client.nc.publish(
      `${TASK_CHANGED_SUBJECT_PREFIX}.${task.tenant}.${task.id}`,
      JSON.stringify({ version: task.version, status: task.status }),
    );
  }
}
