import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OutputTail, exited, track } from './processes.js';
import { freePort } from './ports.js';
import { waitFor } from './wait-for.js';
import { appendTestLog, serviceCredentials } from './broker-auth.js';
import { REPO_ROOT } from './repo-root.js';

export const SERVICES = [
  'gateway',
  'coordinator',
  'router',
  'retriever',
  'generator',
  'validator',
  'approval',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * V8 flags of the stage services (router, retriever, generator, validator, approval), set through
 * NODE_OPTIONS here, in `npm start`, docker-compose.yml and the k8s Deployments: 2 MiB semi-spaces
 * keep a busy stage about 50 MiB smaller (V8 grows them to 16 MiB under load) for a few per cent
 * more CPU in scavenges. The coordinator and the gateway, which carry the most traffic, keep V8's
 * defaults (docs/performance.md). `SWITCHYARD_NODE_FLAGS` replaces them for every service (empty:
 * none), for measurements.
 */
export const STAGE_NODE_OPTIONS = '--max-semi-space-size=2';
export const STAGE_SERVICES: readonly string[] = [
  'router',
  'retriever',
  'generator',
  'validator',
  'approval',
];

function nodeOptionsFor(name: string): string | undefined {
  const override = process.env.SWITCHYARD_NODE_FLAGS;
  if (override !== undefined) return override;
  return STAGE_SERVICES.includes(name) ? STAGE_NODE_OPTIONS : undefined;
}

export { REPO_ROOT };

export interface ServiceStartOptions {
  env?: Record<string, string>;
  /** HTTP port; a random free one when absent. */
  port?: number;
  /** Also append everything the service prints to this file. */
  logFile?: string;
  /** Wait for `/health/ready` (default) or only for the process to start. */
  waitReady?: boolean;
  timeoutMs?: number;
}

/**
 * A service started the way production starts it: `node apps/<name>/dist/main.js` in its own
 * process, on a free port. Requires `npm run build` first.
 */
export class ServiceProcess {
  private readonly output = new OutputTail(400);

  private constructor(
    readonly name: ServiceName,
    readonly port: number,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (c: Buffer) => this.output.push(c));
    child.stderr?.on('data', (c: Buffer) => this.output.push(c));
  }

  static async start(
    name: ServiceName,
    natsUrl: string,
    options: ServiceStartOptions = {},
  ): Promise<ServiceProcess> {
    const main = join(REPO_ROOT, 'apps', name, 'dist', 'main.js');
    if (!existsSync(main)) {
      throw new Error(`${main} does not exist: run \`npm run build\` before the integration tests`);
    }
    if (options.port !== undefined)
      return ServiceProcess.startOn(name, natsUrl, options, options.port);
    // A free port can be taken by another process between the check and the service's listen
    // (other suites or runs on the same machine): then the service is started on another one.
    for (let attempt = 1; ; attempt++) {
      try {
        return await ServiceProcess.startOn(name, natsUrl, options, await freePort());
      } catch (err) {
        if (attempt >= 3 || !String((err as Error).message).includes('EADDRINUSE')) throw err;
      }
    }
  }

  private static async startOn(
    name: ServiceName,
    natsUrl: string,
    options: ServiceStartOptions,
    port: number,
  ): Promise<ServiceProcess> {
    const main = join(REPO_ROOT, 'apps', name, 'dist', 'main.js');
    const nodeOptions = nodeOptionsFor(name);
    const child = spawn(process.execPath, [main], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NATS_URL: natsUrl,
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(port),
        LOG_LEVEL: 'info',
        // its own broker identity (a broker without accounts ignores it)
        ...serviceCredentials(name),
        TOPOLOGY_WAIT_MS: '0',
        ...(nodeOptions !== undefined ? { NODE_OPTIONS: nodeOptions } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    track(child);
    const runLog = `svc-${name}-${child.pid}.log`;
    child.stdout?.on('data', (c: Buffer) => appendTestLog(runLog, c));
    child.stderr?.on('data', (c: Buffer) => appendTestLog(runLog, c));
    if (options.logFile) {
      const log = createWriteStream(options.logFile, { flags: 'a' });
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
    }
    const service = new ServiceProcess(name, port, child);
    if (options.waitReady !== false) await service.waitReady(options.timeoutMs);
    return service;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  logs(): string {
    return this.output.text();
  }

  async health(kind: 'live' | 'ready'): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.url}/health/${kind}`);
    return { status: res.status, body: await res.json() };
  }

  async waitReady(timeoutMs = 30_000): Promise<void> {
    try {
      const died = this.exited().then((code) => {
        throw new Error(`${this.name} exited (${code}) before it was ready`);
      });
      await Promise.race([
        died,
        waitFor(
          `${this.name} to report ready`,
          async () => (await this.health('ready')).status === 200,
          { timeoutMs, intervalMs: 50 },
        ),
      ]);
      died.catch(() => undefined);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- ${this.name} output ---\n${this.logs()}`, {
        cause: err,
      });
    }
  }

  /** Sends a signal and resolves with the exit code (or signal name). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill(signal);
    return exited(this.child);
  }

  exited(): Promise<number | string> {
    return exited(this.child);
  }
}
