import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  PROVISION_USER,
  SERVICE_NAMES,
  ServiceTopology,
  accountUsers,
  inboxPrefix,
  permissionsFor,
  provisionPermissions,
  provisionedTopology,
  renderAccountsConf,
  streamOfSubject,
} from './access.js';
import { Subjects } from './subjects.js';
import { Consumers, maxDeliveriesWatcherSpec } from './topology.js';

const publishers = (subject: string): string[] =>
  SERVICE_NAMES.filter((s) =>
    (ServiceTopology[s].publishes as readonly string[]).includes(subject),
  );

describe('the bus permissions generated from the topology', () => {
  it('are what deploy/nats/accounts.conf holds (regenerate it with `npm run accounts`)', () => {
    const file = readFileSync(
      new URL('../../../deploy/nats/accounts.conf', import.meta.url),
      'utf8',
    );
    expect(file).toBe(renderAccountsConf());
  });

  it('give each stream subject an owner, and each result and decision exactly one', () => {
    for (const subject of Object.values(Subjects)) {
      if (subject === Subjects.SubmissionCheck) continue; // no longer published (deadline sweep)
      expect({ subject, owners: publishers(subject).length > 0 }).toEqual({
        subject,
        owners: true,
      });
      expect(streamOfSubject(subject)).toBeDefined();
    }
    for (const [subject, owner] of [
      [Subjects.RouteCompleted, 'router'],
      [Subjects.RetrieveCompleted, 'retriever'],
      [Subjects.GenerateCompleted, 'generator'],
      [Subjects.ValidateCompleted, 'validator'],
      [Subjects.ApprovalDecided, 'approval'],
      [Subjects.ActionCompleted, 'generator'],
      [Subjects.TaskSubmitted, 'gateway'],
      [Subjects.RouteRequested, 'coordinator'],
      [Subjects.ActionRequested, 'coordinator'],
    ] as const)
      expect({ subject, owners: publishers(subject) }).toEqual({ subject, owners: [owner] });
  });

  it('let every durable consumer be pulled by exactly one service', () => {
    for (const spec of Object.values(Consumers)) {
      const next = `$JS.API.CONSUMER.MSG.NEXT.${spec.stream}.${spec.durable}`;
      const users = SERVICE_NAMES.filter((s) => permissionsFor(s).publish.includes(next));
      expect({ consumer: spec.durable, users: users.length }).toEqual({
        consumer: spec.durable,
        users: 1,
      });
    }
  });

  it('leave the JetStream management API to the provisioning identity alone', () => {
    const management =
      /^\$JS\.API\.(>|STREAM\.(CREATE|UPDATE|DELETE|>)|CONSUMER\.(DURABLE|DELETE|CREATE)\.(SY_COMMANDS|SY_EVENTS|SY_TIMERS|SY_DEADLETTER|SY_ADVISORIES|KV_)|ACCOUNT|SERVER)/;
    for (const service of SERVICE_NAMES) {
      const { publish, subscribe } = permissionsFor(service);
      expect({ service, management: publish.filter((s) => management.test(s)) }).toEqual({
        service,
        management: [],
      });
      // no wildcard publish outside the service's own subject spaces
      expect(publish.filter((s) => s === '>' || s.startsWith('$JS.API.>'))).toEqual([]);
      // replies: only its own inbox
      expect(subscribe.filter((s) => s.startsWith('_INBOX'))).toEqual([
        `${inboxPrefix(service)}.>`,
      ]);
    }
    expect(provisionPermissions().publish).toContain('$JS.API.>');
  });

  it('name one user per service plus provision, each password an environment variable', () => {
    expect(accountUsers().map((u) => u.user)).toEqual([...SERVICE_NAMES, PROVISION_USER]);
    const text = renderAccountsConf();
    for (const user of [...SERVICE_NAMES, PROVISION_USER])
      expect(text).toContain(`password: $SY_NATS_PASSWORD_${user.toUpperCase()}`);
    expect(text).toMatch(/SWITCHYARD \{\n\s+jetstream: enabled/);
    expect(text).toContain('system_account: SYS');
    expect(text).not.toContain('no_auth_user');
  });

  it('provision every consumer with its dead-letter watcher, timers excepted', () => {
    const { consumers } = provisionedTopology();
    const names = consumers.map((c) => c.durable);
    for (const spec of Object.values(Consumers)) {
      expect(names).toContain(spec.durable);
      if (spec.maxDeliver >= 0) expect(names).toContain(maxDeliveriesWatcherSpec(spec).durable);
    }
    expect(names).not.toContain(maxDeliveriesWatcherSpec(Consumers.coordinatorTimers).durable);
  });
});
