import { Module } from '@nestjs/common';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import type { Logger } from 'pino';
import type { RetrieverConfig } from './config/retriever.config.js';
import { DocumentIndex } from './retrieve/document-index.js';
import { EmbeddingsClient } from './retrieve/embeddings.client.js';
import { EMBEDDINGS } from './retrieve/embeddings.token.js';
import { IndexFollower } from './retrieve/index-follower.service.js';
import { RetrieveConsumer } from './retrieve/retrieve.consumer.js';
import { RetrieveService } from './retrieve/retrieve.service.js';

/** The retriever: passages for a query from the tenant's documents. */
@Module({
  providers: [
    { provide: DocumentIndex, useFactory: () => new DocumentIndex() },
    {
      provide: EMBEDDINGS,
      inject: [SERVICE_CONFIG],
      useFactory: (config: RetrieverConfig) =>
        config.EMBEDDINGS_URL
          ? new EmbeddingsClient({
              baseUrl: config.EMBEDDINGS_URL,
              model: config.EMBEDDINGS_MODEL,
              apiKey: config.EMBEDDINGS_API_KEY,
              timeoutMs: config.EMBEDDINGS_TIMEOUT_MS,
              retries: config.EMBEDDINGS_RETRIES,
            })
          : null,
    },
    {
      provide: RetrieveService,
      inject: [DocumentIndex, EMBEDDINGS, LOGGER],
      useFactory: (index: DocumentIndex, embeddings: EmbeddingsClient | null, logger: Logger) =>
        new RetrieveService(index, embeddings ?? undefined, (err) =>
          logger.warn({ err }, 'query embedding failed; answering with BM25 alone'),
        ),
    },
    IndexFollower,
    RetrieveConsumer,
  ],
})
export class RetrieverModule {}
