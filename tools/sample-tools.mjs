// The sample tool service used by the tests and by `npm start`: a fictional shop's order status
// (read) and refund (write) endpoints. A refund needs an Idempotency-Key and runs once per key.
// Usage: node tools/sample-tools.mjs [port]   (prints "sample tools listening on <url>")
import { createServer } from 'node:http';

const refunds = new Map(); // idempotency key -> result
const executions = []; // every refund actually executed
const requests = []; // every request received (tests check what was never called)

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const path = req.url.split('?')[0];
  requests.push({ method: req.method, path, key: req.headers['idempotency-key'] ?? null });
  let body;
  try {
    body = raw ? JSON.parse(raw) : {};
  } catch {
    return send(res, 400, { error: 'body is not JSON' });
  }
  if (req.method === 'POST' && path === '/order-status') {
    const orderId = String(body.orderId ?? '');
    if (!/\d{4,}/.test(orderId)) return send(res, 404, { error: `order ${orderId} not found` });
    const digits = Number(orderId.replace(/\D/g, ''));
    const status = ['processing', 'packed', 'shipped', 'delivered'][digits % 4];
    return send(res, 200, {
      orderId,
      status,
      carrier: 'PostNL',
      trackingNumber: `3SHPN${digits}`,
      expectedDelivery: '2026-11-25',
    });
  }
  if (req.method === 'POST' && path === '/refund') {
    const key = req.headers['idempotency-key'];
    if (!key) return send(res, 400, { error: 'a refund needs an Idempotency-Key header' });
    if (refunds.has(key)) return send(res, 200, { ...refunds.get(key), replayed: true });
    const result = {
      refundId: `rf-${executions.length + 1}`,
      orderId: body.orderId,
      amount: body.amount ?? null,
      status: 'refunded',
    };
    refunds.set(key, result);
    executions.push({ key, ...result });
    return send(res, 200, result);
  }
  if (req.method === 'GET' && path === '/_log') return send(res, 200, { executions, requests });
  send(res, 404, { error: 'no such tool' });
});

const port = Number(process.argv[2] ?? process.env.TOOLS_PORT ?? 8090);
const host = process.env.TOOLS_HOST ?? '127.0.0.1'; // 0.0.0.0 in a container
server.listen(port, host, () => {
  process.stdout.write(`sample tools listening on http://${host}:${server.address().port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => server.close(() => process.exit(0)));
