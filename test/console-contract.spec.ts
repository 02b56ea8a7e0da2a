import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT, Stack } from '@switchyard/testing';

/**
 * The public contract and the console's delivery: docs/openapi.json (the committed document the
 * console's client types are generated from) is exactly what the gateway serves, and the console is
 * served with a strict CSP and cache rules that suit hashed assets.
 */
describe('OpenAPI contract and console delivery', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ services: ['gateway'] });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves at /docs-json exactly the committed docs/openapi.json (run `npm run openapi` after a change)', async () => {
    const live: unknown = await (await fetch(`${stack.gatewayUrl}/docs-json`)).json();
    const committed: unknown = JSON.parse(
      readFileSync(join(REPO_ROOT, 'docs', 'openapi.json'), 'utf8'),
    );
    expect(live).toEqual(committed);
  });

  it('serves the console with a strict CSP: index revalidated, hashed assets immutable', async () => {
    const index = await fetch(`${stack.gatewayUrl}/console/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const assets = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const path of assets) {
      expect(path).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/); // content hash in the name
      const res = await fetch(`${stack.gatewayUrl}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toBe(csp);
    }
    expect((await fetch(`${stack.gatewayUrl}/console/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${stack.gatewayUrl}/console`, { redirect: 'manual' })).status).toBe(301);
  });
});
