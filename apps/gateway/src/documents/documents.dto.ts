import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length } from 'class-validator';
import type { DocumentV1 } from '@switchyard/contracts';

export class PutDocumentRequest {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiProperty({ minLength: 1, maxLength: 250_000, description: 'plain text or Markdown' })
  @IsString()
  @Length(1, 250_000)
  text!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}

export class PutDocumentResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'increases by one per upsert' }) version!: number;
}

export class DocumentResponse {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) metadata?: Record<
    string,
    unknown
  >;
  @ApiProperty() updatedAt!: string;

  static from(doc: DocumentV1): DocumentResponse {
    return {
      id: doc.id,
      version: doc.version,
      title: doc.title,
      text: doc.text,
      metadata: doc.metadata,
      updatedAt: doc.updatedAt,
    };
  }
}
