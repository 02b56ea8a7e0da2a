import { describe, expect, it } from '@jest/globals';
import { EnvelopeV1 } from './envelope.js';
import {
  type PayloadInput,
  type PayloadOf,
  SubjectPayloads,
  Subjects,
  parsePayload,
} from './subjects.js';
import { Streams } from './topology.js';
import { PayloadValidationError } from './validation.js';

describe('subject registry', () => {
  it('maps every subject to a payload class with parse()', () => {
    for (const subject of Object.values(Subjects)) {
      expect(typeof SubjectPayloads[subject].parse).toBe('function');
    }
  });

  it('routes every subject to exactly one flow stream', () => {
    const streamed = [
      ...Streams.commands.subjects,
      ...Streams.events.subjects,
      ...Streams.timers.subjects,
    ];
    expect([...streamed].sort()).toEqual(Object.values(Subjects).sort());
    expect(new Set(streamed).size).toBe(streamed.length);
  });

  it('versions every subject', () => {
    for (const subject of Object.values(Subjects))
      expect(subject).toMatch(/^switchyard\.[a-z_]+\.[a-z_]+\.v\d+$/);
  });

  it('does not compile a publish or handler with the wrong payload', () => {
    const route: PayloadInput<typeof Subjects.RouteRequested> = { stepId: 's1', text: 'hi' };
    // @ts-expect-error a route command has no `query` (that is a retrieve command)
    const wrong: PayloadInput<typeof Subjects.RouteRequested> = { stepId: 's1', query: 'hi' };
    const handle = (p: PayloadOf<typeof Subjects.RetrieveRequested>): number => p.topK;
    // @ts-expect-error a route payload is not a retrieve payload
    handle(route);
    expect(wrong).toBeDefined();
  });
});

describe('parsePayload', () => {
  it('returns a class instance and strips unknown fields (contracts change additively)', () => {
    const parsed = parsePayload(Subjects.RetrieveRequested, {
      stepId: 'step-1',
      query: 'refund policy',
      topK: 5,
      minScore: 0.3,
      addedInV1_1: true,
    });
    expect(parsed).toEqual({ stepId: 'step-1', query: 'refund policy', topK: 5, minScore: 0.3 });
  });

  it('names every failing field, nested ones with their path', () => {
    expect.assertions(3);
    try {
      parsePayload(Subjects.GenerateCompleted, {
        stepId: 'step-1',
        output: { citations: [{ documentId: 'doc', version: 0, chunk: 1 }] },
        provider: 'local',
        model: 'x',
        usage: { promptTokens: -1, completionTokens: 1, costUsd: 0 },
      });
    } catch (err) {
      expect(err).toBeInstanceOf(PayloadValidationError);
      const paths = (err as PayloadValidationError).failures.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining(['output.citations.0.version', 'usage.promptTokens']),
      );
      expect((err as Error).message).toContain('GenerateCompletedV1 is invalid');
    }
  });

  it('rejects a non-object', () => {
    expect(() => parsePayload(Subjects.TaskSubmitted, 'text')).toThrow('must be a JSON object');
  });
});

describe(EnvelopeV1.name, () => {
  const valid = {
    id: 'm-1',
    taskId: 't-1',
    tenant: 'demo',
    attempt: 1,
    time: '2026-11-22T03:00:00.000Z',
    schemaVersion: 1,
    payload: {},
  };

  it('accepts a valid envelope', () => {
    expect(EnvelopeV1.parse(valid)).toMatchObject(valid);
  });

  it('rejects an unsafe tenant, a zero attempt and an unknown schema version', () => {
    expect.assertions(1);
    try {
      EnvelopeV1.parse({ ...valid, tenant: 'a b', attempt: 0, schemaVersion: 2 });
    } catch (err) {
      expect((err as PayloadValidationError).failures.map((f) => f.path).sort()).toEqual([
        'attempt',
        'schemaVersion',
        'tenant',
      ]);
    }
  });
});
