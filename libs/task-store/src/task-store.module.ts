import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { inboxPrefix } from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { BaseServiceConfig, NATS_URLS, SERVICE_CONFIG, SERVICE_NAME } from '@switchyard/platform';
import { IsOptional, IsString, Matches } from 'class-validator';
import { openTaskStore } from './open-task-store.js';
import type { TaskStore } from './task-store.js';

/** DI token of the service's TaskStore. */
export const TASK_STORE = Symbol('TASK_STORE');

/** Settings of a service that reads or writes task state (gateway, coordinator). */
export class TaskStoreServiceConfig extends BaseServiceConfig {
  /** When set, tasks live in MongoDB (use a replica set); otherwise in a JetStream KV bucket. */
  @IsOptional()
  @Matches(/^mongodb(\+srv)?:\/\//, { message: 'must be a mongodb:// or mongodb+srv:// URL' })
  MONGO_URL?: string;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, {
    message: 'must be a valid bucket name (letters, digits, _ and -)',
  })
  TASK_BUCKET = 'sy_tasks';

  /**
   * NATS server URLs of the task bucket when it lives apart from the bus (comma separated); by
   * default it is on the bus (NATS_URL). Ignored with MONGO_URL.
   */
  @IsOptional()
  @Matches(NATS_URLS, { message: 'must be one or more nats:// URLs separated by commas' })
  TASK_STORE_NATS_URL?: string;
}

@Injectable()
class TaskStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(TASK_STORE) private readonly store: TaskStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Module({})
export class TaskStoreModule {
  static forRoot(): DynamicModule {
    return {
      module: TaskStoreModule,
      providers: [
        {
          provide: TASK_STORE,
          inject: [Messaging, SERVICE_CONFIG, SERVICE_NAME],
          useFactory: (messaging: Messaging, config: TaskStoreServiceConfig, service: string) =>
            openTaskStore(messaging.client.nc, {
              mongoUrl: config.MONGO_URL,
              bucket: config.TASK_BUCKET,
              service,
              replicas: config.STREAM_REPLICAS,
              kvServers: config.TASK_STORE_NATS_URL?.split(',').map((s) => s.trim()),
              topologyWaitMs: config.TOPOLOGY_WAIT_MS,
              connection: {
                ...config.natsAuth(),
                inboxPrefix: inboxPrefix(config.NATS_USER ?? service),
              },
            }),
        },
        TaskStoreCloser,
      ],
      exports: [TASK_STORE],
    };
  }
}
