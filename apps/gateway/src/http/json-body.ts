/**
 * The gateway's JSON body parser (in place of Fastify's): bounded nesting, no prototype keys, and
 * errors that name what is wrong. A body nested thousands deep would otherwise overflow the stack
 * in class-transformer (a 500), and Fastify's own parser answers a `__proto__` key with "Body is
 * not valid JSON".
 */

/** How deep a request body may nest objects and arrays (the deepest real body is about 5). */
export const MAX_JSON_DEPTH = 32;

/** Keys never accepted anywhere in a body: they name the prototype, not data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype']);

/** The body cannot be used; `field` names the offending member when there is one. */
export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';

  constructor(
    message: string,
    readonly field = 'body',
    readonly code: 'bad_request' | 'validation_failed' = 'bad_request',
  ) {
    super(message);
  }
}

/**
 * The deepest nesting of objects and arrays in a JSON text, stopping as soon as it passes `max`
 * (one pass over the characters, strings skipped): decided before anything is parsed.
 */
export function jsonDepth(text: string, max = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The path of the first prototype key (`__proto__`, `prototype`) in a parsed value. */
function prototypeKey(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = prototypeKey(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return here;
    const found = prototypeKey((value as Record<string, unknown>)[key], here);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses a request body: empty → `undefined` (the route's validation then names the missing
 * fields); deeper than `MAX_JSON_DEPTH`, not JSON, or holding a prototype key → `JsonBodyError`.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new JsonBodyError(
      `the body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new JsonBodyError(`the body is not valid JSON: ${(err as Error).message}`);
  }
  const key = prototypeKey(value, '');
  if (key) throw new JsonBodyError(`${key} is not allowed`, key, 'validation_failed');
  return value;
}
