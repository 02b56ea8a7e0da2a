import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  type Sampler,
  type SpanExporter,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from '@opentelemetry/sdk-trace';

let provider: TracerProvider | undefined;

function sampler(exporting: boolean): Sampler {
  // Nothing exported: spans stay non-recording (cheap) but still carry trace and span ids, which
  // travel in the message headers and appear on log lines.
  if (!exporting) return new AlwaysOffSampler();
  const ratio = Number(process.env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  switch (process.env.OTEL_TRACES_SAMPLER) {
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    case 'always_on':
      return new AlwaysOnSampler();
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/** The span exporter the standard `OTEL_*` variables ask for; loaded only when asked for. */
async function exporterFromEnv(): Promise<SpanExporter | undefined> {
  const kind =
    process.env.OTEL_TRACES_EXPORTER ??
    (process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
      ? 'otlp'
      : 'none');
  if (kind === 'none') return undefined;
  if (kind === 'console') return new ConsoleSpanExporter();
  if (kind !== 'otlp')
    throw new Error(`OTEL_TRACES_EXPORTER=${kind} is not supported (otlp, console, none)`);
  const protocol =
    process.env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ??
    process.env.OTEL_EXPORTER_OTLP_PROTOCOL ??
    'http/protobuf';
  // each exporter reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself
  if (protocol === 'http/json') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    return new OTLPTraceExporter();
  }
  if (protocol === 'grpc') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-grpc');
    return new OTLPTraceExporter();
  }
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter();
}

/**
 * Starts tracing; each app's `instrumentation.ts` awaits it before anything else is imported.
 * Export follows the standard variables (`OTEL_TRACES_EXPORTER`, `OTEL_EXPORTER_OTLP_ENDPOINT` or
 * `…_TRACES_ENDPOINT`, `OTEL_EXPORTER_OTLP_PROTOCOL`: `http/protobuf` (default), `http/json`,
 * `grpc`; `OTEL_TRACES_SAMPLER`, `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`). Without any,
 * nothing is exported, but spans still exist, so trace context travels across the bus and log
 * lines carry trace ids. The tracer provider is the SDK's own (`@opentelemetry/sdk-trace`); the
 * all-in-one `sdk-node` (and with it every exporter, about 40 MiB per process) is not loaded.
 */
export async function startTelemetry(service: string): Promise<void> {
  if (provider) return;
  const exporter = await exporterFromEnv();
  const attributes: Record<string, string> = {};
  for (const pair of (process.env.OTEL_RESOURCE_ATTRIBUTES ?? '').split(',')) {
    const [key, ...value] = pair.split('=');
    if (key?.trim() && value.length > 0)
      attributes[key.trim()] = decodeURIComponent(value.join('=').trim());
  }
  provider = new TracerProvider({
    resource: resourceFromAttributes({
      ...attributes,
      'service.name': process.env.OTEL_SERVICE_NAME ?? `switchyard-${service}`,
    }),
    sampler: sampler(exporter !== undefined),
    spanProcessors: exporter ? [new BatchSpanProcessor({ exporter })] : [],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(
    new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
  );
  trace.setGlobalTracerProvider(provider);
}

/** Flushes and stops tracing (exports what is buffered). */
export async function stopTelemetry(): Promise<void> {
  await provider?.shutdown().catch(() => undefined);
  provider = undefined;
}
