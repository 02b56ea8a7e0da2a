import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import CircuitBreaker from 'opossum';
import type { ProviderAttemptV1 } from '@switchyard/contracts';
import type { ModelProvider, ModelRequest, ModelResponse } from './provider.js';
import { ProviderError } from './provider.js';
import { modelMetrics } from './model-metrics.js';

const tracer = trace.getTracer('switchyard.generator');

export interface ChainLink {
  provider: string;
  model: string;
}

export interface BreakerOptions {
  /** Failures in the rolling window, in percent, that open the circuit. */
  errorThresholdPercentage: number;
  /** Calls in the window before the threshold applies. */
  volumeThreshold: number;
  /** How long the circuit stays open before one trial call (half-open). */
  resetTimeoutMs: number;
  rollingCountTimeoutMs: number;
}

export interface ChainResult {
  response: ModelResponse;
  provider: string;
  model: string;
  attempts: ProviderAttemptV1[];
}

/** Every provider of the chain failed; `attempts` says how. */
export class AllProvidersFailedError extends Error {
  override readonly name = 'AllProvidersFailedError';

  constructor(readonly attempts: ProviderAttemptV1[]) {
    super(
      `every provider failed: ${attempts.map((a) => `${a.provider}/${a.model} ${a.outcome}`).join(', ')}`,
    );
  }
}

/**
 * Calls a tier's providers in order: each with retries and backoff for retryable failures, behind
 * its own circuit breaker (opossum); on failure, the next provider of the chain. Every call is
 * recorded as an attempt, so the timeline can say which provider answered and why others did not.
 */
export class ProviderChain {
  private readonly breakers = new Map<
    string,
    CircuitBreaker<[ModelProvider, ModelRequest], ModelResponse>
  >();

  constructor(
    private readonly providers: ReadonlyMap<string, ModelProvider>,
    private readonly breaker: BreakerOptions,
    private readonly retries: number,
    private readonly retryDelayMs = 200,
  ) {}

  /** The circuit state of a provider (`closed`, `open`, `half-open`). */
  state(provider: string): 'closed' | 'open' | 'half-open' {
    const b = this.breakers.get(provider);
    if (!b) return 'closed';
    return b.opened ? 'open' : b.halfOpen ? 'half-open' : 'closed';
  }

  async complete(
    chain: readonly ChainLink[],
    request: Omit<ModelRequest, 'model'>,
  ): Promise<ChainResult> {
    const attempts: ProviderAttemptV1[] = [];
    for (const link of chain) {
      const provider = this.providers.get(link.provider);
      if (!provider) {
        attempts.push({
          provider: link.provider,
          model: link.model,
          outcome: 'error',
          reason: 'provider not configured',
          latencyMs: 0,
        });
        continue;
      }
      const breaker = this.breakerFor(provider);
      for (let attempt = 0; attempt <= this.retries; attempt++) {
        const started = Date.now();
        // OpenTelemetry GenAI semantic conventions: one client span per model call
        const span = tracer.startSpan(`chat ${link.model}`, {
          kind: SpanKind.CLIENT,
          attributes: {
            'gen_ai.operation.name': 'chat',
            'gen_ai.provider.name': link.provider,
            'gen_ai.request.model': link.model,
          },
        });
        try {
          const response = await breaker.fire(provider, { ...request, model: link.model });
          attempts.push({
            provider: link.provider,
            model: link.model,
            outcome: 'ok',
            latencyMs: Date.now() - started,
          });
          span.setAttributes({
            'gen_ai.response.model': link.model,
            'gen_ai.usage.input_tokens': response.usage.promptTokens,
            'gen_ai.usage.output_tokens': response.usage.completionTokens,
          });
          span.end();
          modelMetrics.calls.inc({ provider: link.provider, model: link.model, outcome: 'ok' });
          modelMetrics.duration.observe(
            { provider: link.provider, model: link.model },
            (Date.now() - started) / 1000,
          );
          return { response, provider: link.provider, model: link.model, attempts };
        } catch (err) {
          const open = breaker.opened && !(err instanceof ProviderError);
          const kind = err instanceof ProviderError ? err.kind : open ? 'circuit_open' : 'error';
          span.setAttribute('error.type', kind);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          span.end();
          modelMetrics.calls.inc({ provider: link.provider, model: link.model, outcome: kind });
          attempts.push({
            provider: link.provider,
            model: link.model,
            outcome: kind,
            reason: open ? 'circuit open: skipped' : (err as Error).message.slice(0, 300),
            latencyMs: Date.now() - started,
          });
          const retryable = err instanceof ProviderError && err.retryable && !breaker.opened;
          if (!retryable || attempt === this.retries) break;
          await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** attempt));
        }
      }
    }
    throw new AllProvidersFailedError(attempts);
  }

  private breakerFor(
    provider: ModelProvider,
  ): CircuitBreaker<[ModelProvider, ModelRequest], ModelResponse> {
    let breaker = this.breakers.get(provider.id);
    if (!breaker) {
      breaker = new CircuitBreaker((p: ModelProvider, r: ModelRequest) => p.complete(r), {
        timeout: false, // each provider has its own timeout
        errorThresholdPercentage: this.breaker.errorThresholdPercentage,
        volumeThreshold: this.breaker.volumeThreshold,
        resetTimeout: this.breaker.resetTimeoutMs,
        rollingCountTimeout: this.breaker.rollingCountTimeoutMs,
        // a refused request (4xx) says nothing about the provider's health
        errorFilter: (err: unknown) => err instanceof ProviderError && err.kind === 'http_4xx',
      });
      this.breakers.set(provider.id, breaker);
    }
    return breaker;
  }
}
