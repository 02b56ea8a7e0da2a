import { Module } from '@nestjs/common';
import { GenerateConsumer } from './generate/generate.consumer.js';
import { LocalProvider } from './generate/local-provider.js';

/** The generator: calls a model provider with the task's context. */
@Module({
  providers: [{ provide: LocalProvider, useFactory: () => new LocalProvider() }, GenerateConsumer],
})
export class GeneratorModule {}
