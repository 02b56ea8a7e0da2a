import { IsJSON, IsString } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the validator service, read from the environment at start-up. */
export class ValidatorConfig extends BaseServiceConfig {
  /** Directory of the workflow YAML files (their output contracts). */
  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /**
   * Extra policy rules for the `policy` check, as JSON: `[{"name": "internal-codename", "pattern": "\\bProject Falcon\\b"}]`
   * (case-insensitive). Payment card numbers are always checked.
   */
  @IsJSON()
  POLICY_PATTERNS = '[]';
}
