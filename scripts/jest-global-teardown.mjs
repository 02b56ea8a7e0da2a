// Jest global teardown: scans the output of every broker and service process of the run
// (scripts/jest-global-setup.mjs) and fails the run when
//  - a broker logged a permissions violation (`Publish Violation - User "router", …`), except the
//    brokers of the denial tests, which provoke them on purpose (`nats-expect-violations-*.log`);
//  - a service logged one (its NATS client's `permissionViolation` error line);
//  - any log holds a secret: a broker password of the run, a development API key, or a value a
//    test recorded as secret (libs/testing `recordSecret`).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function globalTeardown() {
  const dir = process.env.SWITCHYARD_TEST_LOG_DIR;
  if (!dir) return;
  let files;
  try {
    files = readdirSync(dir);
  } catch {
    return;
  }
  const secrets = new Set(
    files
      .filter((f) => f.startsWith('secrets-'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((s) => s.length >= 8),
  );
  const logs = files.filter((f) => f.endsWith('.log'));
  const problems = [];
  let expected = 0;
  for (const file of logs) {
    const text = readFileSync(join(dir, file), 'utf8');
    const lines = text.split('\n');
    if (file.startsWith('nats-')) {
      const violations = lines.filter((l) => / Violation /.test(l));
      if (file.startsWith('nats-expect-violations-')) expected += violations.length;
      else for (const v of violations) problems.push(`${file}: ${v}`);
    } else {
      for (const l of lines.filter((l) => l.includes('"permissionViolation":true')))
        problems.push(`${file}: ${l}`);
      // a process warning (a listener leak, a deprecation) is a defect to fix, not noise
      for (const l of lines.filter((l) => /\(node:\d+\) \w*Warning/.test(l)))
        problems.push(`${file}: ${l}`);
    }
    for (const secret of secrets) {
      if (text.includes(secret)) problems.push(`${file}: holds a secret (${secret.slice(0, 4)}…)`);
    }
  }
  const summary =
    `log scan: ${logs.filter((f) => f.startsWith('svc-')).length} service logs, ` +
    `${logs.filter((f) => f.startsWith('nats-')).length} broker logs, ${secrets.size} secrets: ` +
    `${problems.length} problem(s); ${expected} permissions violations provoked by the denial tests`;
  process.stdout.write(`\n${summary}\n`);
  if (problems.length > 0) {
    throw new Error(`${summary}; logs kept in ${dir}\n${problems.slice(0, 30).join('\n')}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
