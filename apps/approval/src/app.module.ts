import { Module } from '@nestjs/common';
import { Messaging, Publisher } from '@switchyard/messaging';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { TASK_STORE, TaskStoreModule, type TaskStore } from '@switchyard/task-store';
import type { ApprovalConfig } from './config/approval.config.js';
import { ApprovalRepository } from './approvals/approval.repository.js';
import { ApprovalsConsumer } from './approvals/approvals.consumer.js';
import { ApprovalsService } from './approvals/approvals.service.js';

/** The approval service: owns approval requests and their decisions. */
@Module({
  imports: [TaskStoreModule.forRoot()],
  providers: [
    {
      provide: ApprovalRepository,
      inject: [Messaging, SERVICE_CONFIG],
      useFactory: (messaging: Messaging, config: ApprovalConfig) =>
        ApprovalRepository.open(
          messaging.client.nc,
          config.APPROVAL_BUCKET,
          config.STREAM_REPLICAS,
          config.TOPOLOGY_WAIT_MS,
        ),
    },
    {
      provide: ApprovalsService,
      inject: [ApprovalRepository, TASK_STORE, Publisher],
      useFactory: (repo: ApprovalRepository, tasks: TaskStore, publisher: Publisher) =>
        new ApprovalsService(repo, tasks, publisher),
    },
    ApprovalsConsumer,
  ],
})
export class ApprovalModule {}
