// Writes the gateway's OpenAPI document to docs/openapi.json (the committed contract; a test keeps
// it equal to what the gateway serves, and the console's client types are generated from it).
// Starts a private nats-server and a gateway from the build: run `npm run build` first.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { NatsServer, ServiceProcess } = await import('../libs/testing/dist/index.js');
const nats = await NatsServer.start({ name: 'openapi' });
let gateway;
try {
  gateway = await ServiceProcess.start('gateway', nats.url, { env: { LOG_LEVEL: 'warn' } });
  const doc = await (await fetch(`${gateway.url}/docs-json`)).json();
  const file = join(root, 'docs', 'openapi.json');
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`wrote ${file} (${Object.keys(doc.paths).length} paths)\n`);
} finally {
  await gateway?.stop('SIGTERM');
  await nats.stop();
}
