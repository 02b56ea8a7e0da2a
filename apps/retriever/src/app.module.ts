import { Module } from '@nestjs/common';
import { RetrieveConsumer } from './retrieve/retrieve.consumer.js';
import { EmptyIndex, RetrieveService } from './retrieve/retrieve.service.js';

/** The retriever: passages for a query from the tenant's documents. */
@Module({
  providers: [
    { provide: RetrieveService, useFactory: () => new RetrieveService(new EmptyIndex()) },
    RetrieveConsumer,
  ],
})
export class RetrieverModule {}
