import { Module } from '@nestjs/common';
import { APPROVAL_CHANGED_SUBJECT_PREFIX } from '@switchyard/contracts';
import { Messaging, Publisher } from '@switchyard/messaging';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { TASK_STORE, TaskStoreModule, type TaskStore } from '@switchyard/task-store';
import { WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { ApprovalConfig } from './config/approval.config.js';
import { ApprovalRepository } from './approvals/approval.repository.js';
import { ApprovalsConsumer } from './approvals/approvals.consumer.js';
import { ApprovalsService } from './approvals/approvals.service.js';

/** The approval service: owns approval requests and their decisions. */
@Module({
  imports: [TaskStoreModule.forRoot(), WorkflowsModule.forRoot()],
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
      inject: [ApprovalRepository, TASK_STORE, Publisher, WorkflowRegistry, Messaging],
      useFactory: (
        repo: ApprovalRepository,
        tasks: TaskStore,
        publisher: Publisher,
        workflows: WorkflowRegistry,
        messaging: Messaging,
      ) => {
        const nc = messaging.client.nc;
        // core NATS, fire and forget: the gateway turns these into the approval event stream
        const notify = (tenant: string, notice: { id: string }): void =>
          nc.publish(
            `${APPROVAL_CHANGED_SUBJECT_PREFIX}.${tenant}.${notice.id}`,
            JSON.stringify(notice),
          );
        return new ApprovalsService(
          repo,
          tasks,
          publisher,
          workflows,
          notify,
          nc.info?.max_payload ?? 1024 * 1024,
        );
      },
    },
    ApprovalsConsumer,
  ],
})
export class ApprovalModule {}
