import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { TaskStoreServiceConfig } from '@switchyard/task-store';

/** Configuration of the approval service, read from the environment at start-up. */
export class ApprovalConfig extends TaskStoreServiceConfig {
  /** JetStream KV bucket of approval requests and decisions. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, {
    message: 'must be a valid bucket name (letters, digits, _ and -)',
  })
  APPROVAL_BUCKET = 'sy_approvals';

  /** Directory of the workflow YAML files (what a revision does at each approval step). */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /**
   * How often the open approvals are swept: gauges refreshed, decisions whose event is not
   * confirmed published again, finished index entries removed.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  REPUBLISH_INTERVAL_MS = 5_000;

  /**
   * How often every pending approval is checked against its task (a missed change notice): one
   * task read per pending approval. Also done once at start.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  RECONCILE_INTERVAL_MS = 60_000;

  /** Gateway requests (list, get, decide) served at once by this process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1024)
  API_CONCURRENCY = 32;
}
