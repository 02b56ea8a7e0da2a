import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Res,
  Sse,
  type MessageEvent,
  BadRequestException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Observable } from 'rxjs';
import { isTerminal } from '@switchyard/task-store';
import type { Principal } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import {
  CancelTaskRequest,
  ListTasksQuery,
  SubmitTaskRequest,
  TaskListResponse,
  TaskResponse,
} from './tasks.dto.js';
import { TaskWatcher } from './task-watcher.js';
import { TasksService } from './tasks.service.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('v1/tasks')
@Roles('submitter')
export class TasksController {
  constructor(
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskWatcher) private readonly watcher: TaskWatcher,
  ) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'same key + tenant → same task',
  })
  @ApiResponse({ status: 202, type: TaskResponse, description: 'accepted; follow the task' })
  @ApiResponse({
    status: 200,
    type: TaskResponse,
    description: 'the task created earlier with this Idempotency-Key',
  })
  async submit(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SubmitTaskRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException({
        code: 'validation_failed',
        message: 'Idempotency-Key must be 1–255 visible ASCII characters',
        details: [
          { field: 'Idempotency-Key', problems: ['must be 1–255 visible ASCII characters'] },
        ],
      });
    }
    const { task, created } = await this.tasks.submit(principal, body, idempotencyKey);
    void reply.status(created ? 202 : 200);
    if (created) void reply.header('location', `/v1/tasks/${task.id}`);
    return TaskResponse.from(task);
  }

  @Get()
  @ApiResponse({ status: 200, type: TaskListResponse })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListTasksQuery,
  ): Promise<TaskListResponse> {
    const page = await this.tasks.list(principal, query);
    return {
      items: page.items.map((t) => TaskResponse.from(t, false)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiResponse({ status: 200, type: TaskResponse })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<TaskResponse> {
    return TaskResponse.from(await this.tasks.get(principal, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskResponse, description: 'cancelled' })
  @ApiResponse({
    status: 202,
    type: TaskResponse,
    description: 'cancel requested, not confirmed yet',
  })
  @ApiResponse({ status: 409, description: 'the task has already ended' })
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: CancelTaskRequest | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskResponse> {
    const task = await this.tasks.cancel(principal, id, body?.reason);
    if (!isTerminal(task.status)) void reply.status(202);
    return TaskResponse.from(task);
  }

  /** Server-Sent Events: every timeline entry (event `timeline`), then `end` at a terminal status. */
  @Sse(':id/events')
  async events(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('last-event-id') lastEventId: string | undefined,
  ): Promise<Observable<MessageEvent>> {
    const task = await this.tasks.get(principal, id);
    const after = Number.parseInt(lastEventId ?? '0', 10) || 0;
    return new Observable<MessageEvent>((subscriber) => {
      const abort = new AbortController();
      let sent = after;
      const emit = (t: typeof task): void => {
        for (const entry of t.timeline) {
          if (entry.seq <= sent) continue;
          subscriber.next({ id: String(entry.seq), type: 'timeline', data: entry });
          sent = entry.seq;
        }
        if (isTerminal(t.status)) {
          subscriber.next({
            id: String(sent),
            type: 'end',
            data: { status: t.status, version: t.version },
          });
          subscriber.complete();
        }
      };
      const run = async (): Promise<void> => {
        emit(task);
        for await (const t of this.watcher.follow(task, abort.signal)) emit(t);
      };
      run().then(
        () => subscriber.complete(),
        (err: unknown) => subscriber.error(err),
      );
      return () => abort.abort();
    });
  }
}
