import type { NatsConnection } from '@nats-io/nats-core';
import { KvTaskStore } from './kv-task-store.js';
import { MongoTaskStore } from './mongo-task-store.js';
import type { TaskStore } from './task-store.js';

export interface TaskStoreOptions {
  /** MongoDB connection string; when set, tasks live in MongoDB. */
  mongoUrl?: string;
  /** JetStream KV bucket of the embedded default. */
  bucket?: string;
  /** Copies of the KV bucket (3 in a JetStream cluster). */
  replicas?: number;
}

/** `MONGO_URL` present → MongoDB; otherwise the JetStream KV bucket on the service's connection. */
export async function openTaskStore(
  nc: NatsConnection,
  options: TaskStoreOptions,
): Promise<TaskStore> {
  if (options.mongoUrl) return MongoTaskStore.connect(options.mongoUrl);
  return KvTaskStore.open(nc, options.bucket, options.replicas);
}
