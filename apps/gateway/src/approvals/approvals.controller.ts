import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  Param,
  Post,
  Query,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type ApprovalApiReply, ApprovalApiSubjects } from '@switchyard/contracts';
import { Messaging } from '@switchyard/messaging';
import type { Principal } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import { ApprovalResponse, DecisionRequest, ListApprovalsQuery } from './approvals.dto.js';
import { ApprovalIdPipe } from '../http/params.js';

type Record_ = ApprovalResponse & {
  tenant?: string;
  version?: number;
  published?: boolean;
  stepId?: string;
};

function view(record: Record_): ApprovalResponse {
  const { tenant: _t, version: _v, published: _p, stepId: _s, ...rest } = record;
  return rest;
}

/** The gateway's face of the approval service (core NATS request/reply to it). */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('v1/approvals')
@Roles('approver', 'admin')
export class ApprovalsController {
  constructor(@Inject(Messaging) private readonly messaging: Messaging) {}

  @Get()
  @ApiResponse({ status: 200, type: [ApprovalResponse] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListApprovalsQuery,
  ): Promise<ApprovalResponse[]> {
    const records = await this.call<Record_[]>(ApprovalApiSubjects.list, {
      caller: this.caller(principal),
      status: query.status,
    });
    return records.map(view);
  }

  /** Exactly one decision counts: a second one, or one on a task that has ended, gets 409. */
  @Post(':id/decision')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: ApprovalResponse })
  @ApiResponse({ status: 409, description: 'already decided, or the task has ended' })
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ApprovalIdPipe) id: string,
    @Body() body: DecisionRequest,
  ): Promise<ApprovalResponse> {
    const record = await this.call<Record_>(ApprovalApiSubjects.decide, {
      caller: this.caller(principal),
      approvalId: id,
      ...body,
    });
    return view(record);
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
      },
      reply.status,
    );
  }
}
