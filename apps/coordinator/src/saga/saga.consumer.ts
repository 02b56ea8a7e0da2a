import { Inject, Injectable } from '@nestjs/common';
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
  StageHandler,
  type AnyInbound,
  type HandlerOutcome,
  type InboundMessage,
} from '@switchyard/messaging';
import { LOGGER } from '@switchyard/platform';
import { TASK_STORE, type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';
import type { Logger } from 'pino';
import { type Decision, type Effect, Saga, type SagaEvent } from './saga.js';
import { IllegalTransitionError } from './transitions.js';
import { recordDecision } from './task-metrics.js';

type EventSubject = (typeof Consumers.coordinator.subjects)[number];
type TimerSubject = (typeof Consumers.coordinatorTimers.subjects)[number];

const MAX_CONFLICTS = 20;

/** A timer is first looked at this long after it was set; then at doubling intervals. */
const TIMER_FIRST_CHECK_MS = 1_000;

/** Manual overrides (approvals, revisions, rejections), one of the seed material's metrics. */
const overrides = counter({
  name: 'switchyard_manual_overrides_total',
  help: 'Human decisions applied to tasks, by workflow and outcome (approve, revise, reject, timeout)',
  labelNames: ['workflow', 'outcome'],
});

/**
 * The saga's control loop: for each event, read the task, decide, store the decision with a
 * compare-and-set on the task's version, then publish what it asks for. A lost race re-reads and
 * decides again, so replicas can run side by side and no result is applied twice. A crash or a
 * failed publish after the store is repaired by the redelivered event: the saga sees that event
 * already applied and publishes its effects again.
 */
@Injectable()
export class SagaConsumer {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(Saga) private readonly saga: Saga,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @StageHandler(Consumers.coordinator)
  onEvent(msg: AnyInbound<EventSubject>): Promise<HandlerOutcome> {
    return this.handle(msg);
  }

  /**
   * Deadlines and submission checks. A timer that is not due yet is looked at after a second and
   * then at doubling intervals: once the step it guards has moved on it is acknowledged at once, so
   * only the timers of steps still in progress hold a place on the consumer.
   */
  @StageHandler(Consumers.coordinatorTimers)
  async onTimer(msg: AnyInbound<TimerSubject>): Promise<HandlerOutcome> {
    const now = Date.now();
    const due = Date.parse(
      msg.subject === Subjects.StepDeadline ? msg.payload.deadline : msg.payload.due,
    );
    if (due <= now) return this.handle(msg, msg.subject === Subjects.SubmissionCheck);
    const age = now - Date.parse(msg.envelope.time);
    if (age >= TIMER_FIRST_CHECK_MS) {
      const task = await this.store.get(msg.envelope.tenant, msg.envelope.taskId);
      if (task && timerSettled(task, msg)) return Outcome.duplicate('the step it guards moved on');
    }
    return Outcome.defer(Math.min(due - now, Math.max(TIMER_FIRST_CHECK_MS, age)));
  }

  private async handle(
    msg: AnyInbound<EventSubject | TimerSubject>,
    mayBeMissing = false,
  ): Promise<HandlerOutcome> {
    const { taskId, tenant } = msg.envelope;
    const event = { subject: msg.subject, envelope: msg.envelope } as SagaEvent;
    for (let round = 0; round < MAX_CONFLICTS; round++) {
      const task = await this.store.get(tenant, taskId);
      if (!task && mayBeMissing) return Outcome.duplicate('the gateway never wrote this task');
      if (!task) {
        // The gateway writes the task before it publishes, so only a store lag explains this.
        if (msg.deliveryCount < 5) throw new RetryableError(`task ${taskId} not found yet`);
        return Outcome.fail(`task ${taskId} of tenant ${tenant} does not exist`);
      }
      let decision: Decision;
      try {
        decision = this.saga.decide(task, event);
      } catch (err) {
        if (!(err instanceof IllegalTransitionError)) throw err;
        this.logger.error({ err, taskId, tenant, subject: msg.subject }, 'illegal transition');
        return Outcome.fail(err.message);
      }
      let stored: TaskRecord | undefined;
      if (decision.next) {
        stored = (await this.store.update(decision.next, task)) ?? undefined;
        if (!stored) continue; // another replica wrote first: decide again on its result
        this.notifyChanged(stored);
        recordDecision(task, stored);
        if (msg.subject === Subjects.ApprovalDecided)
          overrides.inc({ workflow: stored.workflow?.id ?? 'none', outcome: msg.payload.decision });
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

/** The step (or the start) a timer guards has happened: the timer can go. */
function timerSettled(task: TaskRecord, msg: AnyInbound<TimerSubject>): boolean {
  if (isTerminal(task.status)) return true;
  if (msg.subject === Subjects.SubmissionCheck) return task.status !== 'queued';
  return task.step?.stepId !== msg.payload.stepId || task.step.attempt !== msg.payload.attempt;
}
