import { type DynamicModule, Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { loadWorkflows } from './workflow-loader.js';
import { WorkflowRegistry } from './workflow-registry.js';

/** A service config that names the workflows directory. */
export interface WorkflowsConfig {
  WORKFLOWS_DIR: string;
}

/** Provides the WorkflowRegistry, loaded and validated once at start-up (a bad file stops it). */
@Module({})
export class WorkflowsModule {
  static forRoot(): DynamicModule {
    return {
      module: WorkflowsModule,
      providers: [
        {
          provide: WorkflowRegistry,
          inject: [SERVICE_CONFIG],
          useFactory: (config: WorkflowsConfig) =>
            new WorkflowRegistry(loadWorkflows(config.WORKFLOWS_DIR)),
        },
      ],
      exports: [WorkflowRegistry],
    };
  }
}
