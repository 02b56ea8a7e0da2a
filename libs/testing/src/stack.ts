import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { NatsServer } from './nats-server.js';
import { exited, track } from './processes.js';
import { REPO_ROOT, SERVICES, type ServiceName, ServiceProcess } from './service-process.js';
import { waitFor } from './wait-for.js';

export const DEV_KEYS = {
  submitter: 'dev-submitter-key',
  approver: 'dev-approver-key',
  admin: 'dev-admin-key',
  other: 'dev-other-tenant-key',
} as const;

export interface StackOptions {
  services?: readonly ServiceName[];
  /** Environment for every service. */
  env?: Record<string, string>;
}

/** One request the sample tool service received, with the headers the generator sends. */
export interface ToolRequest {
  method: string;
  path: string;
  key: string | null;
  tenant: string | null;
  taskId: string | null;
  workflow: string | null;
  workflowVersion: string | null;
  args: unknown;
  status?: number;
  response?: unknown;
}

/** The sample tool service (tools/sample-tools.mjs) on a free port. */
export class ToolService {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(): Promise<ToolService> {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'tools', 'sample-tools.mjs'), '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    track(child);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`sample tools exited (${code})`)));
    });
    return new ToolService(url, child);
  }

  /** What the tool service executed and every request it received. */
  async log(): Promise<{
    executions: Array<{ key: string; orderId: string; tenant: string; workflow: string | null }>;
    requests: ToolRequest[];
  }> {
    return (await (await fetch(`${this.url}/_log`)).json()) as never;
  }

  /** Adds an order that only `tenant` can see (its `note` comes back in order-status answers). */
  async seed(order: {
    tenant: string;
    orderId: string;
    status?: string;
    note?: string;
  }): Promise<void> {
    const res = await fetch(`${this.url}/_seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order),
    });
    if (res.status !== 200) throw new Error(`seeding the tool service failed: ${res.status}`);
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await exited(this.child);
  }
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A task as the gateway returns it (the fields tests look at). */
export interface TaskView {
  id: string;
  status: string;
  version: number;
  workflow?: { id: string; version: number };
  step?: { name: string; stage: string; attempt: number; deadline: string };
  output?: {
    text?: string;
    data?: Record<string, unknown>;
    citations: Array<{ documentId: string; version: number; chunk: number }>;
  };
  error?: { code: string; message: string };
  timeline: Array<{
    seq: number;
    stage: string;
    step?: string;
    attempt?: number;
    outcome: string;
    reason: string;
  }>;
}

const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);

/**
 * A whole Switchyard on this machine for a test: a private nats-server and the chosen services as
 * real processes, plus a small client of the gateway's REST API.
 */
export class Stack {
  readonly processes: ServiceProcess[] = [];

  private constructor(
    readonly nats: NatsServer,
    readonly tools: ToolService,
    private readonly env: Record<string, string>,
  ) {}

  static async start(options: StackOptions = {}): Promise<Stack> {
    // provisioned as the services are configured (bucket names, a separate task store, replicas)
    const provisionEnv = Object.fromEntries(
      Object.entries(options.env ?? {}).filter(([k]) =>
        ['TASK_BUCKET', 'APPROVAL_BUCKET', 'TASK_STORE_NATS_URL', 'STREAM_REPLICAS'].includes(k),
      ),
    );
    const nats = await NatsServer.start({ name: 'stack', provision: { env: provisionEnv } });
    const tools = await ToolService.start();
    const stack = new Stack(nats, tools, { TOOLS_URL: tools.url, ...options.env });
    try {
      await Promise.all((options.services ?? SERVICES).map((name) => stack.add(name)));
    } catch (err) {
      await stack.stop();
      throw err;
    }
    return stack;
  }

  /** Starts one more process of a service (a replica, or one left out at start). */
  async add(name: ServiceName, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const service = await ServiceProcess.start(name, this.nats.url, {
      env: { ...this.env, ...env },
    });
    this.processes.push(service);
    return service;
  }

  service(name: ServiceName): ServiceProcess {
    const found = this.processes.find(
      (p) => p.name === name && p.child.exitCode === null && p.child.signalCode === null,
    );
    if (!found) throw new Error(`no running ${name} in this stack`);
    return found;
  }

  get gatewayUrl(): string {
    return this.service('gateway').url;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: {
      key?: string;
      body?: unknown;
      headers?: Record<string, string>;
      rawBody?: string;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${this.gatewayUrl}${path}`, { method, headers, body });
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json');
    return {
      status: res.status,
      body: (json && text ? JSON.parse(text) : text) as T,
      headers: res.headers,
    };
  }

  async submit(
    body: Record<string, unknown>,
    key: string = DEV_KEYS.submitter,
    headers: Record<string, string> = {},
  ): Promise<TaskView> {
    const res = await this.request<TaskView>('POST', '/v1/tasks', { key, body, headers });
    if (res.status !== 202 && res.status !== 200)
      throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async task(id: string, key: string = DEV_KEYS.submitter): Promise<TaskView> {
    const res = await this.request<TaskView>('GET', `/v1/tasks/${id}`, { key });
    if (res.status !== 200)
      throw new Error(`get task failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Polls the task (with a deadline) until `predicate` holds. */
  async waitForTask(
    id: string,
    predicate: (t: TaskView) => boolean,
    description: string,
    timeoutMs = 30_000,
    key: string = DEV_KEYS.submitter,
  ): Promise<TaskView> {
    return waitFor(
      `task ${id} ${description}`,
      async () => {
        const task = await this.task(id, key);
        return predicate(task) && task;
      },
      { timeoutMs, intervalMs: 50 },
    );
  }

  waitForEnd(id: string, timeoutMs = 30_000, key: string = DEV_KEYS.submitter): Promise<TaskView> {
    return this.waitForTask(id, (t) => TERMINAL.has(t.status), 'to end', timeoutMs, key);
  }

  /**
   * Stops everything. Fails when the broker logged a permissions violation: every service must
   * manage with what its generated permissions allow.
   */
  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop('SIGTERM').catch(() => undefined)));
    await this.tools.stop();
    const violations = this.nats.violations();
    await this.nats.stop();
    if (violations.length > 0)
      throw new Error(
        `the broker logged ${violations.length} permissions violation(s):\n${violations.slice(0, 20).join('\n')}`,
      );
  }
}

export function isTerminalStatus(status: string): boolean {
  return TERMINAL.has(status);
}
