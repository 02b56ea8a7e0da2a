/** The loaded workflows by id and version. New tasks take the latest version of an id. */
export class WorkflowRegistry {
  constructor(workflows) {
    this.byKey = new Map();
    this.latestById = new Map();
    for (const w of workflows) {
      this.byKey.set(`${w.id}@${w.version}`, w);
      const latest = this.latestById.get(w.id);
      if (!latest || latest.version < w.version) this.latestById.set(w.id, w);
    }
  }
  get(id, version) {
    return this.byKey.get(`${id}@${version}`);
  }
  latest(id) {
    return this.latestById.get(id);
  }
  ids() {
    return [...this.latestById.keys()].sort();
  }
}
//# sourceMappingURL=workflow-registry.js.map
