import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import {
  Consumers,
  ENVELOPE_SCHEMA_VERSION,
  type Subject,
  Subjects,
  taskChangedSubject,
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
  type MessageMeta,
  type Supervised,
  isUnavailable,
  pause,
  supervise,
} from '@switchyard/messaging';
import { LOGGER } from '@switchyard/platform';
import { TASK_STORE, type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';
import type { Logger } from 'pino';
import { type Decision, type Effect, Saga, type SagaEvent } from './saga.js';
import { DeadlineTimers } from './deadlines.js';
import { TaskCache } from './task-cache.js';
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

export interface SagaConsumerOptions {
  /** How often this coordinator looks for overdue steps and lost submissions in the store. */
  sweepIntervalMs: number;
  /** A task still queued this long after it was created lost its submitted event. */
  submissionCheckAfterMs: number;
}

const DEFAULT_OPTIONS: SagaConsumerOptions = {
  sweepIntervalMs: 5_000,
  submissionCheckAfterMs: 15_000,
};

/** DI token of the consumer's options. */
export const SAGA_CONSUMER_OPTIONS = Symbol('SAGA_CONSUMER_OPTIONS');

/** The sweep leaves a step's deadline to its owner's timer for this long. */
const SWEEP_GRACE_MS = 2_000;

/** Where an event came from: a delivered message, or this coordinator's own deadline machinery. */
interface Origin {
  msg?: InboundMessage<Subject>;
  deliveryCount: number;
  /** A timer or submission check: the gateway may never have written the task. */
  mayBeMissing: boolean;
}

/**
 * The saga's control loop: for each event, take the task (from this coordinator's cache of the
 * versions it wrote, else from the store), decide, store the decision with a compare-and-set on the
 * task's version, then publish what it asks for. A lost race re-reads and decides again, so replicas
 * can run side by side and no result is applied twice. A crash or a failed publish after the store
 * is repaired by the redelivered event: the saga sees that event already applied and publishes its
 * effects again. Step deadlines are in-process timers (`DeadlineTimers`) with a sweep of the store
 * as their durable fallback; approval deadlines are timer messages on the broker.
 */
@Injectable()
export class SagaConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly cache = new TaskCache();
  private readonly deadlines = new DeadlineTimers((task) => this.onDue(task));
  private sweeper?: Supervised;

  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(Saga) private readonly saga: Saga,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional()
    @Inject(SAGA_CONSUMER_OPTIONS)
    private readonly options: SagaConsumerOptions = DEFAULT_OPTIONS,
  ) {}

  onApplicationBootstrap(): void {
    this.startSweeping();
  }

  async onApplicationShutdown(): Promise<void> {
    this.deadlines.stop();
    await this.sweeper?.stop();
  }

  /** Starts the periodic sweep (Nest does this at bootstrap; tests that build the consumer by hand call it). */
  startSweeping(): void {
    this.sweeper ??= supervise(
      'deadline-sweep',
      async (signal) => {
        while (!signal.aborted) {
          // jittered, so that replicas do not sweep in step
          await pause(this.options.sweepIntervalMs * (0.75 + Math.random() / 2), signal);
          if (!signal.aborted) await this.sweep();
        }
      },
      { logger: this.logger },
    );
  }

  @StageHandler(Consumers.coordinator)
  onEvent(msg: AnyInbound<EventSubject>): Promise<HandlerOutcome> {
    return this.apply(asEvent(msg), { msg, deliveryCount: msg.deliveryCount, mayBeMissing: false });
  }

  /**
   * Timer messages: approval deadlines (and submission checks from gateways of earlier versions). A
   * timer that is not due yet is looked at after a second and then at doubling intervals: once the
   * step it guards has moved on it is acknowledged at once, so only the timers of steps still in
   * progress hold a place on the consumer.
   */
  @StageHandler(Consumers.coordinatorTimers)
  async onTimer(msg: AnyInbound<TimerSubject>): Promise<HandlerOutcome> {
    const now = Date.now();
    const due = Date.parse(
      msg.subject === Subjects.StepDeadline ? msg.payload.deadline : msg.payload.due,
    );
    const origin = {
      msg,
      deliveryCount: msg.deliveryCount,
      mayBeMissing: msg.subject === Subjects.SubmissionCheck,
    };
    if (due <= now) return this.apply(asEvent(msg), origin);
    const age = now - Date.parse(msg.envelope.time);
    if (age >= TIMER_FIRST_CHECK_MS) {
      const task = await this.store.get(msg.envelope.tenant, msg.envelope.taskId);
      if (task && timerSettled(task, msg)) return Outcome.duplicate('the step it guards moved on');
    }
    return Outcome.defer(Math.min(due - now, Math.max(TIMER_FIRST_CHECK_MS, age)));
  }

  /** One pass over the store for overdue steps (their owner died) and lost submissions. */
  async sweep(): Promise<number> {
    const now = Date.now();
    let due: TaskRecord[];
    try {
      due = await this.store.listDue({
        now: new Date(now - SWEEP_GRACE_MS),
        queuedBefore: new Date(now - this.options.submissionCheckAfterMs),
        limit: 500,
      });
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.logger.debug({ err }, 'sweep skipped: the task store is unavailable');
      return 0;
    }
    for (const task of due) {
      const event =
        task.status === 'queued'
          ? submissionCheckOf(task, new Date(now))
          : task.step
            ? deadlineOf(task, new Date(now))
            : undefined;
      if (!event) continue;
      await this.apply(event, { deliveryCount: 1, mayBeMissing: true }).catch((err: unknown) =>
        this.logger.warn(
          { err, taskId: task.id },
          'sweep: task not handled; the next sweep tries again',
        ),
      );
    }
    if (due.length > 0) this.logger.info({ tasks: due.length }, 'sweep: handled overdue tasks');
    return due.length;
  }

  /** An in-process deadline fired; an unreachable store tries again a little later. */
  private onDue(task: TaskRecord): void {
    const event = deadlineOf(task, new Date());
    if (!event) return;
    this.apply(event, { deliveryCount: 1, mayBeMissing: true }).catch((err: unknown) => {
      this.logger.warn({ err, taskId: task.id }, 'deadline not handled yet; trying again');
      setTimeout(() => this.onDue(task), 1_000).unref();
    });
  }

  private async apply(event: SagaEvent, origin: Origin): Promise<HandlerOutcome> {
    const { taskId, tenant } = event.envelope;
    let cached = this.cache.get(tenant, taskId);
    for (let round = 0; round < MAX_CONFLICTS; round++) {
      const fromCache = cached !== undefined;
      const task = cached ?? (await this.store.get(tenant, taskId));
      cached = undefined;
      if (!task && origin.mayBeMissing) return Outcome.duplicate('no such task');
      if (!task) {
        // The gateway writes the task before it publishes, so only a store lag explains this.
        if (origin.deliveryCount < 5) throw new RetryableError(`task ${taskId} not found yet`);
        return Outcome.fail(`task ${taskId} of tenant ${tenant} does not exist`);
      }
      let decision: Decision;
      try {
        decision = this.saga.decide(task, event);
      } catch (err) {
        if (!(err instanceof IllegalTransitionError)) throw err;
        this.logger.error({ err, taskId, tenant, subject: event.subject }, 'illegal transition');
        return Outcome.fail(err.message);
      }
      // a decision to change nothing is only trusted on a fresh read
      if (!decision.next && fromCache) continue;
      let stored: TaskRecord | undefined;
      if (decision.next) {
        stored = (await this.store.update(decision.next, task)) ?? undefined;
        if (!stored) {
          this.cache.forget(tenant, taskId);
          continue; // another writer got there first: decide again on its result
        }
        this.cache.remember(stored);
        this.notifyChanged(stored, task);
        recordDecision(task, stored);
        if (event.subject === Subjects.ApprovalDecided)
          overrides.inc({
            workflow: stored.workflow?.id ?? 'none',
            outcome: event.envelope.payload.decision,
          });
      } else {
        this.cache.remember(task);
      }
      const current = stored ?? task;
      if (stored || decision.effects.length > 0) this.deadlines.track(current);
      await this.publish(decision.effects, event, origin.msg, current.workflow?.id);
      if (stored) {
        const last = stored.timeline.at(-1);
        // A failure at warn, a person's or a client's end (rejected, cancelled) at info, a completion
        // and every other decision at debug: at a thousand tasks a second a line per completion is
        // a log pipeline's bill (and a blocking write) for what the metrics count and the task's
        // timeline records. Each line carries task and trace ids.
        const level =
          stored.status === 'failed'
            ? 'warn'
            : isTerminal(stored.status) && stored.status !== 'completed'
              ? 'info'
              : 'debug';
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

  private async publish(
    effects: Effect[],
    event: SagaEvent,
    cause: InboundMessage<Subject> | undefined,
    workflow?: string,
  ): Promise<void> {
    const meta = (messageId: string, attempt: number): MessageMeta =>
      cause
        ? cause.causes({ messageId, attempt, workflow })
        : {
            taskId: event.envelope.taskId,
            tenant: event.envelope.tenant,
            causationId: event.envelope.id,
            messageId,
            attempt,
            workflow,
          };
    // The command and its deadline timer are independent: publish them together (one round trip).
    await Promise.all(
      effects.map((effect) =>
        effect.kind === 'command'
          ? this.publisher.publish(
              effect.subject,
              effect.payload,
              meta(effect.messageId, effect.attempt),
            )
          : this.publisher.publish(
              Subjects.StepDeadline,
              effect.payload,
              meta(effect.messageId, effect.payload.attempt),
            ),
      ),
    );
  }

  /** Core NATS, fire and forget: the gateway's event streams re-read the task when told. */
  private notifyChanged(task: TaskRecord, before: TaskRecord): void {
    this.messaging.client.nc.publish(
      taskChangedSubject(task.tenant, task.id, task.status !== before.status),
      JSON.stringify({ version: task.version, status: task.status }),
    );
  }
}

/** The validated message as a saga event. */
function asEvent(msg: AnyInbound<EventSubject | TimerSubject>): SagaEvent {
  return { subject: msg.subject, envelope: msg.envelope } as SagaEvent;
}

function envelope<P>(id: string, task: TaskRecord, attempt: number, now: Date, payload: P) {
  return {
    id,
    taskId: task.id,
    tenant: task.tenant,
    attempt,
    time: now.toISOString(),
    schemaVersion: ENVELOPE_SCHEMA_VERSION,
    workflow: task.workflow?.id,
    payload,
  };
}

/** The deadline event of the task's current step (the id a timer message of it would have). */
function deadlineOf(task: TaskRecord, now: Date): SagaEvent | undefined {
  const step = task.step;
  if (!step) return undefined;
  const payload = { stepId: step.stepId, attempt: step.attempt, deadline: step.deadline };
  return {
    subject: Subjects.StepDeadline,
    envelope: envelope(
      `${step.stepId}.a${step.attempt}.deadline`,
      task,
      step.attempt,
      now,
      payload,
    ),
  };
}

/** The submission check of a task still queued (the id the gateway's timer message had). */
function submissionCheckOf(task: TaskRecord, now: Date): SagaEvent {
  return {
    subject: Subjects.SubmissionCheck,
    envelope: envelope(`${task.id}.check`, task, 1, now, { due: now.toISOString() }),
  };
}

/** The step (or the start) a timer guards has happened: the timer can go. */
function timerSettled(task: TaskRecord, msg: AnyInbound<TimerSubject>): boolean {
  if (isTerminal(task.status)) return true;
  if (msg.subject === Subjects.SubmissionCheck) return task.status !== 'queued';
  return task.step?.stepId !== msg.payload.stepId || task.step.attempt !== msg.payload.attempt;
}
