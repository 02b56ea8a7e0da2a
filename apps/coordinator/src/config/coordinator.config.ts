import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { TaskStoreServiceConfig } from '@switchyard/task-store';

/** Configuration of the coordinator service, read from the environment at start-up. */
export class CoordinatorConfig extends TaskStoreServiceConfig {
  /** Directory of the workflow YAML files. */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /** Deadline of the routing step (before a workflow is chosen). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  ROUTE_TIMEOUT_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(20)
  ROUTE_RETRIES = 2;

  /** How often each coordinator looks in the store for overdue steps and lost submissions. */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  SWEEP_INTERVAL_MS = 5_000;

  /**
   * A task still queued this long after it was created lost its submitted event (the gateway
   * stopped between writing and announcing it): the sweep starts it from its record.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  SUBMISSION_CHECK_AFTER_MS = 15_000;
}
