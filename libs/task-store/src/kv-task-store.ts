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
import { type TaskPage, type TaskQuery, type TaskRecord, isTerminal } from './task.js';
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

/** The shortest step deadline a workflow may declare (`timeoutMs` minimum in its schema). */
const MIN_STEP_MS = 100;

const taskKey = (tenant: string, id: string): string => `t.${tenant}.${id}`;
const idempotencyKey = (tenant: string, key: string): string => `i.${tenant}.${hashKey(key)}`;

/**
 * The index key of a task in a status: `a.` while queued or running (the coordinators' sweep reads
 * these), `p.` while it waits for a person, `x.<status>.<workflow>.` once it has ended.
 */
function indexKey(task: Pick<TaskRecord, 'tenant' | 'id' | 'status' | 'workflow'>): string {
  if (task.status === 'queued' || task.status === 'running') return `a.${task.tenant}.${task.id}`;
  if (task.status === 'awaiting_approval') return `p.${task.tenant}.${task.id}`;
  return `x.${task.tenant}.${task.status}.${task.workflow?.id ?? 'none'}.${task.id}`;
}

/** Milliseconds since the epoch from a UUIDv7 (its first 48 bits); 0 for other ids. */
function createdAtOf(id: string): number {
  const hex = id.replace(/-/g, '');
  return hex.length === 32 && hex[12] === '7' ? Number.parseInt(hex.slice(0, 12), 16) : 0;
}

/** Where the candidates of a listing are: index prefixes whose last token is a task id. */
function candidatePrefixes(tenant: string, query: TaskQuery): string[] {
  const { status, workflow } = query;
  if (status && isTerminal(status))
    return [`x.${tenant}.${status}.${workflow ? `${workflow}.` : ''}`];
  if (status === 'awaiting_approval') return [`p.${tenant}.`];
  if (status) return [`a.${tenant}.`];
  if (workflow) return [`x.${tenant}.*.${workflow}.`, `a.${tenant}.`, `p.${tenant}.`];
  return [`t.${tenant}.`];
}

/**
 * Task state in a JetStream KV bucket: the embedded default, so Switchyard runs with nothing but a
 * nats-server. A task's version is its KV revision; `update` is KV's compare-and-set on it.
 *
 * Keys: `t.<tenant>.<id>` the task; `i.<tenant>.<sha256(idempotency key)>` → task id; and an index
 * of empty keys (`indexKey`) that changes only when a task changes between running, waiting for a
 * person and ended — three index writes in a task's life. Listing takes the key names under the
 * filter's prefix from the stream (one request; task ids are UUIDv7, so they sort by creation
 * time), picks the page and reads only its tasks, checking each against the filter: an index entry
 * is a hint, and an entry a crash left behind is skipped (and removed). Ended tasks are indexed by
 * status and workflow, so a page of them costs a page; a page of tasks still in progress reads
 * through the ones in progress.
 */
export class KvTaskStore implements TaskStore {
  /** Index entries being removed: a list in this process waits for them (reads its own writes). */
  private readonly unindexing = new Set<Promise<void>>();

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
          this.kv.put(indexKey(record), ''),
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
    // The new index entry goes out with the compare-and-set (same flush); the old one is removed
    // after it without holding the caller (whose change notice would wait a JetStream API round
    // trip): a list in this process waits for the removal, and an entry left behind elsewhere is
    // a hint that a list skips and removes.
    const from = indexKey(before);
    const to = indexKey(next);
    try {
      const [revision] = await Promise.all([
        this.kv.update(taskKey(next.tenant, next.id), JSON.stringify(next), next.version),
        to !== from ? this.kv.put(to, '') : undefined,
      ]);
      if (to !== from) this.unindexInBackground(from);
      return { ...next, version: revision };
    } catch (err) {
      if (isWrongLastSequence(err)) return null;
      throw this.wrap('update', err);
    }
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    await this.settled();
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const keys = (
      await Promise.all(candidatePrefixes(tenant, query).map((p) => this.keys(p)))
    ).flat();
    const idOf = new Map(keys.map((key) => [key.slice(key.lastIndexOf('.') + 1), key]));
    const candidates = [...idOf.keys()]
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
        const key = idOf.get(batch[i]) as string;
        if (!task) return;
        if (!key.startsWith('t.') && indexKey(task) !== key) void this.unindex(key); // left behind
        const fits =
          (!query.status || task.status === query.status) &&
          (!query.workflow || task.workflow?.id === query.workflow);
        if (fits) items.push(task);
      });
    }
    // a full page with candidates left to look at continues after the last one looked at
    const more = items.length === query.limit && next < candidates.length;
    return { items, nextCursor: more ? encodeCursor(candidates[next - 1]) : undefined };
  }

  async listDue({ now, queuedBefore, limit }: DueQuery): Promise<TaskRecord[]> {
    // Only tasks old enough to qualify are read: a queued one made before `queuedBefore`, or a
    // running one whose step (at least 100 ms long, by the workflow schema) may be overdue.
    const cutoff = Math.max(queuedBefore.getTime(), now.getTime() - MIN_STEP_MS);
    await this.settled();
    let keys: string[];
    try {
      keys = await kvKeys(this.jsm, this.bucket, 'a.*.');
    } catch (err) {
      throw this.wrap('listDue', err);
    }
    const candidates = keys
      .map((key) => {
        const [, tenant = '', id = ''] = key.split('.');
        return { tenant, id };
      })
      .filter((c) => createdAtOf(c.id) < cutoff);
    const due: TaskRecord[] = [];
    for (let i = 0; i < candidates.length && due.length < limit; i += 64) {
      const tasks = await Promise.all(
        candidates.slice(i, i + 64).map((c) => this.get(c.tenant, c.id)),
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

  async close(): Promise<void> {
    await this.settled();
    await this.onClose?.(); // the bus connection belongs to the caller
  }

  /** Keys under a prefix (wildcards allowed), from the stream's subject list. */
  private async keys(prefix: string): Promise<string[]> {
    try {
      return await kvKeys(this.jsm, this.bucket, prefix);
    } catch (err) {
      throw this.wrap('list', err);
    }
  }

  /** Removes an index entry entirely (a KV delete would leave its key behind as a marker). */
  private unindexInBackground(key: string): void {
    const removal = this.unindex(key).finally(() => this.unindexing.delete(removal));
    this.unindexing.add(removal);
  }

  /** Waits for this process's index removals in progress. */
  private async settled(): Promise<void> {
    if (this.unindexing.size > 0) await Promise.all(this.unindexing);
  }

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
