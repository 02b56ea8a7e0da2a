// The bare reference of `npm run bench`: the message pattern of the `knowledge` workflow written
// directly on nats.js, with no framework — HTTP in, a submitted event, a command and a result per
// stage, one compare-and-set state write per transition, payloads of the same sizes as
// Switchyard's — so the benchmark can say what Switchyard costs on top of the bus.
//
//   node scripts/bench/reference.mjs <nats-url> provision
//   node scripts/bench/reference.mjs <nats-url> gateway <port>
//   node scripts/bench/reference.mjs <nats-url> coordinator
//   node scripts/bench/reference.mjs <nats-url> stage <route|retrieve|generate|validate>
//
// Completion is announced on core NATS `ref.done.<id>` (as Switchyard's coordinator announces its
// task changes), so the load generator can time it without polling.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { AckPolicy, RetentionPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { output, passages, text } from './payloads.mjs';

const [url, role, arg] = process.argv.slice(2);
const STAGES = ['route', 'retrieve', 'generate', 'validate'];
const nc = await connect({ servers: url, noAsyncTraces: true, name: `reference-${role}` });
const js = jetstream(nc);
const enc = (v) => JSON.stringify(v);
// result payload sizes like Switchyard's for a knowledge task (bytes of the main content)
const RESULT = {
  route: () => ({ route: 'knowledge', confidence: 0.9, source: 'rule', reason: text(60) }),
  retrieve: () => ({
    passages: passages(),
    bestScore: 0.8,
    weak: false,
  }),
  generate: () => ({
    output: output(),
    usage: { promptTokens: 400, completionTokens: 60 },
  }),
  validate: () => ({ verdict: { ok: true, failures: [] } }),
};

if (role === 'provision') {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: 'REF_EVENTS',
    subjects: ['ref.event.>'],
    retention: RetentionPolicy.Workqueue,
  });
  await jsm.streams.add({
    name: 'REF_COMMANDS',
    subjects: ['ref.cmd.>'],
    retention: RetentionPolicy.Workqueue,
  });
  await jsm.consumers.add('REF_EVENTS', {
    durable_name: 'coordinator',
    ack_policy: AckPolicy.Explicit,
    ack_wait: 6e9,
  });
  for (const stage of STAGES)
    await jsm.consumers.add('REF_COMMANDS', {
      durable_name: stage,
      ack_policy: AckPolicy.Explicit,
      filter_subject: `ref.cmd.${stage}`,
      ack_wait: 6e9,
    });
  await new Kvm(nc).create('ref_tasks', { history: 1 });
  await nc.drain();
  process.exit(0);
}

const kv = await new Kvm(nc).open('ref_tasks');

async function consume(stream, durable, handle) {
  const consumer = await js.consumers.get(stream, durable);
  const messages = await consumer.consume({ max_messages: 64 });
  const inflight = new Set();
  for await (const m of messages) {
    const p = handle(m).then(
      () => m.ack(),
      () => m.nak(250),
    );
    inflight.add(p);
    p.finally(() => inflight.delete(p));
    if (inflight.size >= 64) await Promise.race(inflight);
  }
}

if (role === 'gateway') {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const { text: question } = JSON.parse(body);
        const id = randomUUID();
        const record = {
          id,
          status: 'queued',
          text: question,
          timeline: [{ seq: 1, outcome: 'submitted', time: new Date().toISOString() }],
          createdAt: new Date().toISOString(),
        };
        await kv.create(`t.${id}`, enc(record));
        await js.publish(
          'ref.event.submitted',
          enc({ id, taskId: id, payload: { text: question } }),
          { msgID: `${id}.submitted` },
        );
        res
          .writeHead(202, { 'content-type': 'application/json' })
          .end(enc({ id, status: 'queued' }));
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  server.listen(Number(arg), '127.0.0.1', () => process.stdout.write('ready\n'));
} else if (role === 'coordinator') {
  const heads = new Map(); // id -> { record, revision }: the version this process wrote last
  const NEXT = {
    submitted: 'route',
    route: 'retrieve',
    retrieve: 'generate',
    generate: 'validate',
    validate: undefined,
  };
  process.stdout.write('ready\n');
  await consume('REF_EVENTS', 'coordinator', async (m) => {
    const event = m.json();
    const kind = m.subject.split('.').at(-1);
    const id = event.taskId;
    for (;;) {
      let head = heads.get(id);
      if (!head) {
        const entry = await kv.get(`t.${id}`);
        head = { record: entry.json(), revision: entry.revision };
      }
      const next = {
        ...head.record,
        timeline: [
          ...head.record.timeline,
          { seq: head.record.timeline.length + 1, outcome: kind, time: new Date().toISOString() },
        ],
      };
      if (kind === 'retrieve') next.passages = event.payload.passages;
      if (kind === 'generate') next.output = event.payload.output;
      const stage = NEXT[kind];
      next.status = stage ? 'running' : 'completed';
      try {
        const revision = await kv.update(`t.${id}`, enc(next), head.revision);
        if (stage) heads.set(id, { record: next, revision });
        else heads.delete(id);
      } catch {
        heads.delete(id); // another writer: read and decide again
        continue;
      }
      if (stage) {
        await js.publish(
          `ref.cmd.${stage}`,
          enc({
            id: `${id}.${stage}`,
            taskId: id,
            payload: { text: next.text, passages: next.passages, output: next.output },
          }),
          { msgID: `${id}.${stage}` },
        );
      } else {
        nc.publish(`ref.done.${id}`, enc({ status: 'completed' }));
      }
      return;
    }
  });
} else if (role === 'stage') {
  process.stdout.write('ready\n');
  await consume('REF_COMMANDS', arg, async (m) => {
    const command = m.json();
    await js.publish(
      `ref.event.${arg}`,
      enc({ id: `${command.id}.result`, taskId: command.taskId, payload: RESULT[arg]() }),
      { msgID: `${command.id}.result` },
    );
  });
}
