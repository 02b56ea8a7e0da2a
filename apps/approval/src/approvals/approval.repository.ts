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
  /** The decision's event is confirmed stored on the events stream. */
  published?: boolean;
  version: number;
}

/** Approvals in a JetStream KV bucket, `a.<tenant>.<id>`; every change is a compare-and-set. */
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

  /** All of a tenant's approvals (`tenant` undefined: every tenant's), oldest first. */
  async list(tenant?: string): Promise<ApprovalRecord[]> {
    const keys = await kvKeys(this.jsm, this.bucket, `a.${tenant ? `${tenant}.` : ''}`);
    const records = await Promise.all(
      keys.map((key) => {
        const [, t, ...id] = key.split('.');
        return this.get(t, id.join('.'));
      }),
    );
    return records
      .filter((r): r is ApprovalRecord => r !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
