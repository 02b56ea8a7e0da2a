import {
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { Contract } from './compiled.js';

export const ENVELOPE_SCHEMA_VERSION = 1;

/** Ids travel in subjects, keys and logs: keep them to a safe alphabet. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Tenant ids are also key and subject tokens: lower case, digits, `_` and `-`. */
export const TENANT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The wire envelope around every payload. It carries what any consumer needs to deduplicate,
 * authorise and trace a message without knowing its payload.
 */
export class EnvelopeV1 extends Contract {
  /** Unique message id; also the `Nats-Msg-Id` used for broker-side deduplication. */
  @IsString()
  @Matches(ID_PATTERN)
  id!: string;

  @IsString()
  @Matches(ID_PATTERN)
  taskId!: string;

  @IsString()
  @Matches(TENANT_PATTERN)
  tenant!: string;

  /** Id of the message that caused this one (absent for a task's first message). */
  @IsOptional()
  @IsString()
  @Length(1, 128)
  causationId?: string;

  /** 1 for the first attempt at a step, incremented when the coordinator re-sends it. */
  @IsInt()
  @Min(1)
  attempt!: number;

  @IsISO8601({ strict: true })
  time!: string;

  @IsIn([ENVELOPE_SCHEMA_VERSION])
  schemaVersion!: number;

  /** The workflow the task runs, once routed (a bounded metrics label for every stage). */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/)
  workflow?: string;

  /** Validated separately against the payload class of the message's subject. */
  @IsDefined()
  payload!: unknown;
}

/** An envelope whose payload has been validated for its subject. */
export type Envelope<P> = Omit<EnvelopeV1, 'payload'> & { payload: P };
