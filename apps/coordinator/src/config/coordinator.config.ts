import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the coordinator service, read from the environment at start-up. */
export class CoordinatorConfig extends BaseServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  override HTTP_PORT = 8081;
}
