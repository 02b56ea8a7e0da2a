// `npm run check:deploy`: offline checks of the deployment files (all tools from Debian and npm).
//  1. docker-compose.yml: `docker-compose config -q` without and with every profile;
//  2. k8s/: `kubectl kustomize` of base and every overlay; every rendered object (and the objects
//     in the Helm values) validated against its schema (kubernetes-models, @kubernetes-models/keda,
//     @kubernetes-models/prometheus-operator; MongoDBCommunity against its documented fields),
//     and checked for unknown fields by type-checking each as `<object> satisfies I<Kind>`;
//  3. `nats-server -t` on the broker configuration;
//  4. `promtool check config` on the Prometheus configuration.
// The topology, network-policy and live /jsz checks are jest tests: test/deployment.spec.ts.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, parse as parseYaml } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const failures = [];
const say = (s) => process.stdout.write(`${s}\n`);
const ok = (s) => say(`  ok   ${s}`);
const fail = (s, detail = '') => {
  failures.push(s);
  say(`  FAIL ${s}${detail ? `\n${detail.replace(/^/gm, '       ')}` : ''}`);
};

function which(bin, extra = []) {
  for (const dir of [
    ...(process.env.PATH ?? '').split(':'),
    '/usr/sbin',
    '/usr/local/sbin',
    ...extra,
  ]) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return undefined;
}

function run(bin, args, options = {}) {
  const res = spawnSync(bin, args, { cwd: root, encoding: 'utf8', ...options });
  return { code: res.status, out: `${res.stdout ?? ''}${res.stderr ?? ''}`.trim() };
}

// --- 1. docker-compose ---------------------------------------------------------------------------
say('[check:deploy] docker-compose.yml');
const compose = which('docker-compose');
if (!compose) {
  fail(
    'docker-compose is not installed (scripts/bootstrap.sh installs it: apt-get install docker-compose)',
  );
} else {
  for (const profiles of [
    [],
    ['tools'],
    ['mongo'],
    ['observability'],
    ['tools', 'mongo', 'observability'],
  ]) {
    const args = ['--env-file', 'deploy/compose/ci.env', '-f', 'docker-compose.yml'];
    for (const p of profiles) args.push('--profile', p);
    const res = run(compose, [...args, 'config', '-q']);
    const label = `docker-compose config -q ${profiles.map((p) => `--profile ${p}`).join(' ') || '(no profile)'}`;
    if (res.code === 0) ok(label);
    else fail(label, res.out);
  }
}

// --- 2. kustomize and schemas --------------------------------------------------------------------
say('[check:deploy] k8s/ (kubectl kustomize, schemas, unknown fields)');
const kubectl = which('kubectl');
const rendered = []; // { source, doc }
if (!kubectl) {
  fail('kubectl is not installed: `kubectl kustomize` renders k8s/ (install kubectl)');
} else {
  const targets = [
    'k8s/base',
    ...readdirSync(join(root, 'k8s/overlays')).map((o) => `k8s/overlays/${o}`),
  ];
  for (const target of targets) {
    const res = run(kubectl, ['kustomize', target]);
    if (res.code !== 0) {
      fail(`kubectl kustomize ${target}`, res.out);
      continue;
    }
    const docs = parseAllDocuments(res.out)
      .map((d) => d.toJS())
      .filter(Boolean);
    ok(`kubectl kustomize ${target}: ${docs.length} objects`);
    for (const doc of docs) rendered.push({ source: target, doc });
  }
}
// the objects the NATS chart will create from our values
const natsValues = parseYaml(readFileSync(join(root, 'k8s/helm/nats-values.yaml'), 'utf8'));
for (const doc of natsValues.extraResources ?? [])
  rendered.push({ source: 'k8s/helm/nats-values.yaml', doc });

const ajvModule = await import('ajv');
const Ajv = ajvModule.default.default ?? ajvModule.default;

// MongoDBCommunity (MongoDB's operator) has no published TypeScript model: the fields we use, per
// its resource specification, and nothing else.
const str = { type: 'string' };
const mongoSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'mongodbcommunity.mongodb.com/v1' },
    kind: { const: 'MongoDBCommunity' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'members', 'version', 'security', 'users'],
      properties: {
        type: { enum: ['ReplicaSet'] },
        members: { type: 'integer', minimum: 1 },
        arbiters: { type: 'integer' },
        version: str,
        featureCompatibilityVersion: str,
        replicaSetHorizons: { type: 'array' },
        additionalMongodConfig: { type: 'object' },
        statefulSet: {
          type: 'object',
          properties: { spec: { type: 'object' } },
          additionalProperties: false,
        },
        security: {
          type: 'object',
          additionalProperties: false,
          properties: {
            authentication: {
              type: 'object',
              additionalProperties: false,
              properties: {
                modes: {
                  type: 'array',
                  items: { enum: ['SCRAM', 'SCRAM-SHA-1', 'SCRAM-SHA-256', 'X509'] },
                },
                ignoreUnknownUsers: { type: 'boolean' },
              },
            },
            tls: { type: 'object' },
            roles: { type: 'array' },
          },
        },
        users: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'db', 'passwordSecretRef', 'roles', 'scramCredentialsSecretName'],
            properties: {
              name: str,
              db: str,
              passwordSecretRef: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: { name: str, key: str },
              },
              roles: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'db'],
                  properties: { name: str, db: str },
                },
              },
              scramCredentialsSecretName: str,
              connectionStringSecretName: str,
              additionalConnectionStringConfig: { type: 'object' },
            },
          },
        },
      },
    },
  },
};
const validateMongo = new Ajv({ allErrors: true }).compile(mongoSchema);

/** The module of an object's model class and TypeScript interface (`I<Kind>`). */
function modelModule(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === 'keda.sh') return `@kubernetes-models/keda/keda.sh/${version}/${kind}`;
  if (group === 'monitoring.coreos.com')
    return `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}/${kind}`;
  return `kubernetes-models/${group ? `${group}/${version}` : version}/${kind}`;
}

const tsLines = [];
let index = 0;
for (const { source, doc } of rendered) {
  const label = `${source}: ${doc.kind}/${doc.metadata?.name}`;
  if (doc.kind === 'MongoDBCommunity') {
    if (validateMongo(doc)) ok(`${label} (documented fields)`);
    else fail(label, JSON.stringify(validateMongo.errors, null, 2));
    continue;
  }
  const importPath = modelModule(doc.apiVersion, doc.kind);
  let Model;
  try {
    Model = (await import(importPath))[doc.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    fail(`${label}: no schema known for ${doc.apiVersion} ${doc.kind}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (err) {
    fail(`${label}: schema`, err.message);
    continue;
  }
  const name = `I${doc.kind}`;
  tsLines.push(`import type { ${name} as T${index} } from '${importPath}';`);
  tsLines.push(`export const o${index} = ${JSON.stringify(doc)} satisfies T${index}; // ${label}`);
  index++;
}
if (index > 0) {
  // Unknown fields: the models' validators allow them, TypeScript's excess-property check does not.
  const dir = join(root, 'node_modules/.cache/switchyard-check-deploy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rendered.ts'), `${tsLines.join('\n')}\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        types: [],
      },
      files: ['rendered.ts'],
    }),
  );
  const res = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir]);
  if (res.code === 0) ok(`${index} objects schema-valid, no unknown fields (tsc satisfies check)`);
  else {
    // name the objects: each error line points at a line of rendered.ts, which ends with its label
    const lines = readFileSync(join(dir, 'rendered.ts'), 'utf8').split('\n');
    const explained = res.out
      .split('\n')
      .map((l) => {
        const m = /rendered\.ts\((\d+),/.exec(l);
        return m ? `${l}\n    in ${lines[Number(m[1]) - 1]?.split('// ').at(-1)}` : l;
      })
      .join('\n');
    fail('unknown or mistyped fields in rendered objects', explained);
  }
}

// --- 3. nats-server -t ---------------------------------------------------------------------------
say('[check:deploy] broker configuration (nats-server -t)');
const natsServer = process.env.NATS_SERVER_BIN || which('nats-server');
if (!natsServer) {
  fail('nats-server is not installed (scripts/bootstrap.sh installs it)');
} else {
  const accounts = join(root, 'deploy/nats/accounts.conf');
  const env = { ...process.env };
  for (const s of [
    'GATEWAY',
    'COORDINATOR',
    'ROUTER',
    'RETRIEVER',
    'GENERATOR',
    'VALIDATOR',
    'APPROVAL',
    'PROVISION',
  ]) {
    env[`SY_NATS_PASSWORD_${s}`] = 'check-placeholder';
  }
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-check-nats-'));
  let conf = join(root, 'deploy/nats/nats.conf');
  if (!existsSync(accounts)) {
    // The accounts file is generated from libs/contracts (issue 12); until it exists, check the
    // rest of the file without its include.
    say(
      '  note deploy/nats/accounts.conf is not generated yet: nats.conf checked without its include',
    );
    conf = join(dir, 'nats.conf');
    writeFileSync(
      conf,
      readFileSync(join(root, 'deploy/nats/nats.conf'), 'utf8').replace(/^include .*$/m, ''),
    );
  }
  const res = run(natsServer, ['-t', '-c', conf], { env });
  if (res.code === 0) ok(`nats-server -t deploy/nats/nats.conf`);
  else fail('nats-server -t deploy/nats/nats.conf', res.out);
  rmSync(dir, { recursive: true, force: true });
}

// --- 4. promtool check config --------------------------------------------------------------------
say('[check:deploy] Prometheus configuration (promtool check config)');
const promtool = which('promtool');
if (!promtool) {
  fail('promtool is not installed (scripts/bootstrap.sh installs prometheus)');
} else {
  // The rule file is mounted at /etc/prometheus/rules/ in the container: point at the repository's.
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-check-prom-'));
  copyFileSync(join(root, 'observability/prometheus/alerts.yml'), join(dir, 'alerts.yml'));
  const config = readFileSync(join(root, 'deploy/prometheus/prometheus.yml'), 'utf8');
  if (!config.includes('/etc/prometheus/rules/alerts.yml'))
    fail('deploy/prometheus/prometheus.yml does not load /etc/prometheus/rules/alerts.yml');
  writeFileSync(
    join(dir, 'prometheus.yml'),
    config.replace('/etc/prometheus/rules/alerts.yml', join(dir, 'alerts.yml')),
  );
  const res = run(promtool, ['check', 'config', join(dir, 'prometheus.yml')]);
  if (res.code === 0) ok('promtool check config deploy/prometheus/prometheus.yml');
  else fail('promtool check config deploy/prometheus/prometheus.yml', res.out);
  rmSync(dir, { recursive: true, force: true });
}

say(
  failures.length
    ? `[check:deploy] ${failures.length} check(s) failed`
    : '[check:deploy] every check passed',
);
process.exit(failures.length ? 1 : 0);
