import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  PROVISION_USER,
  SERVICE_NAMES,
  passwordVariable,
  renderAccountsConf,
} from '@switchyard/contracts';
import { OutputTail, exited, track } from './processes.js';
import { REPO_ROOT } from './repo-root.js';

/**
 * The broker identities of this test process. The harness's brokers run with the accounts file
 * generated from `libs/contracts` (the one deployed), with a random password per user for this
 * process, and services connect as their own users. Tests that inspect or drive the broker
 * directly connect as `harness`, a test-only user with every permission of the account, which is
 * also the identity of a client that presents no credentials (`no_auth_user`) on the harness's
 * brokers — never in a deployment, nor under `npm start`.
 */
export const HARNESS_USER = 'harness';

const passwords = new Map<string, string>();

/** This process's password of a broker user (the same on every broker the harness starts). */
export function brokerPassword(user: string): string {
  let password = passwords.get(user);
  if (!password) {
    // nats-server parses a `$VARIABLE`'s value as a configuration value: a password starting
    // with a digit (`5e3…`) breaks the configuration, so it starts with a letter
    password = `p${randomBytes(18).toString('hex')}`;
    passwords.set(user, password);
    recordSecret(password);
  }
  return password;
}

/** Every user of the accounts file plus the harness, with this process's passwords. */
export function brokerUsers(): string[] {
  return [...SERVICE_NAMES, PROVISION_USER, HARNESS_USER];
}

/** The `$SY_NATS_PASSWORD_<USER>` variables the accounts file reads, for the server process. */
export function brokerPasswordEnv(): Record<string, string> {
  return Object.fromEntries(brokerUsers().map((u) => [passwordVariable(u), brokerPassword(u)]));
}

/**
 * The accounts configuration of a harness broker: exactly the deployed file's users and
 * permissions, plus (with `inspector`) the all-permission `harness` user as the no-credentials
 * identity.
 */
export function harnessAccountsConf(inspector = true): string {
  return renderAccountsConf(
    inspector ? { extraUsers: [{ user: HARNESS_USER }], noAuthUser: HARNESS_USER } : {},
  );
}

/** `NATS_USER` and `NATS_PASSWORD` of a service (its own broker identity). */
export function serviceCredentials(user: string): { NATS_USER: string; NATS_PASSWORD: string } {
  return { NATS_USER: user, NATS_PASSWORD: brokerPassword(user) };
}

// ---- logs of the whole test run ------------------------------------------------------------------

/**
 * Where every broker and service process of the test run appends its output, when the test run
 * set it up (jest's global setup): the global teardown scans it for permission violations and
 * leaked secrets.
 */
export function testLogDir(): string | undefined {
  const dir = process.env.SWITCHYARD_TEST_LOG_DIR;
  return dir && existsSync(dir) ? dir : undefined;
}

/** Appends a chunk of a process's output to the run's log file `name` (when the run keeps one). */
export function appendTestLog(name: string, chunk: Buffer | string): void {
  const dir = testLogDir();
  if (dir) appendFileSync(join(dir, name), chunk);
}

/** A value that must never appear in any log of the run (the teardown checks). */
export function recordSecret(secret: string): void {
  appendTestLog(`secrets-${process.pid}.txt`, `${secret}\n`);
}

// ---- provisioning ---------------------------------------------------------------------------------

export interface ProvisionOptions {
  /** Stream and bucket copies (STREAM_REPLICAS). */
  replicas?: number;
  /** More environment for the command (e.g. TASK_STORE_NATS_URL, TASK_BUCKET). */
  env?: Record<string, string>;
}

/**
 * Runs the provisioning command (`node apps/provision/dist/main.js`) against a broker as user
 * `provision`, the way `npm start`, compose and the Kubernetes Job do; resolves when it exits 0.
 */
export async function provisionBroker(url: string, options: ProvisionOptions = {}): Promise<void> {
  const main = join(REPO_ROOT, 'apps', 'provision', 'dist', 'main.js');
  if (!existsSync(main))
    throw new Error(`${main} does not exist: run \`npm run build\` before the integration tests`);
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NATS_URL: url,
      ...serviceCredentials(PROVISION_USER),
      STREAM_REPLICAS: String(options.replicas ?? 1),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const output = new OutputTail(200);
  child.stdout?.on('data', (c: Buffer) => output.push(c));
  child.stderr?.on('data', (c: Buffer) => output.push(c));
  const code = await exited(child);
  if (code !== 0) throw new Error(`provisioning ${url} failed (exit ${code}):\n${output.text()}`);
}
