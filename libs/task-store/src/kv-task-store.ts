import { createHash } from 'node:crypto';
import { type JetStreamManager, StorageType, jetstreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import { isWrongLastSequence, kvKeys } from '@switchyard/messaging';
import type { TaskPage, TaskQuery, TaskRecord } from './task.js';
import {
  type CreateResult,
  type TaskStore,
  TaskStoreError,
  decodeCursor,
  encodeCursor,
} from './task-store.js';

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const taskKey = (tenant: string, id: string): string => `t.${tenant}.${id}`;
const idempotencyKey = (tenant: string, key: string): string => `i.${tenant}.${hashKey(key)}`;

/**
 * Task state in a JetStream KV bucket: the embedded default, so Switchyard runs with nothing but a
 * nats-server. A task's version is its KV revision; `update` is KV's compare-and-set on it.
 *
 * Keys: `t.<tenant>.<id>` the task, `i.<tenant>.<sha256(idempotency key)>` → task id.
 *
 * Listing asks the stream for the tenant's task subjects (one request, paged by the server; unlike
 * the KV key iterator it does not chase concurrent writes) and reads them newest first (task ids
 * are UUIDv7, so they sort by creation time): fine for the embedded default; use MongoDB for large
 * task volumes.
 */
export class KvTaskStore implements TaskStore {
  private constructor(
    private readonly kv: KV,
    private readonly jsm: JetStreamManager,
    private readonly bucket: string,
  ) {}

  static async open(nc: NatsConnection, bucket = 'sy_tasks', replicas = 1): Promise<KvTaskStore> {
    const kv = await new Kvm(nc).create(bucket, {
      history: 1,
      storage: StorageType.File,
      replicas,
    });
    return new KvTaskStore(kv, await jetstreamManager(nc), bucket);
  }

  async create(task: TaskRecord): Promise<CreateResult> {
    let id = task.id;
    if (task.idempotencyKey) {
      const key = idempotencyKey(task.tenant, task.idempotencyKey);
      try {
        await this.kv.create(key, id);
      } catch (err) {
        if (!isWrongLastSequence(err)) throw this.wrap('create', err);
        const existingId = (await this.kv.get(key))?.string();
        if (existingId) {
          const existing = await this.get(task.tenant, existingId);
          if (existing) return { task: existing, created: false };
          id = existingId; // the first request stopped between claiming the key and writing the task
        }
      }
    }
    const record = { ...task, id };
    try {
      const revision = await this.kv.create(taskKey(record.tenant, id), JSON.stringify(record));
      return { task: { ...record, version: revision }, created: true };
    } catch (err) {
      if (isWrongLastSequence(err)) {
        const existing = await this.get(record.tenant, id);
        if (existing) return { task: existing, created: false };
      }
      throw this.wrap('create', err);
    }
  }

  async get(tenant: string, id: string): Promise<TaskRecord | null> {
    try {
      const entry = await this.kv.get(taskKey(tenant, id));
      if (!entry || entry.operation !== 'PUT') return null;
      return { ...entry.json<TaskRecord>(), version: entry.revision };
    } catch (err) {
      throw this.wrap('get', err);
    }
  }

  async update(next: TaskRecord): Promise<TaskRecord | null> {
    const previousVersion = next.version;
    try {
      const revision = await this.kv.update(
        taskKey(next.tenant, next.id),
        JSON.stringify(next),
        previousVersion,
      );
      return { ...next, version: revision };
    } catch (err) {
      if (isWrongLastSequence(err)) return null;
      throw this.wrap('update', err);
    }
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const ids = (await this.keys(`t.${tenant}.`))
      .map((key) => key.slice(`t.${tenant}.`.length))
      .filter((id) => after === undefined || id < after)
      .sort()
      .reverse();
    const items: TaskRecord[] = [];
    let next = 0; // ids[next..] have not been looked at
    while (next < ids.length && items.length < query.limit) {
      const task = await this.get(tenant, ids[next++]);
      if (!task) continue;
      if (query.status && task.status !== query.status) continue;
      if (query.workflow && task.workflow?.id !== query.workflow) continue;
      items.push(task);
    }
    // a full page with ids left to look at continues after the last id looked at
    const more = items.length === query.limit && next < ids.length;
    return { items, nextCursor: more ? encodeCursor(ids[next - 1]) : undefined };
  }

  async close(): Promise<void> {
    // The connection belongs to the caller.
  }

  /** Keys under a prefix, from the stream's subject list. */
  private async keys(prefix: string): Promise<string[]> {
    try {
      return await kvKeys(this.jsm, this.bucket, prefix);
    } catch (err) {
      throw this.wrap('list', err);
    }
  }

  private wrap(operation: string, err: unknown): TaskStoreError {
    return new TaskStoreError(`task store (KV) ${operation} failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
