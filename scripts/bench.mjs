// `npm run bench`: measures the orchestration's own cost with the zero-latency local provider.
// Starts a private stack (nats-server + every service as its own process), then
//  1. throughput: submits `knowledge` tasks as fast as CONCURRENCY clients can for DURATION s;
//  2. latency: submits at RATE tasks/s for DURATION s and reports end-to-end p50/p95/p99
//     (task createdAt → updatedAt at completion, as stored by the coordinator);
//  3. memory: each service's resident set size afterwards.
// Usage: node scripts/bench.mjs [--duration 10] [--rate 200] [--concurrency 64]
// Bounded: every loop stops after its duration; everything runs on 127.0.0.1.
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = opt('--duration', 10);
const RATE = opt('--rate', 200);
const CONCURRENCY = opt('--concurrency', 64);

const { Stack } = await import('../libs/testing/dist/index.js');
const say = (s) => process.stdout.write(`${s}\n`);
const KEY = { authorization: 'Bearer dev-admin-key', 'content-type': 'application/json' };

say(`[bench] starting the stack…`);
const stack = await Stack.start({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' } });
const gw = stack.gatewayUrl;
await fetch(`${gw}/v1/documents/refunds`, {
  method: 'PUT',
  headers: KEY,
  body: JSON.stringify({
    title: 'Refund policy',
    text: 'Refunds are paid within five business days to the original card.',
  }),
});

async function submit() {
  const res = await fetch(`${gw}/v1/tasks`, {
    method: 'POST',
    headers: KEY,
    body: JSON.stringify({ text: 'How long do refunds take?', workflow: 'knowledge' }),
  });
  if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

async function waitAll(ids, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  const done = new Map();
  let pending = [...ids];
  while (pending.length > 0 && Date.now() < deadline) {
    const batch = pending.slice(0, 200);
    const tasks = await Promise.all(
      batch.map(async (id) => (await fetch(`${gw}/v1/tasks/${id}`, { headers: KEY })).json()),
    );
    for (const t of tasks)
      if (['completed', 'failed', 'rejected', 'cancelled'].includes(t.status)) done.set(t.id, t);
    pending = pending.filter((id) => !done.has(id));
    if (pending.length > 0) await new Promise((r) => setTimeout(r, 200));
  }
  return [...done.values()];
}

const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  // 1. throughput
  say(`[bench] throughput: ${CONCURRENCY} clients for ${DURATION} s…`);
  const ids = [];
  const until = Date.now() + DURATION * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) ids.push(await submit());
    }),
  );
  const submitted = Date.now();
  const ended = await waitAll(ids);
  const finished = Math.max(...ended.map((t) => Date.parse(t.updatedAt)));
  const completed = ended.filter((t) => t.status === 'completed').length;
  say(
    `  submitted ${ids.length} in ${((submitted - started) / 1000).toFixed(1)} s = ${(ids.length / ((submitted - started) / 1000)).toFixed(0)} tasks/s accepted`,
  );
  say(
    `  completed ${completed}/${ids.length}; all ended ${((finished - started) / 1000).toFixed(1)} s after the start = ${(completed / ((finished - started) / 1000)).toFixed(0)} tasks/s through every stage`,
  );

  // 2. latency at a fixed rate
  say(`[bench] latency: ${RATE} tasks/s for ${DURATION} s…`);
  const paced = [];
  const t0 = Date.now();
  const inflight = [];
  for (let i = 0; i < RATE * DURATION; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(submit().then((id) => paced.push(id)));
  }
  await Promise.all(inflight);
  const latency = (await waitAll(paced))
    .filter((t) => t.status === 'completed')
    .map((t) => Date.parse(t.updatedAt) - Date.parse(t.createdAt))
    .sort((a, b) => a - b);
  say(
    `  ${latency.length} completed; end-to-end p50 ${pct(latency, 50)} ms, p95 ${pct(latency, 95)} ms, p99 ${pct(latency, 99)} ms, max ${latency.at(-1)} ms`,
  );

  // 3. memory
  say('[bench] per service after the runs: resident memory, CPU time used:');
  for (const p of stack.processes) {
    const text = await (await fetch(`${p.url}/metrics`)).text();
    const value = (name) =>
      Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? NaN);
    const rss = (value('process_resident_memory_bytes') / 1024 / 1024).toFixed(0);
    const cpu = value('process_cpu_seconds_total').toFixed(1);
    say(`  ${p.name.padEnd(12)} ${rss.padStart(4)} MiB  ${cpu.padStart(6)} s CPU`);
  }
} finally {
  await stack.stop();
}
