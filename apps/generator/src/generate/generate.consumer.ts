import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { LocalProvider } from './local-provider.js';

@Injectable()
export class GenerateConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(LocalProvider) private readonly provider: LocalProvider,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(
      Consumers.generator,
      stageResponder(
        this.publisher,
        { stage: 'generate', result: Subjects.GenerateCompleted },
        (msg) =>
          Promise.resolve({ stepId: msg.payload.stepId, ...this.provider.generate(msg.payload) }),
      ),
    );
  }
}
