import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** One failing field: its dotted path and what is wrong with it. */
export interface FieldFailure {
  path: string;
  problems: string[];
}

/** A message or payload that does not satisfy its contract. Terminal: retrying cannot fix it. */
export class PayloadValidationError extends Error {
  override readonly name = 'PayloadValidationError';

  constructor(
    readonly contract: string,
    readonly failures: FieldFailure[],
  ) {
    super(
      `${contract} is invalid: ` +
        failures.map((f) => `${f.path || '(root)'}: ${f.problems.join(', ')}`).join('; '),
    );
  }
}

export type Constructor<T> = new () => T;

function flatten(errors: ValidationError[], prefix = ''): FieldFailure[] {
  const out: FieldFailure[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out.push({ path, problems: Object.values(error.constraints) });
    if (error.children?.length) out.push(...flatten(error.children, path));
  }
  return out;
}

/**
 * Validates untrusted input against a class-validator decorated class and returns an instance.
 * Unknown fields are stripped, not rejected: wire contracts change additively, so a newer producer
 * may send fields an older consumer does not know yet.
 */
export function parseAs<T extends object>(cls: Constructor<T>, input: unknown): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new PayloadValidationError(cls.name, [{ path: '', problems: ['must be a JSON object'] }]);
  }
  const instance = plainToInstance(cls, input);
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new PayloadValidationError(cls.name, flatten(errors));
  return instance;
}
