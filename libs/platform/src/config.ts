import { readFileSync } from 'node:fs';
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

  /** The broker identity of this service (its name in the generated accounts file). */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'must be a broker user name' })
  NATS_USER?: string;

  /** Its password; prefer NATS_PASSWORD_FILE (a mounted secret). */
  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /** A file holding the password (trailing newline ignored), e.g. a Kubernetes Secret mount. */
  @IsOptional()
  @IsString()
  NATS_PASSWORD_FILE?: string;

  /** TLS to the broker: the CA certificate that signed the broker's certificate. */
  @IsOptional()
  @IsString()
  NATS_TLS_CA_FILE?: string;

  /** A client certificate and its key, when the broker verifies clients. */
  @IsOptional()
  @IsString()
  NATS_TLS_CERT_FILE?: string;

  @IsOptional()
  @IsString()
  NATS_TLS_KEY_FILE?: string;

  /**
   * How long a service waits at start for the provisioning job to create or update the streams,
   * consumers and buckets it needs before it fails naming what is missing.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  TOPOLOGY_WAIT_MS = 120_000;

  natsServers(): string[] {
    return this.NATS_URL.split(',').map((s) => s.trim());
  }

  /** User, password (read from NATS_PASSWORD_FILE when given) and TLS files for the broker. */
  natsAuth(): {
    user?: string;
    password?: string;
    tls?: { caFile?: string; certFile?: string; keyFile?: string };
  } {
    const password =
      this.NATS_PASSWORD ??
      (this.NATS_PASSWORD_FILE
        ? readFileSync(this.NATS_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '')
        : undefined);
    const tls =
      this.NATS_TLS_CA_FILE || this.NATS_TLS_CERT_FILE
        ? {
            caFile: this.NATS_TLS_CA_FILE,
            certFile: this.NATS_TLS_CERT_FILE,
            keyFile: this.NATS_TLS_KEY_FILE,
          }
        : undefined;
    return { user: this.NATS_USER, password, tls };
  }

  /** Problems between variables (each is valid alone); part of the start-up refusal. */
  crossFieldProblems(): string[] {
    const problems: string[] = [];
    if (this.NATS_PASSWORD !== undefined && this.NATS_PASSWORD_FILE !== undefined)
      problems.push('NATS_PASSWORD and NATS_PASSWORD_FILE: set one of them, not both');
    if (this.NATS_USER && this.NATS_PASSWORD === undefined && !this.NATS_PASSWORD_FILE)
      problems.push('NATS_USER: needs NATS_PASSWORD or NATS_PASSWORD_FILE');
    if (!this.NATS_USER && (this.NATS_PASSWORD !== undefined || this.NATS_PASSWORD_FILE))
      problems.push('NATS_PASSWORD: needs NATS_USER (the broker user it belongs to)');
    if (!!this.NATS_TLS_CERT_FILE !== !!this.NATS_TLS_KEY_FILE)
      problems.push('NATS_TLS_CERT_FILE and NATS_TLS_KEY_FILE: set both or neither');
    for (const key of [
      'NATS_PASSWORD_FILE',
      'NATS_TLS_CA_FILE',
      'NATS_TLS_CERT_FILE',
      'NATS_TLS_KEY_FILE',
    ] as const) {
      const file = this[key];
      if (!file) continue;
      try {
        readFileSync(file);
      } catch (err) {
        problems.push(`${key}: cannot read ${file} (${(err as NodeJS.ErrnoException).code})`);
      }
    }
    return problems;
  }
}

/** Variables whose values are never echoed in a configuration error. */
const SECRET_VARIABLE = /PASSWORD|SECRET|TOKEN|API_KEY|PROVIDERS/;

function describe(errors: ValidationError[], env: Record<string, string | undefined>): string[] {
  return errors.flatMap((e) => {
    const given = env[e.property];
    const shown =
      given === undefined
        ? 'not set'
        : SECRET_VARIABLE.test(e.property)
          ? 'set; value not shown'
          : `got '${given}'`;
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
  const problems = describe(errors, env);
  problems.push(...config.crossFieldProblems());
  if (problems.length > 0) throw new ConfigError(service, problems);
  return config;
}
