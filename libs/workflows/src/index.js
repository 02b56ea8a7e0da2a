export * from './workflow.js';
export * from './workflow.schema.js';
export * from './workflow-loader.js';
export * from './workflow-registry.js';
export * from './workflows.module.js';
export * from './routing.js';
//# sourceMappingURL=index.js.map
