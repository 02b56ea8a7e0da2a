import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { ValidateService } from './validate.service.js';

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
        (msg) => Promise.resolve(this.validator.validate(msg.payload)),
      ),
    );
  }
}
