// `npm run bench`: what the orchestration costs, side by side in one run on this machine.
//
//  1. the bare reference (scripts/bench/reference.mjs): the `knowledge` workflow's message pattern on
//     nats.js with no framework, its gateway, coordinator and four stages in separate processes;
//  2. Switchyard: the real stack as `npm start` runs it (every service its own process, KV store,
//     default settings, the local zero-latency provider);
//  3. the peer: the same steps as a LangGraph.js graph with its in-memory checkpointer, in process.
//
// For each: tasks/s completed at saturation (--concurrency tasks in flight, each client submitting
// its next task when its last one completed) and end-to-end p50/p95/p99 at --rate tasks/s (from the
// client's submit to the completion notice). For Switchyard also: per-stage overhead p50/p99 (from
// a step's request to its result, on the timelines), CPU milliseconds per task per service, and peak
// resident memory per service. Ratios Switchyard/reference and Switchyard/peer. Writes JSON and a
// markdown summary under bench/results/. Bounded: about (4 × --duration + 60) s.
// Usage: node scripts/bench.mjs [--duration 10] [--rate 200] [--concurrency 64] [--only switchyard,reference,peer]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { NatsServer, REPO_ROOT, Stack, freePort } from '@switchyard/testing';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '64' },
    only: { type: 'string', default: 'reference,switchyard,peer' },
  },
});
const DURATION = Number(values.duration);
const RATE = Number(values.rate);
const CONCURRENCY = Number(values.concurrency);
const ONLY = new Set(values.only.split(','));
const say = (s) => process.stdout.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (v, d = 1) => (v === undefined || Number.isNaN(v) ? null : Number(v.toFixed(d)));
const QUESTION = 'How long do refunds take?';

/**
 * A load generator for an HTTP front door whose completions are announced on core NATS. `submit()`
 * returns the task id; `onDone(id)` resolves when the completion notice arrives.
 */
function tracker() {
  const waiting = new Map();
  const early = new Set();
  return {
    done(id) {
      const resolve = waiting.get(id);
      if (resolve) {
        waiting.delete(id);
        resolve(performance.now());
      } else early.add(id);
    },
    wait(id) {
      if (early.delete(id)) return Promise.resolve(performance.now());
      return new Promise((resolve) => waiting.set(id, resolve));
    },
  };
}

async function measure(name, submit, done) {
  const progress = (label, n) => say(`[bench] ${name} ${label}: ${n} tasks completed`);
  // warm-up
  const warmUntil = Date.now() + 2_000;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (Date.now() < warmUntil) await done.wait(await submit());
    }),
  );
  // saturation: CONCURRENCY tasks in flight
  say(`[bench] ${name}: ${CONCURRENCY} tasks in flight for ${DURATION} s…`);
  let completed = 0;
  const until = Date.now() + DURATION * 1000;
  const ticker = setInterval(() => progress('saturation', completed), 2_000);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        await done.wait(await submit());
        completed++;
      }
    }),
  );
  const throughput = completed / ((performance.now() - t0) / 1000);
  clearInterval(ticker);
  // latency at a fixed rate
  say(`[bench] ${name}: ${RATE} tasks/s for ${DURATION} s…`);
  const latencies = [];
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < RATE * DURATION; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const t = performance.now();
    pending.push(
      submit()
        .then((id) => done.wait(id))
        .then((end) => latencies.push(end - t)),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const result = {
    throughput: round(throughput, 0),
    completed,
    latency: {
      p50: round(pct(latencies, 50)),
      p95: round(pct(latencies, 95)),
      p99: round(pct(latencies, 99)),
      count: latencies.length,
    },
  };
  say(`[bench] ${name}: ${JSON.stringify(result)}`);
  return result;
}

async function post(url, body, headers = {}) {
  for (;;) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (res.status === 202) return (await res.json()).id;
    const text = await res.text();
    if (res.status !== 429 && res.status !== 503) throw new Error(`submit: ${res.status} ${text}`);
    await sleep(50);
  }
}

function startProcess(args, label) {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      if (String(c).includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${label} exited (${code})`)));
  });
}

async function reference() {
  const nats = await NatsServer.start({ name: 'bench-reference' });
  const script = join(REPO_ROOT, 'scripts/bench/reference.mjs');
  const children = [];
  try {
    await new Promise((resolve, reject) =>
      spawn(process.execPath, [script, nats.url, 'provision'], { stdio: 'inherit' }).once(
        'exit',
        (c) => (c === 0 ? resolve() : reject(new Error('provision failed'))),
      ),
    );
    const port = await freePort();
    children.push(await startProcess([script, nats.url, 'gateway', String(port)], 'gateway'));
    children.push(await startProcess([script, nats.url, 'coordinator'], 'coordinator'));
    for (const stage of ['route', 'retrieve', 'generate', 'validate'])
      children.push(await startProcess([script, nats.url, 'stage', stage], stage));
    const nc = await connect({ servers: nats.url, noAsyncTraces: true });
    const done = tracker();
    nc.subscribe('ref.done.>', {
      callback: (_e, m) => done.done(m.subject.slice('ref.done.'.length)),
    });
    const result = await measure(
      'reference',
      () => post(`http://127.0.0.1:${port}/tasks`, { text: QUESTION }),
      done,
    );
    await nc.drain();
    return result;
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await nats.stop();
  }
}

async function metrics(stack) {
  const out = {};
  await Promise.all(
    stack.processes.map(async (p) => {
      const text = await (await fetch(`${p.url}/metrics`)).text();
      const value = (name) =>
        Number(
          text
            .split('\n')
            .find((l) => l.startsWith(`${name} `))
            ?.split(' ')[1] ?? NaN,
        );
      out[p.name] = {
        rss: value('process_resident_memory_bytes'),
        cpu: value('process_cpu_seconds_total'),
      };
    }),
  );
  return out;
}

async function switchyard() {
  say('[bench] switchyard: starting the stack (defaults of npm start)…');
  const stack = await Stack.start({ env: {} });
  const key = { authorization: 'Bearer dev-admin-key' };
  const peak = {};
  const sampler = setInterval(async () => {
    for (const [name, m] of Object.entries(await metrics(stack).catch(() => ({}))))
      peak[name] = Math.max(peak[name] ?? 0, m.rss);
  }, 1_000);
  try {
    await fetch(`${stack.gatewayUrl}/v1/documents/refunds`, {
      method: 'PUT',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Refund policy',
        text: 'Refunds are paid within five business days to the original card.',
      }),
    });
    const nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    const done = tracker();
    const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
    nc.subscribe('switchyard.notify.task_changed.v1.>', {
      callback: (_e, m) => {
        if (TERMINAL.has(m.json().status)) done.done(m.subject.split('.').at(-1));
      },
    });
    const ids = [];
    const submit = async () => {
      const id = await post(
        `${stack.gatewayUrl}/v1/tasks`,
        { text: QUESTION, workflow: 'knowledge' },
        key,
      );
      ids.push(id);
      return id;
    };
    const cpuBefore = await metrics(stack);
    const countBefore = ids.length;
    const result = await measure('switchyard', submit, done);
    const cpuAfter = await metrics(stack);
    const tasks = ids.length - countBefore;
    // per-stage overhead: from a step's request to its result on the timelines of a sample
    const sample = ids.slice(-300);
    const perStage = {};
    for (const id of sample) {
      const task = await (
        await fetch(`${stack.gatewayUrl}/v1/tasks/${id}`, { headers: key })
      ).json();
      const requested = new Map();
      for (const e of task.timeline) {
        if (e.outcome === 'requested') requested.set(e.step, Date.parse(e.time));
        else if (e.step && requested.has(e.step)) {
          (perStage[e.stage] ??= []).push(Date.parse(e.time) - requested.get(e.step));
          requested.delete(e.step);
        }
      }
    }
    result.stageOverheadMs = Object.fromEntries(
      Object.entries(perStage).map(([stage, v]) => {
        v.sort((a, b) => a - b);
        return [stage, { p50: pct(v, 50), p99: pct(v, 99) }];
      }),
    );
    result.cpuMsPerTask = Object.fromEntries(
      Object.keys(cpuAfter).map((name) => [
        name,
        round(((cpuAfter[name].cpu - cpuBefore[name].cpu) * 1000) / tasks, 2),
      ]),
    );
    await nc.drain();
    clearInterval(sampler);
    for (const [name, m] of Object.entries(await metrics(stack)))
      peak[name] = Math.max(peak[name] ?? 0, m.rss);
    result.peakRssMiB = Object.fromEntries(
      Object.entries(peak).map(([n, b]) => [n, round(b / 2 ** 20, 0)]),
    );
    return result;
  } finally {
    clearInterval(sampler);
    await stack.stop();
  }
}

async function peer() {
  say(
    `[bench] peer (LangGraph.js, in process): ${CONCURRENCY} in flight, then ${RATE} tasks/s, ${DURATION} s each…`,
  );
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'scripts/bench/peer-langgraph.mjs'),
      String(DURATION),
      String(RATE),
      String(CONCURRENCY),
    ],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  await new Promise((resolve) => child.once('exit', resolve));
  const r = JSON.parse(out.trim().split('\n').at(-1));
  const result = {
    throughput: round(r.throughput, 0),
    completed: r.completed,
    latency: {
      p50: round(r.latency.p50),
      p95: round(r.latency.p95),
      p99: round(r.latency.p99),
      count: r.latency.count,
    },
  };
  say(`[bench] peer: ${JSON.stringify(result)}`);
  return result;
}

const started = Date.now();
const load = loadavg()[0];
const results = {};
if (ONLY.has('reference')) results.reference = await reference();
if (ONLY.has('switchyard')) results.switchyard = await switchyard();
if (ONLY.has('peer')) results.peer = await peer();
const s = results.switchyard;
const ratios = {
  switchyardToReference:
    s && results.reference ? round(s.throughput / results.reference.throughput, 2) : null,
  switchyardToPeer: s && results.peer ? round(s.throughput / results.peer.throughput, 2) : null,
};

const row = (name, r) =>
  r ? `| ${name} | ${r.throughput} | ${r.latency.p50} | ${r.latency.p95} | ${r.latency.p99} |` : '';
const lines = [
  `# npm run bench — ${new Date().toISOString()}`,
  '',
  `${DURATION} s per measurement, ${CONCURRENCY} tasks in flight at saturation, ${RATE} tasks/s for latency; load average ${load.toFixed(1)} at the start.`,
  '',
  '| system | tasks/s at saturation | p50 ms at rate | p95 ms | p99 ms |',
  '| --- | --- | --- | --- | --- |',
  row('bare reference (nats.js)', results.reference),
  row('Switchyard', s),
  row('LangGraph.js (in process)', results.peer),
  '',
  `Switchyard / reference: ${ratios.switchyardToReference ?? '—'}; Switchyard / peer: ${ratios.switchyardToPeer ?? '—'}.`,
];
if (s) {
  lines.push('', '| service | CPU ms per task | peak RSS MiB |', '| --- | --- | --- |');
  for (const name of Object.keys(s.cpuMsPerTask))
    lines.push(`| ${name} | ${s.cpuMsPerTask[name]} | ${s.peakRssMiB[name]} |`);
  lines.push('', '| stage | overhead p50 ms | p99 ms |', '| --- | --- | --- |');
  for (const [stage, v] of Object.entries(s.stageOverheadMs))
    lines.push(`| ${stage} | ${v.p50} | ${v.p99} |`);
}
const markdown = lines.filter((l) => l !== undefined).join('\n');
say(`\n${markdown}\n`);
const dir = join(REPO_ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(
  join(dir, `bench-${stamp}.json`),
  `${JSON.stringify({ duration: DURATION, rate: RATE, concurrency: CONCURRENCY, loadAverage: load, tookSeconds: (Date.now() - started) / 1000, ratios, ...results }, null, 2)}\n`,
);
writeFileSync(join(dir, `bench-${stamp}.md`), `${markdown}\n`);
say(
  `[bench] results: bench/results/bench-${stamp}.{json,md} (${Math.round((Date.now() - started) / 1000)} s)`,
);
