import type { WorkflowDefinition } from './workflow.js';

/** The loaded workflows by id and version. New tasks take the latest version of an id. */
export class WorkflowRegistry {
  private readonly byKey = new Map<string, WorkflowDefinition>();
  private readonly latestById = new Map<string, WorkflowDefinition>();

  constructor(workflows: readonly WorkflowDefinition[]) {
    for (const w of workflows) {
      this.byKey.set(`${w.id}@${w.version}`, w);
      const latest = this.latestById.get(w.id);
      if (!latest || latest.version < w.version) this.latestById.set(w.id, w);
    }
  }

  get(id: string, version: number): WorkflowDefinition | undefined {
    return this.byKey.get(`${id}@${version}`);
  }

  latest(id: string): WorkflowDefinition | undefined {
    return this.latestById.get(id);
  }

  ids(): string[] {
    return [...this.latestById.keys()].sort();
  }
}
