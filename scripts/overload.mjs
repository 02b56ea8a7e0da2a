// `npm run overload`: does the gateway shed load it cannot finish, and does what it accepts stay
// fast? On a private stack (every service its own process, auth on, the local zero-latency model):
//
//  1. unloaded: `knowledge` tasks at --unloaded-rate (40) tasks/s, at least 600 of them → end-to-end
//     p50/p99 (submit → the coordinator's completion notice), admission control off;
//  2. sustainable: --concurrency clients, each submitting its next task when its last completed →
//     tasks/s completed (X);
//  3. the gateway restarts with ADMISSION_MAX_IN_FLIGHT = K = max(4, X × the unloaded median)
//     (Little's law: the tasks that can be in flight and still take about their unloaded time) and
//     TENANT_MAX_IN_FLIGHT = 0.6 K, then 2 × X tasks/s are offered open-loop for --duration s:
//     tenant `bulk` 90 % of them, tenant `steady` 10 %. --in-flight K overrides K.
//
// Checks (exit 1 if one fails): refusals are 429 (tenant over its quota) or 503 (overloaded), each
// with Retry-After; every accepted task completes; the accepted tasks' p99 is within 2 × the
// unloaded p99. Latency is measured twice: at the client (submit → completion notice) and in the
// server (the task's createdAt → its completion, read back afterwards); the check uses the server's,
// since the load generator shares the machine's cores with the stack. Writes bench/results/overload-<time>.json. Bounded: about 3 × --duration + 90 s.
// --compare offers the same load again with admission control off, for contrast.
// Usage: node scripts/overload.mjs [--duration 10] [--unloaded-rate 20] [--concurrency 32] [--in-flight K] [--compare]
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { REPO_ROOT, Stack } from '@switchyard/testing';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    'unloaded-rate': { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '32' },
    'in-flight': { type: 'string' },
    compare: { type: 'boolean', default: false },
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
nc.subscribe('switchyard.notify.task_changed.v2.*.*.status', {
  callback: (_e, m) => {
    const { status } = m.json();
    if (!TERMINAL.has(status)) return;
    const id = m.subject.split('.').at(-2);
    const at = performance.now();
    ended.set(id, { at, status });
    waiters.get(id)?.(at);
    waiters.delete(id);
  },
});
const endOf = (id) =>
  ended.has(id) ? Promise.resolve(ended.get(id).at) : new Promise((r) => waiters.set(id, r));

/**
 * Server-side latency of tasks: from the gateway's acceptance (`createdAt`) to the coordinator's
 * completion (`updatedAt`), read back after the run — free of the load generator's own delays on
 * a machine whose cores it shares.
 */
async function serverLatencies(items) {
  const out = [];
  const queue = items.filter((r) => r.id);
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let r = queue.pop(); r; r = queue.pop()) {
        const res = await fetch(`${stack.gatewayUrl}/v1/tasks/${r.id}`, {
          headers: { authorization: `Bearer ${KEYS[r.tenant ?? 'steady']}` },
        });
        const task = await res.json();
        if (task.status === 'completed')
          out.push(Date.parse(task.updatedAt) - Date.parse(task.createdAt));
      }
    }),
  );
  return out.sort((a, b) => a - b);
}

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
// at least 600 samples: the p99 of 200 is little more than the largest of them
const UNLOADED_S = Math.max(DURATION, Math.ceil(600 / UNLOADED_RATE));
say(`[overload] unloaded: ${UNLOADED_RATE} tasks/s for ${UNLOADED_S} s…`);
const unloaded = [];
const unloadedTasks = [];
{
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < UNLOADED_RATE * UNLOADED_S; i++) {
    const wait = start + (i * 1000) / UNLOADED_RATE - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(
      submit('steady').then(async (r) => {
        unloaded.push((await endOf(r.id)) - r.t);
        unloadedTasks.push({ ...r, tenant: 'steady' });
      }),
    );
  }
  await Promise.all(pending);
}
unloaded.sort((a, b) => a - b);
const unloadedServer = await serverLatencies(unloadedTasks);
const p99u = pct(unloadedServer, 99);
say(
  `[overload] unloaded p50 ${round(pct(unloaded, 50))} ms, p99 ${round(pct(unloaded, 99))} ms at the client; ` +
    `p50 ${round(pct(unloadedServer, 50))} ms, p99 ${round(p99u)} ms accepted → completed`,
);

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
// Little's law: K tasks in flight at X tasks/s spend K / X seconds in the system on average; K =
// X × the unloaded median keeps an admitted task near its unloaded latency. The tenant quota leaves
// the other tenants part of it.
const p50u = pct(unloadedServer, 50);
const K = values['in-flight']
  ? Number(values['in-flight'])
  : Math.max(4, Math.round((X * p50u) / 1000));
const quota = Math.max(2, Math.round(0.6 * K));
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
/** Offers `rate` tasks/s open-loop for DURATION s (one in ten from `steady`); waits for the ends. */
async function offer(rate) {
  const out = [];
  const start = performance.now();
  const pending = [];
  const total = Math.round(rate * DURATION);
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    const tenant = i % 10 === 9 ? 'steady' : 'bulk';
    pending.push(submit(tenant).then((r) => out.push({ ...r, tenant })));
  }
  await Promise.all(pending);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && out.some((r) => r.status === 202 && !ended.has(r.id)))
    await sleep(200);
  return out;
}
const results = await offer(offered);
const accepted = results.filter((r) => r.status === 202);
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
        clientP50: round(pct(ok, 50)),
        clientP99: round(pct(ok, 99)),
      },
    ];
  }),
);
const all = latencies(accepted);
const allServer = await serverLatencies(accepted);
const refusals = results.filter((r) => r.status === 429 || r.status === 503);
const checks = {
  shed: refusals.length > 0,
  refusalsWithRetryAfter: refusals.every((r) => r.retryAfter !== null),
  onlyExpectedStatuses: results.every((r) => [202, 429, 503].includes(r.status)),
  acceptedAllCompleted: lost.length === 0,
  acceptedP99WithinTwiceUnloaded: pct(allServer, 99) <= 2 * p99u,
};
const report = {
  at: new Date().toISOString(),
  loadAverage: round(load, 1),
  unloaded: {
    rate: UNLOADED_RATE,
    count: unloaded.length,
    client: { p50: round(pct(unloaded, 50)), p99: round(pct(unloaded, 99)) },
    server: { p50: round(p50u), p99: round(p99u) },
  },
  sustainable: round(X, 0),
  limits: { ADMISSION_MAX_IN_FLIGHT: K, TENANT_MAX_IN_FLIGHT: quota },
  offered: round(offered, 0),
  overload: {
    byTenant,
    accepted: accepted.length,
    acceptedPerSecond: round(accepted.length / DURATION, 0),
    client: { p50: round(pct(all, 50)), p99: round(pct(all, 99)) },
    server: { p50: round(pct(allServer, 50)), p99: round(pct(allServer, 99)) },
    lost: lost.length,
  },
  checks,
};
if (values.compare) {
  // the same load with admission control off: everything is accepted and queues
  say(`[overload] the same ${round(offered, 0)} tasks/s with admission control off…`);
  await stack.service('gateway').stop('SIGTERM');
  await stack.add('gateway', OFF);
  const unguarded = (await offer(offered)).filter((r) => r.status === 202);
  const server = await serverLatencies(unguarded);
  report.withoutAdmission = {
    accepted: unguarded.length,
    completedWithin60s: unguarded.filter((r) => ended.get(r.id)?.status === 'completed').length,
    server: { p50: round(pct(server, 50)), p99: round(pct(server, 99)) },
  };
}
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
