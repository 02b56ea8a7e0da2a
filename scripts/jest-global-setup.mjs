// Jest global setup: a directory where every broker and service process of this run appends its
// output (libs/testing writes there while SWITCHYARD_TEST_LOG_DIR is set). The global teardown
// (scripts/jest-global-teardown.mjs) scans it for permissions violations and leaked secrets.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  if (process.env.SWITCHYARD_TEST_LOG_DIR) return; // an outer run set it up
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-test-logs-'));
  process.env.SWITCHYARD_TEST_LOG_DIR = dir;
  // the development API keys never appear in a log (only their names do)
  writeFileSync(
    join(dir, 'secrets-dev-keys.txt'),
    ['dev-submitter-key', 'dev-approver-key', 'dev-admin-key', 'dev-other-tenant-key'].join('\n'),
  );
}
