import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  type BucketSpec,
  Buckets,
  PROVISION_USER,
  inboxPrefix,
  provisionedTopology,
} from '@switchyard/contracts';
import {
  NatsClient,
  type ProvisionOutcome,
  ensureBucket,
  ensureConsumer,
  ensureStream,
  errorMessage,
  isUnavailable,
  jetStreamApiCode,
  verifyBucket,
  verifyConsumer,
  verifyStream,
} from '@switchyard/messaging';
import type { ProvisionConfig } from './provision.config.js';

export interface ProgressLine {
  kind: 'stream' | 'consumer' | 'bucket';
  name: string;
  outcome: ProvisionOutcome | 'ok' | 'differs' | 'missing';
  detail?: string;
}

export interface ProvisionSummary {
  outcomes: Record<ProgressLine['outcome'], number>;
  /** What differs (in --check mode). */
  problems: string[];
}

interface Options {
  /** Verify only, change nothing. */
  check?: boolean;
  onProgress?: (line: ProgressLine) => void;
  say?: (line: string) => void;
}

/**
 * JetStream API codes a cluster answers while it is starting or electing (nats-server
 * errors.json): 10005 no suitable peers for placement, 10006 cluster not active, 10008 JetStream
 * temporarily unavailable, 10076 JetStream not enabled (yet).
 */
const NOT_READY_CODES = new Set([10005, 10006, 10008, 10076]);

function notReady(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; depth++) {
    const code = jetStreamApiCode(e);
    if (code !== undefined && NOT_READY_CODES.has(code)) return true;
    e = e.cause;
  }
  return isUnavailable(err);
}

/**
 * Retries `step` while the broker is unreachable or JetStream not ready yet (a starting server, a
 * cluster electing its leader), until `deadline`; any other failure is final.
 */
async function whenReady<T>(what: string, deadline: number, step: () => Promise<T>): Promise<T> {
  let delay = 250;
  for (;;) {
    try {
      return await step();
    } catch (err) {
      if (!notReady(err)) throw err;
      if (Date.now() >= deadline)
        throw new Error(`${what}: the broker did not answer in time (${errorMessage(err)})`, {
          cause: err,
        });
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

async function connect(
  config: ProvisionConfig,
  servers: string[],
  deadline: number,
): Promise<NatsClient> {
  return whenReady(`connecting to ${servers.join(',')}`, deadline, () =>
    NatsClient.connect({
      servers,
      name: `provision-${process.pid}`,
      ...config.natsAuth(),
      inboxPrefix: inboxPrefix(config.NATS_USER ?? PROVISION_USER),
    }),
  );
}

/**
 * Creates and updates the whole topology (or, with `check`, only compares it): every stream,
 * every durable consumer with its dead-letter watcher, and the KV buckets — the task bucket on
 * `TASK_STORE_NATS_URL` when the task store lives apart from the bus.
 */
export async function provision(
  config: ProvisionConfig,
  options: Options = {},
): Promise<ProvisionSummary> {
  const deadline = Date.now() + config.PROVISION_WAIT_MS;
  const replicas = config.STREAM_REPLICAS;
  const summary: ProvisionSummary = {
    outcomes: { created: 0, updated: 0, unchanged: 0, ok: 0, differs: 0, missing: 0 },
    problems: [],
  };
  const report = (line: ProgressLine): void => {
    summary.outcomes[line.outcome]++;
    options.onProgress?.(line);
  };
  const verified = (kind: ProgressLine['kind'], name: string, problems: string[]): void => {
    summary.problems.push(...problems);
    report({
      kind,
      name,
      outcome:
        problems.length === 0
          ? 'ok'
          : problems.some((p) => p.endsWith('missing'))
            ? 'missing'
            : 'differs',
      detail: problems.join('; ') || undefined,
    });
  };

  const bus = await connect(config, config.natsServers(), deadline);
  const separateStore = config.TASK_STORE_NATS_URL?.split(',').map((s) => s.trim());
  const store = separateStore ? await connect(config, separateStore, deadline) : undefined;
  try {
    options.say?.(
      `provision: ${options.check ? 'checking' : 'provisioning'} ${config.NATS_URL.replace(/\/\/[^@/,]*@/g, '//')} ` +
        `as ${config.NATS_USER ?? '(no user)'}, ${replicas} replica(s)` +
        (separateStore ? `; task bucket on ${config.TASK_STORE_NATS_URL}` : ''),
    );
    const jsm = await whenReady('JetStream', deadline, () => jetstreamManager(bus.nc));
    const topology = provisionedTopology();
    for (const spec of topology.streams) {
      if (options.check) verified('stream', spec.name, await verifyStream(jsm, spec, replicas));
      else
        report({
          kind: 'stream',
          name: spec.name,
          outcome: await whenReady(`stream ${spec.name}`, deadline, () =>
            ensureStream(jsm, spec, replicas),
          ),
        });
    }
    for (const spec of topology.consumers) {
      const name = `${spec.stream}/${spec.durable}`;
      if (options.check) verified('consumer', name, await verifyConsumer(jsm, spec));
      else
        report({
          kind: 'consumer',
          name,
          outcome: await whenReady(`consumer ${name}`, deadline, () => ensureConsumer(jsm, spec)),
        });
    }
    const buckets: Array<{ spec: BucketSpec; nc: NatsConnection; jsm: JetStreamManager }> = [];
    const storeJsm = store
      ? await whenReady('JetStream (task store)', deadline, () => jetstreamManager(store.nc))
      : jsm;
    buckets.push(
      { spec: Buckets.config, nc: bus.nc, jsm },
      { spec: { ...Buckets.approvals, name: config.APPROVAL_BUCKET }, nc: bus.nc, jsm },
      {
        spec: { ...Buckets.tasks, name: config.TASK_BUCKET },
        nc: store?.nc ?? bus.nc,
        jsm: storeJsm,
      },
    );
    for (const b of buckets) {
      if (options.check)
        verified('bucket', b.spec.name, await verifyBucket(b.jsm, b.spec, replicas));
      else
        report({
          kind: 'bucket',
          name: b.spec.name,
          outcome: await whenReady(`KV bucket ${b.spec.name}`, deadline, () =>
            ensureBucket(b.nc, b.jsm, b.spec, replicas),
          ),
        });
    }
    return summary;
  } finally {
    await store?.drain().catch(() => undefined);
    await bus.drain().catch(() => undefined);
  }
}
