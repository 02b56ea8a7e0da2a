import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { TaskStoreServiceConfig } from '@switchyard/task-store';
import { DEFAULT_CONSOLE_DIR } from '../http/console.js';

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

  /** Directory of the built reviewer console, served at /console/. */
  @IsString()
  CONSOLE_DIR = DEFAULT_CONSOLE_DIR;

  // ---- admission control and fairness (docs/security.md#admission-control) --------------------

  /**
   * Tasks in flight (queued or running, not waiting for a person) across the deployment above which
   * a submission is refused with 503 `overloaded` and Retry-After; 0 turns the bound off. Set it to
   * about sustainable throughput × the latency you accept (`npm run overload` measures both).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  ADMISSION_MAX_IN_FLIGHT = 5_000;

  /** Tasks in flight per tenant above which its submissions get 429 `tenant_quota`; 0: off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  TENANT_MAX_IN_FLIGHT = 2_000;

  /** A stage's consumer backlog (pending + unacknowledged) above which submissions get 503; 0: off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  ADMISSION_MAX_STAGE_BACKLOG = 10_000;

  /** How often the stages' backlogs are read (ms). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  ADMISSION_POLL_MS = 1_000;

  /** Open event streams (SSE) per API key; one more gets 429 `too_many_streams`; 0: off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SSE_MAX_PER_KEY = 20;

  /** An event stream with no event for this long is closed (event `idle`); 0: never. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SSE_IDLE_TIMEOUT_MS = 300_000;

  /** Failed authentications per client address per minute before each further one is slowed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  AUTH_FAILURES_BEFORE_DELAY = 10;

  /** The longest a failed authentication is delayed (ms), reached by doubling from 100 ms. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  AUTH_MAX_DELAY_MS = 5_000;
}
