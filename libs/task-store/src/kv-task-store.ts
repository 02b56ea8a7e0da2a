import { createHash } from 'node:crypto';
import { type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import { Buckets } from '@switchyard/contracts';
import {
  ensureBucket,
  isUnavailable,
  isWrongLastSequence,
  kvKeys,
  openBucket,
} from '@switchyard/messaging';
import type { TaskPage, TaskQuery, TaskRecord } from './task.js';
import {
  type CreateResult,
  type DueQuery,
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
const statusPrefix = (tenant: string, status: string): string => `x.${tenant}.${status}.`;

/** Milliseconds since the epoch from a UUIDv7 (its first 48 bits); 0 for other ids. */
function createdAtOf(id: string): number {
  const hex = id.replace(/-/g, '');
  return hex.length === 32 && hex[12] === '7' ? Number.parseInt(hex.slice(0, 12), 16) : 0;
}
const workflowPrefix = (tenant: string, workflow: string): string => `w.${tenant}.${workflow}.`;

/**
 * Task state in a JetStream KV bucket: the embedded default, so Switchyard runs with nothing but a
 * nats-server. A task's version is its KV revision; `update` is KV's compare-and-set on it.
 *
 * Keys: `t.<tenant>.<id>` the task; `i.<tenant>.<sha256(idempotency key)>` → task id; and an index
 * of empty keys, `x.<tenant>.<status>.<id>` and `w.<tenant>.<workflow>.<id>`, written together with
 * the task when its status changes or it is routed. Listing takes the key names under one prefix
 * from the stream (one request; task ids are UUIDv7, so they sort by creation time), picks the page
 * and reads only its tasks, checking each against the filter: an index entry is a hint, and an
 * entry left behind by a crash between the two writes is skipped (and removed).
 */
export class KvTaskStore implements TaskStore {
  private constructor(
    private readonly kv: KV,
    private readonly jsm: JetStreamManager,
    private readonly bucket: string,
    private readonly onClose?: () => Promise<void>,
  ) {}

  /**
   * Opens the bucket, which must exist as provisioned (services never create it: `TopologyError`
   * names what is missing); `onClose` runs on `close()` (an own connection).
   */
  static async open(
    nc: NatsConnection,
    bucket: string = Buckets.tasks.name,
    replicas = 1,
    onClose?: () => Promise<void>,
    waitMs = 0,
  ): Promise<KvTaskStore> {
    const jsm = await jetstreamManager(nc);
    const kv = await openBucket(nc, jsm, { ...Buckets.tasks, name: bucket }, replicas, waitMs);
    return new KvTaskStore(kv, jsm, bucket, onClose);
  }

  /** Creates the bucket if needed, then opens it (provisioning tools and tests only). */
  static async create(
    nc: NatsConnection,
    bucket: string = Buckets.tasks.name,
    replicas = 1,
  ): Promise<KvTaskStore> {
    await ensureBucket(
      nc,
      await jetstreamManager(nc),
      { ...Buckets.tasks, name: bucket },
      replicas,
    );
    return KvTaskStore.open(nc, bucket, replicas);
  }

  async create(task: TaskRecord): Promise<CreateResult> {
    let id = task.id;
    try {
      if (task.idempotencyKey) {
        const key = idempotencyKey(task.tenant, task.idempotencyKey);
        try {
          await this.kv.create(key, id);
        } catch (err) {
          if (!isWrongLastSequence(err)) throw err;
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
        const [revision] = await Promise.all([
          this.kv.create(taskKey(record.tenant, id), JSON.stringify(record)),
          this.kv.put(`${statusPrefix(record.tenant, record.status)}${id}`, ''),
        ]);
        return { task: { ...record, version: revision }, created: true };
      } catch (err) {
        if (!isWrongLastSequence(err)) throw err;
        const existing = await this.get(record.tenant, id);
        if (existing) return { task: existing, created: false };
        throw err;
      }
    } catch (err) {
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

  async update(next: TaskRecord, before: TaskRecord): Promise<TaskRecord | null> {
    const { tenant, id } = next;
    // The new index entries go out with the compare-and-set (same flush), the old one after it.
    const newStatus = before.status !== next.status;
    const routed = next.workflow && next.workflow.id !== before.workflow?.id;
    try {
      const [revision] = await Promise.all([
        this.kv.update(taskKey(tenant, id), JSON.stringify(next), next.version),
        newStatus ? this.kv.put(`${statusPrefix(tenant, next.status)}${id}`, '') : undefined,
        routed && next.workflow
          ? this.kv.put(`${workflowPrefix(tenant, next.workflow.id)}${id}`, '')
          : undefined,
      ]);
      if (newStatus) await this.unindex(`${statusPrefix(tenant, before.status)}${id}`);
      return { ...next, version: revision };
    } catch (err) {
      if (isWrongLastSequence(err)) return null;
      throw this.wrap('update', err);
    }
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const prefixes = [
      query.status ? statusPrefix(tenant, query.status) : undefined,
      query.workflow ? workflowPrefix(tenant, query.workflow) : undefined,
    ].filter((p): p is string => p !== undefined);
    if (prefixes.length === 0) prefixes.push(`t.${tenant}.`);
    const sets = await Promise.all(prefixes.map((p) => this.ids(p)));
    const [first = [], ...others] = sets;
    const candidates = first
      .filter((id) => others.every((set) => set.includes(id)))
      .filter((id) => after === undefined || id < after)
      .sort()
      .reverse();
    const items: TaskRecord[] = [];
    let next = 0; // candidates[next..] have not been looked at
    while (next < candidates.length && items.length < query.limit) {
      const batch = candidates.slice(next, next + (query.limit - items.length));
      next += batch.length;
      const tasks = await Promise.all(batch.map((id) => this.get(tenant, id)));
      tasks.forEach((task, i) => {
        if (!task) return;
        const fits =
          (!query.status || task.status === query.status) &&
          (!query.workflow || task.workflow?.id === query.workflow);
        if (fits) items.push(task);
        else if (query.status && task.status !== query.status)
          void this.unindex(`${statusPrefix(tenant, query.status)}${batch[i]}`);
      });
    }
    // a full page with candidates left to look at continues after the last one looked at
    const more = items.length === query.limit && next < candidates.length;
    return { items, nextCursor: more ? encodeCursor(candidates[next - 1]) : undefined };
  }

  async listDue({ now, queuedBefore, limit }: DueQuery): Promise<TaskRecord[]> {
    const [queued, running] = await Promise.all([
      this.indexed('queued').then((keys) =>
        // a UUIDv7 id says when it was made: only old queued tasks are read
        keys.filter((k) => createdAtOf(k.id) < queuedBefore.getTime()),
      ),
      this.indexed('running'),
    ]);
    const due: TaskRecord[] = [];
    const candidates = [...queued, ...running];
    for (let i = 0; i < candidates.length && due.length < limit; i += 64) {
      const tasks = await Promise.all(
        candidates.slice(i, i + 64).map((k) => this.get(k.tenant, k.id)),
      );
      for (const task of tasks) {
        if (!task) continue;
        if (task.status === 'queued' && Date.parse(task.createdAt) < queuedBefore.getTime())
          due.push(task);
        if (
          task.status === 'running' &&
          task.step &&
          Date.parse(task.step.deadline) <= now.getTime()
        )
          due.push(task);
      }
    }
    const dueAt = (t: TaskRecord): string =>
      t.status === 'queued' ? t.createdAt : (t.step?.deadline ?? '');
    return due.sort((a, b) => dueAt(a).localeCompare(dueAt(b))).slice(0, limit);
  }

  /** Every tenant's tasks in one status, from the index (tenant and id of each). */
  private async indexed(status: string): Promise<Array<{ tenant: string; id: string }>> {
    try {
      return (await kvKeys(this.jsm, this.bucket, `x.*.${status}.`)).map((key) => {
        const [, tenant = '', , id = ''] = key.split('.');
        return { tenant, id };
      });
    } catch (err) {
      throw this.wrap('listDue', err);
    }
  }

  async close(): Promise<void> {
    await this.onClose?.(); // the bus connection belongs to the caller
  }

  /** Task ids under an index or task-key prefix, from the stream's subject list. */
  private async ids(prefix: string): Promise<string[]> {
    try {
      return (await kvKeys(this.jsm, this.bucket, prefix)).map((key) => key.slice(prefix.length));
    } catch (err) {
      throw this.wrap('list', err);
    }
  }

  /** Removes an index entry entirely (a KV delete would leave its key behind as a marker). */
  private async unindex(key: string): Promise<void> {
    await this.jsm.streams
      .purge(`KV_${this.bucket}`, { filter: `$KV.${this.bucket}.${key}` })
      .catch(() => undefined); // a stale entry is skipped when read and removed then
  }

  private wrap(operation: string, err: unknown): TaskStoreError {
    if (err instanceof TaskStoreError) return err;
    return new TaskStoreError(
      `task store (KV) ${operation} failed: ${(err as Error).message}`,
      isUnavailable(err),
      { cause: err },
    );
  }
}
