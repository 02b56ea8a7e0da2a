// `npm run eval:router`: the router's own pipeline (rules, built-in classifier, safety floor) on
// the held-out split, in process — seconds, no services. `npm run eval` measures the same through
// the whole stack. Usage: node scripts/eval-router.mjs [--min 0.9] [--file eval/routing/heldout.jsonl]
import { join } from 'node:path';
import { routingReport } from '../eval/metrics.mjs';
import { fixtures } from '../eval/runner.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const min = Number(option('--min', '0'));
const workflowsDir = process.env.WORKFLOWS_DIR ?? join(root, 'workflows');
const { Router, WorkflowRegistry, loadWorkflows } = await import('../libs/workflows/dist/index.js');
const { RouteService } = await import('../apps/router/dist/route/route.service.js');
const { RouteModel } = await import('../apps/router/dist/route/route-model.js');
const { SafetyFloor } = await import('../apps/router/dist/route/safety-floor.js');
const registry = new WorkflowRegistry(loadWorkflows(workflowsDir));
const deployed = (id) => !!registry.latest(id);
const router = Router.load(join(workflowsDir, 'routing.yaml'), deployed);
const service = new RouteService(
  router,
  undefined,
  undefined,
  RouteModel.fromRouter(router, deployed),
  new SafetyFloor(),
);
const items = fixtures(root).routingHeldout;
const cases = [];
for (const item of items) {
  const started = performance.now();
  const r = await service.route('demo', { stepId: 'eval', text: item.text });
  cases.push({
    text: item.text,
    expected: item.route,
    got: r.route,
    reason: r.reason,
    ms: performance.now() - started,
  });
}
const r = routingReport(cases);
console.log(
  `Router on the held-out split (${r.total} requests; rules, built-in classifier, safety floor):`,
);
for (const [route, s] of Object.entries(r.perRoute))
  console.log(
    `  ${route.padEnd(12)} ${String(s.correct).padStart(3)}/${String(s.total).padEnd(3)} ${(100 * s.accuracy).toFixed(1)}%`,
  );
console.log(
  `  ${'overall'.padEnd(12)} ${String(r.correct).padStart(3)}/${String(r.total).padEnd(3)} ${(100 * r.accuracy).toFixed(1)}%`,
);
console.log(`  sensitive requests sent to sensitive: ${(100 * r.sensitiveRecall).toFixed(1)}%`);
for (const m of r.misses)
  console.log(
    `  MISS expected ${m.expected}, got ${m.got}: "${m.text.replace(/\n/g, ' ')}" (${m.reason})`,
  );
if (r.accuracy < min || r.sensitiveRecall < 1) {
  console.error(
    `accuracy ${(100 * r.accuracy).toFixed(1)}% (required ${(100 * min).toFixed(1)}%), sensitive recall ${(100 * r.sensitiveRecall).toFixed(1)}% (required 100%)`,
  );
  process.exit(1);
}
