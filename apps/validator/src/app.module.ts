import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { ValidatorConfig } from './config/validator.config.js';
import { type PolicyPattern, ValidateService } from './validate/validate.service.js';

/** The validator: checks outputs before anything moves on. */
@Module({
  imports: [WorkflowsModule.forRoot()],
  providers: [
    {
      provide: ValidateService,
      inject: [WorkflowRegistry, SERVICE_CONFIG],
      useFactory: (workflows: WorkflowRegistry, config: ValidatorConfig) =>
        new ValidateService(workflows, JSON.parse(config.POLICY_PATTERNS) as PolicyPattern[]),
    },
  ],
})
export class ValidatorModule {}
