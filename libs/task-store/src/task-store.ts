import type { TaskPage, TaskQuery, TaskRecord } from './task.js';

/**
 * The store could not be reached (`unavailable`: retrying later will work, and consumers hold their
 * messages meanwhile) or refused the operation (`unavailable` false: retrying will not help).
 */
export class TaskStoreError extends Error {
  override readonly name = 'TaskStoreError';

  constructor(
    message: string,
    readonly unavailable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface DueQuery {
  now: Date;
  queuedBefore: Date;
  limit: number;
}

export interface CreateResult {
  task: TaskRecord;
  /** False when the tenant's idempotency key already named a task: `task` is that task. */
  created: boolean;
}

/**
 * Durable task state. Two adapters pass one contract suite: JetStream KV (embedded default) and
 * MongoDB (production). Every query names the tenant; every write is a compare-and-set.
 */
export interface TaskStore {
  /** Creates a queued task, or returns the task already created with its idempotency key. */
  create(task: TaskRecord): Promise<CreateResult>;
  get(tenant: string, id: string): Promise<TaskRecord | null>;
  /**
   * Writes `next` if the stored version is still `next.version`; returns the task as stored
   * (with its new, higher version), or null when another writer got there first. `before` is the
   * task as read (adapters without native indexes keep theirs up to date from it).
   */
  update(next: TaskRecord, before: TaskRecord): Promise<TaskRecord | null>;
  /** The tenant's tasks, newest first. */
  list(tenant: string, query: TaskQuery): Promise<TaskPage>;
  /**
   * Tasks that need the coordinator's attention, across tenants: `running` tasks whose step
   * deadline has passed (`now`), and `queued` tasks created before `queuedBefore` (their submitted
   * event was lost). At most `limit`, oldest first. The durable fallback of the coordinators'
   * in-process deadline timers.
   */
  listDue(query: DueQuery): Promise<TaskRecord[]>;
  close(): Promise<void>;
}

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** A listing cursor that no listing made (it names no task id). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

const CURSOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The task id a cursor continues after; `InvalidCursorError` for anything `encodeCursor` did not make. */
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_ID.test(id) || encodeCursor(id) !== cursor)
    throw new InvalidCursorError('cursor is not a nextCursor of this listing');
  return id;
}
