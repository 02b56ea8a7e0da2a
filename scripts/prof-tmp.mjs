import { Stack, SERVICES } from '@switchyard/testing';
import { connect } from '@nats-io/transport-node';
const which = process.argv[2] ?? 'coordinator';
console.log('starting');
const stack = await Stack.start({ env: {}, services: SERVICES.filter((s) => s !== which) });
console.log('adding');
await stack.add(which, { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/prof' });
const key = { authorization: 'Bearer dev-admin-key', 'content-type': 'application/json' };
await fetch(`${stack.gatewayUrl}/v1/documents/refunds`, { method: 'PUT', headers: key, body: JSON.stringify({ title: 'Refund policy', text: 'Refunds are paid within five business days to the original card.' }) });
console.log('loading');
const nc = await connect({ servers: stack.nats.url });
const waiting = new Map(); const early = new Set(); let completed = 0;
nc.subscribe('switchyard.notify.task_changed.v1.>', { callback: (_e, m) => { const s = m.json().status; if (['completed','failed','rejected','cancelled'].includes(s)) { const id = m.subject.split('.').at(-1); completed++; const w = waiting.get(id); if (w) { w(); waiting.delete(id); } else early.add(id); } } });
const until = Date.now() + 15000; const t0 = Date.now();
await Promise.all(Array.from({ length: 64 }, async () => {
  while (Date.now() < until) {
    const res = await fetch(`${stack.gatewayUrl}/v1/tasks`, { method: 'POST', headers: key, body: JSON.stringify({ text: 'How long do refunds take?', workflow: 'knowledge' }) });
    const { id } = await res.json();
    if (early.delete(id)) continue;
    await new Promise((r) => waiting.set(id, r));
  }
}));
console.log('completed', completed, 'in', (Date.now() - t0) / 1000, 's =', (completed / ((Date.now() - t0) / 1000)).toFixed(0), '/s');
for (const p of stack.processes) {
  const text = await (await fetch(`${p.url}/metrics`)).text();
  const cpu = Number(text.split('\n').find((l) => l.startsWith('process_cpu_seconds_total '))?.split(' ')[1]);
  console.log(p.name.padEnd(12), (cpu * 1000 / completed).toFixed(2), 'ms CPU/task (incl. start-up)');
}
await nc.drain(); await stack.stop();
