import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN } from '../envelope.js';
import { Contract } from '../compiled.js';
import {
  CitationV1,
  MODEL_TIERS,
  type ModelTier,
  OutputV1,
  PassageV1,
  ProposedActionV1,
  ProviderAttemptV1,
  ToolCallRecordV1,
  STAGES,
  type Stage,
  UsageV1,
  ValidationVerdictV1,
} from './common.js';

/**
 * Every command to a stage and every result from one names the step it belongs to. The step id
 * is the idempotency key of the step: the coordinator re-sends a command with the same step id
 * (and a new message id) when its deadline passes, and stages use it to run side effects once.
 */
abstract class StepMessage extends Contract {
  @IsString()
  @Matches(ID_PATTERN)
  stepId!: string;
}

// ---- route -----------------------------------------------------------------------------------

export class RouteRequestedV1 extends StepMessage {
  @IsString()
  @Length(1, 100_000)
  text!: string;

  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  requestedWorkflow?: string;

  @IsOptional()
  @IsObject()
  context?: Record<string, unknown>;
}

export const ROUTE_SOURCES = ['requested', 'rule', 'model', 'default'] as const;

export class RouteCompletedV1 extends StepMessage {
  @IsString()
  @Matches(ID_PATTERN)
  route!: string;

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  @IsIn(ROUTE_SOURCES)
  source!: (typeof ROUTE_SOURCES)[number];

  @IsString()
  @Length(1, 1000)
  reason!: string;
}

// ---- retrieve --------------------------------------------------------------------------------

export class RetrieveRequestedV1 extends StepMessage {
  @IsString()
  @Length(1, 100_000)
  query!: string;

  @IsInt()
  @Min(1)
  @Max(50)
  topK!: number;

  /** Below this best score the retrieval is weak and the workflow's degrade path applies. */
  @IsNumber()
  @Min(0)
  minScore!: number;
}

export class RetrieveCompletedV1 extends StepMessage {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PassageV1)
  passages!: PassageV1[];

  @IsNumber()
  bestScore!: number;

  @IsBoolean()
  weak!: boolean;
}

// ---- generate --------------------------------------------------------------------------------

export class GenerateRequestedV1 extends StepMessage {
  @IsString()
  @Matches(ID_PATTERN)
  workflowId!: string;

  @IsInt()
  @Min(1)
  workflowVersion!: number;

  @IsIn(MODEL_TIERS)
  tier!: ModelTier;

  @IsString()
  @Length(1, 100_000)
  text!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PassageV1)
  passages!: PassageV1[];

  /** Validation failures or reviewer notes fed back for a repair. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  feedback?: string[];

  /** `degraded`: retrieval was weak; answer without claims ("I don't know"). */
  @IsOptional()
  @IsIn(['normal', 'degraded'])
  mode?: 'normal' | 'degraded';
}

export class GenerateCompletedV1 extends StepMessage {
  @IsDefined()
  @ValidateNested()
  @Type(() => OutputV1)
  output!: OutputV1;

  @IsString()
  @Length(1, 128)
  provider!: string;

  @IsString()
  @Length(1, 256)
  model!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => UsageV1)
  usage!: UsageV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedActionV1)
  proposedAction?: ProposedActionV1;

  /** Every provider call made, in order (fallbacks included). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProviderAttemptV1)
  attempts?: ProviderAttemptV1[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ToolCallRecordV1)
  toolCalls?: ToolCallRecordV1[];
}

// ---- validate --------------------------------------------------------------------------------

export class ValidateRequestedV1 extends StepMessage {
  @IsString()
  @Matches(ID_PATTERN)
  workflowId!: string;

  @IsInt()
  @Min(1)
  workflowVersion!: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => OutputV1)
  output!: OutputV1;

  /** The passages retrieved for this task: citations must name one of them, at that version. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CitationV1)
  retrieved!: CitationV1[];

  /** The checks the workflow asks for (e.g. non_empty, citations, policy). */
  @IsArray()
  @IsString({ each: true })
  checks!: string[];
}

export class ValidateCompletedV1 extends StepMessage {
  @IsDefined()
  @ValidateNested()
  @Type(() => ValidationVerdictV1)
  verdict!: ValidationVerdictV1;
}

// ---- approval --------------------------------------------------------------------------------

export const APPROVAL_TIMEOUT_POLICIES = ['reject', 'escalate'] as const;

/** Everything a reviewer needs to judge the step without opening another system. */
export class ApprovalRequestedV1 extends StepMessage {
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @IsISO8601({ strict: true })
  deadline!: string;

  @IsIn(APPROVAL_TIMEOUT_POLICIES)
  timeoutPolicy!: (typeof APPROVAL_TIMEOUT_POLICIES)[number];

  @IsString()
  @Length(1, 100_000)
  input!: string;

  @IsString()
  @Matches(ID_PATTERN)
  route!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => OutputV1)
  draft?: OutputV1;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PassageV1)
  passages!: PassageV1[];

  @IsOptional()
  @ValidateNested()
  @Type(() => ValidationVerdictV1)
  verdict?: ValidationVerdictV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedActionV1)
  proposedAction?: ProposedActionV1;

  /** Set when the first deadline passed and the policy escalated: only `admin` may decide now. */
  @IsOptional()
  @IsIn(['approver', 'admin'])
  requiredRole?: 'approver' | 'admin';
}

export const APPROVAL_DECISIONS = ['approve', 'revise', 'reject', 'timeout'] as const;

export class ApprovalDecidedV1 extends StepMessage {
  @IsString()
  @Matches(ID_PATTERN)
  approvalId!: string;

  @IsIn(APPROVAL_DECISIONS)
  decision!: (typeof APPROVAL_DECISIONS)[number];

  @IsString()
  @Length(1, 256)
  decidedBy!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;

  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  comment?: string;

  @IsOptional()
  @IsObject()
  output?: Record<string, unknown>;
}

// ---- action --------------------------------------------------------------------------------

/** Runs an approved write action, once: the idempotency key goes to the tool. */
export class ActionRequestedV1 extends StepMessage {
  @IsDefined()
  @ValidateNested()
  @Type(() => ProposedActionV1)
  action!: ProposedActionV1;

  /**
   * The workflow (and the version the task is pinned to) whose approval step cleared this action:
   * the action runner runs only a write tool that workflow declares. Added after v1 shipped, so
   * optional on the wire; an action without it is refused.
   */
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN)
  workflowId?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  workflowVersion?: number;
}

export class ActionCompletedV1 extends StepMessage {
  @IsString()
  @Length(1, 128)
  tool!: string;

  @IsObject()
  result!: Record<string, unknown>;
}

// ---- timers ----------------------------------------------------------------------------------

/**
 * A step's deadline, held by the broker until it passes (the coordinator naks it with the
 * remaining delay). When it arrives and the step is still waiting on that attempt, the command is
 * sent again or the task fails.
 */
export class StepDeadlineV1 extends StepMessage {
  @IsInt()
  @Min(1)
  attempt!: number;

  @IsISO8601({ strict: true })
  deadline!: string;
}

/**
 * Published by the gateway before it writes a task; due a while later. If the task is still
 * queued then (the gateway stopped before publishing `task.submitted`, or that publish failed),
 * the coordinator starts it. A check for a task that was never written is dropped.
 */
export class SubmissionCheckV1 extends Contract {
  @IsISO8601({ strict: true })
  due!: string;
}

// ---- failures --------------------------------------------------------------------------------

/** A stage could not do its step and says whether trying again could help. */
export class StageFailedV1 extends StepMessage {
  @IsIn(STAGES)
  stage!: Stage;

  @IsString()
  @Length(1, 64)
  code!: string;

  @IsString()
  @Length(1, 10_000)
  message!: string;

  @IsBoolean()
  retryable!: boolean;
}
