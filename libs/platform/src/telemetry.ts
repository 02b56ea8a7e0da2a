import { NodeSDK } from '@opentelemetry/sdk-node';

let sdk: NodeSDK | undefined;

/**
 * Starts the OpenTelemetry SDK; call it before anything else is imported (each app's
 * `instrumentation.ts`). Export is configured by the standard `OTEL_*` variables
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, `OTEL_TRACES_EXPORTER`,
 * `OTEL_SERVICE_NAME`, ...). Without any, nothing is exported, but spans still exist, so trace
 * context travels across the bus and log lines carry trace ids.
 */
export function startTelemetry(service: string): void {
  if (sdk) return;
  const configured =
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT ||
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
    process.env.OTEL_TRACES_EXPORTER;
  if (!configured) {
    process.env.OTEL_TRACES_EXPORTER = 'none';
    // Nothing is exported, so record nothing: spans stay non-recording (cheap) but still have
    // trace and span ids, which travel in the message headers and appear on log lines.
    process.env.OTEL_TRACES_SAMPLER ??= 'always_off';
  }
  process.env.OTEL_SERVICE_NAME ??= `switchyard-${service}`;
  // metrics and logs go through prom-client and pino; the SDK handles traces only
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({ instrumentations: [] });
  sdk.start();
}

/** Flushes and stops the SDK (exports what is buffered). */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown().catch(() => undefined);
  sdk = undefined;
}
