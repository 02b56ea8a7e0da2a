import type * as MongoDriver from 'mongodb';
import type { Collection, Filter, MongoClient, WithId } from 'mongodb';
import type { TaskPage, TaskQuery, TaskRecord } from './task.js';
import {
  type CreateResult,
  type DueQuery,
  type TaskStore,
  TaskStoreError,
  decodeCursor,
  encodeCursor,
} from './task-store.js';

type TaskDocument = Omit<TaskRecord, 'id'> & { _id: string };

/**
 * The MongoDB driver, loaded when a MongoDB store is opened: a deployment on the KV default does
 * not pay its memory (about 30 MiB per process).
 */
let driver: typeof MongoDriver | undefined;

const DUPLICATE_KEY = 11000;

/** Server codes of a replica set in transition: the operation will work once a primary is back. */
const TRANSIENT_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
]);

/** The server could not be reached or had no primary (as opposed to refusing the operation). */
export function isMongoUnavailable(err: unknown): boolean {
  if (!driver) return false; // no driver, no MongoDB error
  const {
    MongoError,
    MongoErrorLabel,
    MongoNetworkError,
    MongoNotConnectedError,
    MongoOperationTimeoutError,
    MongoServerError,
    MongoServerSelectionError,
  } = driver;
  if (
    err instanceof MongoNetworkError ||
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoOperationTimeoutError
  )
    return true;
  if (!(err instanceof MongoError)) return false;
  if (
    err instanceof MongoServerError &&
    typeof err.code === 'number' &&
    TRANSIENT_CODES.has(err.code)
  )
    return true;
  return (
    err.hasErrorLabel(MongoErrorLabel.RetryableWriteError) ||
    err.hasErrorLabel(MongoErrorLabel.RetryableError) ||
    err.hasErrorLabel(MongoErrorLabel.SystemOverloadedError)
  );
}

/** Indexes, declared next to the collection they serve. */
export const TASK_INDEXES = [
  // listing: newest first per tenant (ids are UUIDv7), optionally by status or workflow
  { key: { tenant: 1, _id: -1 }, name: 'tenant_newest' },
  { key: { tenant: 1, status: 1, _id: -1 }, name: 'tenant_status_newest' },
  { key: { tenant: 1, 'workflow.id': 1, _id: -1 }, name: 'tenant_workflow_newest' },
  // the coordinators' deadline sweep: overdue running tasks and old queued ones, across tenants
  { key: { status: 1, 'step.deadline': 1 }, name: 'due_running' },
  { key: { status: 1, createdAt: 1 }, name: 'due_queued' },
  // one task per tenant and idempotency key
  {
    key: { tenant: 1, idempotencyKey: 1 },
    name: 'tenant_idempotency_key',
    unique: true,
    partialFilterExpression: { idempotencyKey: { $type: 'string' } },
  },
] as const;

function toRecord(doc: WithId<TaskDocument>): TaskRecord {
  const { _id, ...rest } = doc;
  return { ...rest, id: _id };
}

function toDocument(task: TaskRecord): TaskDocument {
  const { id, ...rest } = task;
  return { ...rest, _id: id };
}

/**
 * Task state in MongoDB (production). Writes use majority write concern; `update` is a
 * `findOneAndReplace` with the expected version in the filter. Run MongoDB as a replica set
 * (majority writes and failover need one; see docs/operations.md).
 */
export class MongoTaskStore implements TaskStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly tasks: Collection<TaskDocument>,
  ) {}

  static async connect(url: string, database?: string): Promise<MongoTaskStore> {
    driver ??= await import('mongodb');
    const client = new driver.MongoClient(url, {
      writeConcern: { w: 'majority' },
      serverSelectionTimeoutMS: 10_000,
    });
    await client.connect();
    const tasks = client.db(database).collection<TaskDocument>('tasks');
    await tasks.createIndexes(TASK_INDEXES.map((i) => ({ ...i })));
    return new MongoTaskStore(client, tasks);
  }

  async create(task: TaskRecord): Promise<CreateResult> {
    const record = { ...task, version: 1 };
    try {
      await this.tasks.insertOne(toDocument(record));
      return { task: record, created: true };
    } catch (err) {
      if (driver && err instanceof driver.MongoServerError && err.code === DUPLICATE_KEY) {
        const existing = task.idempotencyKey
          ? await this.tasks.findOne({ tenant: task.tenant, idempotencyKey: task.idempotencyKey })
          : await this.tasks.findOne({ _id: task.id, tenant: task.tenant });
        if (existing) return { task: toRecord(existing), created: false };
      }
      throw this.wrap('create', err);
    }
  }

  async get(tenant: string, id: string): Promise<TaskRecord | null> {
    try {
      const doc = await this.tasks.findOne({ _id: id, tenant });
      return doc ? toRecord(doc) : null;
    } catch (err) {
      throw this.wrap('get', err);
    }
  }

  async update(next: TaskRecord, _before: TaskRecord): Promise<TaskRecord | null> {
    const stored = { ...next, version: next.version + 1 };
    try {
      const doc = await this.tasks.findOneAndReplace(
        { _id: next.id, tenant: next.tenant, version: next.version },
        toDocument(stored),
        { returnDocument: 'after' },
      );
      return doc ? toRecord(doc) : null;
    } catch (err) {
      throw this.wrap('update', err);
    }
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    const filter: Filter<TaskDocument> = { tenant };
    if (query.status) filter.status = query.status;
    if (query.workflow) filter['workflow.id'] = query.workflow;
    if (query.cursor) filter._id = { $lt: decodeCursor(query.cursor) };
    try {
      const docs = await this.tasks
        .find(filter)
        .sort({ _id: -1 })
        .limit(query.limit + 1)
        .toArray();
      const items = docs.slice(0, query.limit).map(toRecord);
      const last = items.at(-1);
      return {
        items,
        nextCursor: docs.length > query.limit && last ? encodeCursor(last.id) : undefined,
      };
    } catch (err) {
      throw this.wrap('list', err);
    }
  }

  async listDue({ now, queuedBefore, limit }: DueQuery): Promise<TaskRecord[]> {
    try {
      const [queued, running] = await Promise.all([
        this.tasks
          .find({ status: 'queued', createdAt: { $lt: queuedBefore.toISOString() } })
          .sort({ createdAt: 1 })
          .limit(limit)
          .toArray(),
        this.tasks
          .find({ status: 'running', 'step.deadline': { $lte: now.toISOString() } })
          .sort({ 'step.deadline': 1 })
          .limit(limit)
          .toArray(),
      ]);
      return [...queued, ...running].slice(0, limit).map(toRecord);
    } catch (err) {
      throw this.wrap('listDue', err);
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private wrap(operation: string, err: unknown): TaskStoreError {
    return new TaskStoreError(
      `task store (MongoDB) ${operation} failed: ${(err as Error).message}`,
      isMongoUnavailable(err),
      { cause: err },
    );
  }
}
