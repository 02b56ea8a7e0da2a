import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Consumers, Streams, TASK_CHANGED_SUBJECT_PREFIX } from '@switchyard/contracts';
import {
  DEV_KEYS,
  NatsCluster,
  REPO_ROOT,
  type ServiceName,
  ServiceProcess,
  type TaskView,
  isTerminalStatus,
  waitFor,
} from '@switchyard/testing';
import { workflowDir } from './support/workflow-dir.js';

// A 3-node JetStream cluster on loopback, streams and KV buckets with 3 replicas, two replicas of
// every stage and of the coordinator. Under load, one broker node and one replica of each stage
// are SIGKILLed; every accepted task must complete, and complete once. Load is modest (the machine
// has two cores for 3 brokers and 13 services) and every wait has a deadline.

const TASKS = 120;
const REPLICATED: readonly ServiceName[] = [
  'coordinator',
  'router',
  'retriever',
  'generator',
  'validator',
  'approval',
];
const RESULT_OUTCOMES = new Set(['routed', 'completed', 'weak', 'passed', 'failed']);

describe('clustered bus (3 nats-server nodes, R3 streams)', () => {
  let cluster: NatsCluster | undefined;
  const services: ServiceProcess[] = [];
  let nc: NatsConnection | undefined;

  let disposeWorkflows: (() => void) | undefined;

  afterAll(async () => {
    disposeWorkflows?.();
    await nc?.close();
    await Promise.all(services.map((s) => s.stop('SIGTERM').catch(() => undefined)));
    await cluster?.stop();
  });

  it('loses a broker node and one replica of every stage under load: every accepted task completes once', async () => {
    // with the generated accounts (one user per service), provisioned with 3 replicas by the
    // provision command: the services only verify the topology
    cluster = await NatsCluster.start({ size: 3, provision: { replicas: 3 } });
    // The shipped workflows give the route, retrieve and validate steps 5 s × 3 attempts. A broker
    // failover stalls a consumer whose leader was on the lost node for about a pull expiry (10 s)
    // plus the election: steps get a 10 s deadline here, as docs/deployment.md advises for clusters.
    const clusterWorkflows = workflowDir(
      Object.fromEntries(
        ['faq.yaml', 'knowledge.yaml'].map((f) => [
          f,
          readFileSync(join(REPO_ROOT, 'workflows', f), 'utf8').replaceAll(
            'timeoutMs: 5000',
            'timeoutMs: 10000',
          ),
        ]),
      ),
      true,
    );
    disposeWorkflows = clusterWorkflows.dispose;
    const env = {
      WORKFLOWS_DIR: clusterWorkflows.dir,
      ROUTE_TIMEOUT_MS: '10000',
      STREAM_REPLICAS: '3',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      // a task whose task.submitted publish failed during the node loss is started from its record
      SUBMISSION_CHECK_AFTER_MS: '3000',
    };
    const start = (name: ServiceName): Promise<ServiceProcess> =>
      ServiceProcess.start(name, cluster!.url, { env, timeoutMs: 90_000 }).then((s) => {
        services.push(s);
        return s;
      });
    // The first replicas one by one (thirteen processes starting at once on two cores are slow to
    // become ready), then the rest.
    await start('coordinator');
    const gateway = await start('gateway');
    await start('approval');
    await Promise.all(
      ['router', 'retriever', 'generator', 'validator'].map((n) => start(n as ServiceName)),
    );
    await Promise.all(REPLICATED.map(start));

    nc = await connect({ servers: cluster.urls, noAsyncTraces: true, maxReconnectAttempts: -1 });
    const jsm = await jetstreamManager(nc);
    for (const stream of [Streams.commands, Streams.events, Streams.timers]) {
      expect((await jsm.streams.info(stream.name)).config.num_replicas).toBe(3);
    }
    expect((await jsm.streams.info('KV_sy_tasks')).config.num_replicas).toBe(3);

    // versions at which the coordinators announced a task terminal: the same write may be announced
    // again after a crash (at least once), but two terminal versions would be a second completion
    const terminalVersions = new Map<string, Set<number>>();
    const sub = nc.subscribe(`${TASK_CHANGED_SUBJECT_PREFIX}.>`);
    void (async () => {
      for await (const m of sub) {
        const change = m.json<{ status: string; version: number }>();
        if (!isTerminalStatus(change.status)) continue;
        const id = m.subject.split('.').at(-2) as string;
        terminalVersions.set(id, (terminalVersions.get(id) ?? new Set()).add(change.version));
      }
    })();

    const api = async (method: string, path: string, body?: unknown, headers = {}) => {
      const res = await fetch(`${gateway.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${DEV_KEYS.submitter}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    // A client that retries a failed submission with the same Idempotency-Key, as a real one does.
    let retries = 0;
    const idsByKey = new Map<string, string>();
    const submit = async (i: number): Promise<void> => {
      const key = `cluster-${i}`;
      const body = { text: `cluster question ${i}`, workflow: i % 2 ? 'knowledge' : 'faq' };
      await waitFor(
        `submission ${key} to be accepted`,
        async () => {
          const res = await api('POST', '/v1/tasks', body, { 'idempotency-key': key });
          if (res.status === 202 || res.status === 200) {
            const id = res.body.id as string;
            const known = idsByKey.get(key);
            if (known && known !== id) throw new Error(`${key} accepted as ${known} and ${id}`);
            idsByKey.set(key, id);
            return true;
          }
          retries++;
          return false;
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
    };

    const killed: string[] = [];
    const killedAt: string[] = [];
    let submitted = 0;
    const load = (async () => {
      // ~12 tasks/s in batches of 4
      for (let i = 0; i < TASKS; i += 4) {
        await Promise.all([i, i + 1, i + 2, i + 3].filter((n) => n < TASKS).map(submit));
        submitted = Math.min(TASKS, i + 4);
        await new Promise((resolve) => setTimeout(resolve, 300)); // pacing of the load, not a sync
      }
    })();

    // Under load: once a third is in and some have completed, crash a broker node (the meta
    // leader's peer that the gateway is not on would be gentler; take node 0 whatever it holds) …
    await waitFor('a third of the load to be submitted', () => submitted >= TASKS / 3, {
      timeoutMs: 120_000,
    });
    await waitFor('some tasks to complete', async () => {
      const ids = [...idsByKey.values()].slice(0, 10);
      const tasks = await Promise.all(ids.map((id) => api('GET', `/v1/tasks/${id}`)));
      return tasks.some((t) => t.body.status === 'completed');
    });
    const victim = cluster.node(0);
    await victim.kill9();
    killed.push(`nats ${victim.serverName}`);
    killedAt.push(`nats ${new Date().toISOString()}`);
    // … wait until the two survivors lead every stream and consumer again (a failover takes a
    // pull expiry, 10 s, for a consumer whose leader was on the lost node) …
    await cluster.waitForMetaLeader();
    await waitFor(
      'every stream and consumer to have a leader on a surviving node',
      async () => {
        for (const spec of Object.values(Consumers)) {
          const info = await jsm.consumers.info(spec.stream, spec.durable);
          const leader = info.cluster?.leader;
          if (!leader || leader === victim.serverName) return false;
        }
        const kv = await jsm.streams.info('KV_sy_tasks');
        return !!kv.cluster?.leader && kv.cluster.leader !== victim.serverName;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    // … and until both replicas of every stage and coordinator pull from those leaders again …
    await waitFor(
      'both replicas of every consumer to be pulling from the new leaders',
      async () => {
        for (const spec of Object.values(Consumers)) {
          const info = await jsm.consumers.info(spec.stream, spec.durable);
          if (info.num_waiting < 2) return false;
        }
        return true;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    // … then one replica of each stage and of the coordinator.
    for (const name of REPLICATED) {
      const replica = services.find((s) => s.name === name && s.child.exitCode === null);
      expect(await replica!.stop('SIGKILL')).toBe('SIGKILL');
      killed.push(name);
      killedAt.push(`${name} ${new Date().toISOString()}`);
    }
    await load;

    const ids = [...idsByKey.values()];
    const tasks = await waitFor(
      `all ${ids.length} accepted tasks to end`,
      async () => {
        const all = await Promise.all(ids.map((id) => api('GET', `/v1/tasks/${id}`)));
        return (
          all.every((t) => isTerminalStatus(t.body.status as string)) &&
          all.map((t) => t.body as unknown as TaskView)
        );
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );

    const completed = tasks.filter((t) => t.status === 'completed').length;
    // duplicates: a step result applied twice, or a task announced terminal twice
    const duplicates = tasks.flatMap((t) => {
      const steps = t.timeline
        .filter((e) => e.step && RESULT_OUTCOMES.has(e.outcome))
        .map((e) => `${e.step}#${e.attempt ?? 1}`);
      const twice = steps.filter((s, i) => steps.indexOf(s) !== i);
      const terminal = [...(terminalVersions.get(t.id) ?? [])];
      const problems = [
        ...(twice.length ? [`step results applied twice: ${twice.join(', ')}`] : []),
        ...(terminal.length > 1 ? [`terminal at versions ${terminal.join(', ')}`] : []),
        ...(t.timeline.some((e, i) => e.seq !== i + 1) ? ['timeline seq gap'] : []),
      ];
      return problems.length ? [`${t.id}: ${problems.join('; ')}`] : [];
    });
    const duplicated = duplicates.length;
    for (const line of duplicates) process.stdout.write(`  duplicated: ${line}\n`);
    // what happened to each, for the log: every entry of its timeline
    for (const t of tasks.filter((x) => duplicates.some((d) => d.startsWith(x.id))))
      process.stdout.write(
        `  timeline of ${t.id}: ${t.timeline.map((e) => `${e.seq}:${e.step ?? '-'}#${e.attempt ?? 1}:${e.outcome}`).join(' ')}\n`,
      );

    // the store holds exactly the accepted tasks: none was created twice by a retried submission
    let stored = 0;
    let cursor: string | undefined;
    do {
      const page = await api('GET', `/v1/tasks?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      stored += (page.body.items as unknown[]).length;
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor);

    process.stdout.write(
      `3-node cluster: killed ${killed.join(', ')}; ${ids.length} accepted (${retries} submit retries), ` +
        `${completed} completed, ${ids.length - completed} lost, ${duplicated} duplicated, ${stored} stored\n`,
    );
    const reasons = new Map<string, number>();
    for (const t of tasks.filter((x) => x.status !== 'completed')) {
      const why = `${t.status}: ${t.error?.code ?? ''} ${t.timeline.at(-1)?.reason ?? ''}`;
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
    }
    for (const [why, n] of reasons) process.stdout.write(`  not completed ×${n}: ${why}\n`);
    const firstFailed = tasks.find((t) => t.status !== 'completed');
    if (firstFailed) {
      const timeline = firstFailed.timeline as Array<{
        time?: string;
        stage: string;
        outcome: string;
        reason: string;
      }>;
      process.stdout.write(
        `  timeline of ${firstFailed.id} (kills at ${killedAt.join(', ')}):\n` +
          timeline.map((e) => `    ${e.time} ${e.stage} ${e.outcome}: ${e.reason}`).join('\n') +
          '\n',
      );
    }
    expect(ids).toHaveLength(TASKS);
    expect(tasks.map((t) => t.status)).toEqual(ids.map(() => 'completed'));
    expect(duplicated).toBe(0);
    expect(stored).toBe(TASKS);

    // the work queues drained on the surviving nodes
    await waitFor('the work queues to be empty', async () => {
      const [commands, events] = await Promise.all([
        jsm.streams.info(Streams.commands.name),
        jsm.streams.info(Streams.events.name),
      ]);
      return commands.state.messages === 0 && events.state.messages === 0;
    });

    // the crashed node comes back and catches up: every replica of the commands stream is current
    await victim.restart();
    await waitFor(
      'the restarted node to be a current replica of SY_COMMANDS',
      async () => {
        const info = await jsm.streams.info(Streams.commands.name);
        const peers = [info.cluster?.leader, ...(info.cluster?.replicas ?? []).map((r) => r.name)];
        const current = (info.cluster?.replicas ?? []).every((r) => r.current);
        return peers.includes(victim.serverName) && current;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  }, 600_000);
});
