import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary workflows directory holding the given YAML files; removed by `dispose()`. */
export function workflowDir(files: Record<string, string>): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-workflows-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function workflowYaml(
  id: string,
  steps: Array<{
    name: string;
    stage: string;
    timeoutMs: number;
    retries: number;
    settings?: string;
  }>,
): string {
  return [
    `id: ${id}`,
    'version: 1',
    `description: test workflow ${id}`,
    'steps:',
    ...steps.map(
      (s) =>
        `  - { name: ${s.name}, stage: ${s.stage}, timeoutMs: ${s.timeoutMs}, retries: ${s.retries}${s.settings ? `, settings: ${s.settings}` : ''} }`,
    ),
    '',
  ].join('\n');
}
