import { describe, expect, it } from '@jest/globals';
import { JsonBodyError, MAX_JSON_DEPTH, jsonDepth, parseJsonBody } from './json-body.js';

describe(parseJsonBody.name, () => {
  it('measures nesting without being fooled by brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]]"}')).toBe(1);
    expect(jsonDepth('"just a string"')).toBe(0);
  });

  it('refuses a body nested deeper than the limit before parsing it', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(() => parseJsonBody(deep)).toThrow(JsonBodyError);
    const ok = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJsonBody(ok)).toBeDefined();
  });

  it('names a prototype key wherever it is', () => {
    const err = (() => {
      try {
        parseJsonBody('{"text":"x","context":{"list":[{"__proto__":{"admin":true}}]}}');
      } catch (e) {
        return e as JsonBodyError;
      }
      return undefined;
    })();
    expect(err).toMatchObject({ field: 'context.list[0].__proto__', code: 'validation_failed' });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('reads an empty body as no body, and says why invalid JSON is invalid', () => {
    expect(parseJsonBody('  ')).toBeUndefined();
    expect(() => parseJsonBody('{"a":')).toThrow(/not valid JSON/);
  });
});
