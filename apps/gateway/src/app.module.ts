import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { TaskStoreModule } from '@switchyard/task-store';
import { WorkflowsModule } from '@switchyard/workflows';
import { ApprovalsController } from './approvals/approvals.controller.js';
import { ApiKeys } from './auth/api-keys.js';
import { DocumentsController } from './documents/documents.controller.js';
import { DocumentsService } from './documents/documents.service.js';
import { ApiKeyGuard } from './auth/auth.js';
import type { GatewayConfig } from './config/gateway.config.js';
import { ErrorFormatFilter } from './http/errors.js';
import { TaskWatcher } from './tasks/task-watcher.js';
import { TasksController } from './tasks/tasks.controller.js';
import { TasksService } from './tasks/tasks.service.js';
import { AdmissionService } from './admission/admission.service.js';

/** The gateway: the public REST API. */
@Module({
  imports: [TaskStoreModule.forRoot(), WorkflowsModule.forRoot()],
  controllers: [TasksController, DocumentsController, ApprovalsController],
  providers: [
    {
      provide: ApiKeys,
      inject: [SERVICE_CONFIG],
      useFactory: (config: GatewayConfig) =>
        ApiKeys.load({ json: config.API_KEYS, file: config.API_KEYS_FILE, host: config.HTTP_HOST }),
    },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_FILTER, useClass: ErrorFormatFilter },
    TaskWatcher,
    AdmissionService,
    DocumentsService,
    TasksService,
  ],
})
export class GatewayModule {}
