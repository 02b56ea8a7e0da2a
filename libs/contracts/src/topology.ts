import { DOCUMENT_SUBJECTS } from './payloads/document.js';
import { DEAD_LETTER_SUBJECT, type Subject, Subjects } from './subjects.js';

/**
 * Streams and durable consumers, as plain data. The messaging library provisions them
 * idempotently at start-up. Names are wire contracts like the subjects.
 */
export interface StreamSpec {
  name: string;
  subjects: readonly string[];
  /** `workqueue`: a message is removed once acknowledged; `limits`: kept until max age (0: for ever). */
  retention: 'workqueue' | 'limits';
  maxAgeMs: number;
  /** Window in which a repeated `Nats-Msg-Id` is dropped by the broker. */
  duplicateWindowMs: number;
  /** Messages kept per subject (e.g. recent versions of a document); unlimited when absent. */
  maxMsgsPerSubject?: number;
}

export interface ConsumerSpec<S extends string = string> {
  stream: string;
  durable: string;
  /** The subjects this consumer receives; at most one filter on nats-server 2.9. */
  subjects: readonly S[];
  /** Deliveries before the message is dead-lettered; -1 for no limit (timers). */
  maxDeliver: number;
  /**
   * How long a delivery may stay unacknowledged before the server redelivers it. Consumers send
   * in-progress acks every third of it while a handler runs, so this only bounds how long the
   * messages of a killed process wait before another replica gets them: keep it short.
   */
  ackWaitMs: number;
  /** Server-side cap on unacknowledged messages across all replicas. */
  maxAckPending: number;
  /** Delay before each redelivery after a retryable failure (last value repeats). */
  retryBackoffMs: readonly number[];
}

const MINUTE = 60_000;

/** ack_wait of every consumer: a killed worker's messages move on within seconds. */
export const ACK_WAIT_MS = 6_000;
const DAY = 24 * 60 * MINUTE;

export const Streams = {
  commands: {
    name: 'SY_COMMANDS',
    subjects: [
      Subjects.RouteRequested,
      Subjects.RetrieveRequested,
      Subjects.GenerateRequested,
      Subjects.ValidateRequested,
      Subjects.ApprovalRequested,
      Subjects.ActionRequested,
    ],
    retention: 'workqueue',
    maxAgeMs: 7 * DAY,
    duplicateWindowMs: 2 * MINUTE,
  },
  events: {
    name: 'SY_EVENTS',
    subjects: [
      Subjects.TaskSubmitted,
      Subjects.TaskCancelRequested,
      Subjects.RouteCompleted,
      Subjects.RetrieveCompleted,
      Subjects.GenerateCompleted,
      Subjects.ValidateCompleted,
      Subjects.ApprovalDecided,
      Subjects.ActionCompleted,
      Subjects.StageFailed,
    ],
    retention: 'workqueue',
    maxAgeMs: 7 * DAY,
    duplicateWindowMs: 2 * MINUTE,
  },
  timers: {
    name: 'SY_TIMERS',
    subjects: [Subjects.StepDeadline, Subjects.SubmissionCheck],
    retention: 'workqueue',
    maxAgeMs: 7 * DAY,
    duplicateWindowMs: 2 * MINUTE,
  },
  /** Document versions: one subject per tenant and document, the 10 most recent versions kept. */
  documents: {
    name: 'SY_DOCUMENTS',
    subjects: [DOCUMENT_SUBJECTS],
    retention: 'limits',
    maxAgeMs: 0,
    duplicateWindowMs: 2 * MINUTE,
    maxMsgsPerSubject: 10,
  },
  deadLetter: {
    name: 'SY_DEADLETTER',
    subjects: [DEAD_LETTER_SUBJECT],
    retention: 'limits',
    maxAgeMs: 30 * DAY,
    duplicateWindowMs: 10 * MINUTE,
  },
} as const satisfies Record<string, StreamSpec>;

/** The streams every service provisions (dead letters and advisories are added by messaging). */
export const FLOW_STREAMS: readonly StreamSpec[] = [
  Streams.commands,
  Streams.events,
  Streams.timers,
  Streams.documents,
];

function stageConsumer<S extends Subject>(durable: string, subject: S): ConsumerSpec<S> {
  return {
    stream: Streams.commands.name,
    durable,
    subjects: [subject],
    maxDeliver: 5,
    ackWaitMs: ACK_WAIT_MS,
    maxAckPending: 1_000,
    retryBackoffMs: [250, 1_000, 5_000, 15_000],
  };
}

export const Consumers = {
  router: stageConsumer('router', Subjects.RouteRequested),
  retriever: stageConsumer('retriever', Subjects.RetrieveRequested),
  generator: stageConsumer('generator', Subjects.GenerateRequested),
  validator: stageConsumer('validator', Subjects.ValidateRequested),
  approval: stageConsumer('approval', Subjects.ApprovalRequested),
  /** Approved write actions, run by the generator (which holds the tool clients). */
  actor: stageConsumer('actor', Subjects.ActionRequested),
  coordinator: {
    stream: Streams.events.name,
    durable: 'coordinator',
    subjects: Streams.events.subjects,
    maxDeliver: 10,
    ackWaitMs: ACK_WAIT_MS,
    maxAckPending: 2_000,
    retryBackoffMs: [100, 500, 2_000, 5_000],
  } satisfies ConsumerSpec<(typeof Streams.events.subjects)[number]>,
  /**
   * Timers: each is nak'ed until due (looked at after a second, then at doubling intervals, and
   * acked as soon as its step has moved on), so no delivery limit.
   */
  coordinatorTimers: {
    stream: Streams.timers.name,
    durable: 'coordinator_timers',
    subjects: Streams.timers.subjects,
    maxDeliver: -1,
    ackWaitMs: ACK_WAIT_MS,
    maxAckPending: 100_000,
    retryBackoffMs: [100, 500, 2_000, 5_000],
  } satisfies ConsumerSpec<(typeof Streams.timers.subjects)[number]>,
} as const;

/** Where the server's max-deliveries advisories are kept, so none is lost while no watcher runs. */
export const ADVISORY_STREAM = {
  name: 'SY_ADVISORIES',
  subjects: ['$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.>'],
  retention: 'limits',
  maxAgeMs: 7 * DAY,
  duplicateWindowMs: 2 * MINUTE,
} as const satisfies StreamSpec;

/** The durable consumer of the advisory stream that watches one work-queue consumer. */
export function maxDeliveriesWatcherSpec(watched: ConsumerSpec): ConsumerSpec {
  return {
    stream: ADVISORY_STREAM.name,
    durable: `dlq_${watched.stream}_${watched.durable}`,
    subjects: [`${ADVISORY_STREAM.subjects[0].slice(0, -1)}${watched.stream}.${watched.durable}`],
    maxDeliver: 50,
    ackWaitMs: 30_000,
    maxAckPending: 100,
    retryBackoffMs: [1_000, 5_000, 15_000],
  };
}

/** A JetStream KV bucket (stream `KV_<name>`). Names are wire contracts like the subjects. */
export interface BucketSpec {
  name: string;
  /** Revisions kept per key. */
  history: number;
}

export const Buckets = {
  /** Task state (the embedded store; `TASK_BUCKET` names another). */
  tasks: { name: 'sy_tasks', history: 1 },
  /** Approval requests and their decisions. */
  approvals: { name: 'sy_approvals', history: 1 },
  /** The deployment's settings recorded on the bus (its task store). */
  config: { name: 'sy_config', history: 1 },
} as const satisfies Record<string, BucketSpec>;
