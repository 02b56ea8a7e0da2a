import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { TaskStoreModule } from '@switchyard/task-store';
import { WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { CoordinatorConfig } from './config/coordinator.config.js';
import { Saga } from './saga/saga.js';
import { SAGA_CONSUMER_OPTIONS, SagaConsumer } from './saga/saga.consumer.js';

/** The coordinator: the saga that is the only writer of task state. */
@Module({
  imports: [TaskStoreModule.forRoot(), WorkflowsModule.forRoot()],
  providers: [
    {
      provide: Saga,
      inject: [WorkflowRegistry, SERVICE_CONFIG],
      useFactory: (workflows: WorkflowRegistry, config: CoordinatorConfig) =>
        new Saga(workflows, {
          routeTimeoutMs: config.ROUTE_TIMEOUT_MS,
          routeRetries: config.ROUTE_RETRIES,
        }),
    },
    {
      provide: SAGA_CONSUMER_OPTIONS,
      inject: [SERVICE_CONFIG],
      useFactory: (config: CoordinatorConfig) => ({
        sweepIntervalMs: config.SWEEP_INTERVAL_MS,
        submissionCheckAfterMs: config.SUBMISSION_CHECK_AFTER_MS,
      }),
    },
    SagaConsumer,
  ],
})
export class CoordinatorModule {}
