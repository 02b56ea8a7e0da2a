import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  type MessageEvent,
  Param,
  Post,
  Query,
  ServiceUnavailableException,
  Sse,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  APPROVAL_CHANGED_SUBJECT_PREFIX,
  type ApprovalApiReply,
  ApprovalApiSubjects,
  type ApprovalPageV1,
} from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import { Observable } from 'rxjs';
import type { Principal } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import { ApiErrors } from '../http/error.dto.js';
import {
  ApprovalChangedEvent,
  ApprovalListResponse,
  ApprovalResponse,
  DecisionRequest,
  ListApprovalsQuery,
  type StoredApproval,
  toApprovalResponse,
} from './approvals.dto.js';
import { ApprovalIdPipe } from '../http/params.js';
import { AdmissionService } from '../admission/admission.service.js';

/** How often an idle approval event stream sends a `ping` (keeps proxies from closing it). */
const PING_MS = 20_000;

/** The gateway's face of the approval service (core NATS request/reply to it). */
@ApiTags('approvals')
@ApiExtraModels(ApprovalChangedEvent)
@ApiBearerAuth('api-key')
@Controller('v1/approvals')
@Roles('approver', 'admin')
export class ApprovalsController {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(AdmissionService) private readonly admission: AdmissionService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List the tenant’s approvals, a page at a time',
    description:
      'Pending ones soonest deadline first; decided and all newest first. Follow `nextCursor`.',
  })
  @ApiResponse({ status: 200, type: ApprovalListResponse })
  @ApiErrors(400, 403)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListApprovalsQuery,
  ): Promise<ApprovalListResponse> {
    const page = await this.call<ApprovalPageV1<StoredApproval>>(ApprovalApiSubjects.page, {
      caller: this.caller(principal),
      status: query.status,
      limit: query.limit,
      cursor: query.cursor,
    });
    return { items: page.items.map(toApprovalResponse), nextCursor: page.nextCursor };
  }

  /**
   * Server-Sent Events: `ready` once subscribed (a client reloads its list then), an `approval`
   * event per change (created, escalated, decided, closed) and a `ping` every 20 s when idle.
   * Notices are not stored: a client that reconnects reloads.
   */
  @Sse('events')
  @ApiOperation({
    summary: 'Follow changes to the tenant’s approvals (Server-Sent Events)',
    description:
      'Events: `ready` (subscribed: load or reload the list now), `approval` (data: ApprovalChangedEvent), `ping`.',
  })
  @ApiResponse({
    status: 200,
    description: 'an event stream; each `approval` event’s data is an ApprovalChangedEvent',
    content: {
      'text/event-stream': { schema: { $ref: getSchemaPath(ApprovalChangedEvent) } },
    },
  })
  @ApiErrors(403)
  events(@CurrentPrincipal() principal: Principal): Observable<MessageEvent> {
    // bounded per API key like the task event streams (429 `too_many_streams` beyond)
    const close = this.admission.openStream(principal.keyName);
    return new Observable<MessageEvent>((subscriber) => {
      const nc = this.messaging.client.nc;
      const sub = nc.subscribe(`${APPROVAL_CHANGED_SUBJECT_PREFIX}.${principal.tenant}.>`, {
        callback: (err, m) => {
          if (err) return subscriber.error(err);
          subscriber.next({ type: 'approval', data: m.json<ApprovalChangedEvent>() });
        },
      });
      nc.flush().then(
        () => subscriber.next({ type: 'ready', data: { time: new Date().toISOString() } }),
        (err: unknown) => subscriber.error(err),
      );
      const ping = setInterval(
        () => subscriber.next({ type: 'ping', data: { time: new Date().toISOString() } }),
        PING_MS,
      );
      return () => {
        clearInterval(ping);
        sub.unsubscribe();
        close('client');
      };
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read one approval with its context and decision' })
  @ApiResponse({ status: 200, type: ApprovalResponse })
  @ApiErrors(403, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ApprovalIdPipe) id: string,
  ): Promise<ApprovalResponse> {
    const record = await this.call<StoredApproval>(ApprovalApiSubjects.get, {
      caller: this.caller(principal),
      approvalId: id,
    });
    return toApprovalResponse(record);
  }

  /** Exactly one decision counts: a second one, or one on a task that has ended, gets 409. */
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve, revise or reject a pending approval',
    description:
      'Exactly one decision counts. 409 `approval_decided` names who decided and when (details); 409 `task_ended` when the task left the step. An escalated approval needs admin.',
  })
  @ApiResponse({ status: 200, type: ApprovalResponse })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ApprovalIdPipe) id: string,
    @Body() body: DecisionRequest,
  ): Promise<ApprovalResponse> {
    const record = await this.call<StoredApproval>(ApprovalApiSubjects.decide, {
      caller: this.caller(principal),
      approvalId: id,
      ...body,
    });
    return toApprovalResponse(record);
  }

  private caller(principal: Principal): { tenant: string; roles: string[]; name: string } {
    return { tenant: principal.tenant, roles: [...principal.roles], name: principal.keyName };
  }

  private async call<T>(subject: string, payload: unknown): Promise<T> {
    let reply: ApprovalApiReply<T>;
    try {
      const m = await this.messaging.client.nc.request(subject, JSON.stringify(payload), {
        timeout: 10_000,
      });
      reply = m.json<ApprovalApiReply<T>>();
    } catch (err) {
      throw new ServiceUnavailableException({
        code: 'unavailable',
        message: `the approval service did not answer: ${(err as Error).message}`,
      });
    }
    if (reply.status === 200 && reply.body !== undefined) return reply.body;
    throw new HttpException(
      {
        code: reply.error?.code ?? 'error',
        message: reply.error?.message ?? 'approval request failed',
        details: reply.error?.details ?? [],
      },
      reply.status,
    );
  }
}
