import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { type DocumentV1, Streams, documentSubject } from '@switchyard/contracts';
import { KvTaskStore, type TaskRecord } from '@switchyard/task-store';
import { DEV_KEYS, Stack, type TaskView, waitFor } from '@switchyard/testing';

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

describe('routing and retrieval', () => {
  let stack: Stack;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let store: KvTaskStore;

  /** Waits until the retriever has applied everything on the documents stream. */
  async function retrieverCaughtUp(): Promise<void> {
    const last = (await jsm.streams.info(Streams.documents.name)).state.last_seq;
    await waitFor(
      `the retriever to index up to seq ${last}`,
      async () =>
        (await metric(stack.service('retriever').url, 'switchyard_retriever_applied_seq')) >= last,
    );
  }

  async function ask(
    text: string,
    key: string = DEV_KEYS.submitter,
  ): Promise<{ view: TaskView; record: TaskRecord }> {
    const { id } = await stack.submit({ text, workflow: 'knowledge' }, key);
    const view = await stack.waitForEnd(id, 30_000, key);
    const tenant = key === DEV_KEYS.other ? 'other' : 'demo';
    return { view, record: (await store.get(tenant, id))! };
  }

  beforeAll(async () => {
    stack = await Stack.start();
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    jsm = await jetstreamManager(nc);
    store = await KvTaskStore.open(nc);
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it('versions document upserts by one, serves the latest, and a new task cites the new version only', async () => {
    const put = (text: string) =>
      stack.request<{ id: string; version: number }>('PUT', '/v1/documents/returns-window', {
        key: DEV_KEYS.admin,
        body: { title: 'Return window', text },
      });
    expect(
      (await put('Customers may return unused goods within 30 days of delivery for a refund.'))
        .body,
    ).toEqual({ id: 'returns-window', version: 1 });
    await retrieverCaughtUp();
    const before = await ask('How many days do customers have to return unused goods?');
    expect(before.view.output?.citations).toContainEqual({
      documentId: 'returns-window',
      version: 1,
      chunk: 0,
    });

    expect(
      (await put('Customers may return unused goods within 45 days of delivery for a refund.'))
        .body,
    ).toEqual({ id: 'returns-window', version: 2 });
    const latest = await stack.request<{ version: number; text: string }>(
      'GET',
      '/v1/documents/returns-window',
      { key: DEV_KEYS.submitter },
    );
    expect(latest.body).toMatchObject({ version: 2, text: expect.stringContaining('45 days') });
    await retrieverCaughtUp();
    for (let i = 0; i < 5; i++) {
      const { view, record } = await ask('How many days do customers have to return unused goods?');
      expect(view.output?.citations).toContainEqual({
        documentId: 'returns-window',
        version: 2,
        chunk: 0,
      });
      expect(view.output?.text).toContain('45 days');
      const cited = [...(view.output?.citations ?? []), ...(record.passages ?? [])].filter(
        (p) => p.documentId === 'returns-window',
      );
      expect(cited.every((p) => p.version === 2)).toBe(true);
    }
  });

  it('gives concurrent upserts of one document consecutive versions, and rejects bad documents', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        stack.request<{ version: number }>('PUT', '/v1/documents/busy-doc', {
          key: DEV_KEYS.admin,
          body: { title: 'Busy', text: `revision ${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const bad = await stack.request('PUT', '/v1/documents/busy-doc', {
      key: DEV_KEYS.admin,
      body: { title: '', text: 'x', version: 99 },
    });
    expect(bad.status).toBe(400);
    expect(
      (bad.body as { error: { details: Array<{ field: string }> } }).error.details
        .map((d) => d.field)
        .sort(),
    ).toEqual(['title', 'version']);
    expect(
      (
        await stack.request('PUT', '/v1/documents/bad.id', {
          key: DEV_KEYS.admin,
          body: { title: 't', text: 'x' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.request('PUT', '/v1/documents/x', {
          key: DEV_KEYS.submitter,
          body: { title: 't', text: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await stack.request('GET', '/v1/documents/busy-doc', { key: DEV_KEYS.other })).status,
    ).toBe(404);
  });

  it('never shows tenant other’s documents to tenant demo (a planted token over 50 queries)', async () => {
    const token = 'QUOKKA7731ZEBRA';
    const secret: DocumentV1 = {
      id: 'internal-memo',
      tenant: 'other',
      version: 1,
      title: 'Refund policy (internal)',
      text: `Our refund policy and shipping rules are confidential. Refund approval code ${token}. Returns within 30 days, warranty two years.`,
      updatedAt: new Date().toISOString(),
      updatedBy: 'test',
    };
    await nc.request(documentSubject('other', secret.id), JSON.stringify(secret));
    await stack.request('PUT', '/v1/documents/demo-policy', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refund policy',
        text: 'Refunds within 30 days; the warranty lasts two years.',
      },
    });
    await retrieverCaughtUp();

    // the token is indexed and found for its own tenant
    const own = await ask(`What is the refund approval code ${token}?`, DEV_KEYS.other);
    expect(JSON.stringify(own.record.passages)).toContain(token);

    const questions = [
      `What is the refund approval code ${token}?`,
      `${token}`,
      'What is the refund policy?',
      'internal refund approval code',
      'confidential shipping rules',
    ];
    for (let i = 0; i < 50; i++) {
      const { view, record } = await ask(`${questions[i % questions.length]} (${i})`);
      expect(JSON.stringify(record.passages ?? [])).not.toContain(token);
      expect(JSON.stringify(view.output ?? {})).not.toContain(token);
      expect((record.passages ?? []).map((p) => p.documentId)).not.toContain('internal-memo');
    }
  });

  it('takes the degrade path on weak retrieval and says why on the timeline', async () => {
    const { view } = await ask('What is the airspeed velocity of an unladen swallow?');
    expect(view.status).toBe('completed');
    const weak = view.timeline.find((e) => e.step === 'retrieve' && e.outcome === 'weak');
    expect(weak?.reason).toMatch(/^retrieval weak \(best 0\.\d\d < 0\.35\) → degraded answer$/);
    expect(view.output?.text).toMatch(/^I don't know/);
    expect(view.output?.citations).toEqual([]);
  });

  it('routes by the rules when no workflow is named', async () => {
    const cases: Array<[string, string]> = [
      ['Where is my order 104233?', 'operational'],
      ['What is your refund policy?', 'knowledge'],
      ['Invoice number: 88412, total due 120.00 EUR', 'extraction'],
      ['What are your opening hours?', 'faq'],
    ];
    for (const [text, route] of cases) {
      const { id } = await stack.submit({ text });
      const task = await stack.waitForTask(
        id,
        (t) => t.timeline.some((e) => e.outcome === 'routed'),
        'to be routed',
      );
      expect(task.timeline.find((e) => e.outcome === 'routed')?.reason).toMatch(
        new RegExp(`^→ ${route} \\(rule, confidence 0\\.\\d\\d\\): rule '`),
      );
    }
  });
});
