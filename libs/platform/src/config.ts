import { Type, plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
  type ValidationError,
} from 'class-validator';

/** Start-up refused: lists every bad variable with what is wrong and what was given. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`invalid configuration for ${service}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Each service's HTTP port (health, metrics, API) unless HTTP_PORT says otherwise. */
export const DEFAULT_HTTP_PORTS: Readonly<Record<string, number>> = {
  gateway: 8080,
  coordinator: 8081,
  router: 8082,
  retriever: 8083,
  generator: 8084,
  validator: 8085,
  approval: 8086,
};

/** One or more NATS server URLs separated by commas. */
export const NATS_URLS = /^(nats|tls|ws|wss):\/\/[^\s,]+(,(nats|tls|ws|wss):\/\/[^\s,]+)*$/;

/**
 * Settings every service has. Each app extends this with its own class in
 * `apps/<service>/src/config/`. Values come from the environment only, through `loadConfig`.
 */
export class BaseServiceConfig {
  /** Comma-separated NATS server URLs. */
  @Matches(NATS_URLS, { message: 'must be one or more nats:// URLs separated by commas' })
  NATS_URL = 'nats://127.0.0.1:4222';

  @IsString()
  @Matches(/^[0-9a-zA-Z.:[\]-]+$/, { message: 'must be a host name or IP address' })
  HTTP_HOST = '127.0.0.1';

  /** Defaults to the service's port in `DEFAULT_HTTP_PORTS`. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  HTTP_PORT!: number;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Messages each consumer of this process handles at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  CONSUMER_CONCURRENCY = 64;

  /** How long shutdown may take (finish in-flight messages, drain) before the process exits. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 20_000;

  /**
   * How long a publish keeps retrying while the broker does not confirm it. A handler whose publish
   * fails holds its message and retries it (no delivery is spent); the gateway answers 503.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  PUBLISH_TIMEOUT_MS = 30_000;

  /** Copies of each stream and KV bucket: 1 on a single nats-server, 3 in a JetStream cluster. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  STREAM_REPLICAS = 1;

  /** Instance name in logs and NATS connection names (defaults to the pid). */
  @IsOptional()
  @IsString()
  INSTANCE_ID?: string;

  natsServers(): string[] {
    return this.NATS_URL.split(',').map((s) => s.trim());
  }
}

function describe(errors: ValidationError[], env: Record<string, string | undefined>): string[] {
  return errors.flatMap((e) => {
    const given = env[e.property];
    const shown = given === undefined ? 'not set' : `got '${given}'`;
    return Object.values(e.constraints ?? {}).map((c) => `${e.property}: ${c} (${shown})`);
  });
}

/**
 * Reads a config class from the environment: class defaults, then environment values converted
 * to the declared types. Fails listing every bad variable at once.
 */
export function loadConfig<T extends BaseServiceConfig>(
  cls: new () => T,
  service: string,
  env: Record<string, string | undefined> = process.env,
): T {
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(cls, '', true, false)
      .map((m) => m.propertyName),
  );
  const given: Record<string, string> = {};
  const port = DEFAULT_HTTP_PORTS[service];
  if (port !== undefined) given.HTTP_PORT = String(port);
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }
  const config = plainToInstance(cls, given, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(service, describe(errors, env));
  return config;
}
