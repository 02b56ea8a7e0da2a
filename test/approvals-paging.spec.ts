import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import { ApprovalApiSubjects } from '@switchyard/contracts';
import { DEV_KEYS, Stack, waitFor } from '@switchyard/testing';

interface Page {
  items: Array<{ id: string; taskId: string; deadline: string; status: string }>;
  nextCursor?: string;
}

const QUEUE = 320; // a morning's queue of refund requests
// about 11 KB each: the whole queue is over 3 MB, a page of 100 over the broker's 1 MiB limit
const FILLER = ' The customer attached the receipt and photos of the parcel.'.repeat(180);

/**
 * Issue 11, defect 3: `GET /v1/approvals` was unpaged; once the reply passed the broker's 1 MiB
 * payload limit, `respond()` threw outside the loop's try, the unhandled rejection ended the
 * approval service, and the gateway answered 503. Now the list is paged, a page never outgrows a
 * reply, and no reply's failure ends the loop or the process.
 */
describe('approvals list under a large queue', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ env: { REPUBLISH_INTERVAL_MS: '500' } });
    await stack.request('PUT', '/v1/documents/refund-policy', {
      key: DEV_KEYS.admin,
      body: { title: 'Refund policy', text: 'Refunds are paid within 5 business days.' },
    });
    for (let i = 0; i < QUEUE; i += 32) {
      await Promise.all(
        Array.from({ length: Math.min(32, QUEUE - i) }, (_, j) =>
          stack.submit({
            text: `Please refund order ${100_000 + i + j}, it arrived broken.${FILLER}`,
            workflow: 'sensitive',
          }),
        ),
      );
    }
    await waitFor(
      `${QUEUE} pending approvals`,
      async () => {
        const text = await (await fetch(`${stack.service('approval').url}/metrics`)).text();
        const m = /switchyard_approvals_pending\{workflow="sensitive"\} (\d+)/.exec(text);
        return Number(m?.[1]) === QUEUE;
      },
      { timeoutMs: 180_000, intervalMs: 500 },
    );
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the default list, pages through the whole queue by deadline, and stays up', async () => {
    const first = await stack.request<Page>('GET', '/v1/approvals?status=pending', {
      key: DEV_KEYS.approver,
    });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(20);
    expect(first.body.nextCursor).toBeDefined();

    const seen: Page['items'] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await stack.request<Page>(
        'GET',
        `/v1/approvals?status=pending&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { key: DEV_KEYS.approver },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      // cut short of 100: a page never outgrows the broker's payload limit
      expect(res.body.items.length).toBeLessThan(100);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(3);
    expect(new Set(seen.map((a) => a.id)).size).toBe(QUEUE);
    expect(seen.every((a) => a.status === 'pending')).toBe(true);
    const deadlines = seen.map((a) => a.deadline);
    expect(deadlines).toEqual([...deadlines].sort());

    // many lists at once, and a decision among them: all answered
    const [decided, ...lists] = await Promise.all([
      stack.request('POST', `/v1/approvals/${seen[0].id}/decision`, {
        key: DEV_KEYS.approver,
        body: { decision: 'reject', comment: 'duplicate' },
      }),
      ...Array.from({ length: 16 }, () =>
        stack.request<Page>('GET', '/v1/approvals?status=all&limit=100', {
          key: DEV_KEYS.approver,
        }),
      ),
    ]);
    expect(decided.status).toBe(200);
    expect(lists.map((r) => r.status)).toEqual(lists.map(() => 200));

    const approval = stack.service('approval');
    expect(approval.child.exitCode).toBeNull();
    expect(approval.logs()).not.toMatch(/unhandled|MAX_PAYLOAD|exceeded/i);
  });

  it('keeps the v1 list (an array) within the payload limit for older gateways', async () => {
    const nc = await connect({ servers: stack.nats.url });
    try {
      const reply = await nc.request(
        ApprovalApiSubjects.list,
        JSON.stringify({
          caller: { tenant: 'demo', roles: ['approver'], name: 'test' },
          status: 'pending',
        }),
        { timeout: 10_000 },
      );
      expect(reply.data.length).toBeLessThanOrEqual(nc.info!.max_payload);
      const body = reply.json<{ status: number; body: unknown[] }>();
      expect(body.status).toBe(200);
      expect(body.body.length).toBeGreaterThan(0);
      expect(body.body.length).toBeLessThan(100);
    } finally {
      await nc.close();
    }
  });
});
