import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  Consumers,
  type ConsumerSpec,
  FLOW_STREAMS,
  Streams,
  Subjects,
} from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { KvTaskStore, type TaskRecord } from '@switchyard/task-store';
import {
  FaultyPublisher,
  FaultyTaskStore,
  NatsServer,
  REPO_ROOT,
  waitFor,
} from '@switchyard/testing';
import { WorkflowRegistry, loadWorkflows } from '@switchyard/workflows';
import { pino } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { Saga } from '../src/saga/saga.js';
import { SagaConsumer } from '../src/saga/saga.consumer.js';

/**
 * The coordinator's consumer in this process, on a real nats-server and KV store, with the store
 * and the publisher wrapped to fail on cue: every fault must end with the task moving on, no event
 * dead-lettered and no step applied twice.
 */
describe('coordinator under store and broker faults', () => {
  let server: NatsServer;
  let messaging: Messaging;
  let store: FaultyTaskStore;
  let publisher: FaultyPublisher;

  const saga = new Saga(new WorkflowRegistry(loadWorkflows(join(REPO_ROOT, 'workflows'))), {
    routeTimeoutMs: 5_000,
    routeRetries: 2,
  });

  async function start(events: ConsumerSpec = Consumers.coordinator): Promise<void> {
    messaging = await Messaging.connect({
      servers: [server.url],
      name: 'saga-faults',
      streams: FLOW_STREAMS,
      // this test's consumers have their own settings: it provisions them (as the harness user)
      topology: 'provision',
      concurrency: 16,
    });
    store = new FaultyTaskStore(await KvTaskStore.create(messaging.client.nc));
    publisher = new FaultyPublisher(messaging.publisher);
    const sut = new SagaConsumer(messaging, publisher, store, saga, pino({ level: 'silent' }));
    messaging.consume(events as typeof Consumers.coordinator, (m) => sut.onEvent(m));
    messaging.consume(Consumers.coordinatorTimers, (m) => sut.onTimer(m));
    await messaging.start();
  }

  function queued(overrides: Partial<TaskRecord> = {}): TaskRecord {
    const now = new Date().toISOString();
    return {
      id: uuidv7(),
      tenant: 'demo',
      status: 'queued',
      text: 'What is your refund policy?',
      requestedWorkflow: 'knowledge',
      stepsStarted: 0,
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      timeline: [],
      createdAt: now,
      updatedAt: now,
      version: 0,
      ...overrides,
    };
  }

  /** A task waiting on attempt 1 of its retrieve step, whose deadline has passed. */
  async function overdueAtRetrieve(): Promise<TaskRecord> {
    const { task } = await store.inner.create(queued());
    const stepId = `${task.id}.2`;
    const overdue: TaskRecord = {
      ...task,
      status: 'running',
      workflow: { id: 'knowledge', version: 1 },
      stepsStarted: 2,
      step: {
        kind: 'workflow',
        index: 0,
        name: 'retrieve',
        stage: 'retrieve',
        stepId,
        attempt: 1,
        deadline: new Date(Date.now() - 1_000).toISOString(),
        causationId: 'earlier',
      },
    };
    return (await store.inner.update(overdue, task)) as TaskRecord;
  }

  async function commands(subject: string): Promise<Array<{ id: string; attempt: number }>> {
    const jsm = messaging.client.jsm;
    const info = await jsm.streams.info(Streams.commands.name, { subjects_filter: subject });
    const out: Array<{ id: string; attempt: number }> = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(Streams.commands.name, { seq }).catch(() => null);
      if (m?.subject === subject) out.push(m.json<{ id: string; attempt: number }>());
    }
    return out;
  }

  async function deadLettered(): Promise<number> {
    return (await messaging.client.jsm.streams.info(Streams.deadLetter.name)).state.messages;
  }

  beforeEach(async () => {
    server = await NatsServer.start({ name: 'saga-faults', provision: false });
  });

  afterEach(async () => {
    await messaging?.close();
    await server.stop();
  });

  it.each([
    [
      'the publish fails after the compare-and-set',
      () => publisher.inject({ kind: 'fail', count: 1 }),
    ],
    ['the store reports a failure after the compare-and-set', () => store.failAfterUpdate(1)],
  ])('re-sends a missed deadline’s command when %s', async (_name, fault) => {
    await start();
    const task = await overdueAtRetrieve();
    fault();
    await messaging.publisher.publish(
      Subjects.StepDeadline,
      { stepId: task.step!.stepId, attempt: 1, deadline: task.step!.deadline },
      { taskId: task.id, tenant: 'demo', messageId: `${task.step!.stepId}.a1.deadline` },
    );
    // before the fix the redelivered timer read "moved on" and was acked: nothing was re-sent
    await waitFor('attempt 2 of the retrieve command', async () =>
      (await commands(Subjects.RetrieveRequested)).some((c) => c.attempt === 2),
    );
    const stored = await store.inner.get('demo', task.id);
    expect(stored?.step).toMatchObject({ stepId: task.step!.stepId, attempt: 2 });
    expect(stored?.timeline.filter((e) => e.outcome === 'timeout')).toHaveLength(1);
    expect(store.injected + publisher.injected).toBe(1);
    expect(await deadLettered()).toBe(0);
  });

  it.each([
    [
      'the publish fails after the compare-and-set',
      () => publisher.inject({ kind: 'fail', count: 1 }),
    ],
    ['the store reports a failure after the compare-and-set', () => store.failAfterUpdate(1)],
  ])('starts a task whose submitted event was lost when %s', async (_name, fault) => {
    await start();
    const { task } = await store.inner.create(queued());
    fault();
    await messaging.publisher.publish(
      Subjects.SubmissionCheck,
      { due: new Date(Date.now() - 1).toISOString() },
      { taskId: task.id, tenant: 'demo', messageId: `${task.id}.check` },
    );
    await waitFor('the routing command', async () =>
      (await commands(Subjects.RouteRequested)).some((c) => c.id === `${task.id}.1.a1`),
    );
    const stored = await store.inner.get('demo', task.id);
    expect(stored?.timeline.map((e) => e.outcome)).toEqual(['recovered', 'started', 'requested']);
    expect(await deadLettered()).toBe(0);
  });

  it('applies every event, cancel included, after the store was away far longer than the delivery limit allows', async () => {
    // a small delivery limit: before the fix, 3 quick failures dead-lettered each event
    await start({ ...Consumers.coordinator, maxDeliver: 3, retryBackoffMs: [100] });
    const tasks = await Promise.all(
      Array.from({ length: 20 }, async () => (await store.inner.create(queued())).task),
    );
    store.inject({ kind: 'away', until: Date.now() + 5_000 });
    for (const [i, task] of tasks.entries()) {
      await messaging.publisher.publish(
        Subjects.TaskSubmitted,
        { text: task.text, workflow: 'knowledge' },
        { taskId: task.id, tenant: 'demo', messageId: `${task.id}.submitted` },
      );
      if (i % 4 === 0)
        await messaging.publisher.publish(
          Subjects.TaskCancelRequested,
          { requestedBy: 'test' },
          { taskId: task.id, tenant: 'demo', messageId: `${task.id}.cancel` },
        );
    }
    await waitFor(
      'every event to be applied after the store came back',
      async () => {
        const stored = await Promise.all(tasks.map((t) => store.inner.get('demo', t.id)));
        return stored.every((t, i) => t?.status === (i % 4 === 0 ? 'cancelled' : 'running'));
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(store.injected).toBeGreaterThan(0);
    expect(await deadLettered()).toBe(0);
    const info = await messaging.client.jsm.consumers.info(Streams.events.name, 'coordinator');
    expect({ pending: info.num_pending, ackPending: info.num_ack_pending }).toEqual({
      pending: 0,
      ackPending: 0,
    });
  });
});
