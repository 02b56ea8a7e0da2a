import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import {
  APPROVAL_CHANGES,
  APPROVAL_LIST_STATUSES,
  APPROVAL_PAGE_MAX,
  type ApprovalListStatus,
  REVIEWER_DECISIONS,
  type ReviewerDecision,
} from '@switchyard/contracts';
import {
  OutputDto,
  PassageDto,
  ProposedActionDto,
  VerdictDto,
  WorkflowRefDto,
} from '../http/common.dto.js';

// ---- requests ----------------------------------------------------------------------------------

export class ListApprovalsQuery {
  @ApiPropertyOptional({
    enum: APPROVAL_LIST_STATUSES,
    default: 'pending',
    description: 'pending: soonest deadline first; decided and all: newest first',
  })
  @IsOptional()
  @IsIn(APPROVAL_LIST_STATUSES)
  status?: ApprovalListStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: APPROVAL_PAGE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(APPROVAL_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (of the same status)' })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  cursor?: string;
}

export class DecisionRequest {
  @ApiProperty({ enum: REVIEWER_DECISIONS })
  @IsIn(REVIEWER_DECISIONS)
  decision!: ReviewerDecision;

  @ApiPropertyOptional({
    maxLength: 10_000,
    description: 'why; for revise in `regenerate` mode, the notes for regeneration (required)',
  })
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  comment?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'revise in `replace` mode: the output to use — `text`, and other fields as the output’s data, typed',
    example: { text: 'Refund 50 EUR of order 104233.', amount: 50 },
  })
  @IsOptional()
  @IsObject()
  output?: Record<string, unknown>;
}

// ---- responses ---------------------------------------------------------------------------------

export class ApprovalDecisionDto {
  @ApiProperty({ enum: REVIEWER_DECISIONS }) decision!: ReviewerDecision;
  @ApiProperty({ description: 'the key name of who decided' }) decidedBy!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) output?: Record<
    string,
    unknown
  >;
}

/** An approval request with everything a reviewer needs, and its decision once made. */
export class ApprovalResponse {
  @ApiProperty() id!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'revised', 'rejected', 'closed'] })
  status!: 'pending' | 'approved' | 'revised' | 'rejected' | 'closed';
  @ApiProperty({ enum: ['approver', 'admin'], description: 'admin once escalated' })
  requiredRole!: 'approver' | 'admin';
  @ApiProperty({ description: 'why a person is asked' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({
    enum: ['reject', 'escalate'],
    description: 'what happens at the deadline: reject the task, or escalate once to admin',
  })
  timeoutPolicy!: 'reject' | 'escalate';
  @ApiProperty({ description: 'the request (untrusted: show as text)' }) input!: string;
  @ApiProperty({ description: 'the workflow the router chose' }) route!: string;
  @ApiPropertyOptional({ type: WorkflowRefDto }) workflow?: WorkflowRefDto;
  @ApiPropertyOptional({ description: 'the approval step’s name', example: 'review' })
  step?: string;
  @ApiProperty({
    enum: ['replace', 'regenerate'],
    description:
      'what revise does here: replace the output with the reviewer’s, or regenerate with the reviewer’s notes',
  })
  reviseMode!: 'replace' | 'regenerate';
  @ApiPropertyOptional({ type: OutputDto, description: 'the draft output' }) draft?: OutputDto;
  @ApiProperty({ type: [PassageDto], description: 'retrieved passages with document versions' })
  passages!: PassageDto[];
  @ApiPropertyOptional({ type: VerdictDto, description: 'the validation verdict' })
  verdict?: VerdictDto;
  @ApiPropertyOptional({ type: ProposedActionDto, description: 'the write action to approve' })
  proposedAction?: ProposedActionDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: ApprovalDecisionDto }) decision?: ApprovalDecisionDto;
  @ApiPropertyOptional({ description: 'why it was closed without a decision' })
  closedReason?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
}

export class ApprovalListResponse {
  @ApiProperty({ type: [ApprovalResponse] }) items!: ApprovalResponse[];
  @ApiPropertyOptional({ description: 'pass as cursor for the next page; absent on the last' })
  nextCursor?: string;
}

/** The data of an `approval` event on GET /v1/approvals/events. */
export class ApprovalChangedEvent {
  @ApiProperty() id!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty({ enum: APPROVAL_CHANGES }) change!: (typeof APPROVAL_CHANGES)[number];
  @ApiProperty({ enum: ['pending', 'approved', 'revised', 'rejected', 'closed'] }) status!: string;
  @ApiProperty({ enum: ['approver', 'admin'] }) requiredRole!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ format: 'date-time' }) time!: string;
}

/** What the approval service stores, as the gateway receives it. */
export interface StoredApproval extends Omit<ApprovalResponse, 'step' | 'reviseMode'> {
  tenant?: string;
  version?: number;
  published?: boolean;
  stepId?: string;
  stepName?: string;
  reviseMode?: 'replace' | 'regenerate';
}

export function toApprovalResponse(record: StoredApproval): ApprovalResponse {
  const {
    tenant: _t,
    version: _v,
    published: _p,
    stepId: _s,
    stepName,
    reviseMode,
    ...rest
  } = record;
  return { ...rest, step: stepName, reviseMode: reviseMode ?? 'replace' };
}
