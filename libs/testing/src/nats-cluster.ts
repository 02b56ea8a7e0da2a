import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNatsServer, serverReady } from './nats-server.js';
import { OutputTail, exited, track } from './processes.js';
import { freePort } from './ports.js';
import { waitFor } from './wait-for.js';
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

export interface NatsClusterOptions {
  /** Number of servers (default 3: the smallest cluster that survives losing one). */
  size?: number;
  /** Cluster name; each server is `<name>-<i>` (JetStream needs a unique `server_name` each). */
  name?: string;
  /**
   * Extra configuration appended to every server's file, e.g. `include "/abs/accounts.conf"` once
   * the broker runs with accounts. Its `$VARIABLES` come from `env`.
   */
  extraConfig?: string;
  /** Environment of the server processes (e.g. the passwords an accounts file references). */
  env?: Record<string, string>;
  /**
   * The generated accounts and users with this process's passwords, as `NatsServer` (default
   * true); false: open servers (account `$G`).
   */
  auth?: boolean;
  /**
   * Run the provisioning command once the cluster has a leader (default true with auth), with
   * `replicas` copies (default: the cluster's size, at most 3).
   */
  provision?: boolean | ProvisionOptions;
}

/** One server of a `NatsCluster`: its ports, store and process. */
export class NatsClusterNode {
  private child?: ChildProcess;
  private readonly output = new OutputTail();

  constructor(
    readonly serverName: string,
    readonly port: number,
    readonly monitorPort: number,
    readonly clusterPort: number,
    readonly configFile: string,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get monitorUrl(): string {
    return `http://127.0.0.1:${this.monitorPort}`;
  }

  isRunning(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  logs(): string {
    return this.output.text();
  }

  /** Crashes this server: SIGKILL, no lame-duck mode, no flush. */
  async kill9(): Promise<void> {
    if (!this.child || !this.isRunning()) return;
    const child = this.child;
    child.kill('SIGKILL');
    await exited(child);
  }

  /** Starts this server again with the same ports and store (after `kill9()`). */
  async restart(): Promise<void> {
    if (this.isRunning()) await this.kill9();
    await this.launch();
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.isRunning()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited(child);
    clearTimeout(timer);
  }

  /** Starts the process; resolves when it listens for clients (JetStream may still be electing). */
  async launch(): Promise<void> {
    const child = spawn(findNatsServer(), ['-c', this.configFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...this.env },
    });
    track(child);
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) =>
      appendTestLog(`nats-${this.serverName}.log`, chunk),
    );
    await serverReady(child, this.output, this.serverName);
  }
}

/**
 * A JetStream cluster of private nats-server processes on loopback, fully meshed by routes, each
 * with its own `server_name`, ports and store directory. Servers can be crashed and restarted one
 * at a time (`node(i).kill9()` / `.restart()`). Everything is removed at `stop()` and, whatever
 * happens, when the test process exits.
 */
export class NatsCluster {
  private constructor(
    readonly name: string,
    readonly nodes: readonly NatsClusterNode[],
    private readonly dir: string,
  ) {}

  static async start(options: NatsClusterOptions = {}): Promise<NatsCluster> {
    const size = options.size ?? 3;
    const name = options.name ?? 'sy-test';
    const auth = options.auth !== false;
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-nats-cluster-'));
    tempDirs.add(dir);
    const taken = new Set<number>();
    const port = async (): Promise<number> => {
      let p = await freePort();
      while (taken.has(p)) p = await freePort();
      taken.add(p);
      return p;
    };
    const ports = [];
    for (let i = 0; i < size; i++) {
      ports.push({ client: await port(), monitor: await port(), cluster: await port() });
    }
    const routes = ports.map((p) => `nats-route://127.0.0.1:${p.cluster}`);
    const nodes = ports.map((p, i) => {
      const serverName = `${name}-${i}`;
      const store = join(dir, serverName);
      mkdirSync(store, { recursive: true });
      const file = join(dir, `${serverName}.conf`);
      writeFileSync(
        file,
        [
          `server_name: "${serverName}"`,
          'listen: "127.0.0.1:' + p.client + '"',
          `http: "127.0.0.1:${p.monitor}"`,
          `jetstream { store_dir: "${store}" }`,
          'cluster {',
          `  name: "${name}"`,
          `  listen: "127.0.0.1:${p.cluster}"`,
          `  routes: [${routes
            .filter((_, j) => j !== i)
            .map((r) => `"${r}"`)
            .join(', ')}]`,
          '}',
          auth ? harnessAccountsConf() : '',
          options.extraConfig ?? '',
          '',
        ].join('\n'),
      );
      return new NatsClusterNode(serverName, p.client, p.monitor, p.cluster, file, {
        ...(auth ? brokerPasswordEnv() : {}),
        ...options.env,
      });
    });
    const cluster = new NatsCluster(name, nodes, dir);
    try {
      await Promise.all(nodes.map((n) => n.launch()));
      await cluster.waitForMetaLeader();
      const provision = options.provision ?? auth;
      if (provision) {
        await provisionBroker(cluster.url, {
          replicas: Math.min(size, 3),
          ...(provision === true ? {} : provision),
        });
      }
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  /** Every server's client URL, comma separated, as services take it in `NATS_URL`. */
  get url(): string {
    return this.nodes.map((n) => n.url).join(',');
  }

  get urls(): string[] {
    return this.nodes.map((n) => n.url);
  }

  node(index: number): NatsClusterNode {
    const node = this.nodes[index];
    if (!node) throw new Error(`cluster ${this.name} has no node ${index}`);
    return node;
  }

  /** Waits until a running server knows the JetStream meta leader (the cluster can take requests). */
  async waitForMetaLeader(timeoutMs = 30_000): Promise<string> {
    return waitFor(
      `cluster ${this.name} to elect a JetStream meta leader`,
      async () => {
        for (const node of this.nodes.filter((n) => n.isRunning())) {
          const res = await fetch(`${node.monitorUrl}/jsz`);
          const jsz = (await res.json()) as { meta_cluster?: { leader?: string } };
          const leader = jsz.meta_cluster?.leader;
          if (leader) return leader;
        }
        return undefined;
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.stop()));
    rmSync(this.dir, { recursive: true, force: true });
    tempDirs.delete(this.dir);
  }
}
