// npm run chaos [-- --quick] [-- --scenario NAME ...]
//
// Kills and starves the real stack under load and checks what must hold whatever crashes: every
// accepted task ends, one task per idempotency key, no step result applied twice, one model call per
// generate attempt, one refund execution per approved refund. Each scenario runs on a fresh stack
// (private nats-server, every service its own process, the sample tool service); a table and a JSON
// report (bench/results/chaos-<time>.json) come out at the end. Bounded: about 12 minutes in full,
// under 5 with --quick. Needs `npm run build` first (npm run chaos does it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import {
  DEV_KEYS,
  FakeOpenAiServer,
  NatsServer,
  REPO_ROOT,
  SERVICES,
  Stack,
  isTerminalStatus,
} from '@switchyard/testing';
import { KvTaskStore } from '@switchyard/task-store';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scenario: { type: 'string', multiple: true },
  },
});
const QUICK = args.quick;
const LOAD_S = QUICK ? 12 : 30; // seconds of load per scenario
const RATE = QUICK ? 12 : 20; // submissions per second
const STORE_OUTAGE_S = QUICK ? 30 : 180;
const DRAIN_S = 150; // the longest a backlog may take to drain after a fault
const startedAt = Date.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)}s`;

/** One scenario: its fault, when it strikes (seconds into the load) and what the stack needs. */
const STAGE_KILLS = ['router', 'retriever', 'generator', 'validator', 'approval'];
const ALL = [
  ...(QUICK
    ? [{ name: 'stages', kills: STAGE_KILLS }]
    : STAGE_KILLS.map((s) => ({ name: `kill-${s}`, kills: [s] }))),
  { name: 'kill-coordinator', kills: ['coordinator'] },
  { name: 'kill-gateway', kills: ['gateway'] },
  { name: 'kill-broker', broker: true },
  { name: 'store-outage', storeOutage: true },
  { name: 'slow-model', slowModel: true },
];
const scenarios = args.scenario?.length ? ALL.filter((s) => args.scenario.includes(s.name)) : ALL;
if (scenarios.length === 0) {
  console.error(`unknown scenario; known: ${ALL.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

/** What the clients do: a mix of workflows, a few cancels, every refund approved by a person. */
function requestFor(n, slowModel) {
  if (slowModel)
    return { body: { text: `SLOW:8000 is the shop open on day ${n}?`, workflow: 'faq' } };
  const pick = n % 20;
  if (pick < 9)
    return { body: { text: `What is your refund policy for item ${n}?`, workflow: 'knowledge' } };
  if (pick < 14) return { body: { text: `Do you ship to country number ${n}?`, workflow: 'faq' } };
  if (pick < 17)
    return {
      body: {
        text: `Please refund order ${100_000 + n}, it arrived broken`,
        workflow: 'sensitive',
      },
    };
  return { body: { text: `Do you ship to country number ${n}?`, workflow: 'faq' }, cancel: true };
}

/** A client: submits with an Idempotency-Key and retries the same key until accepted or out of time. */
async function submit(stack, key, body, deadline) {
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    try {
      const res = await fetch(`${stack.gatewayUrl}/v1/tasks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${DEV_KEYS.submitter}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status === 202 || res.status === 200)
        return { id: (await res.json()).id, retries: attempt };
      const wait = Number(res.headers.get('retry-after') ?? 0.5) * 1000;
      await res.body?.cancel();
      await sleep(Math.min(wait, 2_000));
    } catch {
      await sleep(300); // the gateway is down or restarting: same key again
    }
  }
  return undefined;
}

async function api(stack, method, path, key, body) {
  try {
    const res = await fetch(`${stack.gatewayUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: 0, body: undefined };
  }
}

/** A reviewer who approves every pending request, until stopped. */
function approver(stack) {
  let running = true;
  const loop = (async () => {
    while (running) {
      const res = await api(stack, 'GET', '/v1/approvals?status=pending', DEV_KEYS.approver);
      const list = Array.isArray(res.body) ? res.body : (res.body?.items ?? []);
      for (const a of list) {
        await api(stack, 'POST', `/v1/approvals/${a.id}/decision`, DEV_KEYS.approver, {
          decision: 'approve',
          comment: 'chaos reviewer',
        });
      }
      await sleep(300);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

/** Each step result once between two requests of that step (a result applied twice shows up here). */
const RESULTS = new Set([
  'routed',
  'completed',
  'weak',
  'passed',
  'failed',
  'approved',
  'revised',
  'rejected',
  'timed_out',
]);
function appliedTwice(task) {
  const open = new Map();
  for (const e of task.timeline) {
    if (!e.step) continue;
    if (e.outcome === 'requested') open.set(e.step, 0);
    else if (RESULTS.has(e.outcome)) {
      const seen = (open.get(e.step) ?? 0) + 1;
      open.set(e.step, seen);
      if (seen > 1) return true;
    }
  }
  return task.timeline.some((e, i) => e.seq !== i + 1);
}

async function runScenario(scenario) {
  const label = `[chaos ${scenario.name}]`;
  const openai = scenario.slowModel ? await FakeOpenAiServer.start() : undefined;
  const storeServer = scenario.storeOutage ? await NatsServer.start({ name: 'store' }) : undefined;
  const env = {
    LOG_LEVEL: 'warn',
    ...(storeServer ? { TASK_STORE_NATS_URL: storeServer.url } : {}),
    ...(openai
      ? {
          PROVIDERS: JSON.stringify({
            primary: { baseUrl: openai.baseUrl, apiKey: 'sk-chaos', timeoutMs: 20_000 },
          }),
          MODEL_TIERS: JSON.stringify({
            small: [{ provider: 'primary', model: 'slow-small' }],
            large: [{ provider: 'primary', model: 'slow-large' }],
          }),
          PROVIDER_RETRIES: '0',
        }
      : {}),
  };
  const stack = await Stack.start({
    env,
    services: openai ? SERVICES.filter((s) => s !== 'generator') : SERVICES,
  });
  if (openai) await stack.add('generator', { CONSUMER_CONCURRENCY: '4' });
  const stopApprover = approver(stack);
  const accepted = new Map(); // key -> task id
  let submitted = 0;
  let clientRetries = 0;
  let phase = 'load';
  const loadUntil = Date.now() + LOAD_S * 1000;
  const clients = [];
  const progress = setInterval(() => {
    process.stdout.write(
      `${label} ${elapsed()} ${phase}: submitted ${submitted}, accepted ${accepted.size}\n`,
    );
  }, 5_000);

  const launch = (n) => {
    const key = `chaos-${scenario.name}-${n}`;
    const { body, cancel } = requestFor(n, scenario.slowModel);
    submitted++;
    clients.push(
      submit(stack, key, body, loadUntil + STORE_OUTAGE_S * 1000 + 60_000).then(async (r) => {
        if (!r) return;
        accepted.set(key, r.id);
        clientRetries += r.retries;
        if (cancel)
          await api(stack, 'POST', `/v1/tasks/${r.id}/cancel`, DEV_KEYS.submitter, {
            reason: 'chaos',
          });
      }),
    );
  };

  // the fault, a third of the way into the load
  const fault = (async () => {
    await sleep((scenario.slowModel ? 0 : LOAD_S / 3) * 1000);
    phase = 'fault';
    if (scenario.kills) {
      for (const name of scenario.kills) {
        const victim = stack.service(name);
        await victim.stop('SIGKILL');
        stack.processes.splice(stack.processes.indexOf(victim), 1);
        await sleep(1_500);
        await stack.add(name, openai && name === 'generator' ? { CONSUMER_CONCURRENCY: '4' } : {});
      }
    } else if (scenario.broker) {
      await stack.nats.kill9();
      await sleep(3_000);
      await stack.nats.restart();
    } else if (scenario.storeOutage) {
      await storeServer.kill9();
      process.stdout.write(`${label} ${elapsed()} task store down for ${STORE_OUTAGE_S} s\n`);
      await sleep(STORE_OUTAGE_S * 1000);
      await storeServer.restart();
    }
    phase = 'recovery';
  })();

  if (scenario.slowModel) {
    for (let n = 0; n < 8; n++) launch(n); // twice the generator's concurrency, at once
  } else {
    for (let n = 0; Date.now() < loadUntil; n++) {
      launch(n);
      await sleep(1000 / RATE);
    }
  }
  await fault;
  await Promise.all(clients);
  const loadEndedAt = Date.now();
  phase = 'drain';

  // every accepted task must end
  const ids = [...accepted.values()];
  const drainUntil = Date.now() + DRAIN_S * 1000;
  let tasks = [];
  let drainedAt = 0;
  while (Date.now() < drainUntil) {
    tasks = await Promise.all(
      ids.map((id) => api(stack, 'GET', `/v1/tasks/${id}`, DEV_KEYS.submitter)),
    );
    if (tasks.every((t) => t.status === 200 && isTerminalStatus(t.body.status))) {
      drainedAt = Date.now();
      break;
    }
    await sleep(500);
  }
  clearInterval(progress);
  await stopApprover();

  // one task per idempotency key, read from the store itself
  const nc = await connect({ servers: (storeServer ?? stack.nats).url, noAsyncTraces: true });
  const store = await KvTaskStore.open(nc);
  const perKey = new Map();
  for (let cursor; ;) {
    const page = await store.list('demo', { limit: 200, cursor });
    for (const t of page.items)
      if (t.idempotencyKey) perKey.set(t.idempotencyKey, (perKey.get(t.idempotencyKey) ?? 0) + 1);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  await nc.drain();

  const views = tasks.filter((t) => t.status === 200).map((t) => t.body);
  const statuses = {};
  for (const t of views) statuses[t.status] = (statuses[t.status] ?? 0) + 1;
  const log = await stack.tools.log();
  const executionsPerKey = new Map();
  for (const e of log.executions)
    executionsPerKey.set(e.key, (executionsPerKey.get(e.key) ?? 0) + 1);
  const refundCalls = log.requests.filter((r) => r.path === '/refund').length;
  const generateAttempts = views.reduce(
    (n, t) =>
      n +
      t.timeline.filter(
        (e) =>
          e.stage === 'generate' &&
          (e.outcome === 'requested' ||
            e.outcome === 'retry' ||
            (e.outcome === 'timeout' && e.reason.includes('re-sent'))),
      ).length,
    0,
  );
  const result = {
    scenario: scenario.name,
    submitted,
    accepted: ids.length,
    clientRetries,
    statuses,
    lost: tasks.filter((t) => t.status === 404).length,
    duplicated: [...perKey.values()].filter((n) => n > 1).length,
    doubleApplied: views.filter(appliedTwice).length,
    stuck: views.filter((t) => !isTerminalStatus(t.status)).length,
    // the longest any accepted task took from submission to its end: how long the fault held work up
    slowestTaskSeconds: views.reduce(
      (max, t) => Math.max(max, (Date.parse(t.updatedAt) - Date.parse(t.createdAt)) / 1000),
      0,
    ),
    drainSeconds: drainedAt ? Math.max(0, (drainedAt - loadEndedAt) / 1000) : null,
    refundExecutions: log.executions.length,
    refundsExecutedTwice: [...executionsPerKey.values()].filter((n) => n > 1).length,
    refundCalls,
    modelCallsPerAttempt: openai ? openai.calls.length / Math.max(1, generateAttempts) : null,
  };
  await stack.stop();
  await storeServer?.stop();
  await openai?.stop();
  process.stdout.write(`${label} ${elapsed()} done: ${JSON.stringify(result)}\n`);
  return result;
}

const results = [];
for (const scenario of scenarios) results.push(await runScenario(scenario));

const failures = results.filter(
  (r) =>
    r.lost ||
    r.duplicated ||
    r.doubleApplied ||
    r.stuck ||
    r.accepted === 0 ||
    r.refundsExecutedTwice ||
    (r.modelCallsPerAttempt !== null && r.modelCallsPerAttempt !== 1),
);
const rows = results.map(
  (r) =>
    `| ${r.scenario} | ${r.accepted} | ${r.statuses.completed ?? 0} | ${r.accepted - (r.statuses.completed ?? 0) - r.stuck} | ${r.lost} | ${r.duplicated} | ${r.doubleApplied} | ${r.stuck} | ${r.slowestTaskSeconds.toFixed(1)} | ${r.drainSeconds?.toFixed(1) ?? '—'} | ${r.refundExecutions}/${r.refundCalls} | ${r.modelCallsPerAttempt?.toFixed(2) ?? '—'} |`,
);
const table = [
  '| scenario | accepted | completed | other end | lost | duplicated | applied twice | stuck | slowest task s | drain s | refunds run/called | model calls per attempt |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
process.stdout.write(`\n${table}\n\n`);
const dir = join(REPO_ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `chaos-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ quick: QUICK, loadSeconds: LOAD_S, rate: RATE, storeOutageSeconds: STORE_OUTAGE_S, tookSeconds: (Date.now() - startedAt) / 1000, results }, null, 2)}\n`,
);
process.stdout.write(`report: ${file} (${elapsed()})\n`);
if (failures.length > 0) {
  process.stdout.write(`FAILED: ${failures.map((f) => f.scenario).join(', ')}\n`);
  process.exit(1);
}
