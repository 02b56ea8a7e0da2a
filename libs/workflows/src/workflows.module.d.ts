import { type DynamicModule } from '@nestjs/common';
/** A service config that names the workflows directory. */
export interface WorkflowsConfig {
  WORKFLOWS_DIR: string;
}
/** Provides the WorkflowRegistry, loaded and validated once at start-up (a bad file stops it). */
export declare class WorkflowsModule {
  static forRoot(): DynamicModule;
}
//# sourceMappingURL=workflows.module.d.ts.map
