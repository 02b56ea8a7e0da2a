import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Messaging, type MessagingOptions } from './messaging.js';
import { StageHandlerExplorer } from './stage-handler.js';
import { Publisher } from './publisher.js';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleAsyncOptions {
  imports?: DynamicModule['imports'];
  inject?: Array<string | symbol | (abstract new (...args: never[]) => unknown)>;
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
}

/**
 * Starts consumers once every module has registered its handlers (in `onModuleInit`), and on
 * shutdown stops pulling, lets in-flight work finish and drains the connection.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(Messaging) private readonly messaging: Messaging) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.messaging.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messaging.close();
  }
}

/** NestJS wiring of the JetStream runtime: `Messaging` (consumers) and `Publisher`. */
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        {
          provide: MESSAGING_OPTIONS,
          inject: options.inject ?? [],
          useFactory: options.useFactory,
        },
        {
          provide: Messaging,
          inject: [MESSAGING_OPTIONS],
          useFactory: (opts: MessagingOptions) => Messaging.connect(opts),
        },
        { provide: Publisher, inject: [Messaging], useFactory: (m: Messaging) => m.publisher },
        MessagingLifecycle,
        StageHandlerExplorer,
      ],
      exports: [Messaging, Publisher],
    };
  }
}
