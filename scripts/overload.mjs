// `npm run overload`: does the gateway shed load it cannot finish, and does what it accepts stay
// fast? On a private stack (every service its own process, auth on, the local zero-latency model):
//
//  1. unloaded: `knowledge` tasks at --unloaded-rate tasks/s → end-to-end p50/p99 (submit → the
//     coordinator's completion notice), admission control off;
//  2. sustainable: --concurrency clients, each submitting its next task when its last completed →
//     tasks/s completed (X);
//  3. the gateway restarts with ADMISSION_MAX_IN_FLIGHT = K = max(8, X × unloaded p99) — the tasks
//     that can be in flight and still finish within about the unloaded p99 — and TENANT_MAX_IN_FLIGHT
//     = ¾ K, then 2 × X tasks/s are offered open-loop for --duration s: tenant `bulk` 90 % of them,
//     tenant `steady` 10 %.
//
// Checks (exit 1 if one fails): refusals are 429 (tenant over its quota) or 503 (overloaded), each
// with Retry-After; every accepted task completes; the accepted tasks' p99 is within 2 × the
// unloaded p99. Writes bench/results/overload-<time>.json. Bounded: about 3 × --duration + 90 s.
// Usage: node scripts/overload.mjs [--duration 10] [--unloaded-rate 20] [--concurrency 32]
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { REPO_ROOT, Stack } from '@switchyard/testing';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    'unloaded-rate': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
  },
});
const DURATION = Number(values.duration);
const UNLOADED_RATE = Number(values['unloaded-rate']);
const CONCURRENCY = Number(values.concurrency);
const say = (s) => process.stdout.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const round = (v, d = 1) => (Number.isFinite(v) ? Number(v.toFixed(d)) : null);
const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
const KEYS = { bulk: 'overload-bulk-key-0000001', steady: 'overload-steady-key-000001' };
const API_KEYS = JSON.stringify(
  Object.entries(KEYS).map(([tenant, key]) => ({
    key,
    tenant,
    roles: ['submitter', 'admin'],
    name: tenant,
  })),
);
const OFF = {
  ADMISSION_MAX_IN_FLIGHT: '0',
  TENANT_MAX_IN_FLIGHT: '0',
  ADMISSION_MAX_STAGE_BACKLOG: '0',
};

const load = loadavg()[0];
say(`[overload] starting a stack (load average ${load.toFixed(1)})…`);
const stack = await Stack.start({
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', API_KEYS, ...OFF },
});
const nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
const ended = new Map(); // task id -> { at, status }
const waiters = new Map();
nc.subscribe('switchyard.notify.task_changed.v1.>', {
  callback: (_e, m) => {
    const { status } = m.json();
    if (!TERMINAL.has(status)) return;
    const id = m.subject.split('.').at(-1);
    const at = performance.now();
    ended.set(id, { at, status });
    waiters.get(id)?.(at);
    waiters.delete(id);
  },
});
const endOf = (id) =>
  ended.has(id) ? Promise.resolve(ended.get(id).at) : new Promise((r) => waiters.set(id, r));

async function submit(tenant) {
  const t = performance.now();
  const res = await fetch(`${stack.gatewayUrl}/v1/tasks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEYS[tenant]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'How long do refunds take?', workflow: 'knowledge' }),
  });
  const body = await res.json();
  return {
    t,
    status: res.status,
    id: body.id,
    code: body.error?.code,
    retryAfter: res.headers.get('retry-after'),
  };
}

for (const tenant of Object.keys(KEYS)) {
  await fetch(`${stack.gatewayUrl}/v1/documents/refunds`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${KEYS[tenant]}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Refund policy',
      text: 'Refunds are paid within five business days to the original card.',
    }),
  });
}
// warm-up (and the documents indexed)
await Promise.all(
  Array.from({ length: 4 }, async () => {
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const r = await submit('steady');
      if (r.status === 202) await endOf(r.id);
    }
  }),
);

// 1. unloaded latency
say(`[overload] unloaded: ${UNLOADED_RATE} tasks/s for ${DURATION} s…`);
const unloaded = [];
{
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < UNLOADED_RATE * DURATION; i++) {
    const wait = start + (i * 1000) / UNLOADED_RATE - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(submit('steady').then(async (r) => unloaded.push((await endOf(r.id)) - r.t)));
  }
  await Promise.all(pending);
}
unloaded.sort((a, b) => a - b);
const p99u = pct(unloaded, 99);
say(`[overload] unloaded p50 ${round(pct(unloaded, 50))} ms, p99 ${round(p99u)} ms`);

// 2. sustainable throughput
say(`[overload] sustainable: ${CONCURRENCY} tasks in flight for ${DURATION} s…`);
let completed = 0;
{
  const until = Date.now() + DURATION * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const r = await submit('steady');
        await endOf(r.id);
        completed++;
      }
    }),
  );
  completed = completed / ((performance.now() - t0) / 1000);
}
const X = completed;
say(`[overload] sustainable: ${round(X, 0)} tasks/s`);

// 3. the gateway with admission control sized from the measurements, then 2 × X offered
const K = Math.max(8, Math.round((X * p99u) / 1000));
const quota = Math.max(4, Math.round(0.75 * K));
await stack.service('gateway').stop('SIGTERM');
await stack.add('gateway', {
  ADMISSION_MAX_IN_FLIGHT: String(K),
  TENANT_MAX_IN_FLIGHT: String(quota),
  ADMISSION_MAX_STAGE_BACKLOG: '0',
});
const offered = 2 * X;
say(
  `[overload] ADMISSION_MAX_IN_FLIGHT=${K}, TENANT_MAX_IN_FLIGHT=${quota}; offering ${round(offered, 0)} tasks/s for ${DURATION} s (bulk 90 %, steady 10 %)…`,
);
const results = [];
{
  const start = performance.now();
  const pending = [];
  const total = Math.round(offered * DURATION);
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / offered - performance.now();
    if (wait > 0) await sleep(wait);
    const tenant = i % 10 === 9 ? 'steady' : 'bulk';
    pending.push(submit(tenant).then((r) => results.push({ ...r, tenant })));
  }
  await Promise.all(pending);
}
const accepted = results.filter((r) => r.status === 202);
const deadline = Date.now() + 60_000;
while (Date.now() < deadline && accepted.some((r) => !ended.has(r.id))) await sleep(200);
const lost = accepted.filter((r) => !ended.has(r.id) || ended.get(r.id).status !== 'completed');
const latencies = (rs) =>
  rs
    .filter((r) => ended.has(r.id))
    .map((r) => ended.get(r.id).at - r.t)
    .sort((a, b) => a - b);
const byTenant = Object.fromEntries(
  Object.keys(KEYS).map((tenant) => {
    const mine = results.filter((r) => r.tenant === tenant);
    const ok = latencies(mine.filter((r) => r.status === 202));
    return [
      tenant,
      {
        offered: mine.length,
        accepted: mine.filter((r) => r.status === 202).length,
        refused429: mine.filter((r) => r.status === 429).length,
        refused503: mine.filter((r) => r.status === 503).length,
        other: mine.filter((r) => ![202, 429, 503].includes(r.status)).length,
        p50: round(pct(ok, 50)),
        p99: round(pct(ok, 99)),
      },
    ];
  }),
);
const all = latencies(accepted);
const refusals = results.filter((r) => r.status === 429 || r.status === 503);
const checks = {
  shed: refusals.length > 0,
  refusalsWithRetryAfter: refusals.every((r) => r.retryAfter !== null),
  onlyExpectedStatuses: results.every((r) => [202, 429, 503].includes(r.status)),
  acceptedAllCompleted: lost.length === 0,
  acceptedP99WithinTwiceUnloaded: pct(all, 99) <= 2 * p99u,
};
const report = {
  at: new Date().toISOString(),
  loadAverage: round(load, 1),
  unloaded: {
    rate: UNLOADED_RATE,
    p50: round(pct(unloaded, 50)),
    p99: round(p99u),
    count: unloaded.length,
  },
  sustainable: round(X, 0),
  limits: { ADMISSION_MAX_IN_FLIGHT: K, TENANT_MAX_IN_FLIGHT: quota },
  offered: round(offered, 0),
  overload: {
    byTenant,
    accepted: accepted.length,
    p50: round(pct(all, 50)),
    p99: round(pct(all, 99)),
    lost: lost.length,
  },
  checks,
};
say(JSON.stringify(report, null, 2));
mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
const file = join(
  REPO_ROOT,
  'bench',
  'results',
  `overload-${report.at.replace(/[:.]/g, '-')}.json`,
);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
say(`[overload] report: ${file}`);
await nc.drain();
await stack.stop();
const failed = Object.entries(checks)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
say(failed.length ? `[overload] FAILED: ${failed.join(', ')}` : '[overload] all checks passed');
process.exit(failed.length ? 1 : 0);
