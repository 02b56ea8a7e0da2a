import { type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import { type ApprovalRequestedV1, Buckets, type ReviewerDecision } from '@switchyard/contracts';
import { isWrongLastSequence, kvKeys, openBucket } from '@switchyard/messaging';

export type ApprovalStatus = 'pending' | 'approved' | 'revised' | 'rejected' | 'closed';

/** An approval request, what a reviewer needs to judge it, and its one decision. */
export interface ApprovalRecord extends Omit<ApprovalRequestedV1, 'stepId' | 'requiredRole'> {
  id: string;
  tenant: string;
  taskId: string;
  stepId: string;
  /** The task's workflow and the step's name, read from the task when the request arrived. */
  workflow?: { id: string; version: number };
  stepName?: string;
  /** What `revise` does here: replace the output, or regenerate with the reviewer's notes. */
  reviseMode?: 'replace' | 'regenerate';
  status: ApprovalStatus;
  requiredRole: 'approver' | 'admin';
  createdAt: string;
  decision?: {
    decision: ReviewerDecision;
    decidedBy: string;
    decidedAt: string;
    comment?: string;
    output?: Record<string, unknown>;
  };
  /** Why a pending request was closed without a decision (the task ended or moved on). */
  closedReason?: string;
  closedAt?: string;
  /** The decision's event is confirmed stored on the events stream. */
  published?: boolean;
  version: number;
}

/** What the open index holds per approval: enough to sort the queue and fill the gauges. */
export interface OpenEntry {
  tenant: string;
  id: string;
  taskId: string;
  route: string;
  deadline: string;
  createdAt: string;
}

const GET_CONCURRENCY = 32;

/** `fn` over `items`, at most `limit` at a time, results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Approvals in a JetStream KV bucket: the record at `a.<tenant>.<id>` (every change a
 * compare-and-set) and, while the approval needs attention (pending, or decided and its event not
 * yet confirmed), an index entry at `o.<tenant>.<id>`. The index entry is removed by purging its
 * subject, which leaves no delete marker: listing the index costs what is open, not every approval
 * ever made.
 */
export class ApprovalRepository {
  private constructor(
    private readonly kv: KV,
    private readonly jsm: JetStreamManager,
    private readonly bucket: string,
  ) {}

  /** Opens the bucket, which the provisioning identity created (services never create it). */
  static async open(
    nc: NatsConnection,
    bucket: string,
    replicas = 1,
    waitMs = 0,
  ): Promise<ApprovalRepository> {
    const jsm = await jetstreamManager(nc);
    const kv = await openBucket(nc, jsm, { ...Buckets.approvals, name: bucket }, replicas, waitMs);
    return new ApprovalRepository(kv, jsm, bucket);
  }

  async get(tenant: string, id: string): Promise<ApprovalRecord | null> {
    const entry = await this.kv.get(`a.${tenant}.${id}`);
    if (!entry || entry.operation !== 'PUT') return null;
    return { ...entry.json<ApprovalRecord>(), version: entry.revision };
  }

  /** Creates the record; false when it exists already. */
  async create(record: ApprovalRecord): Promise<boolean> {
    try {
      await this.kv.create(`a.${record.tenant}.${record.id}`, JSON.stringify(record));
      return true;
    } catch (err) {
      if (isWrongLastSequence(err)) return false;
      throw err;
    }
  }

  /** Writes `next` if the stored version is still `next.version`; null when another writer won. */
  async update(next: ApprovalRecord): Promise<ApprovalRecord | null> {
    try {
      const revision = await this.kv.update(
        `a.${next.tenant}.${next.id}`,
        JSON.stringify(next),
        next.version,
      );
      return { ...next, version: revision };
    } catch (err) {
      if (isWrongLastSequence(err)) return null;
      throw err;
    }
  }

  /** Ids of a tenant's approvals (every one ever made: key names only, one request). */
  async ids(tenant: string): Promise<string[]> {
    const prefix = `a.${tenant}.`;
    return (await kvKeys(this.jsm, this.bucket, prefix)).map((k) => k.slice(prefix.length));
  }

  /** Adds or refreshes the record's open-index entry. */
  async markOpen(record: ApprovalRecord): Promise<void> {
    const entry: OpenEntry = {
      tenant: record.tenant,
      id: record.id,
      taskId: record.taskId,
      route: record.route,
      deadline: record.deadline,
      createdAt: record.createdAt,
    };
    await this.kv.put(`o.${record.tenant}.${record.id}`, JSON.stringify(entry));
  }

  /** Removes the open-index entry, marker and all. */
  async markDone(tenant: string, id: string): Promise<void> {
    await this.jsm.streams.purge(`KV_${this.bucket}`, {
      filter: `$KV.${this.bucket}.o.${tenant}.${id}`,
    });
  }

  /** The open-index entries of a tenant (`tenant` undefined: of every tenant). */
  async openEntries(tenant?: string): Promise<OpenEntry[]> {
    const keys = await kvKeys(this.jsm, this.bucket, `o.${tenant ? `${tenant}.` : ''}`);
    const entries = await mapLimit(keys, GET_CONCURRENCY, async (key) => {
      const entry = await this.kv.get(key);
      return entry?.operation === 'PUT' ? entry.json<OpenEntry>() : null;
    });
    return entries.filter((e): e is OpenEntry => e !== null);
  }

  /** Records by id, in order; missing ones dropped. */
  async getMany(tenant: string, ids: readonly string[]): Promise<ApprovalRecord[]> {
    const records = await mapLimit(ids, GET_CONCURRENCY, (id) => this.get(tenant, id));
    return records.filter((r): r is ApprovalRecord => r !== null);
  }
}
