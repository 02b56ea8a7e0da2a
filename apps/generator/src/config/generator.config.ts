import { Type } from 'class-transformer';
import { IsInt, IsJSON, IsOptional, IsString, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the generator service, read from the environment at start-up. */
export class GeneratorConfig extends BaseServiceConfig {
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  @IsString()
  PROMPTS_DIR = 'prompts';

  /**
   * OpenAI-compatible providers by name, as JSON:
   * `{"primary": {"baseUrl": "https://api.openai.com/v1", "apiKey": "...", "timeoutMs": 30000}}`.
   * The built-in `local` provider (a heuristic stand-in) always exists.
   */
  @IsJSON()
  PROVIDERS = '{}';

  /**
   * The chain of provider and model per tier, first to last, as JSON:
   * `{"small": [{"provider": "primary", "model": "gpt-4o-mini"}, {"provider": "local", "model": "local-heuristic-small"}], "large": [...]}`.
   */
  @IsJSON()
  MODEL_TIERS =
    '{"small":[{"provider":"local","model":"local-heuristic-small"}],"large":[{"provider":"local","model":"local-heuristic-large"}]}';

  /** USD per 1,000 tokens by model, as JSON: `{"gpt-4o-mini": {"inputPer1k": 0.00015, "outputPer1k": 0.0006}}`. */
  @IsJSON()
  PRICES = '{}';

  /** Retries per provider (retryable failures), with exponential backoff, before the next one. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  PROVIDER_RETRIES = 1;

  /** Circuit breaker: failure percentage (over CIRCUIT_MIN_CALLS calls) that opens it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  CIRCUIT_ERROR_PERCENT = 50;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  CIRCUIT_MIN_CALLS = 4;

  /** How long an open circuit waits before a trial call. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  CIRCUIT_COOLDOWN_MS = 30_000;

  /** Base URL that replaces `${TOOLS_URL}` in the workflows' tool endpoints. */
  @IsOptional()
  @IsString()
  TOOLS_URL?: string;

  /**
   * A tenant's own tool service, as JSON `{"acme": "https://tools.acme.internal"}`: its tool calls
   * go there instead of TOOLS_URL (a tool registry per tenant).
   */
  @IsJSON()
  TOOLS_URL_BY_TENANT = '{}';

  override crossFieldProblems(): string[] {
    const problems = super.crossFieldProblems();
    try {
      const byTenant = JSON.parse(this.TOOLS_URL_BY_TENANT) as unknown;
      const ok =
        typeof byTenant === 'object' &&
        byTenant !== null &&
        !Array.isArray(byTenant) &&
        Object.values(byTenant).every((u) => typeof u === 'string' && /^https?:\/\//.test(u));
      if (!ok)
        problems.push('TOOLS_URL_BY_TENANT: must be a JSON object of tenant → http(s) base URL');
    } catch {
      // not JSON: reported by @IsJSON
    }
    return problems;
  }
}
