import { createHash } from 'node:crypto';
import { JetStreamApiError, StorageType } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import type { TaskPage, TaskQuery, TaskRecord } from './task.js';
import {
  type CreateResult,
  type TaskStore,
  TaskStoreError,
  decodeCursor,
  encodeCursor,
} from './task-store.js';

const WRONG_LAST_SEQUENCE = 10071;

function isWrongLastSequence(err: unknown): boolean {
  if (err instanceof JetStreamApiError) return err.apiError().err_code === WRONG_LAST_SEQUENCE;
  return err instanceof Error && /wrong last sequence/i.test(err.message);
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const taskKey = (tenant: string, id: string): string => `t.${tenant}.${id}`;
const idempotencyKey = (tenant: string, key: string): string => `i.${tenant}.${hashKey(key)}`;
const queuedKey = (tenant: string, id: string): string => `q.${tenant}.${id}`;

/**
 * Task state in a JetStream KV bucket: the embedded default, so Switchyard runs with nothing but a
 * nats-server. A task's version is its KV revision; `update` is KV's compare-and-set on it.
 *
 * Keys: `t.<tenant>.<id>` the task, `i.<tenant>.<sha256(idempotency key)>` → task id,
 * `q.<tenant>.<id>` while the task is queued (for the lost-submission sweep).
 *
 * Listing reads the tenant's keys and walks them newest first (task ids are UUIDv7, so they sort
 * by creation time): fine for the embedded default; use MongoDB for large task volumes.
 */
export class KvTaskStore implements TaskStore {
  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, bucket = 'sy_tasks'): Promise<KvTaskStore> {
    const kv = await new Kvm(nc).create(bucket, { history: 1, storage: StorageType.File });
    return new KvTaskStore(kv);
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
      await this.kv.put(queuedKey(record.tenant, id), '');
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
      if (next.status !== 'queued') {
        await this.kv.delete(queuedKey(next.tenant, next.id)).catch(() => undefined);
      }
      return { ...next, version: revision };
    } catch (err) {
      if (isWrongLastSequence(err)) return null;
      throw this.wrap('update', err);
    }
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const ids = (await this.keys(`t.${tenant}.>`))
      .map((key) => key.slice(`t.${tenant}.`.length))
      .filter((id) => after === undefined || id < after)
      .sort()
      .reverse();
    const items: TaskRecord[] = [];
    let lastId: string | undefined;
    for (const id of ids) {
      if (items.length === query.limit) break;
      lastId = id;
      const task = await this.get(tenant, id);
      if (!task) continue;
      if (query.status && task.status !== query.status) continue;
      if (query.workflow && task.workflow?.id !== query.workflow) continue;
      items.push(task);
    }
    const more = lastId !== undefined && ids.indexOf(lastId) < ids.length - 1;
    return {
      items,
      nextCursor: items.length === query.limit && more && lastId ? encodeCursor(lastId) : undefined,
    };
  }

  async listQueued(before: Date, limit: number): Promise<TaskRecord[]> {
    const out: TaskRecord[] = [];
    for (const key of await this.keys('q.>')) {
      if (out.length === limit) break;
      const [, tenant, id] = key.split('.');
      if (!tenant || !id) continue;
      const task = await this.get(tenant, id);
      if (!task || task.status !== 'queued') {
        // The index outlived its task's queued state (a crash between writes): tidy it.
        if (!task || Date.parse(task.createdAt) < before.getTime())
          await this.kv.delete(key).catch(() => undefined);
        continue;
      }
      if (Date.parse(task.createdAt) < before.getTime()) out.push(task);
    }
    return out;
  }

  async close(): Promise<void> {
    // The connection belongs to the caller.
  }

  private async keys(filter: string): Promise<string[]> {
    const out: string[] = [];
    try {
      for await (const key of await this.kv.keys(filter)) out.push(key);
    } catch (err) {
      throw this.wrap('list', err);
    }
    return out;
  }

  private wrap(operation: string, err: unknown): TaskStoreError {
    return new TaskStoreError(`task store (KV) ${operation} failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
