import type { WorkflowDefinition } from './workflow.js';
/** The loaded workflows by id and version. New tasks take the latest version of an id. */
export declare class WorkflowRegistry {
  private readonly byKey;
  private readonly latestById;
  constructor(workflows: readonly WorkflowDefinition[]);
  get(id: string, version: number): WorkflowDefinition | undefined;
  latest(id: string): WorkflowDefinition | undefined;
  ids(): string[];
}
//# sourceMappingURL=workflow-registry.d.ts.map
