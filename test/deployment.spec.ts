import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { type ConsumerSpec, Consumers, Streams } from '@switchyard/contracts';
import { ensureConsumer, ensureStream } from '@switchyard/messaging';
import { NatsServer, REPO_ROOT, SERVICES } from '@switchyard/testing';
import { parse, parseAllDocuments } from 'yaml';

// The deployment files against the code they deploy: KEDA triggers against the topology in
// libs/contracts (and, live, against what a nats-server reports on the /jsz route KEDA reads),
// the network policies against an allowed-edge matrix, the Deployments and the compose services
// against what each service needs. Schemas, `docker-compose config`, `nats-server -t` and
// `promtool check config` run in `npm run check:deploy`.

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function render(target: string): Obj[] {
  const out = execFileSync('kubectl', ['kustomize', join(REPO_ROOT, target)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseAllDocuments(out).map((d) => d.toJS() as Obj);
}

const of = (docs: Obj[], kind: string): Obj[] => docs.filter((d) => d.kind === kind);
const named = (docs: Obj[], kind: string, name: string): Obj | undefined =>
  docs.find((d) => d.kind === kind && d.metadata.name === name);
const envOf = (container: Obj): Record<string, string> =>
  Object.fromEntries(((container.env ?? []) as Obj[]).map((e) => [e.name, e.value]));

/** The durable consumers each deployment's process registers (what its code consumes). */
const CONSUMED_BY: Record<string, ConsumerSpec[]> = {
  router: [Consumers.router],
  retriever: [Consumers.retriever],
  generator: [Consumers.generator, Consumers.actor],
  validator: [Consumers.validator],
  approval: [Consumers.approval],
  coordinator: [Consumers.coordinator, Consumers.coordinatorTimers],
};
const KEDA_ACCOUNT = 'SWITCHYARD';
const MONITORING_ENDPOINT = 'nats-headless.nats.svc.cluster.local:8222';
const STAGE_SERVICES = SERVICES.filter((s) => s !== 'gateway');

describe('k8s manifests', () => {
  const prod = render('k8s/overlays/prod');
  const dev = render('k8s/overlays/dev');
  const natsValues = parse(
    readFileSync(join(REPO_ROOT, 'k8s/helm/nats-values.yaml'), 'utf8'),
  ) as Obj;
  const config = named(prod, 'ConfigMap', 'switchyard-config')!.data as Record<string, string>;

  describe('KEDA ScaledObjects against the topology', () => {
    const scaled = of(prod, 'ScaledObject');
    const triggers = scaled.flatMap((so) =>
      (so.spec.triggers as Obj[]).map((t) => ({
        target: so.spec.scaleTargetRef.name as string,
        ...t,
      })),
    );

    it('scale every stage and the coordinator on their own consumers, never on the timers', () => {
      expect(scaled.map((so) => so.spec.scaleTargetRef.name).sort()).toEqual(
        Object.keys(CONSUMED_BY).sort(),
      );
      for (const t of triggers) {
        expect(t.type).toBe('nats-jetstream');
        const consumed = CONSUMED_BY[t.target]!;
        const spec = consumed.find((c) => c.durable === t.metadata.consumer);
        expect({ target: t.target, consumer: t.metadata.consumer, known: !!spec }).toEqual({
          target: t.target,
          consumer: t.metadata.consumer,
          known: true,
        });
        expect(t.metadata.stream).toBe(spec!.stream);
      }
      const byConsumer = triggers.map((t) => t.metadata.consumer as string).sort();
      // every work consumer of SY_COMMANDS once, the generator on both of its consumers, the
      // coordinator on its events
      const commandConsumers = Object.values(Consumers)
        .filter((c) => c.stream === Streams.commands.name)
        .map((c) => c.durable);
      expect(byConsumer).toEqual([...commandConsumers, Consumers.coordinator.durable].sort());
      expect(
        triggers.filter((t) => t.target === 'generator').map((t) => t.metadata.consumer),
      ).toEqual(['generator', 'actor']);
      expect(byConsumer).not.toContain(Consumers.coordinatorTimers.durable);
    });

    it('give KEDA strings, the account of the accounts file and the headless monitoring endpoint', () => {
      for (const t of triggers) {
        for (const [key, value] of Object.entries(t.metadata as Obj)) {
          expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
        }
        expect(t.metadata.account).toBe(KEDA_ACCOUNT);
        expect(t.metadata.natsServerMonitoringEndpoint).toBe(MONITORING_ENDPOINT);
        expect(t.metadata.useHttps).toBe('false');
      }
      const accountsFile = join(REPO_ROOT, 'deploy/nats/accounts.conf');
      if (existsSync(accountsFile)) {
        const text = readFileSync(accountsFile, 'utf8');
        expect(text).toMatch(new RegExp(`\\b${KEDA_ACCOUNT}\\s*[:{=]`));
        expect(text).toMatch(/\bjetstream\b/);
      } else {
        process.stdout.write(
          'deploy/nats/accounts.conf is not generated yet: account name checked against the contract only\n',
        );
      }
      // the chart exposes the monitoring port on its headless Service and includes the accounts
      expect(natsValues.config.monitor).toEqual({ enabled: true, port: 8222 });
      expect(Object.values(natsValues.config.merge as Obj)).toContain('accounts.conf');
      expect(natsValues.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    });

    it('set each lag threshold to the deployment’s consumer concurrency, with a fallback', () => {
      for (const so of scaled) {
        const deployment = named(prod, 'Deployment', so.spec.scaleTargetRef.name)!;
        const env = envOf(deployment.spec.template.spec.containers[0]);
        const concurrency = env.CONSUMER_CONCURRENCY ?? config.CONSUMER_CONCURRENCY ?? '64';
        for (const t of so.spec.triggers as Obj[])
          expect(t.metadata.lagThreshold).toBe(concurrency);
        expect(so.spec.fallback.failureThreshold).toBeGreaterThan(0);
        expect(so.spec.fallback.replicas).toBeGreaterThanOrEqual(so.spec.minReplicaCount);
        // the server caps unacknowledged messages per consumer: more replicas than that could
        // ever fill would only wait
        for (const t of so.spec.triggers as Obj[]) {
          const spec = Object.values(Consumers).find((c) => c.durable === t.metadata.consumer)!;
          expect(so.spec.maxReplicaCount * Number(concurrency)).toBeLessThanOrEqual(
            spec.maxAckPending,
          );
        }
        // KEDA owns the replica count in prod
        expect(deployment.spec.replicas).toBeUndefined();
      }
    });
  });

  describe('Deployments', () => {
    it.each([
      ['prod', prod],
      ['dev', dev],
    ])(
      '%s: one per service, own account, own broker credentials, restricted, probed',
      (_, docs) => {
        const deployments = of(docs, 'Deployment');
        expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVICES].sort());
        for (const d of deployments) {
          const name = d.metadata.name as string;
          const pod = d.spec.template.spec as Obj;
          const [container] = pod.containers as Obj[];
          const env = envOf(container!);
          expect(container!.args).toEqual([`apps/${name}/dist/main.js`]);
          expect(pod.serviceAccountName).toBe(name);
          expect(named(docs, 'ServiceAccount', name)!.automountServiceAccountToken).toBe(false);
          expect(pod.automountServiceAccountToken).toBe(false);
          expect(env.NATS_USER).toBe(name);
          const credentials = (pod.volumes as Obj[]).find((v) => v.name === 'nats-credentials');
          expect(credentials!.secret.secretName).toBe(`nats-user-${name}`);
          const passwordFile = named(docs, 'ConfigMap', 'switchyard-config')!.data
            .NATS_PASSWORD_FILE;
          const mount = (container!.volumeMounts as Obj[]).find(
            (m) => m.name === 'nats-credentials',
          );
          expect(`${mount!.mountPath}/password`).toBe(passwordFile);
          expect(pod.securityContext).toMatchObject({
            runAsNonRoot: true,
            seccompProfile: { type: 'RuntimeDefault' },
          });
          expect(container!.securityContext).toEqual({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            privileged: false,
            capabilities: { drop: ['ALL'] },
          });
          expect(container!.livenessProbe.httpGet.path).toBe('/health/live');
          expect(container!.readinessProbe.httpGet.path).toBe('/health/ready');
          expect(container!.resources.requests).toBeDefined();
          expect(container!.resources.limits.memory).toBeDefined();
          // grace: the longest handler plus the drain (SHUTDOWN_TIMEOUT_MS), plus a preStop pause
          const shutdownMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? 20_000);
          const preStopMs = 1000 * Number(container!.lifecycle?.preStop?.sleep?.seconds ?? 0);
          expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(shutdownMs + preStopMs);
          const pdb = named(docs, 'PodDisruptionBudget', name)!;
          expect(pdb.spec).toEqual({
            maxUnavailable: 1,
            selector: { matchLabels: { 'app.kubernetes.io/name': name } },
          });
        }
        const job = named(docs, 'Job', 'provision')!;
        const [provision] = job.spec.template.spec.containers as Obj[];
        expect(provision!.args).toEqual(['apps/provision/dist/main.js']);
        expect(envOf(provision!).NATS_USER).toBe('provision');
      },
    );

    it('dev runs one replica each on a single broker without KEDA; prod uses three stream copies and MongoDB', () => {
      expect(of(dev, 'Deployment').map((d) => d.spec.replicas)).toEqual(SERVICES.map(() => 1));
      expect(of(dev, 'ScaledObject')).toHaveLength(0);
      expect(of(dev, 'NetworkPolicy')).toHaveLength(0);
      expect(named(dev, 'ConfigMap', 'switchyard-config')!.data.STREAM_REPLICAS).toBe('1');
      expect(config.STREAM_REPLICAS).toBe('3');
      for (const name of ['gateway', 'coordinator', 'approval']) {
        const [c] = named(prod, 'Deployment', name)!.spec.template.spec.containers as Obj[];
        const mongo = (c!.env as Obj[]).find((e) => e.name === 'MONGO_URL');
        expect(mongo!.valueFrom.secretKeyRef.name).toBe('switchyard-mongo-switchyard-switchyard');
      }
    });

    it('ship every dashboard once, with unique uids, for the Grafana sidecar', () => {
      const dir = join(REPO_ROOT, 'observability/grafana/dashboards');
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      const uids = files.map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Obj).uid);
      expect(new Set(uids).size).toBe(files.length);
      const maps = of(prod, 'ConfigMap').filter(
        (c) => c.metadata.labels?.grafana_dashboard === '1',
      );
      expect(maps.flatMap((m) => Object.keys(m.data as Obj)).sort()).toEqual(files.sort());
    });
  });

  describe('network policies (allowed-edge matrix)', () => {
    interface Pod {
      ns: string;
      labels: Record<string, string>;
    }
    interface External {
      ip: string;
    }
    const policies = [
      ...of(prod, 'NetworkPolicy'),
      ...((natsValues.extraResources ?? []) as Obj[]).filter((r) => r.kind === 'NetworkPolicy'),
    ];
    const templateLabels = (kind: string, name: string): Record<string, string> =>
      named(prod, kind, name)!.spec.template.metadata.labels;
    const pods: Record<string, Pod> = {
      ...Object.fromEntries(
        SERVICES.map((s) => [s, { ns: 'switchyard', labels: templateLabels('Deployment', s) }]),
      ),
      provision: { ns: 'switchyard', labels: templateLabels('Job', 'provision') },
      mongo: { ns: 'switchyard', labels: { app: 'switchyard-mongo-svc' } },
      nats: {
        ns: 'nats',
        labels: { 'app.kubernetes.io/name': 'nats', 'app.kubernetes.io/component': 'nats' },
      },
      keda: { ns: 'keda', labels: { app: 'keda-operator' } },
      prometheus: { ns: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } },
      collector: {
        ns: 'observability',
        labels: { 'app.kubernetes.io/name': 'opentelemetry-collector' },
      },
      stranger: { ns: 'default', labels: { app: 'something-else' } },
    };
    const externals: Record<string, External> = {
      internet: { ip: '203.0.113.7' },
      'private-range': { ip: '10.20.30.40' },
    };

    const selects = (selector: Obj | undefined, labels: Record<string, string>): boolean => {
      if (!selector) return true;
      const byLabel = Object.entries((selector.matchLabels ?? {}) as Record<string, string>).every(
        ([k, v]) => labels[k] === v,
      );
      const byExpr = ((selector.matchExpressions ?? []) as Obj[]).every((e) => {
        const value = labels[e.key as string];
        if (e.operator === 'In')
          return value !== undefined && (e.values as string[]).includes(value);
        if (e.operator === 'NotIn')
          return value === undefined || !(e.values as string[]).includes(value);
        if (e.operator === 'Exists') return value !== undefined;
        return value === undefined; // DoesNotExist
      });
      return byLabel && byExpr;
    };
    const ipInCidr = (ip: string, cidr: string): boolean => {
      const [base, bits] = cidr.split('/');
      const n = (a: string): number => a.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
      const mask = Number(bits) === 0 ? 0 : 2 ** 32 - 2 ** (32 - Number(bits));
      return (n(ip) & mask) >>> 0 === (n(base!) & mask) >>> 0;
    };
    const peerMatches = (peer: Obj, policyNs: string, other: Pod | External): boolean => {
      if (peer.ipBlock) {
        if (!('ip' in other)) return false; // pod addresses are in the excepted ranges
        return (
          ipInCidr(other.ip, peer.ipBlock.cidr as string) &&
          !((peer.ipBlock.except ?? []) as string[]).some((c) => ipInCidr(other.ip, c))
        );
      }
      if ('ip' in other) return false;
      const nsOk = peer.namespaceSelector
        ? selects(peer.namespaceSelector as Obj, { 'kubernetes.io/metadata.name': other.ns })
        : other.ns === policyNs;
      return nsOk && selects(peer.podSelector as Obj | undefined, other.labels);
    };
    const portMatches = (ports: Obj[] | undefined, port: number): boolean =>
      !ports || ports.length === 0 || ports.some((p) => p.port === port);
    const allowed = (
      pod: Pod,
      direction: 'Ingress' | 'Egress',
      other: Pod | External,
      port: number,
    ) => {
      const applying = policies.filter(
        (p) =>
          (p.metadata.namespace ?? 'switchyard') === pod.ns &&
          (p.spec.policyTypes as string[]).includes(direction) &&
          selects(p.spec.podSelector as Obj, pod.labels),
      );
      if (applying.length === 0) return true; // not isolated in that direction
      const key = direction === 'Ingress' ? 'from' : 'to';
      return applying.some((p) =>
        ((p.spec[direction.toLowerCase()] ?? []) as Obj[]).some(
          (rule) =>
            (!rule[key] || (rule[key] as Obj[]).some((peer) => peerMatches(peer, pod.ns, other))) &&
            portMatches(rule.ports as Obj[] | undefined, port),
        ),
      );
    };
    const edge = (from: string, to: string, port: number): boolean => {
      const src = pods[from]!;
      const dst = pods[to] ?? externals[to]!;
      return (
        allowed(src, 'Egress', dst, port) && ('ip' in dst || allowed(dst, 'Ingress', src, port))
      );
    };

    const matrix: Array<[string, string, number, boolean]> = [
      ...[...SERVICES, 'provision'].map((s): [string, string, number, boolean] => [
        s,
        'nats',
        4222,
        true,
      ]),
      ...[...SERVICES, 'provision'].map((s): [string, string, number, boolean] => [
        s,
        'nats',
        8222,
        false,
      ]),
      ['gateway', 'mongo', 27017, true],
      ['coordinator', 'mongo', 27017, true],
      ['approval', 'mongo', 27017, true],
      ['router', 'mongo', 27017, false],
      ['retriever', 'mongo', 27017, false],
      ['generator', 'mongo', 27017, false],
      ['validator', 'mongo', 27017, false],
      ['provision', 'mongo', 27017, false],
      ['keda', 'nats', 8222, true],
      ['keda', 'nats', 4222, false],
      ['prometheus', 'nats', 8222, true],
      ['stranger', 'nats', 8222, false],
      ['stranger', 'nats', 4222, false],
      ['nats', 'nats', 6222, true],
      ['prometheus', 'router', 8080, true],
      ['prometheus', 'coordinator', 8080, true],
      ['stranger', 'router', 8080, false],
      ['stranger', 'gateway', 8080, true],
      ['gateway', 'router', 8080, false],
      ['router', 'generator', 8080, false],
      ['coordinator', 'validator', 8080, false],
      ['generator', 'collector', 4318, true],
      ['coordinator', 'collector', 4317, true],
      ['generator', 'internet', 443, true],
      ['router', 'internet', 443, true],
      ['retriever', 'internet', 443, true],
      ['generator', 'private-range', 443, false],
      ['generator', 'internet', 80, false],
      ['validator', 'internet', 443, false],
      ['coordinator', 'internet', 443, false],
      ['gateway', 'internet', 443, false],
    ];
    it.each(matrix)('%s → %s:%d allowed: %s', (from, to, port, expected) => {
      expect(edge(from, to, port)).toBe(expected);
    });

    it('denies everything by default in the switchyard namespace', () => {
      const deny = named(prod, 'NetworkPolicy', 'default-deny')!;
      expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    });
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as Obj;
  const services = compose.services as Record<string, Obj>;
  const prometheus = parse(
    readFileSync(join(REPO_ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8'),
  ) as Obj;

  it('runs each service from the image with its own broker user, after provisioning', () => {
    for (const name of SERVICES) {
      const s = services[name]!;
      expect(s.command).toEqual([`apps/${name}/dist/main.js`]);
      expect(s.environment.NATS_USER).toBe(name);
      expect(s.environment.NATS_PASSWORD).toBe(`\${SY_NATS_PASSWORD_${name.toUpperCase()}}`);
      expect(s.depends_on.provision.condition).toBe('service_completed_successfully');
      expect(s.depends_on.nats.condition).toBe('service_healthy');
      expect(s.read_only).toBe(true);
      expect(s.cap_drop).toEqual(['ALL']);
      const grace = Number(/^(\d+)s$/.exec(s.stop_grace_period as string)![1]) * 1000;
      expect(grace).toBeGreaterThan(Number(s.environment.SHUTDOWN_TIMEOUT_MS ?? 20_000));
    }
    expect(services.provision!.command).toEqual(['apps/provision/dist/main.js']);
    expect(services.provision!.environment.NATS_USER).toBe('provision');
    const passwords = Object.keys(services.nats!.environment as Obj).sort();
    expect(passwords).toEqual(
      [...SERVICES, 'provision'].map((s) => `SY_NATS_PASSWORD_${s.toUpperCase()}`).sort(),
    );
  });

  it('scrapes every service with the service label the dashboards use', () => {
    const targets = (prometheus.scrape_configs[0].static_configs as Obj[]).map((c) => ({
      target: c.targets[0] as string,
      service: c.labels.service as string,
    }));
    expect(targets.map((t) => t.service).sort()).toEqual([...SERVICES].sort());
    for (const t of targets) {
      expect(t.target).toBe(`${t.service}:${services[t.service]!.environment.HTTP_PORT}`);
    }
  });
});

describe('the /jsz query KEDA makes, against a provisioned nats-server', () => {
  let nats: NatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    nats = await NatsServer.start({ name: 'keda-jsz' });
    nc = await connect({ servers: nats.url, noAsyncTraces: true });
  });

  afterAll(async () => {
    await nc.close();
    await nats.stop();
  });

  it('finds every consumer a ScaledObject names, with lag = pending + ack pending', async () => {
    const jsm = await jetstreamManager(nc);
    for (const stream of [Streams.commands, Streams.events, Streams.timers])
      await ensureStream(jsm, stream);
    for (const spec of Object.values(Consumers)) await ensureConsumer(jsm, spec);
    const js = jetstream(nc);
    // a backlog on the router: 5 waiting, then 2 of them pulled and not acknowledged
    for (let i = 0; i < 5; i++) {
      await js.publish(Consumers.router.subjects[0], '{}', { msgID: `jsz-router-${i}` });
    }
    for (let i = 0; i < 3; i++) {
      await js.publish(Consumers.generator.subjects[0], '{}', { msgID: `jsz-generator-${i}` });
    }
    const router = await js.consumers.get(Streams.commands.name, Consumers.router.durable);
    const pulled = await router.fetch({ max_messages: 2, expires: 2_000 });
    let held = 0;
    for await (const m of pulled) {
      void m; // held unacknowledged: ack pending
      if (++held === 2) break;
    }
    expect(held).toBe(2);

    // KEDA's nats-jetstream scaler: GET /jsz?acc=<account>&consumers=true&config=true. Without
    // accounts configured (this test server) the account is `$G`; deployed, it is SWITCHYARD.
    const res = await fetch(
      `${nats.monitorUrl}/jsz?acc=${encodeURIComponent('$G')}&consumers=true&config=true`,
    );
    const jsz = (await res.json()) as Obj;
    const account = (jsz.account_details as Obj[]).find((a) => a.name === '$G')!;
    const lagOf = (stream: string, consumer: string): number | undefined => {
      const s = (account.stream_detail as Obj[]).find((d) => d.name === stream);
      const c = ((s?.consumer_detail ?? []) as Obj[]).find((d) => d.name === consumer);
      return c ? (c.num_pending as number) + (c.num_ack_pending as number) : undefined;
    };

    const scaled = of(render('k8s/overlays/prod'), 'ScaledObject');
    for (const t of scaled.flatMap((so) => so.spec.triggers as Obj[])) {
      const { stream, consumer } = t.metadata as { stream: string; consumer: string };
      const lag = lagOf(stream, consumer);
      expect({ stream, consumer, found: lag !== undefined }).toEqual({
        stream,
        consumer,
        found: true,
      });
      const info = await jsm.consumers.info(stream, consumer);
      expect(lag).toBe(info.num_pending + info.num_ack_pending);
    }
    expect(lagOf(Streams.commands.name, 'router')).toBe(5);
    const routerInfo = await jsm.consumers.info(Streams.commands.name, 'router');
    expect([routerInfo.num_pending, routerInfo.num_ack_pending]).toEqual([3, 2]);
    expect(lagOf(Streams.commands.name, 'generator')).toBe(3);
    expect(lagOf(Streams.events.name, 'coordinator')).toBe(0);
  });
});
