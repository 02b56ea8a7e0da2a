import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEV_KEYS, SERVICES, Stack, type TaskView, waitFor } from '@switchyard/testing';

interface Approval {
  id: string;
  taskId: string;
  status: string;
}

/**
 * The end-to-end suite every task store must pass: each shipped workflow to its end, an approval
 * that runs a refund once, a cancel, and a restart of every service with the tasks kept. `env`
 * selects the store (nothing for the KV default, MONGO_URL for MongoDB).
 */
export function endToEndSuite(store: string, env: () => Record<string, string>): void {
  describe(`end to end on ${store}`, () => {
    let stack: Stack;

    beforeAll(async () => {
      stack = await Stack.start({ env: env() });
    });

    afterAll(async () => {
      await stack?.stop();
    });

    async function approvalFor(taskId: string): Promise<Approval> {
      return waitFor('the approval request', async () => {
        const res = await stack.request<Approval[] | { items: Approval[] }>(
          'GET',
          '/v1/approvals?status=pending',
          { key: DEV_KEYS.approver },
        );
        const list = Array.isArray(res.body) ? res.body : res.body.items;
        return list.find((a) => a.taskId === taskId);
      });
    }

    const decide = (id: string, decision: string) =>
      stack.request('POST', `/v1/approvals/${id}/decision`, {
        key: DEV_KEYS.approver,
        body: { decision, comment: 'checked the order' },
      });

    it.each([
      ['faq', 'Do you ship to Norway?'],
      ['knowledge', 'What is your refund policy?'],
      [
        'extraction',
        'Invoice number: INV-2041. Invoice date: 2026-03-14. Supplier: Alpine Textiles GmbH. Total due 149.90 EUR.',
      ],
      ['operational', 'What is the status of order 104233?'],
    ])('runs the %s workflow to completion', async (workflow, text) => {
      const task = await stack.submit({ text, workflow });
      const done = await stack.waitForEnd(task.id);
      expect({ workflow, status: done.status, error: done.error }).toMatchObject({
        workflow,
        status: 'completed',
      });
    });

    it('waits for a person on a refund, runs it once after approval, and rejects on reject', async () => {
      const approved = await stack.submit({
        text: 'Please refund order 104233',
        workflow: 'sensitive',
      });
      const rejected = await stack.submit({
        text: 'Refund order 104234 please',
        workflow: 'sensitive',
      });
      expect((await decide((await approvalFor(approved.id)).id, 'approve')).status).toBe(200);
      expect((await decide((await approvalFor(rejected.id)).id, 'reject')).status).toBe(200);
      expect((await stack.waitForEnd(approved.id)).status).toBe('completed');
      expect((await stack.waitForEnd(rejected.id)).status).toBe('rejected');
      const log = await stack.tools.log();
      expect(log.executions.filter((e) => e.orderId === '104233')).toHaveLength(1);
    });

    it('cancels a task waiting for a person', async () => {
      const task = await stack.submit({
        text: 'Please refund order 104235',
        workflow: 'sensitive',
      });
      await approvalFor(task.id);
      const res = await stack.request<TaskView>('POST', `/v1/tasks/${task.id}/cancel`, {
        key: DEV_KEYS.submitter,
        body: { reason: 'customer withdrew' },
      });
      expect([200, 202]).toContain(res.status);
      expect((await stack.waitForEnd(task.id)).status).toBe('cancelled');
    });

    it('keeps every task across a restart of every service, and runs new ones after it', async () => {
      const before = await stack.submit({
        text: 'What is your refund policy?',
        workflow: 'knowledge',
      });
      const ended = await stack.waitForEnd(before.id);
      await Promise.all(stack.processes.map((p) => p.stop('SIGTERM')));
      stack.processes.splice(0);
      for (const name of SERVICES) await stack.add(name);
      expect(await stack.task(before.id)).toMatchObject({
        status: ended.status,
        version: ended.version,
      });
      const after = await stack.submit({ text: 'Do you ship to Norway?', workflow: 'faq' });
      expect((await stack.waitForEnd(after.id)).status).toBe('completed');
    });
  });
}
