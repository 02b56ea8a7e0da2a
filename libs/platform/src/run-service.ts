import { hostname } from 'node:os';
import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import {
  FLOW_STREAMS,
  SERVICE_NAMES,
  type ServiceName,
  type StreamSpec,
  streamsOf,
} from '@switchyard/contracts';
import { type BaseServiceConfig, ConfigError, loadConfig } from './config.js';
import { NestPinoLogger, createLogger } from './logger.js';
import { collectProcessMetrics } from './metrics.controller.js';
import { PlatformModule } from './platform.module.js';
import { stopTelemetry } from './telemetry.js';
import { Readiness } from './readiness.js';

export interface ServiceDefinition<C extends BaseServiceConfig> {
  /** Service name: in logs, metrics and the NATS connection name. */
  name: string;
  config: new () => C;
  /** The app's own module (its features). */
  module: Type<unknown>;
  streams?: readonly StreamSpec[];
  /** Largest request body accepted (bytes); larger gets 413. */
  bodyLimit?: number;
  /** Let NestJS register its JSON and form parsers (default true); false leaves Fastify's own. */
  nestBodyParsers?: boolean;
  /** More Fastify server options (e.g. `frameworkErrors`, `maxParamLength`). */
  fastify?: Omit<FastifyServerOptions, 'bodyLimit'>;
  /** Extra HTTP set-up (pipes, filters, OpenAPI) before listening. */
  configure?: (app: NestFastifyApplication, config: C) => void | Promise<void>;
}

export interface RunningService {
  app: NestFastifyApplication;
  url: string;
  /** Stops taking work, finishes what is in flight, drains NATS and closes HTTP. */
  shutdown(signal: string): Promise<void>;
}

/**
 * Boots a service: validated config (exit 1 listing every bad variable), JSON logs, NestJS on
 * Fastify with health and metrics, NATS connection and consumers. SIGTERM/SIGINT drain and exit 0.
 */
export async function runService<C extends BaseServiceConfig>(
  definition: ServiceDefinition<C>,
): Promise<RunningService> {
  let config: C;
  try {
    config = loadConfig(definition.config, definition.name);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const instance = config.INSTANCE_ID ?? `${hostname()}-${process.pid}`;
  const logger = createLogger(definition.name, config.LOG_LEVEL, instance);
  // Set once the app is up; until then a fatal error simply exits.
  const running: { shutdown?: (signal: string) => Promise<void> } = {};
  const onFatal = (kind: string) => (err: unknown) => {
    logger.fatal({ err, kind }, `${kind}: stopping the service`);
    if (!running.shutdown) process.exit(1);
    void running.shutdown(kind).finally(() => process.exit(1));
  };
  // A bug that escapes every handler ends the process cleanly (drain, exit 1) and says why, instead
  // of Node's default crash with half-finished work and no log line.
  process.on('unhandledRejection', onFatal('unhandledRejection'));
  process.on('uncaughtException', onFatal('uncaughtException'));

  let app: NestFastifyApplication;
  try {
    const root = class ServiceRoot {};
    Module({
      imports: [
        PlatformModule.forRoot({
          service: definition.name,
          instance,
          config,
          logger,
          // the streams it publishes to or reads, from the topology (what it verifies at start)
          streams:
            definition.streams ??
            (SERVICE_NAMES.includes(definition.name as ServiceName)
              ? streamsOf(definition.name as ServiceName)
              : FLOW_STREAMS),
        }),
        definition.module,
      ],
    })(root);
    app = await NestFactory.create<NestFastifyApplication>(
      root,
      new FastifyAdapter({ ...definition.fastify, bodyLimit: definition.bodyLimit ?? 256 * 1024 }),
      {
        logger: new NestPinoLogger(logger.child({ component: 'nest' })),
        abortOnError: false,
        bodyParser: definition.nestBodyParsers ?? true,
      },
    );
    collectProcessMetrics();
    await definition.configure?.(app, config);
    await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  } catch (err) {
    logger.fatal({ err }, `${definition.name} failed to start`);
    process.stderr.write(`${definition.name} failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }

  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.HTTP_PORT;
  const url = `http://${config.HTTP_HOST}:${port}`;
  logger.info(
    { url, nats: config.NATS_URL.replace(/\/\/[^@/,]*@/g, '//'), natsUser: config.NATS_USER },
    `${definition.name} started`,
  );

  let closing: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    closing ??= (async () => {
      app.get(Readiness).markShuttingDown();
      logger.info({ signal }, 'shutting down: finishing in-flight work and draining');
      const timer = setTimeout(() => {
        logger.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting');
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS);
      timer.unref();
      await app.close();
      await stopTelemetry();
      clearTimeout(timer);
      logger.info('stopped');
    })();
    return closing;
  };
  running.shutdown = shutdown;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      shutdown(signal).then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { app, url, shutdown };
}
