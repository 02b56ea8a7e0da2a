import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { DEV_KEYS, Stack } from '@switchyard/testing';

/**
 * Property-based fuzzing of the gateway: for every route of its OpenAPI document, requests that
 * are malformed in at least one way (body, path parameter, query, header, credentials). Each must
 * be answered 4xx with the documented error body — never a 5xx — the process must stay up, and
 * nothing may be written to the store or the bus.
 */

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const BATCH = 40;

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: { enum?: string[]; type?: string } }>;
  body?: { required: string[]; properties: Record<string, { type?: string; enum?: string[] }> };
  /** A key with the route's role, and one without it (403) where some role lacks it. */
  key: string;
  wrongRoleKey?: string;
}

type Schema = { type?: string; enum?: string[] };

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string; schema: Schema }>;
        requestBody?: { content: Record<string, { schema: { $ref: string } } | undefined> };
      }
    >
  >;
  components: {
    schemas: Record<string, { required?: string[]; properties: Record<string, Schema> }>;
  };
}

interface FuzzRequest {
  op: Operation;
  mutation: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

const ERROR_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', pattern: '^[a-z][a-z_]*$' },
        message: { type: 'string', minLength: 1 },
        details: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              field: { type: 'string' },
              problems: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
const isErrorBody = new Ajv({ allErrors: true }).compile(ERROR_BODY);

/** Strings that can never be a valid id, cursor or workflow name: they hold a character none allows. */
const illegal = fc
  .tuple(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '!',
      '%',
      '%00',
      '%ff',
      '~',
      '$',
      '..',
      ' ',
      '"',
      '\u00e9',
      '\u{1f600}',
      '@',
      '*',
    ),
    fc.string({ maxLength: 40 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** Visible ASCII, no spaces. */
const visible = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 20,
});

/** Printable ASCII header values (what an HTTP client can send at all). */
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});

function enc(segment: string): string {
  // percent-encode most, but keep some raw garbage so malformed escapes reach the server too
  // (what a URL parser would take as a path, query or fragment delimiter is always encoded)
  return segment.includes('%')
    ? segment.replace(/[ /?#\\]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    : encodeURIComponent(segment);
}

function validValue(schema: { type?: string; enum?: string[] }): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'object') return {};
  if (schema.type === 'number' || schema.type === 'integer') return 1;
  return 'fuzz';
}

/** A value of the wrong type (null only for a required field: an optional one may be null). */
function wrongTyped(
  schema: { type?: string; enum?: string[] },
  required: boolean,
): fc.Arbitrary<unknown> {
  const nothing = required ? [fc.constant(null)] : [];
  if (schema.enum) return fc.oneof(fc.integer(), fc.constant('not-one-of-them'), ...nothing);
  if (schema.type === 'object')
    return fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer()), ...nothing);
  return fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object(), ...nothing);
}

/** Nested `depth` levels: over the parser's limit. */
const deepBody = fc
  .integer({ min: 33, max: 5_000 })
  .map((d) => `{"a":${'['.repeat(d)}${']'.repeat(d)}}`);

function requestArbitrary(op: Operation): fc.Arbitrary<FuzzRequest> {
  const basePath = (ids: Record<string, string>): string =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => enc(ids[name] ?? 'x'));
  const validIds = Object.fromEntries(
    op.pathParams.map((p) => [p, op.path.startsWith('/v1/tasks') ? randomUUID() : 'fuzz-target']),
  );
  const validBody = op.body
    ? JSON.stringify(
        Object.fromEntries(
          op.body.required.map((k) => [k, validValue(op.body!.properties[k] ?? {})]),
        ),
      )
    : undefined;
  const base = (): FuzzRequest => ({
    op,
    mutation: '',
    path: basePath(validIds),
    query: '',
    headers: {
      authorization: `Bearer ${op.key}`,
      ...(validBody ? { 'content-type': 'application/json' } : {}),
    },
    body: validBody,
  });
  const mutations: Array<fc.Arbitrary<FuzzRequest>> = [
    fc
      .oneof(
        fc.constant(undefined),
        fc.constant('Bearer'),
        headerValue.map((v) => `Bearer ${v}x`),
        headerValue.map((v) => `Basic ${v}`),
        headerValue,
      )
      .map((auth) => {
        const r = base();
        r.mutation = 'credentials';
        if (auth === undefined) delete r.headers.authorization;
        else r.headers.authorization = auth;
        return r;
      }),
    ...(op.wrongRoleKey
      ? [
          fc.constant(null).map(() => {
            const r = base();
            r.mutation = 'role';
            r.headers.authorization = `Bearer ${op.wrongRoleKey}`;
            return r;
          }),
        ]
      : []),
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), headerValue).map(([name, value]) => {
      const r = base();
      r.mutation = 'unknown query parameter';
      r.query = `?zz${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
      return r;
    }),
  ];
  if (op.pathParams.length > 0)
    mutations.push(
      fc.oneof(illegal, fc.string({ minLength: 201, maxLength: 400 })).map((bad) => {
        const r = base();
        r.mutation = 'path parameter';
        r.path = basePath(Object.fromEntries(op.pathParams.map((p) => [p, bad])));
        return r;
      }),
    );
  for (const q of op.query) {
    const bad =
      q.name === 'limit'
        ? fc.oneof(
            fc.integer({ min: 101 }),
            fc.integer({ max: 0 }),
            fc.double({ min: 1.01, max: 99.9 }).map(String),
            illegal,
          )
        : q.name === 'cursor' || q.name === 'workflow'
          ? illegal
          : fc.oneof(
              illegal,
              fc.string({ maxLength: 30 }).filter((s) => !(q.schema.enum ?? []).includes(s)),
            );
    mutations.push(
      fc.tuple(bad, fc.boolean()).map(([value, repeat]) => {
        const r = base();
        r.mutation = `query ${q.name}`;
        const v = encodeURIComponent(String(value));
        r.query = repeat ? `?${q.name}=${v}&${q.name}=${v}` : `?${q.name}=${v}`;
        return r;
      }),
    );
  }
  if (op.method === 'POST' && op.path === '/v1/tasks')
    mutations.push(
      fc
        .oneof(
          fc.string({ minLength: 256, maxLength: 400, unit: fc.constantFrom('a', 'b') }),
          // a control character or a space inside (HTTP trims them at the ends)
          fc
            .tuple(visible, fc.constantFrom(' ', '\t'), visible)
            .map(([a, bad, b]) => `${a}${bad}${b}`),
        )
        .map((key) => {
          const r = base();
          r.mutation = 'header Idempotency-Key';
          r.headers['idempotency-key'] = key;
          return r;
        }),
    );
  if (op.path === '/v1/tasks/{id}/events')
    mutations.push(
      headerValue
        .filter((v) => v.trim() !== '' && !/^\d{1,10}$/.test(v.trim()))
        .map((v) => {
          const r = base();
          r.mutation = 'header Last-Event-ID';
          r.headers['last-event-id'] = v;
          return r;
        }),
    );
  if (op.body) {
    const fields = Object.keys(op.body.properties);
    const withBody = (mutation: string, body: string, contentType = 'application/json') => {
      const r = base();
      r.mutation = mutation;
      r.headers['content-type'] = contentType;
      r.body = body;
      return r;
    };
    const validObject = JSON.parse(validBody ?? '{}') as Record<string, unknown>;
    mutations.push(
      // any JSON at all, with a field no request has
      fc
        .tuple(fc.jsonValue({ maxDepth: 4 }), fc.string({ minLength: 1, maxLength: 10 }))
        .map(([v, k]) =>
          withBody(
            'random JSON',
            JSON.stringify(
              typeof v === 'object' && v !== null && !Array.isArray(v)
                ? { ...v, [`zz${k}`]: 1 }
                : v,
            ),
          ),
        ),
      // a field of the wrong type
      fc
        .tuple(fc.constantFrom(...fields), fc.constant(null))
        .chain(([f]) =>
          wrongTyped(op.body!.properties[f] ?? {}, op.body!.required.includes(f)).map(
            (v) => [f, v] as const,
          ),
        )
        .map(([f, v]) =>
          withBody(`wrong type of ${f}`, JSON.stringify({ ...validObject, [f]: v })),
        ),
      // a server-owned or unknown field
      fc
        .constantFrom('id', 'status', 'tenant', 'version', 'createdAt', 'admin', '$where')
        .map((f) => withBody(`field ${f}`, JSON.stringify({ ...validObject, [f]: 'x' }))),
      // missing what is required
      fc.constant(null).map(() => withBody('missing required', JSON.stringify({ zz: 1 }))),
      // not JSON, too deep, a prototype key, too large, not JSON at all
      fc.string({ minLength: 1, maxLength: 200 }).map((s) => withBody('not JSON', `{${s}`)),
      deepBody.map((b) => withBody('too deep', b)),
      fc
        .constantFrom('__proto__', 'prototype')
        .map((k) =>
          withBody(
            `key ${k}`,
            `{${JSON.stringify(k)}:{"isAdmin":true},${(validBody ?? '{}').slice(1)}`,
          ),
        ),
      fc
        .integer({ min: 256 * 1024 + 1, max: 300 * 1024 })
        .map((n) => withBody('too large', JSON.stringify({ ...validObject, zz: 'x'.repeat(n) }))),
      fc
        .constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/jsonx',
        )
        .map((ct) => withBody(`content type ${ct}`, validBody ?? '{}', ct)),
    );
  }
  return fc.oneof(...mutations);
}

describe('fuzzing every route of the OpenAPI document', () => {
  let stack: Stack;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const operations: Operation[] = [];

  /** What the store and the bus hold: the fuzzing must not change any of it. */
  const snapshot = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const name of [
      'KV_sy_tasks',
      'KV_sy_approvals',
      'SY_EVENTS',
      'SY_COMMANDS',
      'SY_TIMERS',
      'SY_DOCUMENTS',
    ])
      out[name] = (await jsm.streams.info(name)).state.last_seq;
    return out;
  };

  beforeAll(async () => {
    // the approval service answers the approvals routes; a high threshold keeps failed-auth slowing
    // (tested elsewhere) from pacing the fuzzer
    stack = await Stack.start({
      services: ['gateway', 'approval'],
      env: { AUTH_FAILURES_BEFORE_DELAY: '1000000000', RATE_LIMIT_PER_MINUTE: '0' },
    });
    nc = await connect({ servers: stack.nats.url, noAsyncTraces: true });
    jsm = await jetstreamManager(nc);
    const doc = (await (await fetch(`${stack.gatewayUrl}/docs-json`)).json()) as OpenApiDocument;
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.startsWith('/v1/')) continue;
      for (const [method, op] of Object.entries(methods)) {
        const ref = op.requestBody?.content['application/json']?.schema.$ref;
        const schema = ref ? doc.components.schemas[ref.split('/').at(-1) as string] : undefined;
        const approvals = path.startsWith('/v1/approvals');
        const writesDocs = path.startsWith('/v1/documents') && method === 'put';
        operations.push({
          method: method.toUpperCase(),
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
          query: (op.parameters ?? []).filter((p) => p.in === 'query'),
          body: schema
            ? { required: schema.required ?? [], properties: schema.properties }
            : undefined,
          key: approvals ? DEV_KEYS.approver : writesDocs ? DEV_KEYS.admin : DEV_KEYS.submitter,
          // every role reads tasks and documents; submitting and cancelling need a submitter
          wrongRoleKey:
            approvals || writesDocs
              ? DEV_KEYS.submitter
              : method === 'post'
                ? DEV_KEYS.approver
                : undefined,
        });
      }
    }
  });

  afterAll(async () => {
    await nc?.drain();
    await stack?.stop();
  });

  it(`answers ${REQUESTS} malformed requests 4xx in the error format, stays up and writes nothing`, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(9);
    const before = await snapshot();
    const byRoute = new Map<string, number>();
    const statuses = new Map<number, number>();
    const offSchema: string[] = [];
    const serverErrors: string[] = [];
    let sent = 0;
    const send = async (r: FuzzRequest): Promise<void> => {
      let res: Response;
      let text: string;
      try {
        res = await fetch(`${stack.gatewayUrl}${r.path}${r.query}`, {
          method: r.op.method,
          headers: r.headers,
          body: r.body,
          signal: AbortSignal.timeout(15_000),
        });
        text = await res.text();
      } catch (err) {
        throw new Error(
          `${r.op.method} ${r.op.path} [${r.mutation}] ${r.path}${r.query}: ${(err as Error).message}`,
          { cause: err },
        );
      }
      sent++;
      const route = `${r.op.method} ${r.op.path}`;
      byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const what = `${route} [${r.mutation}] ${r.path.slice(0, 80)}${r.query.slice(0, 60)} ${(r.body ?? '').slice(0, 100)} → ${res.status} ${text.slice(0, 160)}`;
      if (res.status >= 500) serverErrors.push(what);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      if (res.status < 400 || res.status >= 500 || !isErrorBody(body)) offSchema.push(what);
    };
    const perRun = BATCH;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...operations.map(requestArbitrary)), {
          minLength: perRun,
          maxLength: perRun,
        }),
        async (batch) => {
          await Promise.all(batch.map(send));
          const failures = [...new Set([...serverErrors, ...offSchema])];
          if (failures.length > 0) throw new Error(failures.slice(0, 12).join('\n'));
        },
      ),
      { numRuns: Math.ceil(REQUESTS / perRun), endOnFailure: true },
    );
    const summary = {
      requests: sent,
      routes: Object.fromEntries(byRoute),
      statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
      serverErrors: serverErrors.length,
      offSchema: offSchema.length,
    };
    process.stdout.write(`fuzz: ${JSON.stringify(summary)}\n`);
    expect(serverErrors).toEqual([]);
    expect(offSchema).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    for (const op of operations)
      expect(byRoute.get(`${op.method} ${op.path}`) ?? 0).toBeGreaterThan(
        REQUESTS / operations.length / 3,
      );
    // the process is alive and serves a valid request
    expect((await stack.service('gateway').health('live')).status).toBe(200);
    expect((await stack.request('GET', '/v1/tasks', { key: DEV_KEYS.submitter })).status).toBe(200);
    // nothing written anywhere
    expect(await snapshot()).toEqual(before);
  });
});
