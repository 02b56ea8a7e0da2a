import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstreamManager } from '@nats-io/jetstream';
import { Subjects } from '@switchyard/contracts';
import { DEV_KEYS, Stack, waitFor } from '@switchyard/testing';
import { workflowDir, workflowYaml } from './support/workflow-dir.js';

/**
 * The validator is not running: validate commands go unanswered, so step deadlines and cancel can
 * be observed. Timeouts are short so the test is quick.
 */
describe('step deadlines and cancel', () => {
  const workflows = workflowDir(
    {
      'quick.yaml': workflowYaml('quick', [
        { name: 'generate', stage: 'generate', timeoutMs: 2_000, retries: 1 },
        { name: 'check', stage: 'validate', timeoutMs: 400, retries: 2 },
      ]),
      'slow.yaml': workflowYaml('slow', [
        { name: 'generate', stage: 'generate', timeoutMs: 2_000, retries: 1 },
        { name: 'check', stage: 'validate', timeoutMs: 60_000, retries: 0 },
      ]),
    },
    true,
  );
  let stack: Stack;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await Stack.start({
      services: ['gateway', 'coordinator', 'router', 'generator'],
      env: { WORKFLOWS_DIR: workflows.dir },
    });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
    workflows.dispose();
  });

  it('re-sends a command after its deadline with the same step id, then fails the task naming the step', async () => {
    const { id } = await stack.submit({ text: 'anyone there?', workflow: 'quick' });
    const task = await stack.waitForEnd(id);

    expect(task.status).toBe('failed');
    expect(task.error).toEqual({
      code: 'step_timeout',
      message: "step 'check' (validate) did not answer within 400 ms after 3 attempts",
    });
    const timeouts = task.timeline.filter((e) => e.outcome === 'timeout').map((e) => e.reason);
    expect(timeouts).toEqual([
      'no answer within 400 ms → re-sent (attempt 2 of 3)',
      'no answer within 400 ms → re-sent (attempt 3 of 3)',
      'no answer within 400 ms after 3 attempts',
    ]);

    // Three validate commands wait in the work queue: one step id, attempts 1, 2 and 3.
    const jsm = await jetstreamManager(nc);
    const state = await jsm.streams.info('SY_COMMANDS', {
      subjects_filter: Subjects.ValidateRequested,
    });
    const commands = [];
    for (let seq = state.state.first_seq; seq <= state.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage('SY_COMMANDS', { seq }).catch(() => null);
      if (m?.subject === Subjects.ValidateRequested) {
        const env = m.json<{ taskId: string; attempt: number; payload: { stepId: string } }>();
        if (env.taskId === id) commands.push({ attempt: env.attempt, stepId: env.payload.stepId });
      }
    }
    expect(commands.map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect(new Set(commands.map((c) => c.stepId)).size).toBe(1);
  });

  it('cancels a running task; the stage result that arrives later changes nothing', async () => {
    const { id } = await stack.submit({ text: 'please cancel me', workflow: 'slow' });
    await stack.waitForTask(
      id,
      (t) => t.timeline.some((e) => e.step === 'check' && e.outcome === 'requested'),
      'to wait on validation',
    );

    const cancel = await stack.request<{ status: string; version: number }>(
      'POST',
      `/v1/tasks/${id}/cancel`,
      {
        key: DEV_KEYS.submitter,
        body: { reason: 'changed my mind' },
      },
    );
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');
    const cancelled = await stack.task(id);
    expect(cancelled.timeline.at(-1)).toMatchObject({
      outcome: 'cancelled',
      reason: 'cancelled by dev-submitter: changed my mind',
    });

    // Now the validator comes up and answers every waiting command, this one included.
    await stack.add('validator');
    const jsm = await jetstreamManager(nc);
    await waitFor('the validator and the coordinator to have handled everything', async () => {
      const commands = await jsm.consumers.info('SY_COMMANDS', 'validator');
      const events = await jsm.consumers.info('SY_EVENTS', 'coordinator');
      return (
        commands.num_pending +
          commands.num_ack_pending +
          events.num_pending +
          events.num_ack_pending ===
        0
      );
    });
    const after = await stack.task(id);
    expect(after.status).toBe('cancelled');
    expect(after.version).toBe(cancelled.version);

    const again = await stack.request('POST', `/v1/tasks/${id}/cancel`, {
      key: DEV_KEYS.submitter,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'task_ended' } });
  });
});
