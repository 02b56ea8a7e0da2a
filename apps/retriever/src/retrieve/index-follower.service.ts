import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Consumer, DeliverPolicy } from '@nats-io/jetstream';
import { DocumentV1, Streams } from '@switchyard/contracts';
import { Messaging, type Supervised, gauge, supervise } from '@switchyard/messaging';
import { LOGGER, Readiness } from '@switchyard/platform';
import type { Logger } from 'pino';
import { DocumentIndex } from './document-index.js';
import type { EmbeddingsClient } from './embeddings.client.js';
import { EMBEDDINGS } from './embeddings.token.js';

/**
 * Materialises this replica's index from the documents stream: replays the latest version of
 * every document on start (an ordered consumer, last per subject), then follows new versions
 * live. The replica reports ready only once the replay is done.
 */
@Injectable()
export class IndexFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private replayed = false;
  private loop?: Supervised;
  private readonly chunksGauge = gauge({
    name: 'switchyard_retriever_chunks',
    help: 'Chunks in this replica’s index',
  });
  private readonly documentsGauge = gauge({
    name: 'switchyard_retriever_documents',
    help: 'Documents in this replica’s index',
  });
  private readonly seqGauge = gauge({
    name: 'switchyard_retriever_applied_seq',
    help: 'Last documents-stream sequence applied to the index',
  });
  private readonly replayGauge = gauge({
    name: 'switchyard_retriever_replay_seconds',
    help: 'How long the start-up replay took',
  });

  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(DocumentIndex) private readonly index: DocumentIndex,
    @Inject(Readiness) readiness: Readiness,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(EMBEDDINGS) private readonly embeddings: EmbeddingsClient | null,
  ) {
    readiness.register('index_replayed', () => this.replayed);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.messaging.start(); // the documents stream is provisioned there
    const started = process.hrtime.bigint();
    // The stream holds document versions only, so no filter (nats-server 2.9 has no
    // filter_subjects on ordered consumers).
    const consumer = await this.messaging.client.js.consumers.get(Streams.documents.name, {
      deliver_policy: DeliverPolicy.LastPerSubject,
    });
    const pendingAtStart = (await consumer.info()).num_pending;
    const finishReplay = (): void => {
      this.replayed = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.replayGauge.set(seconds);
      this.logger.info(
        {
          documents: this.index.documentCount,
          chunks: this.index.chunks,
          seconds: Number(seconds.toFixed(3)),
        },
        'index replay done',
      );
    };
    if (pendingAtStart === 0) finishReplay();
    let first: Consumer | undefined = consumer;
    this.loop = supervise(
      'documents-follower',
      async (signal) => {
        // after a failure, replay again from the start: versions already indexed are skipped
        const source =
          first ??
          (await this.messaging.client.js.consumers.get(Streams.documents.name, {
            deliver_policy: DeliverPolicy.LastPerSubject,
          }));
        first = undefined;
        const messages = await source.consume();
        const stop = (): void => void messages.close().catch(() => undefined);
        signal.addEventListener('abort', stop);
        try {
          for await (const m of messages) {
            await this.apply(m.json(), m.seq, m.subject);
            this.seqGauge.set(m.seq);
            this.chunksGauge.set(this.index.chunks);
            this.documentsGauge.set(this.index.documentCount);
            if (!this.replayed && m.info.pending === 0) finishReplay();
          }
        } finally {
          signal.removeEventListener('abort', stop);
        }
      },
      { logger: this.logger },
    );
  }

  /** Indexes one document version, embedding its chunks first when embeddings are configured. */
  private async apply(data: unknown, seq: number, subject: string): Promise<void> {
    let doc: DocumentV1;
    try {
      doc = DocumentV1.parse(data);
    } catch (err) {
      this.logger.error({ err, seq, subject }, 'document version not indexed: invalid');
      return;
    }
    if (!this.index.isNewer(doc)) return;
    const texts = this.index.chunkTexts(doc);
    let vectors: Float32Array[] | undefined;
    if (this.embeddings) {
      vectors = await this.embeddings.embed(texts).catch((err: unknown) => {
        this.logger.warn(
          { err, document: doc.id, tenant: doc.tenant },
          'embedding failed; indexed for BM25 only',
        );
        return undefined;
      });
    }
    this.index.upsert(doc, vectors, texts);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }
}
