import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import { TaskStoreServiceConfig } from '@switchyard/task-store';

/** Configuration of the approval service, read from the environment at start-up. */
export class ApprovalConfig extends TaskStoreServiceConfig {
  /** JetStream KV bucket of approval requests and decisions. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, {
    message: 'must be a valid bucket name (letters, digits, _ and -)',
  })
  APPROVAL_BUCKET = 'sy_approvals';

  /** How often decided approvals whose event is not confirmed published are published again. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  REPUBLISH_INTERVAL_MS = 5_000;
}
