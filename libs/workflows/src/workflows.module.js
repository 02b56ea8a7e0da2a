var __decorate =
  (this && this.__decorate) ||
  function (decorators, target, key, desc) {
    var c = arguments.length,
      r =
        c < 3
          ? target
          : desc === null
            ? (desc = Object.getOwnPropertyDescriptor(target, key))
            : desc,
      d;
    if (typeof Reflect === 'object' && typeof Reflect.decorate === 'function')
      r = Reflect.decorate(decorators, target, key, desc);
    else
      for (var i = decorators.length - 1; i >= 0; i--)
        if ((d = decorators[i]))
          r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return (c > 3 && r && Object.defineProperty(target, key, r), r);
  };
var WorkflowsModule_1;
import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { loadWorkflows } from './workflow-loader.js';
import { WorkflowRegistry } from './workflow-registry.js';
/** Provides the WorkflowRegistry, loaded and validated once at start-up (a bad file stops it). */
let WorkflowsModule = (WorkflowsModule_1 = class WorkflowsModule {
  static forRoot() {
    return {
      module: WorkflowsModule_1,
      providers: [
        {
          provide: WorkflowRegistry,
          inject: [SERVICE_CONFIG],
          useFactory: (config) => new WorkflowRegistry(loadWorkflows(config.WORKFLOWS_DIR)),
        },
      ],
      exports: [WorkflowRegistry],
    };
  }
});
WorkflowsModule = WorkflowsModule_1 = __decorate([Module({})], WorkflowsModule);
export { WorkflowsModule };
//# sourceMappingURL=workflows.module.js.map
