import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { type NatsConnection, nanos } from '@nats-io/nats-core';
import type { BucketSpec, ConsumerSpec, StreamSpec } from '@switchyard/contracts';
import { ProvisioningError, TopologyError, errorMessage } from './errors.js';
import type { MessagingLogger } from './logger.js';

const STREAM_NAME_IN_USE = 10058;
/** What a second creator of the same stream may get instead of 10058 when the first won the race. */
const STREAM_SUBJECT_OVERLAP = 10065;
const CONSUMER_ALREADY_EXISTS = 10148;
const CONSUMER_NAME_EXISTS = 10013;

function streamConfig(
  spec: StreamSpec,
  replicas: number,
): Partial<StreamConfig> & { name: string } {
  return {
    name: spec.name,
    subjects: [...spec.subjects],
    retention: spec.retention === 'workqueue' ? RetentionPolicy.Workqueue : RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(spec.maxAgeMs),
    duplicate_window: nanos(spec.duplicateWindowMs),
    max_msgs_per_subject: spec.maxMsgsPerSubject ?? -1,
    // direct get: the latest version of a subject is read without a consumer
    allow_direct: true,
    num_replicas: replicas,
  };
}

function apiCode(err: unknown): number | undefined {
  return err instanceof JetStreamApiError ? err.apiError().err_code : undefined;
}

function sameSubjects(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** What provisioning did to one stream, consumer or bucket. */
export type ProvisionOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates the stream, or brings an existing one's subjects, limits and replica count up to date
 * (`replicas`: 1 on a single server, 3 in a cluster). Safe to run from several processes at once:
 * a lost creation race is followed by a normal update.
 */
export async function ensureStream(
  jsm: JetStreamManager,
  spec: StreamSpec,
  replicas = 1,
): Promise<ProvisionOutcome> {
  const wanted = streamConfig(spec, replicas);
  try {
    const existing = await jsm.streams.info(spec.name).catch((err: unknown) => {
      if (apiCode(err) === JetStreamApiCodes.StreamNotFound) return null;
      throw err;
    });
    if (!existing) {
      try {
        await jsm.streams.add(wanted);
        return 'created';
      } catch (err) {
        const code = apiCode(err);
        // another provisioner created it meanwhile: carry on with what it created; an overlap with
        // a stream of another name is a real conflict
        const createdMeanwhile =
          code === STREAM_NAME_IN_USE ||
          (code === STREAM_SUBJECT_OVERLAP &&
            (await jsm.streams.info(spec.name).then(
              () => true,
              () => false,
            )));
        if (!createdMeanwhile) throw err;
      }
    }
    const current = existing?.config ?? (await jsm.streams.info(spec.name)).config;
    if (current.retention !== wanted.retention) {
      throw new ProvisioningError(
        `stream ${spec.name} exists with retention '${current.retention}', expected '${wanted.retention}'; ` +
          'retention cannot be changed in place: migrate the stream',
      );
    }
    const upToDate =
      sameSubjects(current.subjects, wanted.subjects) &&
      current.max_age === wanted.max_age &&
      current.duplicate_window === wanted.duplicate_window &&
      current.max_msgs_per_subject === wanted.max_msgs_per_subject &&
      current.allow_direct === wanted.allow_direct &&
      current.num_replicas === wanted.num_replicas;
    if (upToDate) return 'unchanged';
    await jsm.streams.update(spec.name, { ...current, ...wanted });
    return 'updated';
  } catch (err) {
    if (err instanceof ProvisioningError) throw err;
    throw new ProvisioningError(`cannot provision stream ${spec.name}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

export function consumerConfig(spec: ConsumerSpec): Partial<ConsumerConfig> {
  // nats-server 2.9 supports one filter subject per consumer (2.10 added filter_subjects), so a
  // consumer of several subjects takes its whole stream: its spec lists all the stream's subjects.
  return {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(spec.ackWaitMs),
    max_deliver: spec.maxDeliver,
    max_ack_pending: spec.maxAckPending,
    ...(spec.subjects.length === 1 ? { filter_subject: spec.subjects[0] } : {}),
  };
}

/** Creates the durable pull consumer, or updates the settings that may change in place. */
export async function ensureConsumer(
  jsm: JetStreamManager,
  spec: ConsumerSpec,
): Promise<ProvisionOutcome> {
  const config = consumerConfig(spec);
  let problems: string[];
  try {
    problems = await verifyConsumer(jsm, spec);
    if (problems.length === 1 && problems[0]?.endsWith('is missing')) {
      try {
        await jsm.consumers.add(spec.stream, config);
        return 'created';
      } catch (err) {
        // another provisioning run created it meanwhile: compare with what it made
        const code = apiCode(err);
        if (code !== CONSUMER_ALREADY_EXISTS && code !== CONSUMER_NAME_EXISTS) throw err;
        problems = await verifyConsumer(jsm, spec);
      }
    }
  } catch (err) {
    throw new ProvisioningError(
      `cannot provision consumer ${spec.stream}/${spec.durable}: ${errorMessage(err)}`,
      { cause: err },
    );
  }
  if (problems.length === 0) return 'unchanged';
  try {
    // The name and deliver policy are fixed at creation; the rest can change in place.
    const updatable = { ...config };
    delete updatable.durable_name;
    delete updatable.deliver_policy;
    await jsm.consumers.update(spec.stream, spec.durable, updatable);
    return 'updated';
  } catch (updateErr) {
    throw new ProvisioningError(
      `consumer ${spec.stream}/${spec.durable} exists with settings that cannot be updated: ${errorMessage(updateErr)}`,
      { cause: updateErr },
    );
  }
}

/**
 * Removes work-queue messages that the consumer has already acknowledged but the stream still
 * holds. nats-server 2.9 can persist a consumer's ack floor while losing the matching stream
 * deletes when it is killed (no sync_interval / sync_always until 2.10, which also reconciles
 * work-queue state on recovery). Such messages would never be delivered again, yet they count as
 * stream backlog. Everything below the ack floor is acknowledged by definition, so purging it
 * (for this consumer's filter subject) is safe. Returns how many messages were removed.
 */
export async function purgeAcknowledged(
  jsm: JetStreamManager,
  spec: ConsumerSpec,
  deadLetterWatcher?: ConsumerSpec,
): Promise<number> {
  if (deadLetterWatcher) {
    // Dead-letter first, purge after: a max-delivered message sits below the ack floor until its
    // advisory has been handled (copied to the dead-letter stream); purging it now would lose it.
    const watcher = await jsm.consumers.info(deadLetterWatcher.stream, deadLetterWatcher.durable);
    if (watcher.num_pending + watcher.num_ack_pending > 0) return 0;
  }
  const stream = await jsm.streams.info(spec.stream);
  if (stream.config.retention !== RetentionPolicy.Workqueue) return 0;
  const consumer = await jsm.consumers.info(spec.stream, spec.durable);
  const floor = consumer.ack_floor.stream_seq;
  if (floor < stream.state.first_seq) return 0;
  const filter = consumer.config.filter_subject;
  const response = await jsm.streams.purge(spec.stream, {
    seq: floor + 1,
    ...(filter ? { filter } : {}),
  });
  return response.purged;
}

// ---- verify-only (services) ---------------------------------------------------------------------

/**
 * What differs between the stream on the broker and its spec (empty when it matches): services
 * verify instead of provisioning, so a missing or outdated stream is named, never created.
 */
export async function verifyStream(
  jsm: JetStreamManager,
  spec: StreamSpec,
  replicas = 1,
): Promise<string[]> {
  let current: StreamConfig;
  try {
    current = (await jsm.streams.info(spec.name)).config;
  } catch (err) {
    if (apiCode(err) === JetStreamApiCodes.StreamNotFound)
      return [`stream ${spec.name} is missing`];
    throw err;
  }
  const wanted = streamConfig(spec, replicas);
  const problems: string[] = [];
  const differs = (field: string, has: unknown, expected: unknown): void => {
    if (has !== expected)
      problems.push(
        `stream ${spec.name} has ${field} ${String(has)}, expected ${String(expected)}`,
      );
  };
  if (!sameSubjects(current.subjects, wanted.subjects))
    problems.push(
      `stream ${spec.name} has subjects [${(current.subjects ?? []).join(', ')}], expected [${(wanted.subjects ?? []).join(', ')}]`,
    );
  differs('retention', current.retention, wanted.retention);
  differs('max_age', current.max_age, wanted.max_age);
  differs('duplicate_window', current.duplicate_window, wanted.duplicate_window);
  differs('max_msgs_per_subject', current.max_msgs_per_subject, wanted.max_msgs_per_subject);
  differs('allow_direct', current.allow_direct, wanted.allow_direct);
  differs('num_replicas', current.num_replicas, wanted.num_replicas);
  return problems;
}

/** What differs between the durable consumer on the broker and its spec (empty when it matches). */
export async function verifyConsumer(jsm: JetStreamManager, spec: ConsumerSpec): Promise<string[]> {
  let current: ConsumerConfig;
  try {
    current = (await jsm.consumers.info(spec.stream, spec.durable)).config;
  } catch (err) {
    const code = apiCode(err);
    if (code === JetStreamApiCodes.ConsumerNotFound || code === JetStreamApiCodes.StreamNotFound)
      return [`consumer ${spec.stream}/${spec.durable} is missing`];
    throw err;
  }
  const wanted = consumerConfig(spec);
  const problems: string[] = [];
  for (const field of [
    'ack_policy',
    'ack_wait',
    'max_deliver',
    'max_ack_pending',
    'filter_subject',
  ] as const) {
    const has: unknown = current[field] ?? undefined;
    const expected: unknown = wanted[field] ?? undefined;
    if (has !== expected && !(field === 'filter_subject' && !has && !expected))
      problems.push(
        `consumer ${spec.stream}/${spec.durable} has ${field} ${String(has)}, expected ${String(expected)}`,
      );
  }
  return problems;
}

// ---- KV buckets ---------------------------------------------------------------------------------

/** The stream behind a KV bucket. */
export function bucketStream(bucket: string): string {
  return `KV_${bucket}`;
}

/** Creates the KV bucket, or brings its history and replica count up to date (provisioning). */
export async function ensureBucket(
  nc: NatsConnection,
  jsm: JetStreamManager,
  bucket: BucketSpec,
  replicas = 1,
): Promise<ProvisionOutcome> {
  try {
    const existed = await jsm.streams.info(bucketStream(bucket.name)).then(
      () => true,
      (err: unknown) => {
        if (apiCode(err) === JetStreamApiCodes.StreamNotFound) return false;
        throw err;
      },
    );
    await new Kvm(nc).create(bucket.name, {
      history: bucket.history,
      storage: StorageType.File,
      replicas,
    });
    if (!existed) return 'created';
    const current = (await jsm.streams.info(bucketStream(bucket.name))).config;
    if (
      current.num_replicas === replicas &&
      current.max_msgs_per_subject === bucket.history &&
      current.allow_direct
    )
      return 'unchanged';
    await jsm.streams.update(bucketStream(bucket.name), {
      ...current,
      num_replicas: replicas,
      max_msgs_per_subject: bucket.history,
      allow_direct: true,
    });
    return 'updated';
  } catch (err) {
    throw new ProvisioningError(`cannot provision KV bucket ${bucket.name}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

/** What differs between the KV bucket on the broker and its spec (empty when it matches). */
export async function verifyBucket(
  jsm: JetStreamManager,
  bucket: BucketSpec,
  replicas = 1,
): Promise<string[]> {
  let current: StreamConfig;
  try {
    current = (await jsm.streams.info(bucketStream(bucket.name))).config;
  } catch (err) {
    if (apiCode(err) === JetStreamApiCodes.StreamNotFound)
      return [`KV bucket ${bucket.name} is missing`];
    throw err;
  }
  const problems: string[] = [];
  if (current.max_msgs_per_subject !== bucket.history)
    problems.push(
      `KV bucket ${bucket.name} keeps ${current.max_msgs_per_subject} revisions per key, expected ${bucket.history}`,
    );
  if (current.num_replicas !== replicas)
    problems.push(
      `KV bucket ${bucket.name} has num_replicas ${current.num_replicas}, expected ${replicas}`,
    );
  if (!current.allow_direct) problems.push(`KV bucket ${bucket.name} does not allow direct gets`);
  return problems;
}

/**
 * Runs `check` until it finds no problem, for up to `waitMs` (the provisioning job may still be
 * running), then throws a `TopologyError` naming every problem. Logs what it waits for once per
 * change.
 */
export async function waitForTopology(
  check: () => Promise<string[]>,
  waitMs = 0,
  logger?: MessagingLogger,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  let logged = '';
  for (;;) {
    const problems = await check();
    if (problems.length === 0) return;
    if (Date.now() >= deadline) throw new TopologyError(problems);
    const text = problems.join('; ');
    if (text !== logged) {
      logged = text;
      logger?.warn(
        { problems, waitMs: deadline - Date.now() },
        'waiting for the topology to be provisioned',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * Opens a KV bucket a service uses, after checking it exists as provisioned: services never create
 * buckets (only the provisioning identity may). Waits up to `waitMs` for it, then throws a
 * `TopologyError` naming what is wrong.
 */
export async function openBucket(
  nc: NatsConnection,
  jsm: JetStreamManager,
  bucket: BucketSpec,
  replicas = 1,
  waitMs = 0,
  logger?: MessagingLogger,
): Promise<KV> {
  await waitForTopology(() => verifyBucket(jsm, bucket, replicas), waitMs, logger);
  // bound without a creation attempt; direct gets, as the bucket allows them
  return new Kvm(nc).open(bucket.name, { allow_direct: true });
}
