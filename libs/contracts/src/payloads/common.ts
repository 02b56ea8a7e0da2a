import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const STAGES = ['route', 'retrieve', 'generate', 'validate', 'approval', 'action'] as const;
export type Stage = (typeof STAGES)[number];

export const MODEL_TIERS = ['small', 'large'] as const;
export type ModelTier = (typeof MODEL_TIERS)[number];

/** A retrieved chunk of a document, at the exact version it was read from. */
export class PassageV1 {
  @IsString()
  @Length(1, 256)
  documentId!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsInt()
  @Min(0)
  chunk!: number;

  @IsString()
  text!: string;

  @IsNumber()
  score!: number;
}

/** A reference from an output to the passage that supports it. */
export class CitationV1 {
  @IsString()
  @Length(1, 256)
  documentId!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsInt()
  @Min(0)
  chunk!: number;
}

export class OutputV1 {
  @IsOptional()
  @IsString()
  text?: string;

  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CitationV1)
  citations!: CitationV1[];
}

export class UsageV1 {
  @IsInt()
  @Min(0)
  promptTokens!: number;

  @IsInt()
  @Min(0)
  completionTokens!: number;

  @IsNumber()
  @Min(0)
  costUsd!: number;
}

/** A write action a model proposed; it runs only after a person approves it. */
export class ProposedActionV1 {
  @IsString()
  @Length(1, 128)
  tool!: string;

  @IsObject()
  arguments!: Record<string, unknown>;

  @IsString()
  @Length(1, 256)
  idempotencyKey!: string;
}

/** One provider call of a generation: which provider and model, and how it went. */
export class ProviderAttemptV1 {
  @IsString()
  @Length(1, 128)
  provider!: string;

  @IsString()
  @Length(1, 256)
  model!: string;

  /** `ok`, or why it failed: `timeout`, `http_429`, `http_5xx`, `malformed`, `network`, `circuit_open`, `error`. */
  @IsString()
  @Length(1, 64)
  outcome!: string;

  @IsOptional()
  @IsString()
  reason?: string;

  @IsInt()
  @Min(0)
  latencyMs!: number;
}

/** A tool call the model asked for, and what happened to it. */
export class ToolCallRecordV1 {
  @IsString()
  @Length(1, 128)
  tool!: string;

  /** `called`, `refused` (not in the workflow's allow-list, or invalid arguments), `failed`, `proposed` (write: awaits approval). */
  @IsIn(['called', 'refused', 'failed', 'proposed'])
  outcome!: 'called' | 'refused' | 'failed' | 'proposed';

  @IsOptional()
  @IsString()
  reason?: string;
}

export class ValidationFailureV1 {
  @IsString()
  @Length(1, 64)
  check!: string;

  @IsString()
  message!: string;

  @IsOptional()
  @IsString()
  path?: string;
}

export class ValidationVerdictV1 {
  @IsIn([true, false])
  ok!: boolean;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ValidationFailureV1)
  failures!: ValidationFailureV1[];

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;
}
