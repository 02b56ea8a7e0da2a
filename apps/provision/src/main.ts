// The provisioning command: creates and updates every stream, durable consumer and KV bucket of
// the topology in libs/contracts, as the one broker identity allowed to (`provision`), then exits.
// Services only verify what it made. Run before the services by `npm start`, the test harness,
// docker compose (service `provision`) and the Kubernetes Job `provision`.
//
//   node apps/provision/dist/main.js                    provision (idempotent)
//   node apps/provision/dist/main.js --check            verify only; exit 1 naming what differs
//   node apps/provision/dist/main.js --print-accounts   print the accounts file for the broker
//
// Exit codes: 0 done (or up to date), 1 provisioning failed or differs (--check), 2 bad usage or
// configuration.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@switchyard/platform';
import { renderAccountsConf } from '@switchyard/contracts';
import { ProvisionConfig } from './provision.config.js';
import { type ProgressLine, provision } from './provision.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

let args;
try {
  args = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'print-accounts': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (err) {
  process.stderr.write(`provision: ${(err as Error).message} (see --help)\n`);
  process.exit(2);
}

if (args.help) {
  say('usage: node apps/provision/dist/main.js [--check] [--print-accounts]');
  say('  (no option)       create or update streams, consumers and KV buckets, then exit');
  say('  --check           verify only: exit 1 naming every missing or differing item');
  say('  --print-accounts  print the broker accounts file generated from libs/contracts');
  say('environment: NATS_URL, NATS_USER (provision), NATS_PASSWORD or NATS_PASSWORD_FILE,');
  say('  NATS_TLS_CA_FILE, NATS_TLS_CERT_FILE, NATS_TLS_KEY_FILE, STREAM_REPLICAS,');
  say('  TASK_BUCKET, APPROVAL_BUCKET, TASK_STORE_NATS_URL, PROVISION_WAIT_MS');
  process.exit(0);
}

if (args['print-accounts']) {
  process.stdout.write(renderAccountsConf());
  process.exit(0);
}

let config: ProvisionConfig;
try {
  config = loadConfig(ProvisionConfig, 'provision');
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

const started = Date.now();
const line = (p: ProgressLine): void =>
  say(`  ${p.kind.padEnd(9)} ${p.name.padEnd(44)} ${p.outcome}${p.detail ? ` (${p.detail})` : ''}`);
try {
  const summary = await provision(config, { check: args.check, onProgress: line, say });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(summary.outcomes)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  if (summary.problems.length > 0) {
    say(`provision: ${summary.problems.length} problem(s), nothing changed (--check):`);
    for (const p of summary.problems) say(`  - ${p}`);
    process.exit(1);
  }
  say(`provision: done in ${seconds} s: ${counts}`);
  process.exit(0);
} catch (err) {
  process.stderr.write(`provision failed: ${(err as Error).message}\n`);
  process.exit(1);
}
