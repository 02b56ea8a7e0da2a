import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FLOW_STREAMS, Streams } from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { Stack } from '@switchyard/testing';
import { workflowDir, workflowYaml } from './support/workflow-dir.js';

/**
 * Step deadlines are the coordinator's in-process timers; the store is their durable fallback. A
 * coordinator that dies with a step outstanding takes its timer with it: the next coordinator's
 * sweep finds the overdue step. The sweep also starts a task whose submitted event was lost.
 */
describe('the deadline sweep', () => {
  const workflows = workflowDir(
    {
      'unanswered.yaml': workflowYaml('unanswered', [
        { name: 'generate', stage: 'generate', timeoutMs: 5_000, retries: 0 },
        { name: 'check', stage: 'validate', timeoutMs: 3_000, retries: 1 },
      ]),
    },
    true,
  );
  let stack: Stack;
  const coordinatorEnv = { SWEEP_INTERVAL_MS: '1000', SUBMISSION_CHECK_AFTER_MS: '2000' };

  beforeAll(async () => {
    // no validator: validate commands go unanswered
    stack = await Stack.start({
      services: ['gateway', 'router', 'generator'],
      env: { WORKFLOWS_DIR: workflows.dir },
    });
    await stack.add('coordinator', coordinatorEnv);
  });

  afterAll(async () => {
    await stack?.stop();
    workflows.dispose();
  });

  it('re-sends a step whose coordinator died before its deadline, then fails it naming the step', async () => {
    const { id } = await stack.submit({ text: 'anyone there?', workflow: 'unanswered' });
    await stack.waitForTask(id, (t) => t.step?.name === 'check', 'to wait on the check');
    const owner = stack.service('coordinator');
    await owner.stop('SIGKILL');
    stack.processes.splice(stack.processes.indexOf(owner), 1);
    await stack.add('coordinator', coordinatorEnv);
    const task = await stack.waitForEnd(id, 30_000);
    expect(task.status).toBe('failed');
    expect(task.error?.code).toBe('step_timeout');
    expect(task.timeline.filter((e) => e.outcome === 'timeout').map((e) => e.reason)).toEqual([
      'no answer within 3000 ms → re-sent (attempt 2 of 2)',
      'no answer within 3000 ms after 2 attempts',
    ]);
  });

  it('starts a task whose submitted event never reached the coordinator', async () => {
    const inspector = await Messaging.connect({
      servers: [stack.nats.url],
      name: 'inspector',
      streams: FLOW_STREAMS,
    });
    try {
      const coordinator = stack.service('coordinator');
      await coordinator.stop('SIGTERM');
      stack.processes.splice(stack.processes.indexOf(coordinator), 1);
      const { id } = await stack.submit({ text: 'is the shop open on sundays?', workflow: 'faq' });
      // the announcement is lost: gone from the events stream before any coordinator read it
      await inspector.client.jsm.streams.purge(Streams.events.name);
      await stack.add('coordinator', coordinatorEnv);
      const task = await stack.waitForTask(
        id,
        (t) => t.status !== 'queued',
        'to be started',
        20_000,
      );
      expect(task.timeline.map((e) => e.outcome).slice(0, 3)).toEqual([
        'submitted',
        'recovered',
        'started',
      ]);
    } finally {
      await inspector.close();
    }
  });
});
