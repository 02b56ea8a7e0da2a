import {
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { TENANT_PATTERN } from '../envelope.js';
import { Contract } from '../compiled.js';

/** Document ids are subject tokens: letters, digits, `_` and `-`. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * One version of a tenant's document, as stored on the documents stream (one subject per tenant
 * and document, recent versions kept). Every retriever replica builds its index from these.
 */
export class DocumentV1 extends Contract {
  @Matches(DOCUMENT_ID_PATTERN)
  id!: string;

  @Matches(TENANT_PATTERN)
  tenant!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsString()
  @Length(1, 500)
  title!: string;

  @IsString()
  @Length(1, 250_000)
  text!: string;

  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;

  @IsISO8601({ strict: true })
  updatedAt!: string;

  @IsString()
  updatedBy!: string;
}

/** WIRE CONTRACT: the subject of a document's versions. */
export function documentSubject(tenant: string, id: string): string {
  return `switchyard.document.v1.${tenant}.${id}`;
}

export const DOCUMENT_SUBJECTS = 'switchyard.document.v1.>';
