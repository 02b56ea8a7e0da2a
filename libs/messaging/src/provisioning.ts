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
import { nanos } from '@nats-io/nats-core';
import type { ConsumerSpec, StreamSpec } from '@switchyard/contracts';
import { ProvisioningError, errorMessage } from './errors.js';

const STREAM_NAME_IN_USE = 10058;
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

/**
 * Creates the stream, or brings an existing one's subjects, limits and replica count up to date
 * (`replicas`: 1 on a single server, 3 in a cluster). Safe to run from every replica at once: a
 * lost creation race is followed by a normal update.
 */
export async function ensureStream(
  jsm: JetStreamManager,
  spec: StreamSpec,
  replicas = 1,
): Promise<void> {
  const wanted = streamConfig(spec, replicas);
  try {
    const existing = await jsm.streams.info(spec.name).catch((err: unknown) => {
      if (apiCode(err) === JetStreamApiCodes.StreamNotFound) return null;
      throw err;
    });
    if (!existing) {
      try {
        await jsm.streams.add(wanted);
        return;
      } catch (err) {
        if (apiCode(err) !== STREAM_NAME_IN_USE) throw err;
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
    if (!upToDate) await jsm.streams.update(spec.name, { ...current, ...wanted });
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
export async function ensureConsumer(jsm: JetStreamManager, spec: ConsumerSpec): Promise<void> {
  const config = consumerConfig(spec);
  try {
    await jsm.consumers.add(spec.stream, config);
  } catch (err) {
    const code = apiCode(err);
    if (code !== CONSUMER_ALREADY_EXISTS && code !== CONSUMER_NAME_EXISTS) {
      throw new ProvisioningError(
        `cannot provision consumer ${spec.stream}/${spec.durable}: ${errorMessage(err)}`,
        { cause: err },
      );
    }
    try {
      // The name and deliver policy are fixed at creation; the rest can change in place.
      const updatable = { ...config };
      delete updatable.durable_name;
      delete updatable.deliver_policy;
      await jsm.consumers.update(spec.stream, spec.durable, updatable);
    } catch (updateErr) {
      throw new ProvisioningError(
        `consumer ${spec.stream}/${spec.durable} exists with settings that cannot be updated: ${errorMessage(updateErr)}`,
        { cause: updateErr },
      );
    }
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
