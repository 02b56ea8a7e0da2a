import { Type } from 'class-transformer';
import {
  IsDefined,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN, TENANT_PATTERN } from '../envelope.js';
import { Contract } from '../compiled.js';

/**
 * WIRE CONTRACTS of the approval service's request/reply API (core NATS, queue group `approval`),
 * which the gateway calls on behalf of an authenticated principal. Changed only additively: the
 * paged list is a new subject (`v2`) because its reply has another shape than `v1`'s array.
 */
export const ApprovalApiSubjects = {
  /** Reply body: an array, at most the first 100 of the list (kept for older gateways). */
  list: 'switchyard.approvals.v1.list',
  /** Reply body: `ApprovalPageV1` (`limit`, `cursor`). */
  page: 'switchyard.approvals.v2.list',
  get: 'switchyard.approvals.v1.get',
  decide: 'switchyard.approvals.v1.decide',
} as const;

/**
 * Core NATS (not stored): the approval service says an approval changed, so the gateway's approval
 * event streams can tell reviewers. `<tenant>.<approvalId>` follow; the payload is
 * `ApprovalChangedNoticeV1`. A notice is a hint: a client that may have missed one re-reads.
 */
export const APPROVAL_CHANGED_SUBJECT_PREFIX = 'switchyard.notify.approval_changed.v1';

export const APPROVAL_CHANGES = ['created', 'escalated', 'decided', 'closed'] as const;
export type ApprovalChange = (typeof APPROVAL_CHANGES)[number];

export interface ApprovalChangedNoticeV1 {
  id: string;
  taskId: string;
  change: ApprovalChange;
  status: 'pending' | 'approved' | 'revised' | 'rejected' | 'closed';
  requiredRole: 'approver' | 'admin';
  deadline: string;
  /** When the change happened. */
  time: string;
}

export const REVIEWER_DECISIONS = ['approve', 'revise', 'reject'] as const;
export type ReviewerDecision = (typeof REVIEWER_DECISIONS)[number];

export const APPROVAL_LIST_STATUSES = ['pending', 'decided', 'all'] as const;
export type ApprovalListStatus = (typeof APPROVAL_LIST_STATUSES)[number];

export const APPROVAL_PAGE_MAX = 100;

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
  @IsIn(APPROVAL_LIST_STATUSES)
  status?: ApprovalListStatus;

  /** Page size (v2 only), 1–100; 20 when absent. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(APPROVAL_PAGE_MAX)
  limit?: number;

  /** `nextCursor` of the previous page (v2 only). */
  @IsOptional()
  @IsString()
  @Length(1, 512)
  cursor?: string;
}

export class GetApprovalRequestV1 extends Contract {
  @ValidateNested()
  @Type(() => ApprovalCallerV1)
  caller!: ApprovalCallerV1;

  @Matches(ID_PATTERN)
  approvalId!: string;
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

/** A page of a list: `nextCursor` is absent on the last page. */
export interface ApprovalPageV1<T> {
  items: T[];
  nextCursor?: string;
}

/** Every reply: an HTTP-like status and either a body or an error the gateway passes on. */
export interface ApprovalApiReply<T> {
  status: 200 | 400 | 403 | 404 | 409 | 500 | 503;
  body?: T;
  error?: { code: string; message: string; details?: Array<Record<string, unknown>> };
}
