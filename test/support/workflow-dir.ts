import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary workflows directory holding the given YAML files (and, with `withShipped`, the
 * repository's workflows and routing rules); removed by `dispose()`.
 */
export function workflowDir(
  files: Record<string, string>,
  withShipped = false,
): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-workflows-'));
  if (withShipped) cpSync(join(import.meta.dirname, '../../workflows'), dir, { recursive: true });
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
