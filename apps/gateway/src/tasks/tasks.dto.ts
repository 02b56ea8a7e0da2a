import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { OutputDto, RouteDto, TaskErrorDto, UsageDto, WorkflowRefDto } from '../http/common.dto.js';
import {
  TASK_STATUSES,
  type TaskRecord,
  type TaskStatus,
  type TimelineEntry,
} from '@switchyard/task-store';

// ---- requests ----------------------------------------------------------------------------------

export class SubmitTaskRequest {
  @ApiProperty({
    description: 'The request, in natural language',
    minLength: 1,
    maxLength: 100_000,
  })
  @IsString()
  @Length(1, 100_000)
  text!: string;

  @ApiPropertyOptional({
    description: 'A workflow to use (faq, knowledge, extraction, operational, sensitive)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'workflow must be a workflow id' })
  workflow?: string;

  @ApiPropertyOptional({
    description: 'Structured context for routing and tools',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  context?: Record<string, unknown>;
}

export class ListTasksQuery {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'workflow must be a workflow id' })
  workflow?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  cursor?: string;
}

export class CancelTaskRequest {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  reason?: string;
}

// ---- responses ---------------------------------------------------------------------------------

export class TimelineEntryDto {
  @ApiProperty({ description: 'increases by one per entry; the SSE event id' }) seq!: number;
  @ApiProperty({ format: 'date-time' }) time!: string;
  @ApiProperty({ description: 'gateway, coordinator or a stage' }) stage!: string;
  @ApiPropertyOptional() step?: string;
  @ApiPropertyOptional() attempt?: number;
  @ApiProperty({ example: 'routed' }) outcome!: string;
  @ApiProperty({
    example: '→ knowledge (requested, confidence 1.00): workflow named in the request',
  })
  reason!: string;
}

export class TaskStepDto {
  @ApiProperty({ example: 'review' }) name!: string;
  @ApiProperty({ enum: ['route', 'retrieve', 'generate', 'validate', 'approval', 'action'] })
  stage!: string;
  @ApiProperty({ minimum: 1 }) attempt!: number;
  @ApiProperty({ format: 'date-time', description: 'when the step’s deadline passes' })
  deadline!: string;
}

export class TaskResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ description: 'the request (untrusted: show as text)' }) text!: string;
  @ApiPropertyOptional({ type: RouteDto }) route?: TaskRecord['route'];
  @ApiPropertyOptional({
    type: WorkflowRefDto,
    description: 'the workflow version it is pinned to',
  })
  workflow?: TaskRecord['workflow'];
  @ApiPropertyOptional({ type: TaskStepDto, description: 'the step the task waits on' })
  step?: TaskStepDto;
  @ApiPropertyOptional({ type: OutputDto }) output?: TaskRecord['output'];
  @ApiPropertyOptional({ type: TaskErrorDto, description: 'why it failed or was rejected' })
  error?: TaskRecord['error'];
  @ApiProperty({ type: UsageDto }) usage!: TaskRecord['usage'];
  @ApiPropertyOptional({ type: [TimelineEntryDto], description: 'absent in lists' })
  timeline?: TimelineEntry[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'increases with every change' }) version!: number;

  /** The stored record never leaves the service as is: tenant, keys and internals stay inside. */
  static from(task: TaskRecord, withTimeline = true): TaskResponse {
    return {
      id: task.id,
      status: task.status,
      text: task.text,
      route: task.route,
      workflow: task.workflow,
      step: task.step && {
        name: task.step.name,
        stage: task.step.stage,
        attempt: task.step.attempt,
        deadline: task.step.deadline,
      },
      output: task.output,
      error: task.error,
      usage: task.usage,
      timeline: withTimeline ? task.timeline : undefined,
      createdAt: task.createdAt,
      updatedAt: task.updatedAt,
      version: task.version,
    };
  }
}

export class TaskListResponse {
  @ApiProperty({ type: [TaskResponse] }) items!: TaskResponse[];
  @ApiPropertyOptional({ description: 'pass as cursor for the next page' }) nextCursor?: string;
}

/** The data of an `end` event on GET /v1/tasks/:id/events. */
export class TaskEndEvent {
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty() version!: number;
}
