import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The nested objects of tasks and approvals, for the OpenAPI document (and so for clients generated
// from it). Plain shapes: the services' own types are the source of the values.

export class CitationDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ minimum: 0 }) chunk!: number;
}

export class PassageDto extends CitationDto {
  @ApiProperty({ description: 'the chunk’s text (untrusted: show as text)' }) text!: string;
  @ApiProperty({ description: 'retrieval score' }) score!: number;
}

export class OutputDto {
  @ApiPropertyOptional({ description: 'the answer (untrusted model output: show as text)' })
  text?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'structured fields (the workflow’s output contract); an action’s result as actionResult',
  })
  data?: Record<string, unknown>;

  @ApiProperty({ type: [CitationDto] }) citations!: CitationDto[];
}

export class RouteDto {
  @ApiProperty({ example: 'knowledge' }) workflow!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ example: 'rules', description: 'who decided: requested, rules, model, default' })
  source!: string;
  @ApiProperty() reason!: string;
}

export class WorkflowRefDto {
  @ApiProperty({ example: 'sensitive' }) id!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

export class UsageDto {
  @ApiProperty() promptTokens!: number;
  @ApiProperty() completionTokens!: number;
  @ApiProperty() costUsd!: number;
}

export class TaskErrorDto {
  @ApiProperty({ example: 'approval_rejected' }) code!: string;
  @ApiProperty() message!: string;
}

export class ValidationFailureDto {
  @ApiProperty({ example: 'citations' }) check!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() path?: string;
}

export class VerdictDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: [ValidationFailureDto] }) failures!: ValidationFailureDto[];
  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) confidence?: number;
}

export class ProposedActionDto {
  @ApiProperty({ example: 'refund' }) tool!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the tool’s arguments, typed as its JSON Schema says',
    example: { orderId: '1001', amount: 20 },
  })
  arguments!: Record<string, unknown>;
  @ApiProperty({ description: 'the tool runs at most once with this key' }) idempotencyKey!: string;
}
