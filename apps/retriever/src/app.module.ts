import { Module } from '@nestjs/common';

/** The retriever service's features. */
@Module({})
export class RetrieverModule {}
