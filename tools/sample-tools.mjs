// The sample tool service used by the tests and by `npm start`: a fictional shop's order status
// (read) and refund (write) endpoints, scoped by tenant. Every call must say which tenant it is
// for (X-Switchyard-Tenant, sent by the generator with the workflow and its pinned version):
// a tenant sees only its own orders, and a refund needs an Idempotency-Key and runs once per
// tenant and key.
// Usage: node tools/sample-tools.mjs [port]   (prints "sample tools listening on <url>")
//
// Test and demo endpoints: POST /_seed {tenant, orderId, status?, note?} adds an order that only
// that tenant can see; GET /_log lists what was executed and every request received.
import { createServer } from 'node:http';

const TENANT = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const refunds = new Map(); // `${tenant}\n${idempotency key}` -> result
const seeded = new Map(); // orderId -> { tenant, status, note }
const executions = []; // every refund actually executed
const requests = []; // every request received (tests check what was never called)

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** An order as this tenant sees it: its own seeded orders, or the synthetic demo catalogue. */
function findOrder(tenant, orderId) {
  const own = seeded.get(orderId);
  // a seeded order exists only for its tenant: for any other it is not found
  if (own)
    return own.tenant === tenant ? { orderId, status: own.status, note: own.note } : undefined;
  if (!/\d{4,}/.test(orderId)) return undefined;
  const digits = Number(orderId.replace(/\D/g, ''));
  return {
    orderId,
    status: ['processing', 'packed', 'shipped', 'delivered'][digits % 4],
    carrier: 'PostNL',
    trackingNumber: `3SHPN${digits}`,
    expectedDelivery: '2026-11-25',
  };
}

const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const path = req.url.split('?')[0];
  const tenant = req.headers['x-switchyard-tenant'] ?? null;
  let body;
  try {
    body = raw ? JSON.parse(raw) : {};
  } catch {
    body = undefined;
  }
  const entry = {
    method: req.method,
    path,
    key: req.headers['idempotency-key'] ?? null,
    tenant,
    taskId: req.headers['x-switchyard-task-id'] ?? null,
    workflow: req.headers['x-switchyard-workflow'] ?? null,
    workflowVersion: req.headers['x-switchyard-workflow-version'] ?? null,
    args: body ?? null,
  };
  if (!path.startsWith('/_')) requests.push(entry);
  const reply = (status, payload) => {
    entry.status = status;
    entry.response = payload;
    send(res, status, payload);
  };
  if (body === undefined) return reply(400, { error: 'body is not JSON' });
  if (req.method === 'GET' && path === '/_log') return send(res, 200, { executions, requests });
  if (req.method === 'POST' && path === '/_seed') {
    if (!TENANT.test(String(body.tenant ?? '')) || !body.orderId)
      return send(res, 400, { error: 'tenant and orderId are required' });
    seeded.set(String(body.orderId), {
      tenant: body.tenant,
      status: body.status ?? 'processing',
      note: body.note ?? '',
    });
    return send(res, 200, { seeded: body.orderId });
  }
  if (typeof tenant !== 'string' || !TENANT.test(tenant))
    return reply(400, { error: 'a tool call needs the X-Switchyard-Tenant header' });
  if (req.method === 'POST' && path === '/order-status') {
    const orderId = String(body.orderId ?? '');
    const order = findOrder(tenant, orderId);
    if (!order) return reply(404, { error: `order ${orderId} not found` });
    return reply(200, order);
  }
  if (req.method === 'POST' && path === '/refund') {
    const key = req.headers['idempotency-key'];
    if (!key) return reply(400, { error: 'a refund needs an Idempotency-Key header' });
    const scoped = `${tenant}\n${key}`;
    if (refunds.has(scoped)) return reply(200, { ...refunds.get(scoped), replayed: true });
    const orderId = String(body.orderId ?? '');
    if (!findOrder(tenant, orderId)) return reply(404, { error: `order ${orderId} not found` });
    const result = {
      refundId: `rf-${executions.length + 1}`,
      orderId,
      amount: body.amount ?? null,
      status: 'refunded',
    };
    refunds.set(scoped, result);
    executions.push({ key, tenant, workflow: entry.workflow, ...result });
    return reply(200, result);
  }
  reply(404, { error: 'no such tool' });
});

const port = Number(process.argv[2] ?? process.env.TOOLS_PORT ?? 8090);
const host = process.env.TOOLS_HOST ?? '127.0.0.1'; // 0.0.0.0 in a container
server.listen(port, host, () => {
  process.stdout.write(`sample tools listening on http://${host}:${server.address().port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => server.close(() => process.exit(0)));
