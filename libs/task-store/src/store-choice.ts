import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { Buckets } from '@switchyard/contracts';
import { isWrongLastSequence, openBucket } from '@switchyard/messaging';

/** Where a deployment keeps its task state: recorded once on the bus, checked by every service. */
export interface StoreChoice {
  kind: 'kv' | 'mongodb';
  /** The bucket, or the MongoDB hosts and database (never credentials). */
  location: string;
}

interface RecordedChoice extends StoreChoice {
  recordedBy: string;
  recordedAt: string;
}

/** The bucket and key holding the choice. */
export const STORE_CHOICE_BUCKET = Buckets.config.name;
export const STORE_CHOICE_KEY = 'task_store';

/** A service was configured for another task store than the one the deployment uses. */
export class StoreChoiceMismatchError extends Error {
  override readonly name = 'StoreChoiceMismatchError';
}

/** `mongodb://user:pw@a:1,b:2/db?x=y` → `mongodb://a:1,b:2/db` (no credentials, no options). */
export function mongoLocation(url: string): string {
  const match = /^(mongodb(?:\+srv)?):\/\/(?:[^@/]*@)?([^/?]*)(?:\/([^?]*))?/.exec(url);
  if (!match) return 'mongodb (unparsable URL)';
  const [, scheme, hosts, database] = match;
  return `${scheme}://${hosts}/${database || 'test'}`;
}

export function describeChoice(choice: StoreChoice): string {
  return choice.kind === 'kv'
    ? `the JetStream KV bucket ${choice.location}`
    : `MongoDB at ${choice.location}`;
}

/**
 * Records this deployment's task store on the bus the first time a service opens one, and refuses
 * (with an error naming both) to let a service open a different one: a gateway on MongoDB and an
 * approval service on the KV bucket would each see the other's tasks as missing.
 */
export async function claimStoreChoice(
  nc: NatsConnection,
  choice: StoreChoice,
  service: string,
  replicas = 1,
  waitMs = 0,
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const kv = await openBucket(nc, jsm, Buckets.config, replicas, waitMs);
  const record: RecordedChoice = {
    ...choice,
    recordedBy: service,
    recordedAt: new Date().toISOString(),
  };
  try {
    await kv.create(STORE_CHOICE_KEY, JSON.stringify(record));
    return;
  } catch (err) {
    if (!isWrongLastSequence(err)) throw err;
  }
  const entry = await kv.get(STORE_CHOICE_KEY);
  const existing = entry?.json<RecordedChoice>();
  if (!existing || (existing.kind === choice.kind && existing.location === choice.location)) return;
  throw new StoreChoiceMismatchError(
    `this deployment keeps its tasks in ${describeChoice(existing)} (recorded by ${existing.recordedBy} at ${existing.recordedAt}), ` +
      `but ${service} is configured for ${describeChoice(choice)}. Configure the gateway, the coordinator and the approval service alike ` +
      `(MONGO_URL on all of them, or on none). To move the deployment to another store on purpose, delete key ` +
      `'${STORE_CHOICE_KEY}' from bucket '${STORE_CHOICE_BUCKET}' after migrating the tasks.`,
  );
}
