import { gauge, histogram } from '@switchyard/messaging';
import type {
  ApprovalApiReply,
  ApprovalRequestedV1,
  DecideApprovalRequestV1,
  Envelope,
  ListApprovalsRequestV1,
} from '@switchyard/contracts';
import { Subjects } from '@switchyard/contracts';
import type { Publisher } from '@switchyard/messaging';
import { type TaskStore, isTerminal } from '@switchyard/task-store';
import type { ApprovalRecord, ApprovalRepository } from './approval.repository.js';

const MAX_CONFLICTS = 50;

export const approvalMetrics = {
  wait: histogram({
    name: 'switchyard_approval_wait_seconds',
    help: 'Time from an approval request to its decision, by workflow and decision',
    labelNames: ['workflow', 'decision'],
    buckets: [1, 10, 60, 300, 900, 3600, 4 * 3600, 86400],
  }),
  pending: gauge({
    name: 'switchyard_approvals_pending',
    help: 'Approval requests waiting for a person, by workflow',
    labelNames: ['workflow'],
  }),
  oldest: gauge({
    name: 'switchyard_approval_oldest_pending_seconds',
    help: 'Age of the oldest approval request still waiting',
  }),
};

const STATUS_OF = { approve: 'approved', revise: 'revised', reject: 'rejected' } as const;

export function decisionMessageId(approvalId: string): string {
  return `${approvalId}.decision`;
}

/**
 * Owns approval requests and their decisions. Exactly one decision counts: the pending → decided
 * change is a compare-and-set, so of many concurrent decisions one wins and the rest get 409. A
 * decision on a task that has ended or moved on gets 409 too, and closes the request.
 */
export class ApprovalsService {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly tasks: TaskStore,
    private readonly publisher: Publisher,
  ) {}

  /** Records a request from the coordinator; a re-send after an escalation raises the role. */
  async request(env: Envelope<ApprovalRequestedV1>): Promise<'created' | 'updated' | 'unchanged'> {
    const { stepId, requiredRole, ...context } = env.payload;
    const record: ApprovalRecord = {
      ...context,
      id: stepId,
      tenant: env.tenant,
      taskId: env.taskId,
      stepId,
      status: 'pending',
      requiredRole: requiredRole ?? 'approver',
      createdAt: env.time,
      version: 0,
    };
    if (await this.approvals.create(record)) return 'created';
    for (let i = 0; i < MAX_CONFLICTS; i++) {
      const current = await this.approvals.get(env.tenant, stepId);
      if (!current || current.status !== 'pending') return 'unchanged';
      if (current.requiredRole === record.requiredRole && current.deadline === record.deadline)
        return 'unchanged';
      if (
        await this.approvals.update({
          ...current,
          requiredRole: record.requiredRole,
          deadline: record.deadline,
        })
      )
        return 'updated';
    }
    throw new Error(`approval ${stepId}: too many concurrent updates`);
  }

  async list(request: ListApprovalsRequestV1): Promise<ApprovalApiReply<ApprovalRecord[]>> {
    const status = request.status ?? 'pending';
    const all = await this.approvals.list(request.caller.tenant);
    const body = all.filter((a) =>
      status === 'all'
        ? true
        : status === 'pending'
          ? a.status === 'pending'
          : a.status !== 'pending',
    );
    return { status: 200, body };
  }

  async decide(request: DecideApprovalRequestV1): Promise<ApprovalApiReply<ApprovalRecord>> {
    const { caller, approvalId, decision, comment, output } = request;
    if (decision === 'revise' && !output && !comment) {
      return {
        status: 400,
        error: { code: 'validation_failed', message: 'a revision needs an output or a comment' },
      };
    }
    for (let i = 0; i < MAX_CONFLICTS; i++) {
      const current = await this.approvals.get(caller.tenant, approvalId);
      if (!current)
        return {
          status: 404,
          error: { code: 'approval_not_found', message: `approval ${approvalId} not found` },
        };
      // admin may decide any approval; an escalated one only admin
      if (!caller.roles.includes(current.requiredRole) && !caller.roles.includes('admin')) {
        return {
          status: 403,
          error: {
            code: 'forbidden',
            message: `this approval was escalated: it needs the role ${current.requiredRole}`,
          },
        };
      }
      if (current.status !== 'pending') {
        const why = current.decision
          ? `already ${current.status} by ${current.decision.decidedBy}`
          : `closed: ${current.closedReason ?? 'no longer pending'}`;
        return {
          status: 409,
          error: { code: 'approval_decided', message: `approval ${approvalId} is ${why}` },
        };
      }
      const task = await this.tasks.get(caller.tenant, current.taskId);
      if (!task || isTerminal(task.status) || task.step?.stepId !== current.stepId) {
        const reason = !task
          ? 'the task does not exist'
          : isTerminal(task.status)
            ? `the task is ${task.status}`
            : 'the task has moved on';
        await this.approvals.update({ ...current, status: 'closed', closedReason: reason });
        return {
          status: 409,
          error: {
            code: 'task_ended',
            message: `approval ${approvalId} cannot be decided: ${reason}`,
          },
        };
      }
      const decided = await this.approvals.update({
        ...current,
        status: STATUS_OF[decision],
        decision: {
          decision,
          decidedBy: caller.name,
          decidedAt: new Date().toISOString(),
          comment,
          output,
        },
      });
      if (!decided) continue; // someone else changed it: look again (and most likely answer 409)
      approvalMetrics.wait.observe(
        { workflow: decided.route, decision },
        (Date.now() - Date.parse(decided.createdAt)) / 1000,
      );
      return { status: 200, body: await this.publish(decided) };
    }
    return {
      status: 409,
      error: { code: 'conflict', message: `approval ${approvalId} is being changed concurrently` },
    };
  }

  /**
   * Publishes decided approvals whose event was not confirmed (a crash between the two writes), and
   * refreshes the pending-approval gauges from the same read.
   */
  async republishPending(): Promise<number> {
    const all = await this.approvals.list();
    approvalMetrics.pending.reset();
    const pending = all.filter((a) => a.status === 'pending');
    for (const a of pending) approvalMetrics.pending.inc({ workflow: a.route });
    const oldest = pending.reduce((min, a) => Math.min(min, Date.parse(a.createdAt)), Date.now());
    approvalMetrics.oldest.set((Date.now() - oldest) / 1000);
    const unpublished = all.filter((a) => a.decision && !a.published);
    for (const approval of unpublished) await this.publish(approval);
    return unpublished.length;
  }

  private async publish(approval: ApprovalRecord): Promise<ApprovalRecord> {
    const d = approval.decision as NonNullable<ApprovalRecord['decision']>;
    await this.publisher.publish(
      Subjects.ApprovalDecided,
      {
        stepId: approval.stepId,
        approvalId: approval.id,
        decision: d.decision,
        decidedBy: d.decidedBy,
        decidedAt: d.decidedAt,
        comment: d.comment,
        output: d.output,
      },
      {
        taskId: approval.taskId,
        tenant: approval.tenant,
        messageId: decisionMessageId(approval.id),
      },
    );
    return (await this.approvals.update({ ...approval, published: true })) ?? approval;
  }
}
