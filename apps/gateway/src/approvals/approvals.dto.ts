import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { REVIEWER_DECISIONS, type ReviewerDecision } from '@switchyard/contracts';

export class ListApprovalsQuery {
  @ApiPropertyOptional({ enum: ['pending', 'decided', 'all'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'decided', 'all'])
  status?: 'pending' | 'decided' | 'all';
}

export class DecisionRequest {
  @ApiProperty({ enum: REVIEWER_DECISIONS })
  @IsIn(REVIEWER_DECISIONS)
  decision!: ReviewerDecision;

  @ApiPropertyOptional({
    maxLength: 10_000,
    description: 'why; for revise, notes for regeneration',
  })
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  comment?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'revise: the output to use (`text` and/or fields)',
  })
  @IsOptional()
  @IsObject()
  output?: Record<string, unknown>;
}

/** An approval request with everything a reviewer needs, and its decision once made. */
export class ApprovalResponse {
  @ApiProperty() id!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'revised', 'rejected', 'closed'] }) status!: string;
  @ApiProperty({ enum: ['approver', 'admin'] }) requiredRole!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() deadline!: string;
  @ApiProperty({ enum: ['reject', 'escalate'] }) timeoutPolicy!: string;
  @ApiProperty({ description: 'the request' }) input!: string;
  @ApiProperty() route!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'draft output' })
  draft?: unknown;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'passages with document versions',
  })
  passages!: unknown[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'validation verdict',
  })
  verdict?: unknown;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'the write action to approve',
  })
  proposedAction?: unknown;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) decision?: unknown;
  @ApiPropertyOptional() closedReason?: string;
}
