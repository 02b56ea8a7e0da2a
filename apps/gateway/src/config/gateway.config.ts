import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { TaskStoreServiceConfig } from '@switchyard/task-store';

/** Configuration of the gateway service, read from the environment at start-up. */
export class GatewayConfig extends TaskStoreServiceConfig {
  /** Directory of the workflow YAML files (to check a requested workflow exists). */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /**
   * API keys as JSON: `[{"key"|"sha256": "...", "tenant": "demo", "roles": ["submitter"], "name"?: "ci"}]`.
   * Without API_KEYS and API_KEYS_FILE, the dev keys are used, and only on a loopback HTTP_HOST.
   */
  @IsOptional()
  @IsString()
  API_KEYS?: string;

  /** Path of a JSON file in the API_KEYS format. */
  @IsOptional()
  @IsString()
  API_KEYS_FILE?: string;

  /** Requests per minute per tenant on /v1 (429 with Retry-After beyond it); 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 120_000;

  /** A client waiting on a submit should hear 503 soon when the broker is away. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  override PUBLISH_TIMEOUT_MS = 5_000;

  /** How long a cancel request waits for the coordinator to confirm before answering 202. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30_000)
  CANCEL_WAIT_MS = 3_000;
}
