// `npm run profile -- <service>`: where one service spends its CPU under load. Starts the stack
// (private nats-server, every service its own process, defaults of `npm start`), restarts
// <service> with `--cpu-prof`, keeps --concurrency (64) `knowledge` tasks in flight for --duration
// (15) seconds, then prints the throughput, CPU milliseconds per task of every service, and the
// profiled service's self time by function and by package. The profile is kept in --out
// (/tmp/switchyard-profile) to open in Chrome DevTools.
// Usage: node scripts/profile.mjs [coordinator|gateway|router|retriever|generator|validator|approval]
//                                 [--duration 15] [--concurrency 64] [--top 30] [--out DIR]
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { REPO_ROOT, SERVICES, Stack } from '@switchyard/testing';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '64' },
    top: { type: 'string', default: '30' },
    out: { type: 'string', default: '/tmp/switchyard-profile' },
  },
});
const which = positionals[0] ?? 'coordinator';
if (!SERVICES.includes(which)) {
  console.error(`unknown service '${which}': one of ${SERVICES.join(', ')}`);
  process.exit(2);
}
const DURATION_MS = Number(values.duration) * 1000;
const CONCURRENCY = Number(values.concurrency);
const TOP = Number(values.top);
const say = (s) => process.stdout.write(`${s}\n`);
const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
const KEY = { authorization: 'Bearer dev-admin-key', 'content-type': 'application/json' };

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
say(`[profile] ${which}: starting the stack (load average ${loadavg()[0].toFixed(1)})…`);
const stack = await Stack.start({ services: SERVICES.filter((s) => s !== which) });
let completed = 0;

try {
  await stack.add(which, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${values.out}` });
  await fetch(`${stack.gatewayUrl}/v1/documents/refunds`, {
    method: 'PUT',
    headers: KEY,
    body: JSON.stringify({
      title: 'Refund policy',
      text: 'Refunds are paid within five business days to the original card.',
    }),
  });
  const nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
  const waiting = new Map();
  const early = new Set();
  nc.subscribe('switchyard.notify.task_changed.v2.*.*.status', {
    callback: (_e, m) => {
      if (!TERMINAL.has(m.json().status)) return;
      const id = m.subject.split('.').at(-2);
      completed++;
      const resolve = waiting.get(id);
      if (resolve) {
        waiting.delete(id);
        resolve();
      } else early.add(id);
    },
  });
  say(`[profile] ${CONCURRENCY} tasks in flight for ${DURATION_MS / 1000} s…`);
  const started = performance.now();
  const until = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const res = await fetch(`${stack.gatewayUrl}/v1/tasks`, {
          method: 'POST',
          headers: KEY,
          body: JSON.stringify({ text: 'How long do refunds take?', workflow: 'knowledge' }),
        });
        if (res.status !== 202)
          throw new Error(`submit answered ${res.status}: ${await res.text()}`);
        const { id } = await res.json();
        if (!early.delete(id)) await new Promise((resolve) => waiting.set(id, resolve));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  say(
    `completed ${completed} tasks in ${elapsed.toFixed(1)} s = ${(completed / elapsed).toFixed(0)} tasks/s`,
  );
  for (const p of stack.processes) {
    const text = await (await fetch(`${p.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('process_cpu_seconds_total '));
    const cpu = Number(line?.split(' ')[1]);
    say(
      `  ${p.name.padEnd(12)} ${((cpu * 1000) / completed).toFixed(2)} ms CPU per task (start-up included)`,
    );
  }
  await nc.drain();
} finally {
  await stack.stop(); // the profiled process writes its profile as it exits
}

const file = readdirSync(values.out).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no .cpuprofile in ${values.out}: did ${which} exit cleanly?`);
const profile = JSON.parse(readFileSync(join(values.out, file), 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const bySample = new Map();
profile.samples.forEach((id, i) =>
  bySample.set(id, (bySample.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const byFunction = new Map();
const byPackage = new Map();
let total = 0;
for (const [id, micros] of bySample) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const where = url.replace(/.*node_modules\//, '').replace(`file://${REPO_ROOT}/`, '');
  const fn = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  const pkg = where.startsWith('node:')
    ? 'node'
    : (where.match(/^(@[^/]+\/[^/]+|[^/]+\/[^/]+)/)?.[1] ?? '(vm)');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  total += micros;
}
const table = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
say(`\n${which}: ${(total / 1e6).toFixed(1)} s profiled; self time by function (top ${TOP}):`);
say(table(byFunction, TOP));
say(`\nby package or directory:`);
say(table(byPackage, 20));
say(`\nprofile: ${join(values.out, file)} (Chrome DevTools → Performance → load)`);
