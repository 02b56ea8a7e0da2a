import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { IScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { BUS_ACCOUNT, type ConsumerSpec, Consumers, Streams } from '@switchyard/contracts';
import {
  NatsServer,
  REPO_ROOT,
  SERVICES,
  STAGE_NODE_OPTIONS,
  STAGE_SERVICES,
} from '@switchyard/testing';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { parse, parseAllDocuments } from 'yaml';

// The deployment files against the code they deploy: KEDA triggers against the topology in
// libs/contracts (and, live, against what a nats-server reports on the /jsz route KEDA reads),
// the network policies against an allowed-edge matrix, the Deployments and the compose services
// against what each service needs. Schemas, `docker-compose config`, `nats-server -t` and
// `promtool check config` run in `npm run check:deploy`.

interface KObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
}
interface Kinds {
  Deployment: IDeployment;
  Job: IJob;
  ConfigMap: IConfigMap;
  ServiceAccount: IServiceAccount;
  PodDisruptionBudget: IPodDisruptionBudget;
  NetworkPolicy: INetworkPolicy;
  ScaledObject: IScaledObject;
}
type NetworkPolicyRule = NonNullable<NonNullable<INetworkPolicy['spec']>['ingress']>[number];
type Peer = NonNullable<NetworkPolicyRule['from']>[number];
type Selector = NonNullable<INetworkPolicy['spec']>['podSelector'];

function render(target: string): KObject[] {
  const out = execFileSync('kubectl', ['kustomize', join(REPO_ROOT, target)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseAllDocuments(out).map((d) => d.toJS() as KObject);
}

function of<K extends keyof Kinds>(docs: KObject[], kind: K): Array<Kinds[K] & KObject> {
  return docs.filter((d) => d.kind === kind) as unknown as Array<Kinds[K] & KObject>;
}
function named<K extends keyof Kinds>(docs: KObject[], kind: K, name: string): Kinds[K] & KObject {
  const found = of(docs, kind).find((d) => d.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}
function podSpec(workload: IDeployment | IJob) {
  const spec = workload.spec?.template.spec;
  if (!spec) throw new Error('workload without a pod spec');
  return spec;
}
function firstContainer(workload: IDeployment | IJob): IContainer {
  const [container] = podSpec(workload).containers;
  if (!container) throw new Error('workload without a container');
  return container;
}
const envOf = (container: IContainer): Record<string, string | undefined> =>
  Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));

/** The durable consumers each deployment's process registers (what its code consumes). */
const CONSUMED_BY: Record<string, ConsumerSpec[]> = {
  router: [Consumers.router],
  retriever: [Consumers.retriever],
  generator: [Consumers.generator, Consumers.actor],
  validator: [Consumers.validator],
  approval: [Consumers.approval],
  coordinator: [Consumers.coordinator, Consumers.coordinatorTimers],
};
const KEDA_ACCOUNT = BUS_ACCOUNT;
const MONITORING_ENDPOINT = 'nats-headless.nats.svc.cluster.local:8222';

interface NatsValues {
  config: {
    monitor: unknown;
    merge: Record<string, unknown>;
    cluster: Record<string, unknown>;
  };
  extraResources?: KObject[];
}

describe('k8s manifests', () => {
  const prod = render('k8s/overlays/prod');
  const dev = render('k8s/overlays/dev');
  const natsValues = parse(
    readFileSync(join(REPO_ROOT, 'k8s/helm/nats-values.yaml'), 'utf8'),
  ) as NatsValues;
  const config = named(prod, 'ConfigMap', 'switchyard-config').data ?? {};

  describe('KEDA ScaledObjects against the topology', () => {
    const scaled = of(prod, 'ScaledObject');
    const triggers = scaled.flatMap((so) =>
      so.spec.triggers.map((t) => ({
        target: so.spec.scaleTargetRef.name,
        type: t.type,
        metadata: t.metadata,
      })),
    );
    const meta = (t: (typeof triggers)[number], key: string): string => String(t.metadata[key]);

    it('scale every stage and the coordinator on their own consumers, never on the timers', () => {
      expect(scaled.map((so) => so.spec.scaleTargetRef.name).sort()).toEqual(
        Object.keys(CONSUMED_BY).sort(),
      );
      for (const t of triggers) {
        expect(t.type).toBe('nats-jetstream');
        const spec = (CONSUMED_BY[t.target] ?? []).find((c) => c.durable === meta(t, 'consumer'));
        expect({ target: t.target, consumer: meta(t, 'consumer'), consumes: !!spec }).toEqual({
          target: t.target,
          consumer: meta(t, 'consumer'),
          consumes: true,
        });
        expect(meta(t, 'stream')).toBe(spec?.stream);
      }
      const byConsumer = triggers.map((t) => meta(t, 'consumer')).sort();
      // every work consumer of SY_COMMANDS once, the generator on both of its consumers, the
      // coordinator on its events
      const commandConsumers = Object.values(Consumers)
        .filter((c) => c.stream === Streams.commands.name)
        .map((c) => c.durable);
      expect(byConsumer).toEqual([...commandConsumers, Consumers.coordinator.durable].sort());
      expect(
        triggers.filter((t) => t.target === 'generator').map((t) => meta(t, 'consumer')),
      ).toEqual(['generator', 'actor']);
      expect(byConsumer).not.toContain(Consumers.coordinatorTimers.durable);
    });

    it('give KEDA strings, the account of the accounts file and the headless monitoring endpoint', () => {
      for (const t of triggers) {
        for (const [key, value] of Object.entries(t.metadata)) {
          expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
        }
        expect(meta(t, 'account')).toBe(KEDA_ACCOUNT);
        expect(meta(t, 'natsServerMonitoringEndpoint')).toBe(MONITORING_ENDPOINT);
        expect(meta(t, 'useHttps')).toBe('false');
      }
      const text = readFileSync(join(REPO_ROOT, 'deploy/nats/accounts.conf'), 'utf8');
      expect(text).toMatch(new RegExp(`\\b${KEDA_ACCOUNT}\\s*[:{=]`));
      expect(text).toMatch(/\bjetstream\b/);
      // the chart exposes the monitoring port on its headless Service and includes the accounts
      expect(natsValues.config.monitor).toEqual({ enabled: true, port: 8222 });
      expect(Object.values(natsValues.config.merge)).toContain('accounts.conf');
      expect(natsValues.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    });

    it('set each lag threshold to the deployment’s consumer concurrency, with a fallback', () => {
      for (const so of scaled) {
        const deployment = named(prod, 'Deployment', so.spec.scaleTargetRef.name);
        const env = envOf(firstContainer(deployment));
        const concurrency = env.CONSUMER_CONCURRENCY ?? config.CONSUMER_CONCURRENCY ?? '64';
        for (const t of so.spec.triggers) {
          const metadata = t.metadata as Record<string, string>;
          expect(metadata.lagThreshold).toBe(concurrency);
          // the server caps unacknowledged messages per consumer: replicas beyond what that cap
          // can keep busy would only wait
          const spec = Object.values(Consumers).find((c) => c.durable === metadata.consumer);
          expect((so.spec.maxReplicaCount ?? 100) * Number(concurrency)).toBeLessThanOrEqual(
            spec?.maxAckPending ?? 0,
          );
        }
        expect(so.spec.fallback?.failureThreshold).toBeGreaterThan(0);
        expect(so.spec.fallback?.replicas).toBeGreaterThanOrEqual(so.spec.minReplicaCount ?? 0);
        // KEDA owns the replica count in prod
        expect(deployment.spec?.replicas).toBeUndefined();
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
        const passwordFile = named(docs, 'ConfigMap', 'switchyard-config').data?.NATS_PASSWORD_FILE;
        for (const d of deployments) {
          const name = d.metadata.name;
          const pod = podSpec(d);
          const container = firstContainer(d);
          const env = envOf(container);
          expect(container.args).toEqual([`apps/${name}/dist/main.js`]);
          expect(pod.serviceAccountName).toBe(name);
          expect(named(docs, 'ServiceAccount', name).automountServiceAccountToken).toBe(false);
          expect(pod.automountServiceAccountToken).toBe(false);
          expect(env.NATS_USER).toBe(name);
          const credentials = (pod.volumes ?? []).find((v) => v.name === 'nats-credentials');
          expect(credentials?.secret?.secretName).toBe(`nats-user-${name}`);
          const mount = (container.volumeMounts ?? []).find((m) => m.name === 'nats-credentials');
          expect(`${mount?.mountPath}/password`).toBe(passwordFile);
          expect(pod.securityContext).toMatchObject({
            runAsNonRoot: true,
            seccompProfile: { type: 'RuntimeDefault' },
          });
          expect(container.securityContext).toEqual({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            privileged: false,
            capabilities: { drop: ['ALL'] },
          });
          expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
          expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
          expect(container.resources?.requests).toBeDefined();
          expect(container.resources?.limits?.memory).toBeDefined();
          // grace: the longest handler plus the drain (SHUTDOWN_TIMEOUT_MS), plus a preStop pause
          const shutdownMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? 20_000);
          const preStopMs = 1000 * Number(container.lifecycle?.preStop?.sleep?.seconds ?? 0);
          expect((pod.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(
            shutdownMs + preStopMs,
          );
          expect(named(docs, 'PodDisruptionBudget', name).spec).toEqual({
            maxUnavailable: 1,
            selector: { matchLabels: { 'app.kubernetes.io/name': name } },
          });
        }
        const provision = firstContainer(named(docs, 'Job', 'provision'));
        expect(provision.args).toEqual(['apps/provision/dist/main.js']);
        expect(envOf(provision).NATS_USER).toBe('provision');
      },
    );

    it('dev runs one replica each on a single broker without KEDA; prod uses three stream copies and MongoDB', () => {
      expect(of(dev, 'Deployment').map((d) => d.spec?.replicas)).toEqual(SERVICES.map(() => 1));
      expect(of(dev, 'ScaledObject')).toHaveLength(0);
      expect(of(dev, 'NetworkPolicy')).toHaveLength(0);
      expect(named(dev, 'ConfigMap', 'switchyard-config').data?.STREAM_REPLICAS).toBe('1');
      expect(config.STREAM_REPLICAS).toBe('3');
      for (const name of ['gateway', 'coordinator', 'approval']) {
        const env = firstContainer(named(prod, 'Deployment', name)).env ?? [];
        const mongo = env.find((e) => e.name === 'MONGO_URL');
        expect(mongo?.valueFrom?.secretKeyRef?.name).toBe('switchyard-mongo-switchyard-switchyard');
      }
    });

    it('ship every dashboard once, with unique uids, for the Grafana sidecar', () => {
      const dir = join(REPO_ROOT, 'observability/grafana/dashboards');
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      const uids = files.map(
        (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { uid: string }).uid,
      );
      expect(new Set(uids).size).toBe(files.length);
      const maps = of(prod, 'ConfigMap').filter(
        (c) => c.metadata.labels?.grafana_dashboard === '1',
      );
      expect(maps.flatMap((m) => Object.keys(m.data ?? {})).sort()).toEqual(files.sort());
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
      ...(natsValues.extraResources ?? []).filter(
        (r): r is INetworkPolicy & KObject => r.kind === 'NetworkPolicy',
      ),
    ];
    const templateLabels = (workload: IDeployment | IJob): Record<string, string> =>
      workload.spec?.template.metadata?.labels ?? {};
    const pods: Record<string, Pod> = {
      ...Object.fromEntries(
        SERVICES.map((s) => [
          s,
          { ns: 'switchyard', labels: templateLabels(named(prod, 'Deployment', s)) },
        ]),
      ),
      provision: { ns: 'switchyard', labels: templateLabels(named(prod, 'Job', 'provision')) },
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

    const selects = (selector: Selector | undefined, labels: Record<string, string>): boolean => {
      if (!selector) return true;
      const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
      const byExpr = (selector.matchExpressions ?? []).every((e) => {
        const value = labels[e.key];
        const values = e.values ?? [];
        if (e.operator === 'In') return value !== undefined && values.includes(value);
        if (e.operator === 'NotIn') return value === undefined || !values.includes(value);
        if (e.operator === 'Exists') return value !== undefined;
        return value === undefined; // DoesNotExist
      });
      return byLabel && byExpr;
    };
    const ipInCidr = (ip: string, cidr: string): boolean => {
      const [base = '', bits = '32'] = cidr.split('/');
      const n = (a: string): number => a.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
      const size = 2 ** (32 - Number(bits));
      return Math.floor(n(ip) / size) === Math.floor(n(base) / size);
    };
    const peerMatches = (peer: Peer, policyNs: string, other: Pod | External): boolean => {
      if (peer.ipBlock) {
        if (!('ip' in other)) return false; // pod addresses are in the excepted ranges
        return (
          ipInCidr(other.ip, peer.ipBlock.cidr) &&
          !(peer.ipBlock.except ?? []).some((c) => ipInCidr(other.ip, c))
        );
      }
      if ('ip' in other) return false;
      const nsOk = peer.namespaceSelector
        ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': other.ns })
        : other.ns === policyNs;
      return nsOk && selects(peer.podSelector, other.labels);
    };
    const portMatches = (rule: NetworkPolicyRule, port: number): boolean =>
      !rule.ports || rule.ports.length === 0 || rule.ports.some((p) => p.port === port);
    const allowed = (
      pod: Pod,
      direction: 'Ingress' | 'Egress',
      other: Pod | External,
      port: number,
    ): boolean => {
      const applying = policies.filter(
        (p) =>
          (p.metadata.namespace ?? 'switchyard') === pod.ns &&
          (p.spec?.policyTypes ?? []).includes(direction) &&
          selects(p.spec?.podSelector, pod.labels),
      );
      if (applying.length === 0) return true; // not isolated in that direction
      return applying.some((p) => {
        const rules: Array<{ peers?: Peer[]; rule: NetworkPolicyRule }> =
          direction === 'Ingress'
            ? (p.spec?.ingress ?? []).map((rule) => ({ peers: rule.from, rule }))
            : (p.spec?.egress ?? []).map((rule) => ({ peers: rule.to, rule }));
        return rules.some(
          ({ peers, rule }) =>
            (!peers || peers.some((peer) => peerMatches(peer, pod.ns, other))) &&
            portMatches(rule, port),
        );
      });
    };
    const edge = (from: string, to: string, port: number): boolean => {
      const src = pods[from];
      const dst = pods[to] ?? externals[to];
      if (!src || !dst) throw new Error(`unknown endpoint in ${from} → ${to}`);
      return (
        allowed(src, 'Egress', dst, port) && ('ip' in dst || allowed(dst, 'Ingress', src, port))
      );
    };

    const everyPod = [...SERVICES, 'provision'];
    const matrix: Array<[string, string, number, boolean]> = [
      ...everyPod.map((s): [string, string, number, boolean] => [s, 'nats', 4222, true]),
      ...everyPod.map((s): [string, string, number, boolean] => [s, 'nats', 8222, false]),
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
      expect(named(prod, 'NetworkPolicy', 'default-deny').spec).toEqual({
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
      });
    });
  });
});

describe('docker-compose.yml', () => {
  interface ComposeService {
    command?: string[];
    environment: Record<string, string>;
    depends_on: Record<string, { condition: string }>;
    read_only?: boolean;
    cap_drop?: string[];
    stop_grace_period?: string;
  }
  const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as { services: Record<string, ComposeService> };
  const service = (name: string): ComposeService => {
    const found = compose.services[name];
    if (!found) throw new Error(`no compose service ${name}`);
    return found;
  };
  const prometheus = parse(
    readFileSync(join(REPO_ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8'),
  ) as {
    scrape_configs: Array<{
      static_configs: Array<{ targets: string[]; labels: { service: string } }>;
    }>;
  };

  it('runs each service from the image with its own broker user, after provisioning', () => {
    for (const name of SERVICES) {
      const s = service(name);
      expect(s.command).toEqual([`apps/${name}/dist/main.js`]);
      expect(s.environment.NATS_USER).toBe(name);
      expect(s.environment.NATS_PASSWORD).toBe(`\${SY_NATS_PASSWORD_${name.toUpperCase()}}`);
      expect(s.depends_on.provision?.condition).toBe('service_completed_successfully');
      expect(s.depends_on.nats?.condition).toBe('service_healthy');
      expect(s.read_only).toBe(true);
      expect(s.cap_drop).toEqual(['ALL']);
      const grace = Number(/^(\d+)s$/.exec(s.stop_grace_period ?? '')?.[1]) * 1000;
      expect(grace).toBeGreaterThan(Number(s.environment.SHUTDOWN_TIMEOUT_MS ?? 20_000));
    }
    expect(service('provision').command).toEqual(['apps/provision/dist/main.js']);
    expect(service('provision').environment.NATS_USER).toBe('provision');
    expect(Object.keys(service('nats').environment).sort()).toEqual(
      [...SERVICES, 'provision'].map((s) => `SY_NATS_PASSWORD_${s.toUpperCase()}`).sort(),
    );
  });

  it('scrapes every service with the service label the dashboards use', () => {
    const targets = (prometheus.scrape_configs[0]?.static_configs ?? []).map((c) => ({
      target: c.targets[0],
      service: c.labels.service,
    }));
    expect(targets.map((t) => t.service).sort()).toEqual([...SERVICES].sort());
    for (const t of targets) {
      expect(t.target).toBe(`${t.service}:${service(t.service).environment.HTTP_PORT}`);
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

  interface Jsz {
    account_details: Array<{
      name: string;
      stream_detail: Array<{
        name: string;
        consumer_detail?: Array<{ name: string; num_pending: number; num_ack_pending: number }>;
      }>;
    }>;
  }

  it('finds every consumer a ScaledObject names, with lag = pending + ack pending', async () => {
    // NatsServer ran the provision command: every stream and consumer exists
    const jsm = await jetstreamManager(nc);
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
    for await (const _ of pulled) {
      if (++held === 2) break; // held unacknowledged: ack pending
    }
    expect(held).toBe(2);

    // KEDA's nats-jetstream scaler: GET /jsz?acc=<account>&consumers=true&config=true, on a
    // server with the generated accounts file, as deployed.
    const res = await fetch(
      `${nats.monitorUrl}/jsz?acc=${encodeURIComponent(KEDA_ACCOUNT)}&consumers=true&config=true`,
    );
    const jsz = (await res.json()) as Jsz;
    const account = jsz.account_details.find((a) => a.name === KEDA_ACCOUNT);
    const lagOf = (stream: string, consumer: string): number | undefined => {
      const s = account?.stream_detail.find((d) => d.name === stream);
      const c = (s?.consumer_detail ?? []).find((d) => d.name === consumer);
      return c ? c.num_pending + c.num_ack_pending : undefined;
    };

    const scaled = of(render('k8s/overlays/prod'), 'ScaledObject');
    for (const t of scaled.flatMap((so) => so.spec.triggers)) {
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

describe('the stage services run with the same V8 flags everywhere', () => {
  it('sets NODE_OPTIONS on the stage services in compose and k8s as npm start does, and not on the others', () => {
    const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    for (const name of SERVICES) {
      const k8s = parseAllDocuments(
        readFileSync(join(REPO_ROOT, 'k8s/base', `${name}.yaml`), 'utf8'),
      )
        .map(
          (d) =>
            d.toJSON() as {
              kind?: string;
              spec?: {
                template?: {
                  spec?: { containers?: Array<{ env?: Array<{ name: string; value?: string }> }> };
                };
              };
            },
        )
        .find((d) => d.kind === 'Deployment');
      const env = k8s?.spec?.template?.spec?.containers?.[0]?.env ?? [];
      const expected = STAGE_SERVICES.includes(name) ? STAGE_NODE_OPTIONS : undefined;
      expect({ name, k8s: env.find((e) => e.name === 'NODE_OPTIONS')?.value }).toEqual({
        name,
        k8s: expected,
      });
      expect({ name, compose: compose.services[name]?.environment?.NODE_OPTIONS }).toEqual({
        name,
        compose: expected,
      });
    }
  });
});
