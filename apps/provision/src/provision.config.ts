import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { BaseServiceConfig, NATS_URLS } from '@switchyard/platform';

const BUCKET_NAME = /^[A-Za-z0-9_-]+$/;

/** Configuration of the provisioning command (the broker settings every service has, and more). */
export class ProvisionConfig extends BaseServiceConfig {
  /** Unused: the command serves no HTTP. */
  override HTTP_PORT = 0;

  /** The task bucket (as the services' TASK_BUCKET). */
  @IsString()
  @Matches(BUCKET_NAME, { message: 'must be a valid bucket name (letters, digits, _ and -)' })
  TASK_BUCKET = 'sy_tasks';

  /** The approval bucket (as the approval service's APPROVAL_BUCKET). */
  @IsString()
  @Matches(BUCKET_NAME, { message: 'must be a valid bucket name (letters, digits, _ and -)' })
  APPROVAL_BUCKET = 'sy_approvals';

  /** Where the task bucket lives when it is kept apart from the bus (as the services' setting). */
  @IsOptional()
  @Matches(NATS_URLS, { message: 'must be one or more nats:// URLs separated by commas' })
  TASK_STORE_NATS_URL?: string;

  /** How long to wait for the broker (and a JetStream cluster's leader) to answer. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  PROVISION_WAIT_MS = 60_000;
}
