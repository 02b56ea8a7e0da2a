// `npm run bench:scale`: what another replica of the bottleneck stage adds. The generator calls a
// slow model — an OpenAI-compatible fake on loopback that answers each chat completion after
// --latency ms (200) — with CONSUMER_CONCURRENCY --concurrency (4) per replica, so one replica does
// at most concurrency / latency tasks/s. For N = 1, 2, 4 generator replicas (every other service
// one process) it submits --tasks `faq` tasks (one model call each) at once and measures how fast
// they complete; scaling efficiency = throughput(N) / (N × throughput(1)).
// Usage: node scripts/bench-scale.mjs [--replicas 1,2,4] [--tasks 300] [--latency 200] [--concurrency 4]
// Bounded: each run waits at most 180 s; all traffic stays on 127.0.0.1.
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const REPLICAS = String(opt('--replicas', '1,2,4')).split(',').map(Number);
const TASKS = Number(opt('--tasks', 300));
const LATENCY = Number(opt('--latency', 200));
const CONCURRENCY = Number(opt('--concurrency', 4));
const say = (s) => process.stdout.write(`${s}\n`);

const { NatsServer, ServiceProcess } = await import('../libs/testing/dist/index.js');

// The slow model: chat completions answered after LATENCY ms, counting calls in flight.
let inFlight = 0;
let maxInFlight = 0;
let calls = 0;
const model = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    calls++;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    const { model: name } = JSON.parse(body || '{}');
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'chatcmpl-bench',
          object: 'chat.completion',
          model: name,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'Refunds are paid within five days.' },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 100, completion_tokens: 8, total_tokens: 108 },
        }),
      );
    }, LATENCY);
  });
});
await new Promise((resolve) => model.listen(0, '127.0.0.1', resolve));
const modelUrl = `http://127.0.0.1:${model.address().port}/v1`;

const nats = await NatsServer.start({ name: 'bench-scale' });
const common = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' };
const generatorEnv = {
  ...common,
  CONSUMER_CONCURRENCY: String(CONCURRENCY),
  PROVIDERS: JSON.stringify({ slow: { baseUrl: modelUrl, apiKey: 'bench', timeoutMs: 10_000 } }),
  MODEL_TIERS: JSON.stringify({
    small: [{ provider: 'slow', model: 'slow-small' }],
    large: [{ provider: 'slow', model: 'slow-large' }],
  }),
};
const processes = [];
const start = async (name, env = common) => {
  const p = await ServiceProcess.start(name, nats.url, { env, timeoutMs: 60_000 });
  processes.push(p);
  return p;
};

const KEY = { authorization: 'Bearer dev-admin-key', 'content-type': 'application/json' };
const results = [];
try {
  say(
    `[bench:scale] ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} before the runs`,
  );
  say(
    `[bench:scale] model latency ${LATENCY} ms, generator concurrency ${CONCURRENCY} per replica, ${TASKS} faq tasks per run`,
  );
  const gateway = await start('gateway');
  await Promise.all(['coordinator', 'router', 'retriever', 'validator'].map((n) => start(n)));
  const generators = [];

  const submit = async (i) => {
    const res = await fetch(`${gateway.url}/v1/tasks`, {
      method: 'POST',
      headers: KEY,
      body: JSON.stringify({ text: `How long do refunds take? (${i})`, workflow: 'faq' }),
    });
    if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
    return (await res.json()).id;
  };
  const task = async (id) =>
    (await fetch(`${gateway.url}/v1/tasks/${id}`, { headers: KEY })).json();
  const generatorCounts = async () =>
    Promise.all(
      generators.map(async (g) => {
        const text = await (await fetch(`${g.url}/metrics`)).text();
        return text
          .split('\n')
          .filter((l) =>
            l.startsWith('switchyard_consumer_messages_total{consumer="generator",outcome="done"'),
          )
          .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
      }),
    );

  for (const n of REPLICAS) {
    while (generators.length < n) generators.push(await start('generator', generatorEnv));
    const before = await generatorCounts();
    const callsBefore = calls;
    maxInFlight = 0;
    const t0 = Date.now();
    const ids = [];
    for (let i = 0; i < TASKS; i += 50) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, TASKS - i) }, (_, j) => submit(i + j)),
        )),
      );
    }
    const submittedMs = Date.now() - t0;
    const deadline = Date.now() + 180_000;
    let ended = [];
    let pending = ids;
    while (pending.length && Date.now() < deadline) {
      const batch = await Promise.all(pending.slice(0, 200).map(task));
      const done = batch.filter((t) =>
        ['completed', 'failed', 'rejected', 'cancelled'].includes(t.status),
      );
      ended.push(...done);
      const doneIds = new Set(done.map((t) => t.id));
      pending = pending.filter((id) => !doneIds.has(id));
      if (pending.length) await new Promise((r) => setTimeout(r, 100));
    }
    const completed = ended.filter((t) => t.status === 'completed');
    const last = Math.max(...completed.map((t) => Date.parse(t.updatedAt)));
    const seconds = (last - t0) / 1000;
    const throughput = completed.length / seconds;
    const after = await generatorCounts();
    const split = after.map((a, i) => a - (before[i] ?? 0));
    results.push({ n, throughput });
    say(
      `  N=${n}: ${completed.length}/${ids.length} completed in ${seconds.toFixed(1)} s (submitted in ${(submittedMs / 1000).toFixed(1)} s) = ` +
        `${throughput.toFixed(1)} tasks/s; ideal ${((n * CONCURRENCY * 1000) / LATENCY).toFixed(0)}; ` +
        `model calls ${calls - callsBefore}, at most ${maxInFlight} at once; per replica ${split.join(' / ')}; ` +
        `load average ${loadavg()[0].toFixed(2)}`,
    );
    if (pending.length) say(`  N=${n}: ${pending.length} tasks had not ended after 180 s`);
  }
  const base = results.find((r) => r.n === 1)?.throughput;
  if (base) {
    say('[bench:scale] scaling efficiency = throughput(N) / (N × throughput(1)):');
    for (const r of results)
      say(
        `  N=${r.n}: ${r.throughput.toFixed(1)} tasks/s, ${(r.throughput / base).toFixed(2)}× N=1, efficiency ${((100 * r.throughput) / (r.n * base)).toFixed(0)} %`,
      );
  }
} finally {
  await Promise.all(processes.map((p) => p.stop('SIGTERM').catch(() => undefined)));
  await nats.stop();
  model.closeAllConnections();
  model.close();
}
