import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { DEV_KEYS, REPO_ROOT, Stack, waitFor } from '@switchyard/testing';

/** Debian's chromium (scripts/bootstrap.sh installs it); Playwright never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** The screenshots go to docs/images only when asked (UPDATE_SCREENSHOTS=1): a run leaves the tree as it was. */
const IMAGES = process.env.UPDATE_SCREENSHOTS
  ? join(REPO_ROOT, 'docs', 'images')
  : mkdtempSync(join(tmpdir(), 'switchyard-console-'));

interface Approval {
  id: string;
  taskId: string;
  deadline: string;
  draft?: { text?: string };
}

/**
 * The reviewer console in a real browser against the real stack (every service, the `sensitive`
 * workflow, the dev keys): sign-in, the live queue and its countdown, the keyboard, revise with a
 * diff, two reviewers racing, untrusted text, accessibility; the screenshots in docs/images/.
 */
describe('reviewer console (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `${CHROMIUM} is missing: run scripts/bootstrap.sh (apt-get install chromium)`,
      );
    mkdirSync(IMAGES, { recursive: true });
    [stack, browser] = await Promise.all([
      Stack.start(),
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    ]);
    await stack.request('PUT', '/v1/documents/refund-policy', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refund policy',
        text: 'Refunds are paid within 5 business days to the original card for items returned within 30 days.',
      },
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(key?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await page.goto(`${stack.gatewayUrl}/console/`);
    if (key) await signIn(page, key);
    return page;
  }

  async function signIn(page: Page, key: string): Promise<void> {
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** A refund request waiting for a person, and its approval. */
  async function pending(
    text = 'Please refund order 104233, the boots were too small',
  ): Promise<Approval> {
    const { id } = await stack.submit({ text, workflow: 'sensitive' });
    await stack.waitForTask(id, (t) => t.status === 'awaiting_approval', 'to await approval');
    return waitFor('the approval', async () => {
      const res = await stack.request<{ items: Approval[] }>(
        'GET',
        '/v1/approvals?status=pending&limit=100',
        { key: DEV_KEYS.approver },
      );
      return res.body.items.find((a) => a.taskId === id);
    });
  }

  async function noSeriousViolations(page: Page, screen: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  }

  it('signs in: an approver sees the queue, a submitter a clear 403, a bad key 401; the key stays in sessionStorage', async () => {
    const page = await open();
    await noSeriousViolations(page, 'sign-in');
    await signIn(page, 'not-a-key');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not known (401)');
    await signIn(page, DEV_KEYS.submitter);
    await page.getByText('no reviewer role (403)').waitFor();
    await signIn(page, DEV_KEYS.approver);
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    const storage = JSON.parse(
      await page.evaluate<string>(
        'JSON.stringify({ session: Object.values(sessionStorage), local: JSON.stringify(localStorage) })',
      ),
    ) as { session: string[]; local: string };
    expect(storage.session).toContain(DEV_KEYS.approver);
    expect(storage.local).not.toContain(DEV_KEYS.approver);
  });

  it('shows a new task in the open queue without a reload, with a countdown that follows the clock', async () => {
    const page = await open(DEV_KEYS.approver);
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    const approval = await pending('Please refund order 200001, wrong size');
    const row = page.locator(`a.row[data-task="${approval.taskId}"]`);
    await row.waitFor({ timeout: 2_000 }); // live, within 2 s of the approval existing
    expect(navigations).toEqual([]); // no reload
    const deadline = Date.parse(approval.deadline);
    await page.clock.setFixedTime(deadline - 12 * 60_000);
    await row.locator('.countdown', { hasText: /^auto-rejects in 12 min$/ }).waitFor();
    await page.clock.setFixedTime(deadline - (3 * 60 + 5) * 60_000);
    await row.locator('.countdown', { hasText: /^auto-rejects in 3 h 5 min$/ }).waitFor();
    await noSeriousViolations(page, 'queue');
    await page.screenshot({ path: join(IMAGES, 'console-queue.png') });
  });

  it('keyboard only: open, a a approves exactly once, the refund runs once; reject needs a reason; revise sends typed values after a diff', async () => {
    const first = await pending('Please refund order 300001, it never arrived');
    const second = await pending('Please refund order 300002, the zip broke');
    const page = await open(DEV_KEYS.approver);
    const decisions: Array<Record<string, unknown>> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/decision'))
        decisions.push(r.postDataJSON() as Record<string, unknown>);
    });
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('300001');
    await page.locator(`a.row[data-task="${first.taskId}"]`).waitFor(); // the filtered list
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Approval for task ${first.taskId}` }).waitFor();
    await noSeriousViolations(page, 'decision view');
    await page.screenshot({ path: join(IMAGES, 'console-decision.png'), fullPage: true });
    await page.keyboard.press('a');
    await page.getByText('Press a again to approve.').waitFor();
    expect(decisions).toHaveLength(0);
    await page.keyboard.press('a');
    await waitFor('the approve to be sent', () => decisions.length === 1);
    expect(decisions).toEqual([{ decision: 'approve' }]);
    const done = await stack.waitForEnd(first.taskId);
    expect(done.status).toBe('completed');
    const runs = (await stack.tools.log()).executions.filter((e) => e.orderId === '300001');
    expect(runs).toHaveLength(1);

    // focus moved on to the next pending item (by deadline: the second request)
    await page.getByRole('heading', { name: `Approval for task ${second.taskId}` }).waitFor();
    await page.locator('h1:focus').waitFor();
    await page.keyboard.press('x');
    await page.getByLabel('Reason for rejecting (required)').waitFor();
    await page.keyboard.press('Control+Enter');

    await page.getByText('A reason is required to reject: nothing was sent.').waitFor();
    expect(decisions).toHaveLength(1);

    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    const text = page.getByLabel('Text');
    await text.waitFor();
    await text.press('Control+End');
    await text.pressSequentially(' We refund 50 EUR now.');
    await page.getByLabel('Name').fill('amount');
    await page.getByLabel('Type').selectOption('number');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByLabel(/^amount/).fill('50');
    await page.getByLabel(/^amount/).press('Control+Enter');
    await page.getByRole('heading', { name: 'Changes against the draft' }).waitFor();
    await expect(page.locator('.diff ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('refund 50 EUR now.')]),
    );
    await expect(page.locator('.diff li').textContent()).resolves.toContain('(new) → 50');
    expect(decisions).toHaveLength(1); // the diff first
    await noSeriousViolations(page, 'revise');
    await page.locator('.diff').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(IMAGES, 'console-revise-diff.png'), fullPage: true });
    await page.keyboard.press('Control+Enter');
    await waitFor('the revision to be sent', () => decisions.length === 2);
    expect(decisions[1]).toMatchObject({ decision: 'revise', output: { amount: 50 } });
    expect(typeof (decisions[1].output as { amount: unknown }).amount).toBe('number');
    const revised = await stack.waitForEnd(second.taskId);
    expect(revised.output?.data).toMatchObject({ amount: 50 });
  });

  it('two reviewers approve the same item: one wins, the other sees who won; one decision in the audit', async () => {
    const approval = await pending('Please refund order 400001, double charged');
    const [a, b] = await Promise.all([open(DEV_KEYS.approver), open(DEV_KEYS.admin)]);
    for (const page of [a, b]) {
      await page.getByRole('heading', { name: 'Approvals' }).waitFor();
      await page.goto(`${stack.gatewayUrl}/console/#/approvals/${encodeURIComponent(approval.id)}`);
      await page.getByRole('button', { name: 'Approve (a a)' }).waitFor();
    }
    // both click at once; a page whose button is gone already (the other won and its view locked
    // live) has nothing left to click
    await Promise.all(
      [a, b].map((p) =>
        p
          .getByRole('button', { name: 'Approve (a a)' })
          .click({ timeout: 5_000 })
          .catch(() => undefined),
      ),
    );
    const lost = await waitFor('one page to show who won', async () => {
      for (const page of [a, b]) {
        const text = await page
          .locator('.locked')
          .textContent()
          .catch(() => null);
        if (text?.includes('Already approved by')) return text;
      }
      return undefined;
    });
    expect(lost).toMatch(/Already approved by dev-(approver|admin) at \d{4}-\d\d-\d\d/);
    const done = await stack.waitForEnd(approval.taskId);
    expect(done.timeline.filter((e) => e.outcome === 'approved')).toHaveLength(1);
    const decided = await stack.request<{ items: Array<{ id: string; decision?: unknown }> }>(
      'GET',
      '/v1/approvals?status=decided&limit=100',
      { key: DEV_KEYS.approver },
    );
    expect(decided.body.items.filter((x) => x.id === approval.id)).toHaveLength(1);
  });

  it('renders model output and passages as text: a draft with <img onerror> runs nothing', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    await stack.request('PUT', '/v1/documents/refund-policy', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refund policy',
        text: `Refunds ${payload} are paid within 5 business days to the original card.`,
      },
    });
    // the retriever indexes the new version within about a second
    await waitFor('the new version to be retrievable', async () => {
      const res = await stack.request<{ version: number }>('GET', '/v1/documents/refund-policy', {
        key: DEV_KEYS.admin,
      });
      return res.body.version >= 2;
    });
    // no write action here: the draft is an extractive answer from the passages
    const approval = await pending(`How are refunds paid? ${payload}`);
    expect(approval.draft?.text).toContain(payload);
    const page = await open(DEV_KEYS.approver);
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    await page.goto(`${stack.gatewayUrl}/console/#/approvals/${encodeURIComponent(approval.id)}`);
    await page.getByRole('heading', { name: `Approval for task ${approval.taskId}` }).waitFor();
    await expect(page.locator('.draft').textContent()).resolves.toContain(payload);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await stack.request('PUT', '/v1/documents/refund-policy', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refund policy',
        text: 'Refunds are paid within 5 business days to the original card for items returned within 30 days.',
      },
    });
  });

  it('explores tasks: filters, paging, a task with its live timeline grouped by stage', async () => {
    const page = await open(DEV_KEYS.approver);
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    await page.getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { name: 'Tasks' }).waitFor();
    await page.locator('table.tasks tbody tr').first().waitFor();
    await page.getByLabel('Status').selectOption('completed');
    const badges = page.locator('table.tasks tbody .badge');
    await waitFor('the list to show only completed tasks', async () => {
      const texts = await badges.allTextContents();
      return texts.length > 0 && texts.every((t) => t === 'completed');
    });
    await noSeriousViolations(page, 'task list');

    // a refund: routed, retrieved, proposed, validated, approved, executed — followed live
    const approval = await pending('Please refund order 600001, the strap broke');
    const id = approval.taskId;
    await page.goto(`${stack.gatewayUrl}/console/#/tasks/${id}`);
    await page.getByRole('heading', { name: `Task ${id}` }).waitFor();
    await page.getByText('● live').waitFor();
    await stack.request('POST', `/v1/approvals/${approval.id}/decision`, {
      key: DEV_KEYS.approver,
      body: { decision: 'approve', comment: 'strap defect is covered' },
    });
    await page.getByText('ended', { exact: true }).waitFor();
    const groups = await page.locator('.timeline .group-head strong').allTextContents();
    expect(groups).toEqual(
      expect.arrayContaining(['route', 'retrieve', 'generate', 'validate', 'approval', 'action']),
    );
    await noSeriousViolations(page, 'task detail');
    await page.screenshot({ path: join(IMAGES, 'console-task-timeline.png'), fullPage: true });
  });
});
