import { Type } from 'class-transformer';
import {
  IsDefined,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN, TENANT_PATTERN } from '../envelope.js';
import { Contract } from '../compiled.js';

/**
 * WIRE CONTRACTS of the approval service's request/reply API (core NATS, queue group `approval`),
 * which the gateway calls on behalf of an authenticated principal.
 */
export const ApprovalApiSubjects = {
  list: 'switchyard.approvals.v1.list',
  decide: 'switchyard.approvals.v1.decide',
} as const;

export const REVIEWER_DECISIONS = ['approve', 'revise', 'reject'] as const;
export type ReviewerDecision = (typeof REVIEWER_DECISIONS)[number];

export class ApprovalCallerV1 {
  @Matches(TENANT_PATTERN)
  tenant!: string;

  @IsArray()
  @IsString({ each: true })
  roles!: string[];

  @IsString()
  @Length(1, 256)
  name!: string;
}

export class ListApprovalsRequestV1 extends Contract {
  @IsDefined()
  @ValidateNested()
  @Type(() => ApprovalCallerV1)
  caller!: ApprovalCallerV1;

  @IsOptional()
  @IsIn(['pending', 'decided', 'all'])
  status?: 'pending' | 'decided' | 'all';
}

export class DecideApprovalRequestV1 extends Contract {
  @IsDefined()
  @ValidateNested()
  @Type(() => ApprovalCallerV1)
  caller!: ApprovalCallerV1;

  @Matches(ID_PATTERN)
  approvalId!: string;

  @IsIn(REVIEWER_DECISIONS)
  decision!: ReviewerDecision;

  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  comment?: string;

  @IsOptional()
  @IsObject()
  output?: Record<string, unknown>;
}

/** Every reply: an HTTP-like status and either a body or an error the gateway passes on. */
export interface ApprovalApiReply<T> {
  status: 200 | 400 | 403 | 404 | 409 | 500 | 503;
  body?: T;
  error?: { code: string; message: string };
}
