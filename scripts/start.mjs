// `npm start`: a private nats-server with JetStream and every service as its own process, in the
// foreground. Ctrl-C (or SIGTERM) stops everything cleanly. Run through scripts/bootstrap.sh first.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dataDir = process.env.SWITCHYARD_DATA_DIR ?? join(root, '.data');
const logDir = join(dataDir, 'logs');
const basePort = Number(process.env.SWITCHYARD_PORT_BASE ?? 8080);
const say = (line) => process.stdout.write(`${line}\n`);

function portFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

say('[start] building (npm run build: lexicon, tsc -b incremental, router model, console)…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const { NatsServer, SERVICES, ServiceProcess } = await import('../libs/testing/dist/index.js');

const ports = Object.fromEntries(SERVICES.map((name, i) => [name, basePort + i]));
for (const [name, port] of [...Object.entries(ports), ['the sample tool service', basePort + 10]]) {
  if (!(await portFree(port))) {
    say(
      `[start] ERROR: port ${port} (for ${name}) is in use. Stop what uses it, or set SWITCHYARD_PORT_BASE.`,
    );
    process.exit(1);
  }
}
mkdirSync(logDir, { recursive: true });

let nats;
let tools;
let services = [];
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say('\n[start] stopping services (draining)…');
  const codes = await Promise.all(services.map((s) => s.stop('SIGTERM')));
  tools?.kill('SIGTERM');
  await nats?.stop(false);
  const failed = services.filter((_, i) => codes[i] !== 0).map((s) => s.name);
  say(
    failed.length
      ? `[start] stopped; unclean exit: ${failed.join(', ')}`
      : '[start] stopped cleanly',
  );
  process.exit(code || (failed.length ? 1 : 0));
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const natsPort = Number(process.env.NATS_PORT ?? 4222);
say(
  `[start] starting nats-server with JetStream and the generated accounts (store: ${join(dataDir, 'nats')}), then provisioning…`,
);
// Auth on, as deployed: one broker user per service with the permissions generated from
// libs/contracts (deploy/nats/accounts.conf) and passwords made up for this run; the provision
// command creates the streams, consumers and buckets; no identity without credentials.
nats = await NatsServer.start({
  name: 'switchyard',
  port: (await portFree(natsPort)) ? natsPort : undefined,
  storeDir: join(dataDir, 'nats'),
  inspector: false,
});

say('[start] starting the sample tool service (order status, refund)…');
tools = spawn(process.execPath, [join(root, 'tools', 'sample-tools.mjs'), String(basePort + 10)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const toolsUrl = await new Promise((resolve, reject) => {
  tools.stdout.on('data', (c) => {
    const m = /listening on (\S+)/.exec(String(c));
    if (m) resolve(m[1]);
  });
  tools.once('exit', (code) =>
    reject(new Error(`the sample tool service exited (${code}); is port ${basePort + 10} free?`)),
  );
}).catch(async (err) => {
  say(`[start] ERROR: ${err.message}`);
  await stopAll(1);
});

say(`[start] starting ${SERVICES.length} services (logs: ${logDir}/<service>.log)…`);
try {
  services = await Promise.all(
    SERVICES.map((name) =>
      ServiceProcess.start(name, nats.url, {
        port: ports[name],
        logFile: join(logDir, `${name}.log`),
        env: { TOOLS_URL: toolsUrl },
      }),
    ),
  );
} catch (err) {
  say(`[start] ERROR: a service did not become ready:\n${err.message}`);
  await stopAll(1);
}
for (const service of services) {
  void service.exited().then((code) => {
    if (stopping) return;
    say(
      `[start] ERROR: ${service.name} exited unexpectedly (${code}); last output:\n${service.logs()}`,
    );
    void stopAll(1);
  });
}

// The sample corpus (a fictional outdoor shop) goes into tenant demo through the documents API.
const corpusDir = join(root, 'corpus', 'demo');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .sort();
for (const file of files) {
  const [first, ...rest] = readFileSync(join(corpusDir, file), 'utf8').split('\n');
  const res = await fetch(`${services[0].url}/v1/documents/${file.replace(/\.md$/, '')}`, {
    method: 'PUT',
    headers: { authorization: 'Bearer dev-admin-key', 'content-type': 'application/json' },
    body: JSON.stringify({ title: first.replace(/^#\s*/, ''), text: rest.join('\n').trim() }),
  });
  if (res.status !== 200) {
    say(
      `[start] ERROR: loading ${file} into tenant demo failed: ${res.status} ${await res.text()}`,
    );
    await stopAll(1);
  }
}
say(`[start] loaded the sample corpus: ${files.length} documents into tenant demo`);

say('');
say('Switchyard is running.');
say(`  gateway     ${services[0].url}`);
say(`  console     ${services[0].url}/console/ (sign in with dev-approver-key)`);
say(
  `  nats        ${nats.url} (monitoring ${nats.monitorUrl}; one user per service, passwords made up for this run)`,
);
say(`  tools       ${toolsUrl} (sample tool service)`);
say('  metrics:');
for (const s of services) say(`    ${s.name.padEnd(12)}${s.url}/metrics`);
say('');
say('Dev API keys (only because no keys are configured and the gateway listens on 127.0.0.1):');
say('  dev-submitter-key      tenant demo   submitter');
say('  dev-approver-key       tenant demo   approver');
say('  dev-admin-key          tenant demo   admin, submitter, approver');
say('  dev-other-tenant-key   tenant other  submitter');
say('');
say('Try (submit, then read the task with the id it returns):');
say(
  `  curl -s -X POST ${services[0].url}/v1/tasks -H 'Authorization: Bearer dev-submitter-key' ` +
    `-H 'Content-Type: application/json' -d '{"text":"What is your refund policy?","workflow":"knowledge"}'`,
);
say(`  curl -s ${services[0].url}/v1/tasks/<id> -H 'Authorization: Bearer dev-submitter-key'`);
say(`  API docs: ${services[0].url}/docs`);
say('');
say('Press Ctrl-C to stop.');
