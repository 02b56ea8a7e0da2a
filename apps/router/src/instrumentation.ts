// Loaded first by main.ts: the OpenTelemetry SDK must start before anything else is imported.
import { startTelemetry } from '@switchyard/platform/telemetry';

await startTelemetry('router');
