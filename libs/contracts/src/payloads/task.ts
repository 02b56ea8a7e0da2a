import { IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ID_PATTERN } from '../envelope.js';
import { Contract } from '../compiled.js';

/** Published by the gateway after it has written the task record. */
export class TaskSubmittedV1 extends Contract {
  @IsString()
  @Length(1, 100_000)
  text!: string;

  /** A workflow the caller asked for; the router decides whether it may be used. */
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  workflow?: string;

  @IsOptional()
  @IsObject()
  context?: Record<string, unknown>;
}

export class TaskCancelRequestedV1 extends Contract {
  @IsString()
  @Length(1, 256)
  requestedBy!: string;

  @IsOptional()
  @IsString()
  @Length(0, 1000)
  reason?: string;
}
