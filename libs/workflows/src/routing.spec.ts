import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { WorkflowLoadError, loadWorkflows } from './workflow-loader.js';
import { WorkflowRegistry } from './workflow-registry.js';
import { Router, collapseSpace, type RoutingConfig } from './routing.js';

const root = join(import.meta.dirname, '../../..');
const registry = new WorkflowRegistry(loadWorkflows(join(root, 'workflows')));
const deployed = (id: string): boolean => !!registry.latest(id);

describe(Router.name, () => {
  const sut = Router.load(join(root, 'workflows/routing.yaml'), deployed);

  it('lets a requested workflow win only when the tenant may use it', () => {
    const config: RoutingConfig = { ...sut.config, tenants: { limited: { allow: ['faq'] } } };
    const limited = new Router(config, deployed);
    expect(limited.route('demo', 'hi', 'sensitive')).toMatchObject({
      route: 'sensitive',
      source: 'requested',
    });
    expect(limited.route('limited', 'What is your refund policy?', 'sensitive')).toMatchObject({
      route: 'knowledge',
      source: 'rule',
      reason:
        "requested workflow 'sensitive' is not available to tenant limited; rule 'policy-and-product-questions' matched",
    });
  });

  it('reads a rule over long runs of white space in bounded time, matching as before', () => {
    // a pattern with space allowed in several places ("order\s*#?\s*:?\s*1234") was cubic in
    // a long run of spaces: 2,000 of them took seconds
    for (const word of ['order', 'tracking', 'ticket', 'pedido'])
      for (const space of [' ', '\n', ' \t\n ']) {
        const text = word + space.repeat(Math.ceil(100_000 / space.length)) + 'x';
        const start = performance.now();
        expect(sut.route('demo', text).source).not.toBe('requested');
        // an order of magnitude, not a timing: linear is milliseconds, the old cubic read minutes
        expect(performance.now() - start).toBeLessThan(5_000);
      }
    expect(sut.route('demo', 'Where is order      #   4471?')).toMatchObject({
      route: 'operational',
    });
    expect(collapseSpace('a  b\t\tc \n\n d')).toBe('a b c\nd');
  });

  it('takes the default route under the confidence threshold and says why', () => {
    const strict = new Router({ ...sut.config, minConfidence: 0.99 }, deployed);
    expect(strict.route('demo', 'What is your refund policy?')).toEqual({
      route: 'faq',
      confidence: 0.8,
      source: 'default',
      reason: "best rule 'policy-and-product-questions' only 0.80 < 0.99; default route",
    });
    expect(sut.route('demo', 'zzz')).toMatchObject({
      source: 'default',
      confidence: 0,
      reason: 'no rule matched; default route',
    });
  });

  it('evaluates tenant rules before global ones', () => {
    const config: RoutingConfig = {
      ...sut.config,
      tenants: {
        acme: {
          rules: [
            {
              name: 'acme-invoices',
              route: 'extraction',
              confidence: 0.99,
              any: ['refund policy'],
            },
          ],
        },
      },
    };
    expect(new Router(config, deployed).route('acme', 'refund policy please')).toMatchObject({
      route: 'extraction',
    });
  });

  it('refuses rules that route to a workflow that is not deployed', () => {
    const config: RoutingConfig = {
      ...sut.config,
      rules: [{ name: 'ghost', route: 'ghost', confidence: 1, any: ['x'] }],
    };
    expect(() => new Router(config, deployed)).toThrow(WorkflowLoadError);
  });
});
