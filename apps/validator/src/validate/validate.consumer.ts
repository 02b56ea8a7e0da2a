import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { counter, Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { ValidateService } from './validate.service.js';

const failures = counter({
  name: 'switchyard_validation_failures_total',
  help: 'Failed validation checks by workflow and check (schema, citations, policy, ...)',
  labelNames: ['workflow', 'check'],
});

@Injectable()
export class ValidateConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(ValidateService) private readonly validator: ValidateService,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(
      Consumers.validator,
      stageResponder(
        this.publisher,
        { stage: 'validate', result: Subjects.ValidateCompleted },
        (msg) => {
          const result = this.validator.validate(msg.payload);
          for (const f of result.verdict.failures)
            failures.inc({ workflow: msg.payload.workflowId, check: f.check });
          return Promise.resolve(result);
        },
      ),
    );
  }
}
