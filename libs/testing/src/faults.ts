import type { PayloadInput, Subject } from '@switchyard/contracts';
import {
  type MessageMeta,
  Publisher,
  PublishFailedError,
  type PublishResult,
} from '@switchyard/messaging';
import {
  type CreateResult,
  type DueQuery,
  type TaskPage,
  type TaskQuery,
  type TaskRecord,
  type TaskStore,
  TaskStoreError,
} from '@switchyard/task-store';

/** A scripted fault: what goes wrong, and for how long. */
export type Fault =
  /** The next `count` calls fail (unavailable). */
  | { kind: 'fail'; count: number }
  /** Calls fail (unavailable) until `until` (epoch ms): the dependency has gone away. */
  | { kind: 'away'; until: number }
  /** The next `count` calls never answer until `release()` (a hung dependency). */
  | { kind: 'hang'; count: number };

/** Shared bookkeeping of the fault doubles: the active fault, and what it did. */
class FaultPlan {
  private fault?: Fault;
  private readonly hung: Array<() => void> = [];
  /** Calls that failed or hung because of a fault. */
  injected = 0;

  set(fault: Fault): void {
    this.fault = fault;
  }

  clear(): void {
    this.fault = undefined;
    this.release();
  }

  /** Lets every hung call go on. */
  release(): void {
    for (const go of this.hung.splice(0)) go();
  }

  /** Applies the fault, if any, to one call: throws, hangs, or lets it through. */
  async apply(fail: () => Error): Promise<void> {
    const fault = this.fault;
    if (!fault) return;
    if (fault.kind === 'away') {
      if (Date.now() >= fault.until) {
        this.fault = undefined;
        return;
      }
      this.injected++;
      throw fail();
    }
    if (fault.count <= 0) return;
    fault.count--;
    this.injected++;
    if (fault.kind === 'fail') throw fail();
    await new Promise<void>((resolve) => this.hung.push(resolve));
  }
}

/**
 * A `TaskStore` around a real one that fails on cue: fail the next N calls, go away for a time,
 * hang, or fail right after a compare-and-set succeeded (the write is stored, the caller sees an
 * error: a crash between the store and what follows it).
 */
export class FaultyTaskStore implements TaskStore {
  private readonly plan = new FaultPlan();
  private failAfterUpdates = 0;

  constructor(readonly inner: TaskStore) {}

  /** Scripts a fault for every operation. */
  inject(fault: Fault): this {
    this.plan.set(fault);
    return this;
  }

  /** The next `count` successful updates are stored, then reported as failed. */
  failAfterUpdate(count = 1): this {
    this.failAfterUpdates = count;
    return this;
  }

  heal(): void {
    this.plan.clear();
    this.failAfterUpdates = 0;
  }

  get injected(): number {
    return this.plan.injected;
  }

  private unavailable(operation: string): TaskStoreError {
    return new TaskStoreError(`task store ${operation} failed: injected fault`, true);
  }

  async create(task: TaskRecord): Promise<CreateResult> {
    await this.plan.apply(() => this.unavailable('create'));
    return this.inner.create(task);
  }

  async get(tenant: string, id: string): Promise<TaskRecord | null> {
    await this.plan.apply(() => this.unavailable('get'));
    return this.inner.get(tenant, id);
  }

  async update(next: TaskRecord, before: TaskRecord): Promise<TaskRecord | null> {
    await this.plan.apply(() => this.unavailable('update'));
    const stored = await this.inner.update(next, before);
    if (stored && this.failAfterUpdates > 0) {
      this.failAfterUpdates--;
      this.plan.injected++;
      throw this.unavailable('update (after the compare-and-set)');
    }
    return stored;
  }

  async list(tenant: string, query: TaskQuery): Promise<TaskPage> {
    await this.plan.apply(() => this.unavailable('list'));
    return this.inner.list(tenant, query);
  }

  async listDue(query: DueQuery): Promise<TaskRecord[]> {
    await this.plan.apply(() => this.unavailable('listDue'));
    return this.inner.listDue(query);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * A `Publisher` around a real one that fails on cue: the next N publishes fail (as a broker that
 * does not confirm them), the broker goes away for a time, or publishes hang.
 */
export class FaultyPublisher extends Publisher {
  private readonly plan = new FaultPlan();
  /** Subjects of every publish that got through. */
  readonly published: string[] = [];

  constructor(private readonly inner: Publisher) {
    super(undefined as never);
  }

  inject(fault: Fault): this {
    this.plan.set(fault);
    return this;
  }

  heal(): void {
    this.plan.clear();
  }

  get injected(): number {
    return this.plan.injected;
  }

  override async publish<S extends Subject>(
    subject: S,
    payload: PayloadInput<S>,
    meta: MessageMeta,
  ): Promise<PublishResult> {
    await this.plan.apply(
      () => new PublishFailedError(`publish to ${subject} not confirmed: injected fault`),
    );
    const result = await this.inner.publish(subject, payload, meta);
    this.published.push(subject);
    return result;
  }
}
