// `npm run eval:router`: the router's accuracy on the labelled fixture (declarative rules only).
// Usage: node scripts/eval-router.mjs [--min 0.9] [--fixture eval/router-fixture.yaml] [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const fixtureFile = option('--fixture', join(root, 'eval/router-fixture.yaml'));
const min = Number(option('--min', '0'));
const workflowsDir = process.env.WORKFLOWS_DIR ?? join(root, 'workflows');

const { Router, WorkflowRegistry, loadWorkflows } = await import('../libs/workflows/dist/index.js');
const registry = new WorkflowRegistry(loadWorkflows(workflowsDir));
const router = Router.load(join(workflowsDir, 'routing.yaml'), (id) => !!registry.latest(id));
const fixture = parse(readFileSync(fixtureFile, 'utf8'));

const byWorkflow = new Map();
const misses = [];
for (const item of fixture) {
  const decision = router.route('demo', item.text, undefined, item.context ?? {});
  const stats = byWorkflow.get(item.expected) ?? { total: 0, correct: 0 };
  stats.total++;
  if (decision.route === item.expected) stats.correct++;
  else misses.push({ ...item, got: decision.route, reason: decision.reason });
  byWorkflow.set(item.expected, stats);
}
const total = fixture.length;
const correct = total - misses.length;
const accuracy = correct / total;
console.log(`Router accuracy on ${fixtureFile.replace(root, '')} (rules only, ${total} requests):`);
for (const [workflow, s] of [...byWorkflow].sort()) {
  console.log(
    `  ${workflow.padEnd(12)} ${String(s.correct).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.correct) / s.total).toFixed(1)}%`,
  );
}
console.log(
  `  ${'overall'.padEnd(12)} ${String(correct).padStart(3)}/${String(total).padEnd(3)} ${(100 * accuracy).toFixed(1)}%`,
);
if (misses.length > 0) {
  console.log('Misrouted:');
  for (const m of misses)
    console.log(`  expected ${m.expected}, got ${m.got}: "${m.text}" (${m.reason})`);
}
if (accuracy < min) {
  console.error(
    `accuracy ${(100 * accuracy).toFixed(1)}% is below the required ${(100 * min).toFixed(1)}%`,
  );
  process.exit(1);
}
