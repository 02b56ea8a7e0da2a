import { DOCUMENT_SUBJECTS } from './payloads/document.js';
import { APPROVAL_CHANGED_SUBJECT_PREFIX } from './payloads/approvals-api.js';
import { DEAD_LETTER_SUBJECT, Subjects, TASK_CHANGED_SUBJECT_PREFIX } from './subjects.js';
import {
  ADVISORY_STREAM,
  Buckets,
  type BucketSpec,
  type ConsumerSpec,
  Consumers,
  type StreamSpec,
  Streams,
  maxDeliveriesWatcherSpec,
} from './topology.js';

/**
 * WHO MAY DO WHAT ON THE BUS, as plain data: what each service publishes, which durable consumers
 * it runs, which buckets and streams it reads, which core NATS subjects it uses. The broker's
 * accounts file (`deploy/nats/accounts.conf`) is generated from this (`permissionsFor`,
 * `renderAccountsConf`), so a service can publish only what it owns: the router cannot publish a
 * generate result, an approval decision or a command, nor touch a stream it does not consume.
 * Like the subjects, it is a wire contract: change it additively.
 */

export const SERVICE_NAMES = [
  'gateway',
  'coordinator',
  'router',
  'retriever',
  'generator',
  'validator',
  'approval',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The identity that alone may create and change streams, consumers and buckets. */
export const PROVISION_USER = 'provision';

/** The JetStream account of every Switchyard identity (and of KEDA's `/jsz` queries). */
export const BUS_ACCOUNT = 'SWITCHYARD';
export const SYSTEM_ACCOUNT = 'SYS';

/** The approval service's request/reply API (core NATS, every version): see `ApprovalApiSubjects`. */
export const APPROVALS_API_SUBJECTS = 'switchyard.approvals.>';

export interface BucketAccess {
  bucket: BucketSpec;
  /** `read`: gets and key listings; `write`: also puts, creates and compare-and-sets. */
  mode: 'read' | 'write';
  /** Only these keys may be written (default: every key of the bucket). */
  keys?: readonly string[];
  /** Removes keys entirely (a stream purge filtered to one key; used by the task index). */
  purge?: boolean;
}

export interface ServiceAccess {
  /** Subjects it publishes to streams (JetStream publishes). */
  publishes: readonly string[];
  /** Durable pull consumers it runs; each brings its dead-letter watcher and repair rights. */
  consumes: readonly ConsumerSpec[];
  /** Streams it replays with ordered (ephemeral) consumers. */
  replays?: readonly string[];
  /** Streams it reads single messages from (direct get). */
  directGets?: readonly string[];
  buckets?: readonly BucketAccess[];
  /** Core NATS subjects it publishes (not stored). */
  notifies?: readonly string[];
  /** Core NATS subjects it subscribes to. */
  listens?: readonly string[];
  /** It answers requests on what it listens to (replies go to the caller's inbox). */
  answers?: boolean;
  /** Core NATS request subjects it calls. */
  requests?: readonly string[];
  /** Durable consumers whose backlog it reads (consumer info only), e.g. for admission control. */
  observes?: readonly ConsumerSpec[];
}

const stageResult = (result: string): ServiceAccess['publishes'] => [result, Subjects.StageFailed];

export const ServiceTopology = {
  gateway: {
    publishes: [Subjects.TaskSubmitted, Subjects.TaskCancelRequested, DOCUMENT_SUBJECTS],
    consumes: [],
    directGets: [Streams.documents.name],
    buckets: [
      { bucket: Buckets.tasks, mode: 'write', purge: true },
      { bucket: Buckets.config, mode: 'write', keys: ['task_store'] },
    ],
    // task changes (event streams, admission control) and approval changes (the approvals stream)
    listens: [`${TASK_CHANGED_SUBJECT_PREFIX}.>`, `${APPROVAL_CHANGED_SUBJECT_PREFIX}.>`],
    requests: [APPROVALS_API_SUBJECTS],
    // admission control sheds new work while a stage's backlog is over its bound
    observes: [
      Consumers.coordinator,
      Consumers.router,
      Consumers.retriever,
      Consumers.generator,
      Consumers.validator,
      Consumers.actor,
    ],
  },
  coordinator: {
    publishes: [
      Subjects.RouteRequested,
      Subjects.RetrieveRequested,
      Subjects.GenerateRequested,
      Subjects.ValidateRequested,
      Subjects.ApprovalRequested,
      Subjects.ActionRequested,
      Subjects.StepDeadline,
    ],
    consumes: [Consumers.coordinator, Consumers.coordinatorTimers],
    buckets: [
      { bucket: Buckets.tasks, mode: 'write', purge: true },
      { bucket: Buckets.config, mode: 'write', keys: ['task_store'] },
    ],
    notifies: [`${TASK_CHANGED_SUBJECT_PREFIX}.>`],
  },
  router: { publishes: stageResult(Subjects.RouteCompleted), consumes: [Consumers.router] },
  retriever: {
    publishes: stageResult(Subjects.RetrieveCompleted),
    consumes: [Consumers.retriever],
    replays: [Streams.documents.name],
  },
  generator: {
    publishes: [Subjects.GenerateCompleted, Subjects.ActionCompleted, Subjects.StageFailed],
    consumes: [Consumers.generator, Consumers.actor],
  },
  validator: {
    publishes: stageResult(Subjects.ValidateCompleted),
    consumes: [Consumers.validator],
  },
  approval: {
    publishes: [Subjects.ApprovalDecided],
    consumes: [Consumers.approval],
    buckets: [
      // its open index entries are removed by a purge (no delete marker left)
      { bucket: Buckets.approvals, mode: 'write', purge: true },
      // reads tasks (is the task still waiting on this approval?); never writes them
      { bucket: Buckets.tasks, mode: 'read' },
      { bucket: Buckets.config, mode: 'write', keys: ['task_store'] },
    ],
    // its API, and the notices of the tasks it has open approvals for
    listens: [APPROVALS_API_SUBJECTS, `${TASK_CHANGED_SUBJECT_PREFIX}.>`],
    answers: true,
    notifies: [`${APPROVAL_CHANGED_SUBJECT_PREFIX}.>`],
  },
} as const satisfies Record<ServiceName, ServiceAccess>;

const ALL_STREAMS: readonly StreamSpec[] = [...Object.values(Streams), ADVISORY_STREAM];

/** The stream that stores a subject (by exact subject or the stream's own wildcard). */
export function streamOfSubject(subject: string): StreamSpec | undefined {
  return ALL_STREAMS.find((s) => s.subjects.includes(subject));
}

/** Whether a service's consumers are dead-lettered (they have max-deliveries watchers). */
function deadLetters(access: ServiceAccess): boolean {
  return access.consumes.some((c) => c.maxDeliver >= 0);
}

/**
 * The streams a service publishes to or reads: what it verifies at start (it may read their
 * configuration, never change it).
 */
export function streamsOf(service: ServiceName): StreamSpec[] {
  const access: ServiceAccess = ServiceTopology[service];
  const names = new Set<string>([
    ...access.publishes.map((s) => streamOfSubject(s)?.name ?? ''),
    ...access.consumes.map((c) => c.stream),
    ...(access.replays ?? []),
    ...(access.directGets ?? []),
    ...(access.consumes.length > 0 ? [Streams.deadLetter.name] : []),
    ...(deadLetters(access) ? [ADVISORY_STREAM.name] : []),
  ]);
  return ALL_STREAMS.filter((s) => names.has(s.name));
}

/** Each service's inbox prefix (nats.js `inboxPrefix`): its replies cannot be read by another. */
export function inboxPrefix(user: string): string {
  return `_INBOX_${user}`;
}

export interface UserPermissions {
  publish: string[];
  subscribe: string[];
  /** May answer requests it received (publish to their reply subjects, once each). */
  allowResponses: boolean;
}

const API = '$JS.API';

function consumerRights(spec: ConsumerSpec): string[] {
  return [
    `${API}.CONSUMER.MSG.NEXT.${spec.stream}.${spec.durable}`,
    `${API}.CONSUMER.INFO.${spec.stream}.${spec.durable}`,
    `$JS.ACK.${spec.stream}.${spec.durable}.>`,
    `${API}.STREAM.INFO.${spec.stream}`,
  ];
}

function bucketRights(access: BucketAccess): string[] {
  const { name } = access.bucket;
  const stream = `KV_${name}`;
  const rights = [
    `${API}.STREAM.INFO.${stream}`,
    `${API}.DIRECT.GET.${stream}`,
    `${API}.DIRECT.GET.${stream}.>`,
  ];
  if (access.mode === 'write') {
    rights.push(...(access.keys ?? ['>']).map((key) => `$KV.${name}.${key}`));
  }
  if (access.purge) rights.push(`${API}.STREAM.PURGE.${stream}`);
  return rights;
}

/**
 * The publish and subscribe allow-lists of one service's user, derived from its topology entry.
 * Everything not listed is denied by the broker (a permissions violation).
 */
export function permissionsFor(service: ServiceName): UserPermissions {
  const access: ServiceAccess = ServiceTopology[service];
  const publish = new Set<string>([`${API}.INFO`]);
  for (const stream of streamsOf(service)) publish.add(`${API}.STREAM.INFO.${stream.name}`);
  for (const subject of access.publishes) publish.add(subject);
  const consumed = new Set<string>();
  for (const consumer of access.consumes) {
    for (const right of consumerRights(consumer)) publish.add(right);
    consumed.add(consumer.stream);
    if (consumer.maxDeliver < 0) continue; // never dead-lettered by the server: no watcher
    for (const right of consumerRights(maxDeliveriesWatcherSpec(consumer))) publish.add(right);
  }
  if (consumed.size > 0) {
    // dead-lettering (invalid or max-delivered messages): copy the message, then delete it; the
    // work-queue repair purges what the consumer acknowledged but the stream kept
    publish.add(DEAD_LETTER_SUBJECT);
    for (const stream of consumed) {
      publish.add(`${API}.STREAM.MSG.GET.${stream}`);
      publish.add(`${API}.STREAM.MSG.DELETE.${stream}`);
      publish.add(`${API}.STREAM.PURGE.${stream}`);
    }
  }
  for (const stream of access.replays ?? []) {
    publish.add(`${API}.STREAM.INFO.${stream}`);
    publish.add(`${API}.CONSUMER.CREATE.${stream}`);
    for (const op of ['CREATE', 'DELETE', 'INFO', 'MSG.NEXT'])
      publish.add(`${API}.CONSUMER.${op}.${stream}.>`);
  }
  for (const stream of access.directGets ?? []) {
    publish.add(`${API}.STREAM.INFO.${stream}`);
    publish.add(`${API}.DIRECT.GET.${stream}`);
    publish.add(`${API}.DIRECT.GET.${stream}.>`);
  }
  for (const bucket of access.buckets ?? [])
    for (const right of bucketRights(bucket)) publish.add(right);
  for (const subject of [...(access.notifies ?? []), ...(access.requests ?? [])])
    publish.add(subject);
  for (const consumer of access.observes ?? [])
    publish.add(`${API}.CONSUMER.INFO.${consumer.stream}.${consumer.durable}`);
  return {
    publish: [...publish],
    subscribe: [`${inboxPrefix(service)}.>`, ...(access.listens ?? [])],
    allowResponses: access.answers === true,
  };
}

/** The provisioning identity: the whole JetStream API, and the deployment's store choice. */
export function provisionPermissions(): UserPermissions {
  return {
    publish: [`${API}.>`, `$KV.${Buckets.config.name}.>`],
    subscribe: [`${inboxPrefix(PROVISION_USER)}.>`],
    allowResponses: false,
  };
}

/** `SY_NATS_PASSWORD_<USER>`: the variable holding a user's broker password. */
export function passwordVariable(user: string): string {
  return `SY_NATS_PASSWORD_${user.toUpperCase()}`;
}

export interface AccountsUser {
  user: string;
  /** A `$VARIABLE` reference (default: `passwordVariable(user)`) or a quoted literal. */
  password?: string;
  /** Omitted: every permission of the account (test harnesses only). */
  permissions?: UserPermissions;
}

export interface AccountsOptions {
  /** More users of the SWITCHYARD account, e.g. a test harness's inspector. */
  extraUsers?: readonly AccountsUser[];
  /** The user of a client that presents no credentials (never set in a deployment). */
  noAuthUser?: string;
}

const quote = (s: string): string => JSON.stringify(s);

function renderList(items: readonly string[], indent: string): string {
  return `[\n${items.map((i) => `${indent}  ${quote(i)}`).join('\n')}\n${indent}]`;
}

function renderUser(u: AccountsUser): string {
  const password = u.password ?? `$${passwordVariable(u.user)}`;
  const lines = [`      {`, `        user: ${quote(u.user)}`, `        password: ${password}`];
  if (u.permissions) {
    const p = u.permissions;
    lines.push(
      `        permissions: {`,
      `          publish: { allow: ${renderList(p.publish, '            ')} }`,
      `          subscribe: { allow: ${renderList(p.subscribe, '            ')} }`,
    );
    if (p.allowResponses) lines.push(`          allow_responses: true`);
    lines.push(`        }`);
  }
  lines.push(`      }`);
  return lines.join('\n');
}

/** Every user of the SWITCHYARD account: one per service, then `provision`. */
export function accountUsers(): AccountsUser[] {
  return [
    ...SERVICE_NAMES.map((user) => ({ user, permissions: permissionsFor(user) })),
    { user: PROVISION_USER, permissions: provisionPermissions() },
  ];
}

/**
 * The broker's accounts and users, generated from `ServiceTopology`: account SWITCHYARD with
 * JetStream and one user per service plus `provision`, whose passwords are environment variables
 * (`$SY_NATS_PASSWORD_<USER>`), and the system account SYS. `npm run accounts` writes it to
 * `deploy/nats/accounts.conf`; a test checks that file equals this output.
 */
export function renderAccountsConf(options: AccountsOptions = {}): string {
  const users = [...accountUsers(), ...(options.extraUsers ?? [])];
  return [
    '# GENERATED from the topology in libs/contracts (ServiceTopology) by `npm run accounts`.',
    '# Do not edit by hand: change libs/contracts/src/access.ts and run `npm run accounts`.',
    '# Each service may publish only what it owns and subscribe only to its own inbox',
    '# (`_INBOX_<service>`) and the core subjects it listens to; only `provision` may create or',
    '# change streams, consumers and buckets. Passwords come from the environment:',
    `# ${users
      .filter((u) => !u.password)
      .map((u) => `$${passwordVariable(u.user)}`)
      .join(', ')}.`,
    'accounts {',
    `  ${BUS_ACCOUNT} {`,
    '    jetstream: enabled',
    '    users: [',
    users.map(renderUser).join('\n'),
    '    ]',
    '  }',
    `  ${SYSTEM_ACCOUNT} {}`,
    '}',
    `system_account: ${SYSTEM_ACCOUNT}`,
    ...(options.noAuthUser ? [`no_auth_user: ${quote(options.noAuthUser)}`] : []),
    '',
  ].join('\n');
}

/** Every stream, durable consumer and bucket the provisioning identity creates. */
export function provisionedTopology(): {
  streams: StreamSpec[];
  consumers: ConsumerSpec[];
  buckets: BucketSpec[];
} {
  const consumers: ConsumerSpec[] = [];
  for (const spec of Object.values(Consumers) as ConsumerSpec[]) {
    consumers.push(spec);
    if (spec.maxDeliver >= 0) consumers.push(maxDeliveriesWatcherSpec(spec));
  }
  return {
    streams: [...Object.values(Streams), ADVISORY_STREAM],
    consumers,
    buckets: Object.values(Buckets),
  };
}
