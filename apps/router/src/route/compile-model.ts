// The last step of `npm run build`: trains the router's built-in classifier on the examples the
// routing config points at and writes the model to dist/route/compiled/, so the router loads it
// at start-up instead of training (less memory, faster start). Usage:
//   node apps/router/dist/route/compile-model.js [workflows dir, default ./workflows]
// A directory without routing.yaml (e.g. an image build stage without workflows/) is skipped.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROUTING_FILE, Router, WorkflowRegistry, loadWorkflows } from '@switchyard/workflows';
import { RouteModel, compiledModelsDir } from './route-model.js';

const dir = resolve(process.argv[2] ?? process.env.WORKFLOWS_DIR ?? 'workflows');
const routing = join(dir, ROUTING_FILE);
if (!existsSync(routing)) {
  console.log(`[router] no ${routing}: no route model compiled (the router trains at start-up)`);
} else {
  const started = Date.now();
  const registry = new WorkflowRegistry(loadWorkflows(dir));
  const deployed = (id: string): boolean => !!registry.latest(id);
  const out = RouteModel.compile(Router.load(routing, deployed), deployed, compiledModelsDir());
  console.log(
    out
      ? `[router] route model compiled to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`
      : `[router] ${routing} has no classifier: nothing to compile`,
  );
}
