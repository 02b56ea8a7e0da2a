import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { WorkflowLoadError, loadWorkflows, parseWorkflow } from './workflow-loader.js';
import { WorkflowRegistry } from './workflow-registry.js';
import { MAX_DEADLINE_MS } from './workflow.schema.js';

const repoWorkflows = join(import.meta.dirname, '../../../workflows');

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkflowLoadError) return err.problems;
    throw err;
  }
  throw new Error('expected a WorkflowLoadError');
}

describe(loadWorkflows.name, () => {
  it('loads the five shipped workflows', () => {
    const registry = new WorkflowRegistry(loadWorkflows(repoWorkflows));
    expect(registry.ids()).toEqual(['extraction', 'faq', 'knowledge', 'operational', 'sensitive']);
    expect(registry.latest('knowledge')?.steps.map((s) => s.stage)).toEqual([
      'retrieve',
      'generate',
      'validate',
    ]);
  });

  it('fills in stage defaults', () => {
    const w = parseWorkflow(
      'id: a\nversion: 1\ndescription: d\nsteps:\n  - { name: g, stage: generate, timeoutMs: 1000, retries: 0 }\n',
      'a.yaml',
    );
    expect(w.steps[0]).toMatchObject({ stage: 'generate', settings: { tier: 'small' } });
  });

  it('names the file, line, path and reason of every problem', () => {
    const text = [
      'id: broken',
      'version: 0',
      'description: d',
      'steps:',
      '  - name: g',
      '    stage: generate',
      '    timeoutMs: fast',
      '    retries: 1',
      '    colour: blue',
    ].join('\n');
    const problems = problemsOf(() => parseWorkflow(text, 'broken.yaml'));
    expect(problems).toEqual(
      expect.arrayContaining([
        'broken.yaml:2: /version: must be >= 1',
        'broken.yaml:7: /steps/0/timeoutMs: must be integer',
        "broken.yaml:5: /steps/0: unknown field 'colour'",
      ]),
    );
  });

  it('refuses an approval deadline longer than the timers stream keeps a message', () => {
    const text = [
      'id: slow',
      'version: 1',
      'description: d',
      'steps:',
      '  - name: wait',
      '    stage: approval',
      '    timeoutMs: 1000',
      '    retries: 0',
      '    settings: { deadlineMs: 864000000 }',
    ].join('\n');
    expect(problemsOf(() => parseWorkflow(text, 'slow.yaml'))).toEqual([
      `slow.yaml:9: /steps/0/settings/deadlineMs: must be <= ${MAX_DEADLINE_MS}`,
    ]);
  });

  it('rejects an unknown stage, a YAML syntax error and a duplicate id and version across files', () => {
    expect(
      problemsOf(() =>
        parseWorkflow(
          'id: x\nversion: 1\ndescription: d\nsteps:\n  - { name: a, stage: dance, timeoutMs: 1000, retries: 0 }\n',
          'x.yaml',
        ),
      ),
    ).toEqual([
      'x.yaml:5: /steps/0/stage: must be one of retrieve, generate, validate, approval, action',
    ]);
    expect(problemsOf(() => parseWorkflow('id: [x\n', 'y.yaml'))[0]).toMatch(
      /^y\.yaml:\d+: YAML syntax/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'wf-'));
    const body =
      'id: same\nversion: 1\ndescription: d\nsteps:\n  - { name: a, stage: generate, timeoutMs: 1000, retries: 0 }\n';
    writeFileSync(join(dir, 'one.yaml'), body);
    writeFileSync(join(dir, 'two.yaml'), body);
    expect(problemsOf(() => loadWorkflows(dir))).toEqual([
      'two.yaml: workflow same version 1 is also defined in one.yaml',
    ]);
  });

  it('keeps older versions addressable while new tasks take the latest', () => {
    const step = '  - { name: a, stage: generate, timeoutMs: 1000, retries: 0 }\n';
    const v1 = parseWorkflow(`id: w\nversion: 1\ndescription: d\nsteps:\n${step}`, 'w1.yaml');
    const v2 = parseWorkflow(`id: w\nversion: 2\ndescription: d\nsteps:\n${step}`, 'w2.yaml');
    const sut = new WorkflowRegistry([v2, v1]);
    expect(sut.latest('w')?.version).toBe(2);
    expect(sut.get('w', 1)?.source).toBe('w1.yaml');
  });
});
