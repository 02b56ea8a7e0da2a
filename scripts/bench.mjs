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
// resident memory per service. Ratios Switchyard/reference and Switchyard/peer.
//
// The machine is shared and noisy, so the systems take turns: --rounds rounds of each measurement,
// reference, Switchyard and peer one after the other in every round; throughput is the median of a
// system's rounds, latency percentiles pool all its rounds. Writes JSON and a markdown summary under
// bench/results/. Bounded: about 6 × --rounds × --duration + 60 s (2.5 minutes by default).
// Usage: node scripts/bench.mjs [--duration 6] [--rounds 3] [--rate 200] [--concurrency 64]
//                               [--only switchyard,reference,peer]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { NatsServer, REPO_ROOT, Stack, freePort } from '@switchyard/testing';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    rate: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '64' },
    only: { type: 'string', default: 'reference,switchyard,peer' },
    // another checkout of Switchyard, built, to measure before/after in the same run
    baseline: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const RATE = Number(values.rate);
const CONCURRENCY = Number(values.concurrency);
const ONLY = new Set(values.only.split(','));
const say = (s) => process.stdout.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (v, d = 1) =>
  v === undefined || v === null || Number.isNaN(v) ? null : Number(v.toFixed(d));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const QUESTION = 'How long do refunds take?';

/** Completion notices on core NATS, matched to the tasks waiting for them (a notice may come first). */
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

/** `CONCURRENCY` tasks in flight for `seconds`: tasks completed per second. */
async function saturate(system, seconds) {
  let completed = 0;
  const until = Date.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        await system.done.wait(await system.submit());
        completed++;
      }
    }),
  );
  return { throughput: completed / ((performance.now() - t0) / 1000), completed };
}

/** Tasks submitted at `RATE` per second for `seconds`: each one's end-to-end latency (ms). */
async function paced(system, seconds) {
  const latencies = [];
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < RATE * seconds; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const t = performance.now();
    pending.push(
      system
        .submit()
        .then((id) => system.done.wait(id))
        .then((end) => latencies.push(end - t)),
    );
  }
  await Promise.all(pending);
  return latencies;
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

/** The bare reference: its own nats-server, gateway, coordinator and four stage processes. */
async function startReference() {
  const nats = await NatsServer.start({ name: 'bench-reference' });
  const script = join(REPO_ROOT, 'scripts/bench/reference.mjs');
  const children = [];
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
  return {
    name: 'reference',
    done,
    submit: () => post(`http://127.0.0.1:${port}/tasks`, { text: QUESTION }),
    async stop() {
      await nc.drain();
      for (const c of children) c.kill('SIGTERM');
      await nats.stop();
    },
  };
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

/** Switchyard as `npm start` runs it: every service its own process, default settings. */
async function startSwitchyard(name = 'switchyard', StackOf = Stack) {
  const stack = await StackOf.start({ env: {} });
  const key = { authorization: 'Bearer dev-admin-key' };
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
  // status changes only (v2: `<tenant>.<id>.status`); a --baseline from before notices had a kind
  // announces every change on v1 (`<tenant>.<id>`)
  for (const [subject, idAt] of [
    ['switchyard.notify.task_changed.v2.*.*.status', -2],
    ['switchyard.notify.task_changed.v1.>', -1],
  ])
    nc.subscribe(subject, {
      callback: (_e, m) => {
        if (TERMINAL.has(m.json().status)) done.done(m.subject.split('.').at(idAt));
      },
    });
  const peak = {};
  const sampler = setInterval(async () => {
    for (const [name, m] of Object.entries(await metrics(stack).catch(() => ({}))))
      peak[name] = Math.max(peak[name] ?? 0, m.rss);
  }, 1_000);
  const ids = [];
  return {
    name,
    done,
    stack,
    peak,
    ids,
    submit: async () => {
      const id = await post(
        `${stack.gatewayUrl}/v1/tasks`,
        { text: QUESTION, workflow: 'knowledge' },
        key,
      );
      ids.push(id);
      return id;
    },
    async stop() {
      clearInterval(sampler);
      await nc.drain();
      await stack.stop();
    },
  };
}

/** The peer runs in its own process per round (LangGraph runs in process). */
async function peerRound(mode) {
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'scripts/bench/peer-langgraph.mjs'),
      mode,
      String(DURATION),
      String(mode === 'saturation' ? CONCURRENCY : RATE),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(out.trim().split('\n').at(-1));
}

const started = Date.now();
const load = loadavg()[0];
const systems = [];
if (ONLY.has('reference')) {
  say('[bench] starting the bare reference…');
  systems.push(await startReference());
}
if (ONLY.has('switchyard')) {
  say('[bench] starting Switchyard (defaults of npm start)…');
  systems.push(await startSwitchyard());
}
if (values.baseline) {
  say(`[bench] starting the baseline Switchyard from ${values.baseline}…`);
  const { Stack: BaselineStack } = await import(
    join(values.baseline, 'libs/testing/dist/index.js')
  );
  systems.push(await startSwitchyard('baseline', BaselineStack));
}
const names = [...systems.map((s) => s.name), ...(ONLY.has('peer') ? ['peer'] : [])];
const throughputs = Object.fromEntries(names.map((n) => [n, []]));
const latencies = Object.fromEntries(names.map((n) => [n, []]));
const sy = systems.find((s) => s.name === 'switchyard');
// every Switchyard (this build and a --baseline): CPU per task per service and peak memory, which
// compare between builds even when the shared machine's load moves the throughputs
const stacks = systems.filter((s) => s.stack);
const cpu = {};
const peakRssMiB = {};
let stageOverheadMs;
try {
  for (const system of systems) {
    // warm-up: the JIT and the connections
    const until = Date.now() + 2_000;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (Date.now() < until) await system.done.wait(await system.submit());
      }),
    );
  }
  const cpuBefore = Object.fromEntries(
    await Promise.all(stacks.map(async (s) => [s.name, await metrics(s.stack)])),
  );
  const completedBy = Object.fromEntries(stacks.map((s) => [s.name, 0]));
  for (let r = 1; r <= ROUNDS; r++) {
    for (const system of systems) {
      const { throughput, completed } = await saturate(system, DURATION);
      throughputs[system.name].push(throughput);
      if (system.stack) completedBy[system.name] += completed;
      say(
        `[bench] round ${r}/${ROUNDS} saturation ${system.name}: ${throughput.toFixed(0)} tasks/s`,
      );
    }
    if (ONLY.has('peer')) {
      const p = await peerRound('saturation');
      throughputs.peer.push(p.throughput);
      say(`[bench] round ${r}/${ROUNDS} saturation peer: ${p.throughput.toFixed(0)} tasks/s`);
    }
  }
  for (const system of stacks) {
    const before = cpuBefore[system.name];
    const after = await metrics(system.stack);
    cpu[system.name] = Object.fromEntries(
      Object.keys(after).map((n) => [
        n,
        round(((after[n].cpu - before[n].cpu) * 1000) / completedBy[system.name], 2),
      ]),
    );
  }
  for (let r = 1; r <= ROUNDS; r++) {
    for (const system of systems) {
      latencies[system.name].push(...(await paced(system, DURATION)));
      say(
        `[bench] round ${r}/${ROUNDS} latency ${system.name}: ${latencies[system.name].length} tasks so far`,
      );
    }
    if (ONLY.has('peer')) {
      latencies.peer.push(...(await peerRound('latency')).latencies);
      say(`[bench] round ${r}/${ROUNDS} latency peer: ${latencies.peer.length} tasks so far`);
    }
  }
} finally {
  stageOverheadMs = sy ? await stageOverheads(sy) : undefined;
  for (const system of stacks)
    peakRssMiB[system.name] = Object.fromEntries(
      Object.entries(system.peak).map(([n, b]) => [n, round(b / 2 ** 20, 0)]),
    );
  for (const system of systems) await system.stop();
}

/** Per-stage overhead: from a step's request to its result, on the timelines of recent tasks. */
async function stageOverheads(system) {
  const key = { authorization: 'Bearer dev-admin-key' };
  const perStage = {};
  for (const id of system.ids.slice(-300)) {
    const task = await (
      await fetch(`${system.stack.gatewayUrl}/v1/tasks/${id}`, { headers: key })
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
  return Object.fromEntries(
    Object.entries(perStage).map(([stage, v]) => {
      v.sort((a, b) => a - b);
      return [stage, { p50: pct(v, 50), p99: pct(v, 99) }];
    }),
  );
}

const results = {};
for (const n of names) {
  const sorted = [...latencies[n]].sort((a, b) => a - b);
  results[n] = {
    throughput: round(median(throughputs[n]), 0),
    throughputRounds: throughputs[n].map((t) => round(t, 0)),
    latency: {
      p50: round(pct(sorted, 50)),
      p95: round(pct(sorted, 95)),
      p99: round(pct(sorted, 99)),
      count: sorted.length,
    },
  };
}
for (const system of stacks)
  Object.assign(results[system.name], {
    cpuMsPerTask: cpu[system.name],
    peakRssMiB: peakRssMiB[system.name],
  });
if (results.switchyard) results.switchyard.stageOverheadMs = stageOverheadMs;
results.reference ??= undefined;
const s = results.switchyard;
const ratios = {
  switchyardToReference:
    s && results.reference ? round(s.throughput / results.reference.throughput, 2) : null,
  switchyardToPeer: s && results.peer ? round(s.throughput / results.peer.throughput, 2) : null,
  switchyardToBaseline:
    s && results.baseline ? round(s.throughput / results.baseline.throughput, 2) : null,
};

const row = (name, r) =>
  r ? `| ${name} | ${r.throughput} | ${r.latency.p50} | ${r.latency.p95} | ${r.latency.p99} |` : '';
const lines = [
  `# npm run bench — ${new Date().toISOString()}`,
  '',
  `${ROUNDS} rounds of ${DURATION} s per system and measurement, taking turns; ${CONCURRENCY} tasks in flight at saturation (median of the rounds), ${RATE} tasks/s for latency (all rounds pooled); load average ${load.toFixed(1)} at the start.`,
  '',
  '| system | tasks/s at saturation | p50 ms at rate | p95 ms | p99 ms |',
  '| --- | --- | --- | --- | --- |',
  row('bare reference (nats.js)', results.reference),
  row('Switchyard', s),
  row(`Switchyard baseline (${values.baseline ?? ''})`, results.baseline),
  row('LangGraph.js (in process)', results.peer),
  '',
  `Switchyard / reference: ${ratios.switchyardToReference ?? '—'}; Switchyard / peer: ${ratios.switchyardToPeer ?? '—'}${ratios.switchyardToBaseline ? `; Switchyard / baseline: ${ratios.switchyardToBaseline}` : ''}.`,
];
if (s?.cpuMsPerTask) {
  const b = results.baseline?.cpuMsPerTask ? results.baseline : undefined;
  lines.push(
    '',
    `| service | CPU ms per task | peak RSS MiB |${b ? ' baseline CPU ms per task | baseline peak RSS MiB |' : ''}`,
    `| --- | --- | --- |${b ? ' --- | --- |' : ''}`,
  );
  for (const name of Object.keys(s.cpuMsPerTask))
    lines.push(
      `| ${name} | ${s.cpuMsPerTask[name]} | ${s.peakRssMiB[name]} |${b ? ` ${b.cpuMsPerTask[name]} | ${b.peakRssMiB[name]} |` : ''}`,
    );
  const sum = (r) =>
    round(
      Object.values(r.cpuMsPerTask).reduce((a, v) => a + v, 0),
      2,
    );
  lines.push(`| all services | ${sum(s)} | |${b ? ` ${sum(b)} | |` : ''}`);
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
