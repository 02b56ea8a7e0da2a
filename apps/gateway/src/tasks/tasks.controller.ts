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
import { TaskIdPipe, lastEventId } from '../http/params.js';
import { AdmissionService } from '../admission/admission.service.js';
import type { GatewayConfig } from '../config/gateway.config.js';
import { SERVICE_CONFIG } from '@switchyard/platform';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('v1/tasks')
@Roles('submitter')
export class TasksController {
  constructor(
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskWatcher) private readonly watcher: TaskWatcher,
    @Inject(AdmissionService) private readonly admission: AdmissionService,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
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
    // admission control: 429 over the tenant's quota, 503 overloaded, before anything is written
    const ticket = this.admission.admit(principal.tenant);
    let result;
    try {
      result = await this.tasks.submit(principal, body, idempotencyKey);
    } catch (err) {
      ticket.release();
      throw err;
    }
    const { task, created } = result;
    if (created) ticket.bind(task.id);
    else ticket.release();
    void reply.status(created ? 202 : 200);
    if (created) void reply.header('location', `/v1/tasks/${task.id}`);
    return TaskResponse.from(task);
  }

  @Get()
  @Roles('submitter', 'operator')
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
  @Roles('submitter', 'operator')
  @ApiResponse({ status: 200, type: TaskResponse })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', TaskIdPipe) id: string,
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
    @Param('id', TaskIdPipe) id: string,
    @Body() body: CancelTaskRequest | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskResponse> {
    const task = await this.tasks.cancel(principal, id, body?.reason);
    if (!isTerminal(task.status)) void reply.status(202);
    return TaskResponse.from(task);
  }

  /** Server-Sent Events: every timeline entry (event `timeline`), then `end` at a terminal status. */
  @Sse(':id/events')
  @Roles('submitter', 'operator')
  async events(
    @CurrentPrincipal() principal: Principal,
    @Param('id', TaskIdPipe) id: string,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
  ): Promise<Observable<MessageEvent>> {
    const after = lastEventId(lastEventIdHeader);
    const task = await this.tasks.get(principal, id);
    // bounded per API key (429 beyond), closed after SSE_IDLE_TIMEOUT_MS without an event
    const close = this.admission.openStream(principal.keyName);
    const idleMs = this.config.SSE_IDLE_TIMEOUT_MS;
    return new Observable<MessageEvent>((subscriber) => {
      const abort = new AbortController();
      let reason: 'ended' | 'client' | 'idle' = 'client';
      let idle: NodeJS.Timeout | undefined;
      const resetIdle = (): void => {
        if (idleMs <= 0) return;
        clearTimeout(idle);
        idle = setTimeout(() => {
          reason = 'idle';
          subscriber.next({
            type: 'idle',
            data: {
              reason: `no event for ${Math.round(idleMs / 1000)} s: reconnect with Last-Event-ID`,
            },
          });
          subscriber.complete();
        }, idleMs);
        idle.unref();
      };
      resetIdle();
      let sent = after;
      const emit = (t: typeof task): void => {
        resetIdle();
        for (const entry of t.timeline) {
          if (entry.seq <= sent) continue;
          subscriber.next({ id: String(entry.seq), type: 'timeline', data: entry });
          sent = entry.seq;
        }
        if (isTerminal(t.status)) {
          reason = 'ended';
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
      return () => {
        clearTimeout(idle);
        abort.abort();
        close(reason);
      };
    });
  }
}
