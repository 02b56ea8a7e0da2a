import { IsIn, IsJSON, IsOptional, IsString } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the router service, read from the environment at start-up. */
export class RouterConfig extends BaseServiceConfig {
  /** Directory of the workflow YAML files. */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /**
   * `model`: when no rule is confident, ask the small tier's model (PROVIDERS / MODEL_TIERS, as
   * for the generator; the local stand-in cannot classify and is skipped). `off`: rules only.
   */
  @IsIn(['off', 'model'])
  ROUTER_CLASSIFIER: 'off' | 'model' = 'off';

  @IsJSON()
  PROVIDERS = '{}';

  @IsJSON()
  MODEL_TIERS =
    '{"small":[{"provider":"local","model":"local-heuristic-small"}],"large":[{"provider":"local","model":"local-heuristic-large"}]}';

  /** The routing rules (default: routing.yaml in WORKFLOWS_DIR). */
  @IsOptional()
  @IsString()
  ROUTING_FILE?: string;
}
