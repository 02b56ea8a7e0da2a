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
  @ApiProperty() seq!: number;
  @ApiProperty() time!: string;
  @ApiProperty({ description: 'gateway, coordinator or a stage' }) stage!: string;
  @ApiPropertyOptional() step?: string;
  @ApiPropertyOptional() attempt?: number;
  @ApiProperty({ example: 'routed' }) outcome!: string;
  @ApiProperty({
    example: '→ knowledge (requested, confidence 1.00): workflow named in the request',
  })
  reason!: string;
}

export class TaskResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) route?: TaskRecord['route'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  workflow?: TaskRecord['workflow'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'the step the task waits on',
  })
  step?: { name: string; stage: string; attempt: number; deadline: string };
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  output?: TaskRecord['output'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) error?: TaskRecord['error'];
  @ApiProperty({ type: 'object', additionalProperties: true }) usage!: TaskRecord['usage'];
  @ApiPropertyOptional({ type: [TimelineEntryDto] }) timeline?: TimelineEntry[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
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
