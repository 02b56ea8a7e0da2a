import type { LoggerService } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

/**
 * Paths pino censors in every log line (its own redaction, applied before a line is written):
 * authorization headers and cookies, broker passwords, model-provider credentials, API keys and
 * tokens, at the top level and up to three levels down (`err.config.headers.authorization`).
 */
export const REDACTED_PATHS: readonly string[] = (() => {
  const names = [
    'authorization',
    'Authorization',
    'cookie',
    'set-cookie',
    'password',
    'pass',
    'apiKey',
    'api_key',
    'apikey',
    'token',
    'secret',
    'NATS_PASSWORD',
    'PROVIDERS',
    'API_KEYS',
    'EMBEDDINGS_API_KEY',
  ];
  const prefixes = ['', '*.', '*.*.', '*.*.*.'];
  return prefixes.flatMap((p) => names.map((n) => `${p}${n.includes('-') ? `["${n}"]` : n}`));
})();

export const REDACTED = '[redacted]';

/** Structured JSON logs on stdout: one object per line, with the service and instance on each. */
export function createLogger(
  service: string,
  level: string,
  instance: string,
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    base: { service, instance },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // every line written inside a span carries its trace and span ids
    mixin: () => {
      const span = trace.getActiveSpan()?.spanContext();
      return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Routes NestJS's own log lines into the same JSON stream. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
