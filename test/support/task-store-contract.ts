import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TaskRecord, TaskStore } from '@switchyard/task-store';
import { v7 as uuidv7 } from 'uuid';

export function newTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  const now = new Date().toISOString();
  return {
    id: uuidv7(),
    tenant: 'demo',
    status: 'queued',
    text: 'What is the refund policy?',
    stepsStarted: 0,
    usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    timeline: [{ seq: 1, time: now, stage: 'gateway', outcome: 'submitted', reason: 'accepted' }],
    createdAt: now,
    updatedAt: now,
    version: 0,
    ...overrides,
  };
}

/** Counts the store's single-task reads (`get`) until restored. */
function countReads(store: TaskStore): { count: number; restore(): void } {
  const original = store.get.bind(store);
  const counter = {
    count: 0,
    restore: () => {
      store.get = original;
    },
  };
  store.get = (tenant, id) => {
    counter.count++;
    return original(tenant, id);
  };
  return counter;
}

/**
 * One behavioural contract for every TaskStore adapter. `open` gives a fresh, empty store.
 */
export function taskStoreContract(name: string, open: () => Promise<TaskStore>): void {
  describe(`TaskStore contract: ${name}`, () => {
    let sut: TaskStore;

    beforeAll(async () => {
      sut = await open();
    });

    afterAll(async () => {
      await sut.close();
    });

    it('creates a task and reads it back by tenant and id only', async () => {
      const task = newTask();
      const { task: created, created: isNew } = await sut.create(task);
      expect(isNew).toBe(true);
      expect(created.version).toBeGreaterThan(0);
      expect(await sut.get('demo', task.id)).toEqual(created);
      expect(await sut.get('other', task.id)).toBeNull();
      expect(await sut.get('demo', uuidv7())).toBeNull();
    });

    it('returns the existing task for a repeated idempotency key of the same tenant only', async () => {
      const first = await sut.create(newTask({ idempotencyKey: 'order-42' }));
      const again = await sut.create(newTask({ idempotencyKey: 'order-42' }));
      const otherTenant = await sut.create(
        newTask({ tenant: 'other', idempotencyKey: 'order-42' }),
      );
      expect(again).toEqual({ task: first.task, created: false });
      expect(otherTenant.created).toBe(true);
      expect(otherTenant.task.id).not.toBe(first.task.id);
    });

    it('creates one task when the same idempotency key races', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => sut.create(newTask({ idempotencyKey: 'race-1' }))),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.task.id)).size).toBe(1);
    });

    it('updates with compare-and-set: a stale version loses, versions strictly increase', async () => {
      const { task } = await sut.create(newTask());
      const running = await sut.update({ ...task, status: 'running' }, task);
      expect(running).not.toBeNull();
      expect(running!.version).toBeGreaterThan(task.version);
      expect(await sut.update({ ...task, status: 'failed' }, task)).toBeNull();
      const stored = await sut.get('demo', task.id);
      expect(stored).toMatchObject({ status: 'running', version: running!.version });
    });

    it('lets exactly one of many concurrent writers of one version win', async () => {
      const { task } = await sut.create(newTask());
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => sut.update({ ...task, text: `writer ${i}` }, task)),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('lists a tenant’s tasks newest first with filters and a cursor', async () => {
      const tenant = `list-${Date.now()}`;
      const made: TaskRecord[] = [];
      for (let i = 0; i < 7; i++) {
        const { task } = await sut.create(newTask({ tenant }));
        made.push(
          (await sut.update(
            {
              ...task,
              status: i % 2 === 0 ? 'completed' : 'running',
              workflow: { id: i < 3 ? 'faq' : 'knowledge', version: 1 },
            },
            task,
          ))!,
        );
      }
      const newestFirst = made.map((t) => t.id).reverse();
      const page1 = await sut.list(tenant, { limit: 3 });
      expect(page1.items.map((t) => t.id)).toEqual(newestFirst.slice(0, 3));
      const page2 = await sut.list(tenant, { limit: 3, cursor: page1.nextCursor });
      expect(page2.items.map((t) => t.id)).toEqual(newestFirst.slice(3, 6));
      const page3 = await sut.list(tenant, { limit: 3, cursor: page2.nextCursor });
      expect(page3.items.map((t) => t.id)).toEqual(newestFirst.slice(6));
      expect(page3.nextCursor).toBeUndefined();

      const completed = await sut.list(tenant, { limit: 10, status: 'completed' });
      expect(completed.items.map((t) => t.id)).toEqual(
        newestFirst.filter((_, i) => [0, 2, 4, 6].includes(6 - i)),
      );
      const faq = await sut.list(tenant, { limit: 10, workflow: 'faq' });
      expect(faq.items).toHaveLength(3);
      const runningFaq = await sut.list(tenant, { limit: 10, workflow: 'faq', status: 'running' });
      expect(runningFaq.items.map((t) => t.id)).toEqual([made[1].id]);
      expect((await sut.list('nobody', { limit: 10 })).items).toEqual([]);
    });

    it('lists a task under its current status only, after it moved on', async () => {
      const tenant = `moves-${Date.now()}`;
      const { task } = await sut.create(newTask({ tenant }));
      expect((await sut.list(tenant, { limit: 5, status: 'queued' })).items).toHaveLength(1);
      const running = (await sut.update({ ...task, status: 'running' }, task))!;
      const done = (await sut.update({ ...running, status: 'completed' }, running))!;
      for (const status of ['queued', 'running'] as const)
        expect((await sut.list(tenant, { limit: 5, status })).items).toEqual([]);
      expect((await sut.list(tenant, { limit: 5, status: 'completed' })).items).toEqual([done]);
    });

    it('lists overdue running tasks and old queued ones, across tenants, and nothing else', async () => {
      const now = new Date();
      const past = new Date(now.getTime() - 60_000).toISOString();
      const later = new Date(now.getTime() + 60_000).toISOString();
      const step = (deadline: string) => ({
        kind: 'workflow' as const,
        index: 0,
        name: 'generate',
        stage: 'generate' as const,
        stepId: 'x.1',
        attempt: 1,
        deadline,
        causationId: 'e',
      });
      const make = async (tenant: string, status: TaskRecord['status'], deadline?: string) => {
        const { task } = await sut.create(newTask({ tenant }));
        if (status === 'queued') return task;
        return (await sut.update(
          { ...task, status, ...(deadline ? { step: step(deadline) } : {}) },
          task,
        ))!;
      };
      const overdue = await make('due-a', 'running', past);
      const notYet = await make('due-b', 'running', later);
      const oldQueued = await make('due-c', 'queued');
      await make('due-a', 'completed');
      const due = await sut.listDue({
        now,
        queuedBefore: new Date(now.getTime() + 1_000),
        limit: 1_000,
      });
      const ids = due.map((t) => t.id);
      expect(ids).toEqual(expect.arrayContaining([overdue.id, oldQueued.id]));
      expect(ids).not.toContain(notYet.id);
      expect(due.every((t) => t.status === 'running' || t.status === 'queued')).toBe(true);
      const none = await sut.listDue({ now: new Date(0), queuedBefore: new Date(0), limit: 10 });
      expect(none.map((t) => t.id)).not.toContain(overdue.id);
    });

    it('pages a status filter without reading the tenant’s other tasks', async () => {
      const tenant = `paging-${Date.now()}`;
      for (let i = 0; i < 30; i++) {
        const { task } = await sut.create(newTask({ tenant }));
        if (i % 10 === 0) await sut.update({ ...task, status: 'failed' }, task);
      }
      const reads = countReads(sut);
      const failed = await sut.list(tenant, { limit: 2, status: 'failed' });
      expect(failed.items).toHaveLength(2);
      expect(failed.items.every((t) => t.status === 'failed')).toBe(true);
      expect(reads.count).toBeLessThanOrEqual(2);
      reads.restore();
    });
  });
}
