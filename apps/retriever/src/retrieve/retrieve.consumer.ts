import { Inject, Injectable } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { type Command, StageHandler } from '@switchyard/messaging';
import { RetrieveService } from './retrieve.service.js';

/** Retrieve commands, found by `@StageHandler`: the result goes back to the coordinator. */
@Injectable()
export class RetrieveConsumer {
  constructor(@Inject(RetrieveService) private readonly retriever: RetrieveService) {}

  @StageHandler(Consumers.retriever, { stage: 'retrieve', result: Subjects.RetrieveCompleted })
  onRetrieveRequested(msg: Command<typeof Subjects.RetrieveRequested>) {
    return Promise.resolve(this.retriever.retrieve(msg.envelope.tenant, msg.payload));
  }
}
