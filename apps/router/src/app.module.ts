import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { join } from 'node:path';
import { ROUTING_FILE, Router, WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { RouterConfig } from './config/router.config.js';
import { RouteConsumer } from './route/route.consumer.js';
import { RouteService } from './route/route.service.js';

/** The router: classifies each task to a workflow. */
@Module({
  imports: [WorkflowsModule.forRoot()],
  providers: [
    {
      provide: RouteService,
      inject: [WorkflowRegistry, SERVICE_CONFIG],
      useFactory: (workflows: WorkflowRegistry, config: RouterConfig) =>
        new RouteService(
          Router.load(
            config.ROUTING_FILE ?? join(config.WORKFLOWS_DIR, ROUTING_FILE),
            (id) => !!workflows.latest(id),
          ),
        ),
    },
    RouteConsumer,
  ],
})
export class RouterModule {}
