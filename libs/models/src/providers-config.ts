import { LocalProvider } from './local.provider.js';
import { OpenAiProvider } from './openai.provider.js';
import type { ModelProvider } from './provider.js';
import type { ChainLink } from './provider-chain.js';

interface ProviderConfig {
  baseUrl?: unknown;
  apiKey?: unknown;
  timeoutMs?: unknown;
}

/** Bad PROVIDERS / MODEL_TIERS configuration: says which entry and why. */
export class ModelConfigError extends Error {
  override readonly name = 'ModelConfigError';
}

/**
 * The providers named in PROVIDERS (JSON: name → { baseUrl, apiKey?, timeoutMs? }), all
 * OpenAI-compatible, plus the built-in `local` heuristic stand-in.
 */
export function providersFromConfig(json: string): Map<string, ModelProvider> {
  const out = new Map<string, ModelProvider>([['local', new LocalProvider()]]);
  for (const [id, p] of Object.entries(JSON.parse(json) as Record<string, ProviderConfig>)) {
    if (typeof p?.baseUrl !== 'string')
      throw new ModelConfigError(`PROVIDERS.${id}: needs a baseUrl`);
    out.set(
      id,
      new OpenAiProvider({
        id,
        baseUrl: p.baseUrl,
        apiKey: typeof p.apiKey === 'string' ? p.apiKey : undefined,
        timeoutMs: typeof p.timeoutMs === 'number' ? p.timeoutMs : 30_000,
      }),
    );
  }
  return out;
}

export type Tiers = Record<'small' | 'large', ChainLink[]>;

/** MODEL_TIERS (JSON: tier → [{ provider, model }]), checked against the configured providers. */
export function tiersFromConfig(
  json: string,
  providers: ReadonlyMap<string, ModelProvider>,
): Tiers {
  const tiers = JSON.parse(json) as Tiers;
  for (const tier of ['small', 'large'] as const) {
    if (!tiers[tier]?.length)
      throw new ModelConfigError(`MODEL_TIERS.${tier}: needs at least one provider`);
    for (const link of tiers[tier]) {
      if (!providers.has(link.provider))
        throw new ModelConfigError(
          `MODEL_TIERS.${tier}: provider '${link.provider}' is not configured in PROVIDERS`,
        );
    }
  }
  return tiers;
}
