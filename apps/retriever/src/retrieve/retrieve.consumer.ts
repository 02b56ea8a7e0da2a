import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { RetrieveService } from './retrieve.service.js';

@Injectable()
export class RetrieveConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(RetrieveService) private readonly retriever: RetrieveService,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(
      Consumers.retriever,
      stageResponder(
        this.publisher,
        { stage: 'retrieve', result: Subjects.RetrieveCompleted },
        (msg) => Promise.resolve(this.retriever.retrieve(msg.envelope.tenant, msg.payload)),
      ),
    );
  }
}
