import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
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

  /** Where a request goes when nothing decides otherwise. */
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'must be a workflow id' })
  DEFAULT_ROUTE = 'faq';
}
