import { Module } from '@nestjs/common';

/** The generator service's features. */
@Module({})
export class GeneratorModule {}
