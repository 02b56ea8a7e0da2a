import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Router, WorkflowRegistry, loadWorkflows } from '@switchyard/workflows';
import { RouteModel } from './route-model.js';

const root = join(import.meta.dirname, '../../../..');
const registry = new WorkflowRegistry(loadWorkflows(join(root, 'workflows')));
const deployed = (id: string): boolean => !!registry.latest(id);
const router = Router.load(join(root, 'workflows/routing.yaml'), deployed);

describe(RouteModel.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'route-models-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the model compiled at build time, and trains at start-up only without one', () => {
    expect(RouteModel.fromRouter(router, deployed, dir)?.origin).toBe('trained');
    const file = RouteModel.compile(router, deployed, dir);
    expect(readdirSync(dir)).toEqual([file?.slice(dir.length + 1)]);
    const compiled = RouteModel.fromRouter(router, deployed, dir);
    expect(compiled?.origin).toBe('compiled');
    const trained = RouteModel.fromRouter(router, deployed, mkdtempSync(join(dir, 'empty-')));
    for (const text of ['where is order 55120?', 'pls refund me', 'opening hours?'])
      expect(compiled?.classify(text)).toEqual(trained?.classify(text));
  });
});
