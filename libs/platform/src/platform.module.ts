import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { type StreamSpec, inboxPrefix } from '@switchyard/contracts';
import { Messaging, MessagingModule } from '@switchyard/messaging';
import type { Logger } from 'pino';
import type { BaseServiceConfig } from './config.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';
import { Readiness } from './readiness.js';
import { LOGGER, SERVICE_CONFIG, SERVICE_NAME } from './tokens.js';

export interface PlatformOptions {
  service: string;
  instance: string;
  config: BaseServiceConfig;
  logger: Logger;
  streams: readonly StreamSpec[];
}

@Injectable()
class MessagingReadiness implements OnModuleInit {
  constructor(
    @Inject(Readiness) private readonly readiness: Readiness,
    @Inject(Messaging) private readonly messaging: Messaging,
  ) {}

  onModuleInit(): void {
    this.readiness.register('nats', () => this.messaging.client.isConnected());
    this.readiness.register('consumers', () => this.messaging.consumersRunning());
  }
}

/**
 * What every service has: its config and logger in DI, the NATS connection and consumers
 * (`MessagingModule`), and the health and metrics endpoints.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config, logger } = options;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        MessagingModule.forRootAsync({
          useFactory: () => ({
            servers: config.natsServers(),
            name: `${options.service}-${options.instance}`,
            streams: options.streams,
            logger: logger.child({ component: 'messaging' }),
            concurrency: config.CONSUMER_CONCURRENCY,
            publishTimeoutMs: config.PUBLISH_TIMEOUT_MS,
            replicas: config.STREAM_REPLICAS,
            ...config.natsAuth(),
            inboxPrefix: inboxPrefix(config.NATS_USER ?? options.service),
            // services verify the topology; only the provisioning identity creates it
            topology: 'verify',
            topologyWaitMs: config.TOPOLOGY_WAIT_MS,
          }),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: config.constructor, useValue: config },
        { provide: LOGGER, useValue: logger },
        Readiness,
        MessagingReadiness,
      ],
      exports: [SERVICE_CONFIG, SERVICE_NAME, config.constructor, LOGGER, Readiness],
    };
  }
}
