import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { workflowSchema } from './workflow.schema.js';
/** Start-up refused: every problem, each with its file, line, path inside the file and reason. */
export class WorkflowLoadError extends Error {
  constructor(problems) {
    super(`invalid workflows:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
    this.name = 'WorkflowLoadError';
  }
}
/** The routing rules' file name in the workflows directory. */
export const ROUTING_FILE = 'routing.yaml';
const ajv = new Ajv({ allErrors: true, useDefaults: true, discriminator: true, strict: true });
const validate = ajv.compile(workflowSchema);
function yamlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      // routing.yaml beside the workflows holds the routing rules, not a workflow
      return /\.ya?ml$/.test(name) && name !== ROUTING_FILE ? [path] : [];
    });
}
function describeError(error) {
  const params = error.params;
  if (error.keyword === 'additionalProperties')
    return `unknown field '${String(params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `must be one of ${params.allowedValues.join(', ')}`;
  if (error.keyword === 'const') return `must be '${String(params.allowedValue)}'`;
  return error.message ?? error.keyword;
}
/** Parses and validates one workflow file's text. */
export function parseWorkflow(text, source) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new WorkflowLoadError(
      doc.errors.map((e) => {
        const line = lineCounter.linePos(e.pos[0]).line;
        return `${source}${line ? `:${line}` : ''}: YAML syntax: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const data = doc.toJS();
  if (!validate(data)) {
    const errors = (validate.errors ?? []).filter(
      // a oneOf failure repeats what the discriminated branch already said
      (e) => e.keyword !== 'oneOf' && e.keyword !== 'discriminator',
    );
    throw new WorkflowLoadError(
      (errors.length > 0 ? errors : (validate.errors ?? [])).map((e) => {
        const path = e.instancePath.split('/').filter(Boolean);
        const node = doc.getIn(
          path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          true,
        );
        const offset = node?.range?.[0];
        const line = offset !== undefined ? `:${lineCounter.linePos(offset).line}` : '';
        return `${source}${line}: ${e.instancePath || '/'}: ${describeError(e)}`;
      }),
    );
  }
  const names = new Set();
  const problems = [];
  data.steps.forEach((step, i) => {
    if (names.has(step.name))
      problems.push(`${source}: /steps/${i}/name: duplicate step name '${step.name}'`);
    names.add(step.name);
  });
  if (problems.length > 0) throw new WorkflowLoadError(problems);
  return { ...data, source };
}
/** Loads every `*.yaml`/`*.yml` under `dir` (recursively); reports all problems at once. */
export function loadWorkflows(dir) {
  let files;
  try {
    files = yamlFiles(dir);
  } catch (err) {
    throw new WorkflowLoadError([`${dir}: cannot read the workflows directory (${err.message})`]);
  }
  if (files.length === 0) throw new WorkflowLoadError([`${dir}: no workflow files (*.yaml)`]);
  const problems = [];
  const workflows = [];
  const seen = new Map();
  for (const file of files) {
    const source = relative(dir, file);
    try {
      const workflow = parseWorkflow(readFileSync(file, 'utf8'), source);
      const key = `${workflow.id}@${workflow.version}`;
      const other = seen.get(key);
      if (other)
        problems.push(
          `${source}: workflow ${workflow.id} version ${workflow.version} is also defined in ${other}`,
        );
      seen.set(key, source);
      workflows.push(workflow);
    } catch (err) {
      if (err instanceof WorkflowLoadError) problems.push(...err.problems);
      else problems.push(`${source}: ${err.message}`);
    }
  }
  if (problems.length > 0) throw new WorkflowLoadError(problems);
  return workflows;
}
//# sourceMappingURL=workflow-loader.js.map
