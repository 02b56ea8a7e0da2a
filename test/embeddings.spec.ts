import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEV_KEYS, Stack, waitFor } from '@switchyard/testing';
import { FakeEmbeddingsServer } from './support/fake-embeddings.js';

describe('retrieval with embeddings from an OpenAI-compatible endpoint', () => {
  let embeddings: FakeEmbeddingsServer;
  let stack: Stack;

  beforeAll(async () => {
    embeddings = await FakeEmbeddingsServer.start();
    stack = await Stack.start({
      env: {
        EMBEDDINGS_URL: embeddings.baseUrl,
        EMBEDDINGS_MODEL: 'test-embed-1',
        EMBEDDINGS_API_KEY: 'sk-test',
        EMBEDDINGS_RETRIES: '1',
      },
    });
    const put = await stack.request('PUT', '/v1/documents/money-back', {
      key: DEV_KEYS.admin,
      body: {
        title: 'Refunds',
        text: 'Refunds are paid to the original card within five business days.',
      },
    });
    expect(put.status).toBe(200);
    await waitFor('the chunks to be embedded', () =>
      embeddings.calls.some((c) => c.input.some((t) => t.includes('original card'))),
    );
  });

  afterAll(async () => {
    await stack?.stop();
    await embeddings?.stop();
  });

  async function ask(text: string) {
    const { id } = await stack.submit({ text, workflow: 'knowledge' });
    return stack.waitForEnd(id);
  }

  it('embeds chunks and queries with the configured model and key', () => {
    const call = embeddings.calls.find((c) => c.input.some((t) => t.includes('original card')));
    expect(call).toMatchObject({ model: 'test-embed-1', authorization: 'Bearer sk-test' });
  });

  it('finds a passage by meaning that BM25 alone cannot match, by fusing vector and BM25 rankings', async () => {
    // No word of the question occurs in the document; the embedding folds reimbursement into refund.
    const task = await ask('reimbursement timing?');
    expect(
      task.timeline.find((e) => e.step === 'retrieve' && e.outcome !== 'requested')?.outcome,
    ).toBe('completed');
    expect(task.output?.citations).toContainEqual({
      documentId: 'money-back',
      version: 1,
      chunk: 0,
    });
  });

  it('answers with BM25 alone when the endpoint fails for a query (503, malformed JSON)', async () => {
    for (const marker of ['FAIL503', 'BADJSON']) {
      const before = embeddings.calls.length;
      const task = await ask(`When are refunds paid to the original card? ${marker}`);
      expect(task.status).toBe('completed');
      expect(task.output?.citations).toContainEqual({
        documentId: 'money-back',
        version: 1,
        chunk: 0,
      });
      // a 503 is retried once (EMBEDDINGS_RETRIES=1); malformed JSON is not retried
      expect(embeddings.calls.length - before).toBe(marker === 'FAIL503' ? 2 : 1);
    }
  });
});
