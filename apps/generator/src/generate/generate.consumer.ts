import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { ActService } from './act.service.js';
import { GenerateService } from './generate.service.js';

/** In-progress acks while a model call runs, so a long call keeps its message. */
const KEEPALIVE_MS = 5_000;

@Injectable()
export class GenerateConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(GenerateService) private readonly generator: GenerateService,
    @Inject(ActService) private readonly actor: ActService,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(
      Consumers.generator,
      stageResponder(
        this.publisher,
        { stage: 'generate', result: Subjects.GenerateCompleted },
        async (msg) => {
          const keepalive = setInterval(() => msg.working(), KEEPALIVE_MS);
          const abort = new AbortController();
          try {
            return await this.generator.generate(msg.envelope.taskId, msg.payload, abort.signal);
          } finally {
            clearInterval(keepalive);
            abort.abort();
          }
        },
      ),
    );
    this.messaging.consume(
      Consumers.actor,
      stageResponder(this.publisher, { stage: 'action', result: Subjects.ActionCompleted }, (msg) =>
        this.actor.act(msg.envelope.taskId, msg.payload),
      ),
    );
  }
}
