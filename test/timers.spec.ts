import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Streams } from '@switchyard/contracts';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DEV_KEYS, Stack, waitFor } from '@switchyard/testing';

interface Approval {
  id: string;
  taskId: string;
}

/**
 * Defect 6: a deadline timer stayed unacknowledged until due (24 h for an approval), so the timers
 * consumer's ack-pending cap filled up at about 1.2 approvals a second. A timer whose step has moved
 * on must be acknowledged soon after it is looked at, long before it is due. (Steps that do not
 * wait on a person have no timer message at all: their deadlines are the coordinator's timers.)
 */
describe('deadline timers of decided approvals', () => {
  let stack: Stack;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await Stack.start();
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('leave the timers consumer soon after the decision, not when they are due a day later', async () => {
    const jsm = await jetstreamManager(nc);
    const ids = await Promise.all(
      Array.from(
        { length: 10 },
        async (_, i) =>
          (
            await stack.submit({
              text: `Please refund order ${200_000 + i}`,
              workflow: 'sensitive',
            })
          ).id,
      ),
    );
    const approvals = await waitFor('every approval request', async () => {
      const res = await stack.request<Approval[] | { items: Approval[] }>(
        'GET',
        '/v1/approvals?status=pending',
        {
          key: DEV_KEYS.approver,
        },
      );
      const list = Array.isArray(res.body) ? res.body : res.body.items;
      const mine = list.filter((a) => ids.includes(a.taskId));
      return mine.length === ids.length && mine;
    });
    const waiting = await jsm.consumers.info(Streams.timers.name, 'coordinator_timers');
    expect(waiting.num_ack_pending + waiting.num_pending).toBeGreaterThanOrEqual(ids.length);
    for (const a of approvals) {
      const res = await stack.request('POST', `/v1/approvals/${a.id}/decision`, {
        key: DEV_KEYS.approver,
        body: { decision: 'approve' },
      });
      expect(res.status).toBe(200);
    }
    await Promise.all(ids.map((id) => stack.waitForEnd(id)));
    // the deadlines are 24 h away: a 15 s deadline for this wait shows they were acknowledged early
    await waitFor(
      'the timers consumer to hold nothing',
      async () => {
        const info = await jsm.consumers.info(Streams.timers.name, 'coordinator_timers');
        return info.num_ack_pending + info.num_pending === 0;
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    );
  });
});
