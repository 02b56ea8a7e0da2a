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
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Observable } from 'rxjs';
import { isTerminal } from '@switchyard/task-store';
import type { Principal, Role } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import { ApiErrors } from '../http/error.dto.js';
import {
  CancelTaskRequest,
  ListTasksQuery,
  SubmitTaskRequest,
  TaskEndEvent,
  TaskListResponse,
  TaskResponse,
  TimelineEntryDto,
} from './tasks.dto.js';
import { TaskWatcher } from './task-watcher.js';
import { TasksService } from './tasks.service.js';
import { TaskIdPipe, lastEventId } from '../http/params.js';
import { AdmissionService } from '../admission/admission.service.js';
import type { GatewayConfig } from '../config/gateway.config.js';
import { SERVICE_CONFIG } from '@switchyard/platform';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Who may read the tenant's tasks and documents: reviewers need the context they judge, operators
 * watch tasks (and can do nothing else).
 */
export const READER_ROLES: readonly Role[] = ['submitter', 'operator', 'approver', 'admin'];
/** Who may submit and cancel. */
export const SUBMITTER_ROLES: readonly Role[] = ['submitter'];

@ApiTags('tasks')
@ApiExtraModels(TaskEndEvent, TimelineEntryDto)
@ApiBearerAuth('api-key')
@Controller('v1/tasks')
@Roles(...READER_ROLES)
export class TasksController {
  constructor(
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskWatcher) private readonly watcher: TaskWatcher,
    @Inject(AdmissionService) private readonly admission: AdmissionService,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post()
  @Roles(...SUBMITTER_ROLES)
  @ApiOperation({
    summary: 'Submit a task',
    description: 'The task runs asynchronously: follow it with GET /v1/tasks/{id} or its events.',
  })
  @ApiErrors(400, 403, 413, 415, 422)
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
  @ApiOperation({ summary: 'List the tenant’s tasks, newest first, a page at a time' })
  @ApiResponse({ status: 200, type: TaskListResponse })
  @ApiErrors(400, 403)
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
  @ApiOperation({ summary: 'Read a task with its timeline' })
  @ApiResponse({ status: 200, type: TaskResponse })
  @ApiErrors(403, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', TaskIdPipe) id: string,
  ): Promise<TaskResponse> {
    return TaskResponse.from(await this.tasks.get(principal, id));
  }

  @Post(':id/cancel')
  @Roles(...SUBMITTER_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a task that has not ended' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  @ApiResponse({ status: 200, type: TaskResponse, description: 'cancelled' })
  @ApiResponse({
    status: 202,
    type: TaskResponse,
    description: 'cancel requested, not confirmed yet',
  })
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
  @ApiOperation({
    summary: 'Follow a task’s timeline (Server-Sent Events)',
    description:
      'A `timeline` event per entry (id: its seq; data: TimelineEntryDto), then `end` (data: TaskEndEvent) at a terminal status. Send `Last-Event-ID` to resume after an entry.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this seq' })
  @ApiResponse({
    status: 200,
    description: 'an event stream of `timeline` events, then one `end` event',
    content: {
      'text/event-stream': {
        schema: {
          oneOf: [{ $ref: getSchemaPath(TimelineEntryDto) }, { $ref: getSchemaPath(TaskEndEvent) }],
        },
      },
    },
  })
  @ApiErrors(403, 404)
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
