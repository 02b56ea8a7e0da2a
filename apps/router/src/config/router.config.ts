import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the router service, read from the environment at start-up. */
export class RouterConfig extends BaseServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  override HTTP_PORT = 8082;

  /** Directory of the workflow YAML files. */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /** The routing rules (default: routing.yaml in WORKFLOWS_DIR). */
  @IsOptional()
  @IsString()
  ROUTING_FILE?: string;
}
