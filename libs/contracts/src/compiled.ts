import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
// class-transformer publishes no exports map: its storage is reached by path (where @Type lives)
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { type Constructor, type FieldFailure, PayloadValidationError } from './validation.js';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * The contracts' class-validator decorators as JSON Schemas, compiled once with ajv: the bus's hot
 * path validates each message with a compiled function instead of class-transformer plus
 * class-validator (about a seventh of the coordinator's CPU). The decorators stay the one source of
 * truth; a test holds both validators to the same verdicts. Unknown fields are dropped (contracts
 * change additively), and an optional field may be absent or null, as with `@IsOptional()`.
 */
class CompiledContracts {
  private ajv?: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  validator(cls: Constructor<object>): ValidateFunction {
    let validate = this.validators.get(cls.name);
    if (!validate) {
      const ajv = this.compiler();
      const schema = ajv.getSchema(`#/definitions/${cls.name}`);
      if (!schema) throw new Error(`no schema for contract ${cls.name}`);
      validate = schema;
      this.validators.set(cls.name, validate);
    }
    return validate;
  }

  private compiler(): Ajv {
    if (this.ajv) return this.ajv;
    const schemas = validationMetadatasToSchemas({
      classValidatorMetadataStorage: getMetadataStorage(),
      classTransformerMetadataStorage: defaultMetadataStorage as never,
      refPointerPrefix: '#/definitions/',
    }) as Record<string, JsonSchema>;
    for (const schema of Object.values(schemas)) allowNullWhenOptional(schema);
    const ajv = new Ajv({
      allErrors: true,
      removeAdditional: 'all',
      strict: false,
      useDefaults: false,
    });
    addFormats(ajv);
    ajv.addSchema({ $id: '#', definitions: schemas });
    this.ajv = ajv;
    return ajv;
  }
}

/** `@IsOptional()` accepts null as well as absence. */
function allowNullWhenOptional(schema: JsonSchema): void {
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(name)) continue;
    (schema.properties as Record<string, JsonSchema>)[name] = {
      anyOf: [{ type: 'null' }, property],
    };
  }
}

const compiled = new CompiledContracts();

function failuresOf(errors: ErrorObject[]): FieldFailure[] {
  const byPath = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'anyOf') continue; // its branches say what is wrong
    const missing =
      e.keyword === 'required'
        ? (e.params as { missingProperty: string }).missingProperty
        : undefined;
    const segments = e.instancePath.split('/').filter(Boolean);
    if (missing) segments.push(missing);
    const path = segments.join('.');
    const problem = missing ? 'is required' : (e.message ?? 'is invalid');
    const list = byPath.get(path) ?? [];
    if (!list.includes(problem)) list.push(problem);
    byPath.set(path, list);
  }
  return [...byPath].map(([path, problems]) => ({ path, problems }));
}

/**
 * Validates untrusted input against a contract class with the compiled schema; returns the input
 * (unknown fields removed) typed as the class, or throws `PayloadValidationError` naming every
 * failing field.
 */
export function parseCompiled<T extends object>(cls: Constructor<T>, input: unknown): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new PayloadValidationError(cls.name, [{ path: '', problems: ['must be a JSON object'] }]);
  }
  const validate = compiled.validator(cls);
  if (!validate(input))
    throw new PayloadValidationError(cls.name, failuresOf(validate.errors ?? []));
  return input as T;
}

/**
 * Base of every wire contract class: `X.parse(input)` validates untrusted input against X's
 * decorators (compiled, see above) and returns it typed as an X, or throws
 * `PayloadValidationError` naming every failing field.
 */
export abstract class Contract {
  static parse<T extends object>(this: Constructor<T>, input: unknown): T {
    return parseCompiled(this, input);
  }
}
