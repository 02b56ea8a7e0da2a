import type { WorkflowDefinition } from './workflow.js';
/** Start-up refused: every problem, each with its file, line, path inside the file and reason. */
export declare class WorkflowLoadError extends Error {
  readonly problems: string[];
  readonly name = 'WorkflowLoadError';
  constructor(problems: string[]);
}
/** The routing rules' file name in the workflows directory. */
export declare const ROUTING_FILE = 'routing.yaml';
/** Parses and validates one workflow file's text. */
export declare function parseWorkflow(text: string, source: string): WorkflowDefinition;
/** Loads every `*.yaml`/`*.yml` under `dir` (recursively); reports all problems at once. */
export declare function loadWorkflows(dir: string): WorkflowDefinition[];
//# sourceMappingURL=workflow-loader.d.ts.map
