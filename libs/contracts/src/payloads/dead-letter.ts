import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { Contract } from '../compiled.js';

export const DEAD_LETTER_REASONS = [
  'max_deliveries',
  'invalid_message',
  'terminal_failure',
] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export class DeadLetterFieldV1 {
  @IsString()
  path!: string;

  @IsArray()
  @IsString({ each: true })
  problems!: string[];
}

/**
 * A message taken out of its work queue because it could not be handled, with why. The original
 * data is kept (base64) so an operator can inspect and republish it.
 */
export class DeadLetterRecordV1 extends Contract {
  @IsString()
  @Length(1, 256)
  stream!: string;

  @IsString()
  @Length(1, 256)
  consumer!: string;

  @IsInt()
  @Min(1)
  streamSeq!: number;

  @IsString()
  @Length(1, 512)
  subject!: string;

  @IsInt()
  @Min(0)
  deliveries!: number;

  @IsIn(DEAD_LETTER_REASONS)
  reason!: DeadLetterReason;

  @IsString()
  @Length(1, 10_000)
  detail!: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DeadLetterFieldV1)
  failures?: DeadLetterFieldV1[];

  /** Task id and tenant when the envelope could be read. */
  @IsOptional()
  @IsString()
  taskId?: string;

  @IsOptional()
  @IsString()
  tenant?: string;

  @IsString()
  dataBase64!: string;

  @IsObject()
  headers!: Record<string, string>;

  @IsISO8601({ strict: true })
  deadLetteredAt!: string;
}
