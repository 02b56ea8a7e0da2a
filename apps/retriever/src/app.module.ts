import { Module } from '@nestjs/common';
import { DocumentIndex } from './retrieve/document-index.js';
import { IndexFollower } from './retrieve/index-follower.service.js';
import { RetrieveConsumer } from './retrieve/retrieve.consumer.js';
import { RetrieveService } from './retrieve/retrieve.service.js';

/** The retriever: passages for a query from the tenant's documents. */
@Module({
  providers: [
    { provide: DocumentIndex, useFactory: () => new DocumentIndex() },
    {
      provide: RetrieveService,
      inject: [DocumentIndex],
      useFactory: (index: DocumentIndex) => new RetrieveService(index),
    },
    IndexFollower,
    RetrieveConsumer,
  ],
})
export class RetrieverModule {}
