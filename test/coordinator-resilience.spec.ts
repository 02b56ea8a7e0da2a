import { afterEach, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { TASK_CHANGED_SUBJECT_PREFIX } from '@switchyard/contracts';
import { Stack, type TaskView, isTerminalStatus, waitFor } from '@switchyard/testing';

const RESULT_OUTCOMES = new Set(['routed', 'completed', 'weak', 'passed', 'failed']);

/** Every step's result appears once on the timeline, and the timeline has no gaps. */
function expectEachResultAppliedOnce(task: TaskView): void {
  const results = task.timeline
    .filter((e) => e.step && RESULT_OUTCOMES.has(e.outcome))
    .map((e) => e.step);
  expect({ id: task.id, results: results.length }).toEqual({
    id: task.id,
    results: new Set(results).size,
  });
  expect(task.timeline.map((e) => e.seq)).toEqual(task.timeline.map((_, i) => i + 1));
}

async function submitMany(stack: Stack, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let batch = 0; batch < count; batch += 25) {
    const made = await Promise.all(
      Array.from({ length: Math.min(25, count - batch) }, (_, i) =>
        stack.submit({
          text: `${prefix} question ${batch + i}`,
          workflow: (batch + i) % 2 ? 'knowledge' : 'faq',
        }),
      ),
    );
    ids.push(...made.map((t) => t.id));
  }
  return ids;
}

async function waitAllEnded(stack: Stack, ids: string[], timeoutMs: number): Promise<TaskView[]> {
  return waitFor(
    `all ${ids.length} tasks to end`,
    async () => {
      const tasks = await Promise.all(ids.map((id) => stack.task(id)));
      return tasks.every((t) => isTerminalStatus(t.status)) && tasks;
    },
    { timeoutMs, intervalMs: 250 },
  );
}

describe('coordinator resilience', () => {
  let stack: Stack | undefined;
  let nc: NatsConnection | undefined;

  afterEach(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('finishes every task after kill -9 of the coordinator mid-run, applying no step result twice', async () => {
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'retriever', 'generator', 'validator'],
    });
    // the crash comes while tasks are still being submitted, so some are mid-flight at any speed
    const first = await submitMany(stack, 25, 'crash-first');
    const rest = submitMany(stack, 175, 'crash');
    await waitFor('some tasks to complete', async () => {
      const sample = await Promise.all(first.map((id) => stack!.task(id)));
      return sample.filter((t) => t.status === 'completed').length >= 10;
    });
    const crashed = stack.service('coordinator');
    expect(await crashed.stop('SIGKILL')).toBe('SIGKILL');
    const ids = [...first, ...(await rest)];
    const atCrash = await Promise.all(ids.map((id) => stack!.task(id)));
    const unfinished = atCrash.filter((t) => !isTerminalStatus(t.status)).length;
    process.stdout.write(
      `coordinator kill -9: ${unfinished} of ${ids.length} tasks unfinished at the crash\n`,
    );
    expect(unfinished).toBeGreaterThan(0);
    await stack.add('coordinator');

    const tasks = await waitAllEnded(stack, ids, 120_000);
    expect(tasks.map((t) => t.status)).toEqual(ids.map(() => 'completed'));
    tasks.forEach(expectEachResultAppliedOnce);
  });

  it('runs two coordinator replicas side by side: every task ends once and no version is written twice', async () => {
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'retriever', 'generator', 'validator'],
    });
    await stack.add('coordinator');
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    const changes = new Map<string, Array<{ version: number; status: string }>>();
    const sub = nc.subscribe(`${TASK_CHANGED_SUBJECT_PREFIX}.>`);
    void (async () => {
      for await (const m of sub) {
        const id = m.subject.split('.').at(-2) as string;
        const list = changes.get(id) ?? [];
        list.push(m.json<{ version: number; status: string }>());
        changes.set(id, list);
      }
    })();

    const ids = await submitMany(stack, 500, 'replicas');
    const tasks = await waitAllEnded(stack, ids, 180_000);
    expect(tasks.map((t) => t.status)).toEqual(ids.map(() => 'completed'));
    tasks.forEach(expectEachResultAppliedOnce);
    await waitFor('every final change to be seen', () =>
      tasks.every((t) => changes.get(t.id)?.some((c) => c.version === t.version)),
    );
    for (const task of tasks) {
      const seen = changes.get(task.id) ?? [];
      const versions = seen.map((c) => c.version).sort((a, b) => a - b);
      expect({ id: task.id, duplicates: versions.length - new Set(versions).size }).toEqual({
        id: task.id,
        duplicates: 0,
      });
      expect(versions.at(-1)).toBe(task.version);
      expect(seen.filter((c) => isTerminalStatus(c.status))).toHaveLength(1);
    }
    // both replicas took part
    const handledBy = await Promise.all(
      stack.processes
        .filter((p) => p.name === 'coordinator')
        .map(async (p) => {
          const text = await (await fetch(`${p.url}/metrics`)).text();
          // summed over the workflow label
          return text
            .split('\n')
            .filter((l) =>
              l.startsWith(
                'switchyard_consumer_messages_total{consumer="coordinator",outcome="done"',
              ),
            )
            .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
        }),
    );
    process.stdout.write(`two coordinators: events applied ${handledBy.join(' + ')}\n`);
    expect(handledBy).toHaveLength(2);
    expect(handledBy.every((n) => n > 0)).toBe(true);
  });
});
