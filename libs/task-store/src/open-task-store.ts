import type { NatsConnection } from '@nats-io/nats-core';
import { NatsClient, type NatsClientOptions } from '@switchyard/messaging';
import { KvTaskStore } from './kv-task-store.js';
import { type StoreChoice, claimStoreChoice, mongoLocation } from './store-choice.js';
import type { TaskStore } from './task-store.js';

export interface TaskStoreOptions {
  /** MongoDB connection string; when set, tasks live in MongoDB. */
  mongoUrl?: string;
  /** JetStream KV bucket of the embedded default. */
  bucket?: string;
  /** Who opens it (recorded with the deployment's store choice). */
  service?: string;
  /** Copies of the KV bucket (3 in a JetStream cluster). */
  replicas?: number;
  /**
   * NATS server(s) of the KV bucket when it lives apart from the bus (e.g. a JetStream cluster kept
   * for state); the service opens a second connection to them. Default: the bus connection.
   */
  kvServers?: string[];
  /** How long to wait for the provisioning job to create the buckets (default 0). */
  topologyWaitMs?: number;
  /** Credentials and TLS of the second connection (the service's own broker identity). */
  connection?: Pick<NatsClientOptions, 'user' | 'password' | 'inboxPrefix' | 'tls'>;
}

/** The store these options select, as recorded on the bus. */
export function storeChoiceOf(options: TaskStoreOptions): StoreChoice {
  return options.mongoUrl
    ? { kind: 'mongodb', location: mongoLocation(options.mongoUrl) }
    : {
        kind: 'kv',
        location: `${options.bucket ?? 'sy_tasks'}${options.kvServers ? ` at ${options.kvServers.join(',')}` : ''}`,
      };
}

/**
 * `MONGO_URL` present → MongoDB; otherwise the JetStream KV bucket on the service's connection.
 * The choice is checked against the one recorded on the bus first (see `claimStoreChoice`).
 */
export async function openTaskStore(
  nc: NatsConnection,
  options: TaskStoreOptions,
): Promise<TaskStore> {
  await claimStoreChoice(
    nc,
    storeChoiceOf(options),
    options.service ?? 'a service',
    options.replicas,
    options.topologyWaitMs,
  );
  if (options.mongoUrl) {
    const { MongoTaskStore } = await import('./mongo-task-store.js');
    return MongoTaskStore.connect(options.mongoUrl);
  }
  const wait = options.topologyWaitMs;
  if (!options.kvServers)
    return KvTaskStore.open(nc, options.bucket, options.replicas, undefined, wait);
  const own = await NatsClient.connect({
    servers: options.kvServers,
    name: `${options.service ?? 'service'}-task-store`,
    ...options.connection,
  });
  return KvTaskStore.open(own.nc, options.bucket, options.replicas, () => own.drain(), wait);
}
