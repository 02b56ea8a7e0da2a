import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import {
  type DocumentV1,
  FLOW_STREAMS,
  RetrieveCompletedV1,
  Streams,
  Subjects,
  documentSubject,
} from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { NatsServer, ServiceProcess, waitFor } from '@switchyard/testing';

const DOCUMENTS = 2_000;
const CHUNKS_PER_DOCUMENT = 5; // 480 words: 120-word chunks every 90 words

/** 480 words, unique to document `n` through its token. */
function body(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < 480; i++)
    words.push(i % 60 === 0 ? `token${n}x` : `word${(n * 7 + i) % 997}`);
  return words.join(' ');
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(
    text
      .split('\n')
      .find((l) => l.startsWith(`${name} `))
      ?.split(' ')[1] ?? NaN,
  );
}

describe('retriever replay', () => {
  let nats: NatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    nats = await NatsServer.start({ name: 'replay' });
    const provisioner = await Messaging.connect({
      servers: [nats.url],
      name: 'provisioner',
      streams: FLOW_STREAMS,
    });
    await provisioner.provisionStreams();
    await provisioner.close();
    nc = await connect({ servers: nats.url, noAsyncTraces: true });
    const js = jetstream(nc);
    for (let batch = 0; batch < DOCUMENTS; batch += 200) {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => {
          const n = batch + i;
          const doc: DocumentV1 = {
            id: `doc-${n}`,
            tenant: 'demo',
            version: 1,
            title: `Document ${n}`,
            text: body(n),
            updatedAt: new Date().toISOString(),
            updatedBy: 'test',
          };
          return js.publish(documentSubject('demo', doc.id), JSON.stringify(doc));
        }),
      );
    }
  });

  afterAll(async () => {
    await nc?.drain();
    await nats?.stop();
  });

  it(`serves all ${DOCUMENTS * CHUNKS_PER_DOCUMENT} chunks ingested before it started, and is not ready until its replay is done`, async () => {
    const retriever = await ServiceProcess.start('retriever', nats.url, { waitReady: false });
    try {
      const seen: Array<{ status: number; chunks: number }> = [];
      await waitFor(
        'the retriever to report ready',
        async () => {
          const res = await fetch(`${retriever.url}/health/ready`).catch(() => undefined);
          if (!res) return false;
          const chunks = await metric(retriever.url, 'switchyard_retriever_chunks');
          seen.push({ status: res.status, chunks });
          return res.status === 200;
        },
        { timeoutMs: 120_000, intervalMs: 20 },
      );
      const ready = seen.at(-1)!;
      expect(ready.chunks).toBe(DOCUMENTS * CHUNKS_PER_DOCUMENT);
      // every answer before that said "not ready", each with a partial index
      expect(seen.slice(0, -1).every((s) => s.status === 503)).toBe(true);
      const replaySeconds = await metric(retriever.url, 'switchyard_retriever_replay_seconds');
      process.stdout.write(
        `retriever replay: ${DOCUMENTS * CHUNKS_PER_DOCUMENT} chunks (${DOCUMENTS} documents) in ${replaySeconds.toFixed(2)} s; ` +
          `${seen.filter((s) => s.status === 503).length} not-ready answers seen during it\n`,
      );

      // Ask for a sample of documents by their unique tokens, as the coordinator would.
      const js = jetstream(nc);
      const sample = [0, 1, 777, 1234, 1999];
      for (const n of sample) {
        const envelope = {
          id: `q-${n}`,
          taskId: `t-${n}`,
          tenant: 'demo',
          attempt: 1,
          time: new Date().toISOString(),
          schemaVersion: 1,
          payload: { stepId: `s-${n}`, query: `token${n}x`, topK: 3, minScore: 0.1 },
        };
        await js.publish(Subjects.RetrieveRequested, JSON.stringify(envelope), {
          msgID: envelope.id,
        });
      }
      const jsm = await jetstreamManager(nc);
      const results = await waitFor('every retrieval result', async () => {
        const info = await jsm.streams.info(Streams.events.name);
        if (info.state.messages < sample.length) return false;
        const out: RetrieveCompletedV1[] = [];
        for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
          const m = await jsm.streams.getMessage(Streams.events.name, { seq });
          if (m?.subject === Subjects.RetrieveCompleted)
            out.push(RetrieveCompletedV1.parse(m.json<{ payload: unknown }>().payload));
        }
        return out.length === sample.length && out;
      });
      for (const n of sample) {
        const result = results.find((r) => r.stepId === `s-${n}`)!;
        expect(result.weak).toBe(false);
        expect(result.passages[0]?.documentId).toBe(`doc-${n}`);
      }
    } finally {
      expect(await retriever.stop()).toBe(0);
    }
  });
});
