import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { type NatsConnection, PermissionViolationError } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import {
  Consumers,
  SERVICE_NAMES,
  type ServiceName,
  Streams,
  Subjects,
  inboxPrefix,
} from '@switchyard/contracts';
import {
  NatsServer,
  REPO_ROOT,
  ServiceProcess,
  brokerPassword,
  makeTestCertificates,
  serviceCredentials,
  waitFor,
} from '@switchyard/testing';

/** What each service may publish (a control: it works) and a subject it does not own. */
const CASES: Record<ServiceName, { own: string; foreign: string; why: string }> = {
  gateway: {
    own: Subjects.TaskSubmitted,
    foreign: Subjects.ApprovalDecided,
    why: 'an approval decision',
  },
  coordinator: {
    own: Subjects.RouteRequested,
    foreign: Subjects.GenerateCompleted,
    why: 'a stage result',
  },
  router: { own: Subjects.RouteCompleted, foreign: Subjects.ApprovalDecided, why: 'a decision' },
  retriever: {
    own: Subjects.RetrieveCompleted,
    foreign: Subjects.ActionRequested,
    why: 'a command to run a write action',
  },
  generator: {
    own: Subjects.GenerateCompleted,
    foreign: Subjects.ApprovalDecided,
    why: 'an approval decision',
  },
  validator: {
    own: Subjects.ValidateCompleted,
    foreign: Subjects.GenerateCompleted,
    why: "another stage's result",
  },
  approval: {
    own: Subjects.ApprovalDecided,
    foreign: Subjects.ActionRequested,
    why: 'a command to run a write action',
  },
};

function violation(err: unknown): PermissionViolationError | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause)
    if (e instanceof PermissionViolationError) return e;
  return undefined;
}

describe('the closed bus: one broker user per service, generated permissions', () => {
  let nats: NatsServer;
  const clients: NatsConnection[] = [];

  const as = async (user: string, password = brokerPassword(user)): Promise<NatsConnection> => {
    const nc = await connect({
      servers: nats.url,
      user,
      pass: password,
      inboxPrefix: inboxPrefix(user),
      noAsyncTraces: true,
    });
    clients.push(nc);
    return nc;
  };

  /** Waits until the broker has logged this user's violation on this subject. */
  const brokerLogged = (kind: 'Publish' | 'Subscription', user: string, subject: string) =>
    waitFor(`the broker to log a ${kind} Violation by ${user} on ${subject}`, () =>
      nats
        .violations()
        .some(
          (l) =>
            l.includes(`${kind} Violation`) &&
            l.includes(`User "${user}"`) &&
            l.includes(`Subject "${subject}"`),
        ),
    );

  beforeAll(async () => {
    // provisioned by the provision command; no identity without credentials on this broker; the
    // violations provoked here are expected (the run's log scan skips this broker)
    nats = await NatsServer.start({ name: 'denials', inspector: false, expectViolations: true });
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    await nats?.stop();
  });

  it.each(SERVICE_NAMES.map((s) => [s, CASES[s].why, CASES[s].foreign] as const))(
    '%s cannot publish %s (%s): the broker answers a permissions violation',
    async (service) => {
      const { own, foreign } = CASES[service];
      const nc = await as(service);
      const js = jetstream(nc);
      // control: its own subject is stored
      const ack = await js.publish(own, '{}', { msgID: `denial-control-${service}` });
      expect(ack.seq).toBeGreaterThan(0);
      // a subject it does not own: refused by the broker, nothing stored
      const refused = await js.publish(foreign, '{}').then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(violation(refused)).toMatchObject({ operation: 'publish', subject: foreign });
      await brokerLogged('Publish', service, foreign);
      // nor may it manage streams, or read another identity's replies
      const jsm = await jetstreamManager(nc);
      const deleted = await jsm.streams.delete(Streams.commands.name).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(violation(deleted)).toBeDefined();
      await brokerLogged('Publish', service, `$JS.API.STREAM.DELETE.${Streams.commands.name}`);
      const other = service === 'gateway' ? 'approval' : 'gateway';
      nc.subscribe(`${inboxPrefix(other)}.>`);
      await brokerLogged('Subscription', service, `${inboxPrefix(other)}.>`);
    },
  );

  it('lets a stage pull only from its own consumer', async () => {
    const nc = await as('router');
    const js = jetstream(nc);
    await expect(
      js.consumers.get(Streams.commands.name, Consumers.router.durable),
    ).resolves.toBeDefined();
    const other = await js.consumers.get(Streams.commands.name, Consumers.generator.durable).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(violation(other)).toBeDefined();
    await brokerLogged(
      'Publish',
      'router',
      `$JS.API.CONSUMER.INFO.${Streams.commands.name}.${Consumers.generator.durable}`,
    );
  });

  it('refuses a wrong password and a client without credentials', async () => {
    await expect(as('router', 'not-the-password')).rejects.toThrow(/Authorization Violation/i);
    await expect(connect({ servers: nats.url, noAsyncTraces: true })).rejects.toThrow(
      /Authorization Violation/i,
    );
  });

  it('lets only the provisioning identity create streams and buckets', async () => {
    const service = await jetstreamManager(await as('coordinator'));
    const denied = await service.streams.add({ name: 'SY_ROGUE', subjects: ['rogue.>'] }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(violation(denied)).toBeDefined();
    const provision = await jetstreamManager(await as('provision'));
    const info = await provision.streams.info(Streams.commands.name);
    expect(info.config.name).toBe(Streams.commands.name);
  });
});

describe('TLS to the broker (a generated certificate)', () => {
  const certs = makeTestCertificates();
  let nats: NatsServer;

  afterAll(async () => {
    await nats?.stop();
    certs.remove();
  });

  it('runs the provision command and a service over TLS with NATS_TLS_CA_FILE; refuses a client that does not trust the broker', async () => {
    nats = await NatsServer.start({
      name: 'tls',
      extraConfig: certs.serverConfig,
      provision: { env: { NATS_TLS_CA_FILE: certs.caFile } },
    });
    const router = await ServiceProcess.start('router', nats.url, {
      env: { NATS_TLS_CA_FILE: certs.caFile },
    });
    try {
      expect((await router.health('ready')).status).toBe(200);
    } finally {
      await router.stop();
    }
    await expect(
      connect({
        servers: nats.url,
        user: 'router',
        pass: brokerPassword('router'),
        timeout: 3_000,
      }),
    ).rejects.toThrow();
  });
});

describe('provisioning: the provision command creates, services only verify', () => {
  let nats: NatsServer;

  afterAll(async () => {
    await nats?.stop();
  });

  const provisionCli = (args: string[]): { code: number | null; out: string } => {
    const res = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'apps/provision/dist/main.js'), ...args],
      {
        env: { ...process.env, NATS_URL: nats.url, ...serviceCredentials('provision') },
        encoding: 'utf8',
      },
    );
    return { code: res.status, out: `${res.stdout}${res.stderr}` };
  };

  it('a service on an unprovisioned broker fails at start naming what is missing, and creates nothing', async () => {
    nats = await NatsServer.start({ name: 'unprovisioned', provision: false });
    const router = await ServiceProcess.start('router', nats.url, { waitReady: false });
    expect(await router.exited()).toBe(1);
    const out = router.logs();
    expect(out).toContain('stream SY_COMMANDS is missing');
    expect(out).toContain('consumer SY_COMMANDS/router is missing');
    expect(out).toContain('run the provisioning command');
    const jsm = await jetstreamManager(await connect({ servers: nats.url }));
    expect(await jsm.streams.names().next()).toEqual([]);
  });

  it('--check exits 1 listing what is missing; provisioning is idempotent; then --check exits 0', () => {
    const before = provisionCli(['--check']);
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/KV bucket sy_tasks is missing/);
    const first = provisionCli([]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/stream\s+SY_COMMANDS\s+created/);
    const second = provisionCli([]);
    expect(second.code).toBe(0);
    expect(second.out).not.toMatch(/\bcreated\b|\bupdated\b/);
    expect(provisionCli(['--check']).code).toBe(0);
  });

  it('refuses bad usage and a bad configuration with exit code 2', () => {
    expect(provisionCli(['--bogus']).code).toBe(2);
    const res = spawnSync(process.execPath, [join(REPO_ROOT, 'apps/provision/dist/main.js')], {
      env: { ...process.env, NATS_URL: 'http://nope', NATS_USER: 'provision' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('NATS_URL');
    expect(res.stderr).toContain('NATS_USER: needs NATS_PASSWORD or NATS_PASSWORD_FILE');
  });
});
