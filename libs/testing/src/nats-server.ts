import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { OutputTail, exited, track } from './processes.js';
import { freePort } from './ports.js';
import {
  type ProvisionOptions,
  appendTestLog,
  brokerPasswordEnv,
  harnessAccountsConf,
  provisionBroker,
} from './broker-auth.js';

const tempDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds nats-server: $NATS_SERVER_BIN, then PATH, then where Debian puts it (/usr/sbin). */
export function findNatsServer(): string {
  const fromEnv = process.env.NATS_SERVER_BIN;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`NATS_SERVER_BIN=${fromEnv} is not an executable file`);
  }
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = join(dir, 'nats-server');
    if (dir && isExecutable(candidate)) return candidate;
  }
  throw new Error(
    'nats-server not found (looked in $NATS_SERVER_BIN, PATH, /usr/sbin): run `bash scripts/bootstrap.sh` ' +
      'or install it (Debian/Ubuntu: apt-get install nats-server)',
  );
}

export interface NatsServerOptions {
  /** Label for logs and the server name. */
  name?: string;
  /** Client port; a random free one when absent. */
  port?: number;
  /** Store directory to use (and keep); a fresh temporary one, removed at exit, when absent. */
  storeDir?: string;
  /**
   * Accounts and users as deployed (`deploy/nats/accounts.conf`, generated from libs/contracts),
   * with this process's passwords (default true); false: an open server (account `$G`).
   */
  auth?: boolean;
  /**
   * With auth, a client without credentials is the all-permission `harness` user (default true:
   * tests inspect and drive the broker); false under `npm start`.
   */
  inspector?: boolean;
  /**
   * Run the provisioning command once the server is up (default true with auth: services only
   * verify the topology); options for its replicas and environment.
   */
  provision?: boolean | ProvisionOptions;
  /** The denial tests provoke permission violations on purpose: the run's log scan skips these. */
  expectViolations?: boolean;
  /** Extra configuration lines (e.g. a `tls { … }` block). */
  extraConfig?: string;
}

/**
 * A private nats-server with JetStream on a random loopback port and its own store directory.
 * `kill9()` and `restart()` simulate a broker crash: the same port and store come back.
 * `stop()` removes everything; the process and directory are also removed when the test process
 * exits, even after a failure.
 */
export class NatsServer {
  private child?: ChildProcess;
  private readonly output = new OutputTail();
  private readonly violationLines: string[] = [];
  private readonly configDir: string;

  private constructor(
    readonly port: number,
    readonly monitorPort: number,
    readonly storeDir: string,
    private readonly name: string,
    private readonly options: NatsServerOptions,
  ) {
    this.configDir = mkdtempSync(join(tmpdir(), 'switchyard-nats-conf-'));
    tempDirs.add(this.configDir);
  }

  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const storeDir = options.storeDir ?? mkdtempSync(join(tmpdir(), 'switchyard-nats-'));
    if (!options.storeDir) tempDirs.add(storeDir);
    const name = options.name ?? 'test';
    let lastError: unknown;
    for (let attempt = 0; attempt < (options.port ? 1 : 5); attempt++) {
      const port = options.port ?? (await freePort());
      const server = new NatsServer(port, await freePort(), storeDir, name, options);
      try {
        await server.launch();
      } catch (err) {
        lastError = err; // most likely a port taken between choosing and binding it: try others
        continue;
      }
      const provision = options.provision ?? server.auth;
      if (provision) {
        try {
          await server.provision(provision === true ? {} : provision);
        } catch (err) {
          await server.stop();
          throw err;
        }
      }
      return server;
    }
    throw lastError;
  }

  /** Whether the server runs with the generated accounts and users. */
  get auth(): boolean {
    return this.options.auth !== false;
  }

  /** Runs the provisioning command against this server (as user `provision`). */
  provision(options: ProvisionOptions = {}): Promise<void> {
    return provisionBroker(this.url, options);
  }

  /** Every permission violation the server logged (`Publish Violation - User "router", …`). */
  violations(): string[] {
    return [...this.violationLines];
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get monitorUrl(): string {
    return `http://127.0.0.1:${this.monitorPort}`;
  }

  isRunning(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Crashes the server: SIGKILL, no chance to flush or say goodbye. */
  async kill9(): Promise<void> {
    if (!this.child || !this.isRunning()) return;
    const child = this.child;
    child.kill('SIGKILL');
    await exited(child);
  }

  /** Starts the server again on the same port and store (after `kill9()` or `stop(false)`). */
  async restart(): Promise<void> {
    if (this.isRunning()) await this.kill9();
    await this.launch();
  }

  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its store unless told not to. */
  async stop(removeStore = true): Promise<void> {
    const child = this.child;
    if (child && this.isRunning()) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (removeStore) {
      rmSync(this.configDir, { recursive: true, force: true });
      tempDirs.delete(this.configDir);
      rmSync(this.storeDir, { recursive: true, force: true });
      tempDirs.delete(this.storeDir);
    }
  }

  /** What the server printed last (for failure messages). */
  logs(): string {
    return this.output.text();
  }

  private writeConfig(): string {
    mkdirSync(this.configDir, { recursive: true });
    const file = join(this.configDir, 'nats.conf');
    writeFileSync(
      file,
      [
        `server_name: ${JSON.stringify(`${this.name}-${this.port}`)}`,
        `listen: "127.0.0.1:${this.port}"`,
        `http: "127.0.0.1:${this.monitorPort}"`,
        `jetstream { store_dir: ${JSON.stringify(this.storeDir)} }`,
        this.auth ? harnessAccountsConf(this.options.inspector !== false) : '',
        this.options.extraConfig ?? '',
        '',
      ].join('\n'),
    );
    return file;
  }

  private logName(): string {
    return `nats-${this.options.expectViolations ? 'expect-violations-' : ''}${this.name}-${this.port}.log`;
  }

  private watchViolations(chunk: Buffer): void {
    appendTestLog(this.logName(), chunk);
    for (const line of chunk.toString().split('\n'))
      if (/ Violation /.test(line)) this.violationLines.push(line);
  }

  private async launch(): Promise<void> {
    const child = spawn(findNatsServer(), ['-c', this.writeConfig()], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...brokerPasswordEnv() },
    });
    track(child);
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.watchViolations(chunk));
    await serverReady(child, this.output, `nats-server on port ${this.port}`);
  }
}

/**
 * Resolves once a nats-server process says it is ready, rejects if it exits first or is not ready
 * within 15 s (then it is killed). Only this launch's output counts: `output` may still hold the
 * previous run's lines.
 */
export function serverReady(child: ChildProcess, output: OutputTail, label: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} not ready within 15 s:\n${output.text()}`));
    }, 15_000);
    let seen = '';
    const onData = (chunk: Buffer): void => {
      output.push(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes('Server is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      reject(
        new Error(`${label} exited (${code ?? signal}) before it was ready:\n${output.text()}`),
      );
    });
  });
}
