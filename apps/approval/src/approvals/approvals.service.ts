import { gauge, histogram } from '@switchyard/messaging';
import {
  type ApprovalApiReply,
  type ApprovalChange,
  type ApprovalChangedNoticeV1,
  type ApprovalPageV1,
  type ApprovalRequestedV1,
  type DecideApprovalRequestV1,
  type Envelope,
  type GetApprovalRequestV1,
  type ListApprovalsRequestV1,
  APPROVAL_PAGE_MAX,
  Subjects,
} from '@switchyard/contracts';
import type { Publisher } from '@switchyard/messaging';
import { type TaskRecord, type TaskStore, isTerminal } from '@switchyard/task-store';
import type { WorkflowRegistry } from '@switchyard/workflows';
import type { ApprovalRecord, ApprovalRepository, OpenEntry } from './approval.repository.js';

const MAX_CONFLICTS = 50;
const DEFAULT_PAGE = 20;
/** What a reply may use of the broker's payload limit (the rest is the reply's own wrapping). */
const REPLY_MARGIN_BYTES = 16 * 1024;
/** An open-index entry whose record never appeared (a crash between the two writes) is dropped. */
const ORPHAN_AFTER_MS = 60_000;

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
    help: 'Age of the oldest approval request still waiting (0 when none waits)',
  }),
};

const STATUS_OF = { approve: 'approved', revise: 'revised', reject: 'rejected' } as const;

export function decisionMessageId(approvalId: string): string {
  return `${approvalId}.decision`;
}

/** A cursor that this list did not hand out. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

type Cursor = { k: 'p'; d: string; i: string } | { k: 'a'; i: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string, kind: Cursor['k']): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not a cursor of this list');
  }
  const c = parsed as Partial<{ k: string; d: unknown; i: unknown }>;
  if (
    typeof c !== 'object' ||
    c === null ||
    c.k !== kind ||
    typeof c.i !== 'string' ||
    (kind === 'p' && typeof c.d !== 'string')
  ) {
    throw new InvalidCursorError(
      'cursor is not a cursor of this list (pass nextCursor of the same status)',
    );
  }
  return parsed as Cursor;
}

/** The longest prefix of `items` whose JSON fits in `budget` bytes (at least one item). */
export function fitItems<T>(items: T[], budget: number): T[] {
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    used += Buffer.byteLength(JSON.stringify(items[i])) + 1;
    if (used > budget) return items.slice(0, Math.max(1, i));
  }
  return items;
}

/** Tells listeners that an approval changed (core NATS in production). */
export type ApprovalNotifier = (tenant: string, notice: ApprovalChangedNoticeV1) => void;

/**
 * Owns approval requests and their decisions. Exactly one decision counts: the pending → decided
 * change is a compare-and-set, so of many concurrent decisions one wins and the rest get 409. A
 * pending request is closed as soon as its task leaves the approval step (timeout, cancel, end),
 * whether a person tries to decide it or the task's change notice says so.
 */
export class ApprovalsService {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly tasks: TaskStore,
    private readonly publisher: Publisher,
    private readonly workflows: WorkflowRegistry,
    private readonly notify: ApprovalNotifier,
    private readonly maxReplyBytes: number,
  ) {}

  /** Records a request from the coordinator; a re-send after an escalation raises the role. */
  async request(env: Envelope<ApprovalRequestedV1>): Promise<'created' | 'updated' | 'unchanged'> {
    const { stepId, requiredRole, ...context } = env.payload;
    const existing = await this.approvals.get(env.tenant, stepId);
    if (!existing) {
      const task = await this.tasks.get(env.tenant, env.taskId);
      const onStep = task?.step?.stepId === stepId ? task.step : undefined;
      const record: ApprovalRecord = {
        ...context,
        id: stepId,
        tenant: env.tenant,
        taskId: env.taskId,
        stepId,
        workflow: task?.workflow,
        stepName: onStep?.name,
        reviseMode: this.reviseMode(task, onStep?.kind === 'workflow' ? onStep.index : undefined),
        status: 'pending',
        requiredRole: requiredRole ?? 'approver',
        createdAt: env.time,
        version: 0,
      };
      // index first: a crash between the two writes leaves an orphan entry the sweep drops
      await this.approvals.markOpen(record);
      if (await this.approvals.create(record)) {
        this.changed(record, 'created');
        return 'created';
      }
    }
    for (let i = 0; i < MAX_CONFLICTS; i++) {
      const current = await this.approvals.get(env.tenant, stepId);
      if (!current || current.status !== 'pending') return 'unchanged';
      const role = requiredRole ?? 'approver';
      if (current.requiredRole === role && current.deadline === env.payload.deadline) {
        await this.approvals.markOpen(current); // a redelivery: make sure it is indexed
        return 'unchanged';
      }
      const updated = await this.approvals.update({
        ...current,
        requiredRole: role,
        deadline: env.payload.deadline,
      });
      if (updated) {
        await this.approvals.markOpen(updated);
        this.changed(updated, 'escalated');
        return 'updated';
      }
    }
    throw new Error(`approval ${stepId}: too many concurrent updates`);
  }

  /**
   * A page of the tenant's approvals. Pending ones come from the open index, soonest deadline
   * first; decided and all, newest first. A page is cut short rather than outgrow a reply.
   */
  async page(
    request: ListApprovalsRequestV1,
  ): Promise<ApprovalApiReply<ApprovalPageV1<ApprovalRecord>>> {
    const status = request.status ?? 'pending';
    const limit = Math.min(request.limit ?? DEFAULT_PAGE, APPROVAL_PAGE_MAX);
    const tenant = request.caller.tenant;
    try {
      const body =
        status === 'pending'
          ? await this.pendingPage(tenant, limit, request.cursor)
          : await this.recentPage(tenant, status, limit, request.cursor);
      return { status: 200, body };
    } catch (err) {
      if (!(err instanceof InvalidCursorError)) throw err;
      return {
        status: 400,
        error: {
          code: 'validation_failed',
          message: err.message,
          details: [{ field: 'cursor', problems: [err.message] }],
        },
      };
    }
  }

  /** The v1 list: the first page of at most 100, as an array. */
  async list(request: ListApprovalsRequestV1): Promise<ApprovalApiReply<ApprovalRecord[]>> {
    const reply = await this.page({
      ...request,
      limit: APPROVAL_PAGE_MAX,
      cursor: undefined,
    });
    return reply.body ? { status: 200, body: reply.body.items } : { ...reply, body: undefined };
  }

  async get(request: GetApprovalRequestV1): Promise<ApprovalApiReply<ApprovalRecord>> {
    const record = await this.approvals.get(request.caller.tenant, request.approvalId);
    return record
      ? { status: 200, body: record }
      : {
          status: 404,
          error: {
            code: 'approval_not_found',
            message: `approval ${request.approvalId} not found`,
          },
        };
  }

  async decide(request: DecideApprovalRequestV1): Promise<ApprovalApiReply<ApprovalRecord>> {
    const { caller, approvalId, decision, comment, output } = request;
    if (decision === 'revise' && !output && !comment) {
      return {
        status: 400,
        error: {
          code: 'validation_failed',
          message: 'a revision needs an output or a comment',
          details: [{ field: 'output', problems: ['a revision needs an output or a comment'] }],
        },
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
      if (current.status !== 'pending') return this.alreadyDone(current);
      const task = await this.tasks.get(caller.tenant, current.taskId);
      const left = this.leftStep(current, task);
      if (left) {
        const closed = await this.close(current, left);
        if (!closed) continue;
        return {
          status: 409,
          error: {
            code: 'task_ended',
            message: `approval ${approvalId} cannot be decided: ${left}`,
            details: [{ status: 'closed', closedReason: left, closedAt: closed.closedAt }],
          },
        };
      }
      if (decision === 'revise' && current.reviseMode === 'regenerate' && !comment) {
        return {
          status: 400,
          error: {
            code: 'validation_failed',
            message: "this workflow regenerates on revise: send the reviewer's notes as comment",
            details: [{ field: 'comment', problems: ['is required to regenerate'] }],
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
      this.changed(decided, 'decided');
      return { status: 200, body: await this.publish(decided) };
    }
    return {
      status: 409,
      error: { code: 'conflict', message: `approval ${approvalId} is being changed concurrently` },
    };
  }

  /**
   * The task of these open approvals changed: close each one whose task has left its step. Called
   * on the coordinator's change notice and by the reconciliation pass.
   */
  async reconcileTask(
    tenant: string,
    taskId: string,
    approvalIds: Iterable<string>,
  ): Promise<number> {
    let closed = 0;
    const task = await this.tasks.get(tenant, taskId);
    for (const id of approvalIds) {
      for (let i = 0; i < MAX_CONFLICTS; i++) {
        const current = await this.approvals.get(tenant, id);
        if (!current || current.status !== 'pending') break;
        const left = this.leftStep(current, task);
        if (!left) break;
        if (await this.close(current, left)) {
          closed++;
          break;
        }
      }
    }
    return closed;
  }

  /**
   * The open index, once per interval: refreshes the pending gauges, publishes decisions whose
   * event is not confirmed (a crash between the two writes), drops entries that are done, and
   * (with `reconcile`) closes pending approvals whose task has left the step — a missed notice.
   * Returns the open entries still pending (the consumer follows their tasks' notices).
   */
  async sweep(reconcile: boolean): Promise<{ pending: OpenEntry[]; republished: number }> {
    const entries = await this.approvals.openEntries();
    const pending: OpenEntry[] = [];
    let republished = 0;
    for (const entry of entries) {
      const record = await this.approvals.get(entry.tenant, entry.id);
      if (!record) {
        if (Date.now() - Date.parse(entry.createdAt) > ORPHAN_AFTER_MS)
          await this.approvals.markDone(entry.tenant, entry.id);
      } else if (record.status === 'pending') {
        if (reconcile && (await this.reconcileTask(record.tenant, record.taskId, [record.id])))
          continue;
        pending.push(entry);
      } else if (record.decision && !record.published) {
        await this.publish(record);
        republished++;
      } else {
        await this.approvals.markDone(record.tenant, record.id);
      }
    }
    approvalMetrics.pending.reset();
    for (const e of pending) approvalMetrics.pending.inc({ workflow: e.route });
    const oldest = Math.min(...pending.map((e) => Date.parse(e.createdAt)), Date.now());
    approvalMetrics.oldest.set((Date.now() - oldest) / 1000);
    return { pending, republished };
  }

  /** Why the task no longer waits on this approval; undefined while it does. */
  private leftStep(approval: ApprovalRecord, task: TaskRecord | null): string | undefined {
    if (!task) return 'the task does not exist';
    if (isTerminal(task.status)) {
      if (task.error?.code === 'approval_timeout') return 'no decision by the deadline: rejected';
      return `the task is ${task.status}`;
    }
    if (task.step?.stepId !== approval.stepId) return 'the task has moved on';
    return undefined;
  }

  /**
   * What a revision does on this step, as the coordinator applies it: `regenerate` (the comment
   * goes back to the workflow's earlier generate step) or `replace` (the output replaces the task's).
   */
  private reviseMode(task: TaskRecord | null, index?: number): 'replace' | 'regenerate' {
    const workflow = task?.workflow && this.workflows.get(task.workflow.id, task.workflow.version);
    const def = index === undefined ? undefined : workflow?.steps[index];
    const generates = workflow?.steps.slice(0, index).some((s) => s.stage === 'generate');
    return def?.stage === 'approval' && def.settings.onRevise === 'regenerate' && generates
      ? 'regenerate'
      : 'replace';
  }

  /** 409 for an approval that is no longer pending: who won and when, or why it was closed. */
  private alreadyDone(current: ApprovalRecord): ApprovalApiReply<ApprovalRecord> {
    const d = current.decision;
    if (!d) {
      const reason = current.closedReason ?? 'no longer pending';
      return {
        status: 409,
        error: {
          code: 'task_ended',
          message: `approval ${current.id} cannot be decided: ${reason}`,
          details: [{ status: current.status, closedReason: reason, closedAt: current.closedAt }],
        },
      };
    }
    return {
      status: 409,
      error: {
        code: 'approval_decided',
        message: `approval ${current.id} is already ${current.status} by ${d.decidedBy} at ${d.decidedAt}`,
        details: [
          {
            status: current.status,
            decision: d.decision,
            decidedBy: d.decidedBy,
            decidedAt: d.decidedAt,
          },
        ],
      },
    };
  }

  /** Pending → closed (compare-and-set), then out of the index; null when another writer won. */
  private async close(current: ApprovalRecord, reason: string): Promise<ApprovalRecord | null> {
    const closed = await this.approvals.update({
      ...current,
      status: 'closed',
      closedReason: reason,
      closedAt: new Date().toISOString(),
    });
    if (!closed) return null;
    await this.approvals.markDone(closed.tenant, closed.id);
    this.changed(closed, 'closed');
    return closed;
  }

  private async pendingPage(
    tenant: string,
    limit: number,
    cursorText?: string,
  ): Promise<ApprovalPageV1<ApprovalRecord>> {
    const after = cursorText ? decodeCursor(cursorText, 'p') : undefined;
    const key = (e: { deadline: string; id: string }): string => `${e.deadline}\u0000${e.id}`;
    const from = after?.k === 'p' ? key({ deadline: after.d, id: after.i }) : '';
    const entries = (await this.approvals.openEntries(tenant))
      .filter((e) => key(e) > from)
      .sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const slice = entries.slice(0, limit);
    const records = (
      await this.approvals.getMany(
        tenant,
        slice.map((e) => e.id),
      )
    ).filter((r) => r.status === 'pending');
    const items = fitItems(records, this.maxReplyBytes - REPLY_MARGIN_BYTES);
    const last = items.length < records.length ? items.at(-1) : slice.at(-1);
    const more = items.length < records.length || entries.length > slice.length;
    return {
      items,
      nextCursor: more && last ? encodeCursor({ k: 'p', d: last.deadline, i: last.id }) : undefined,
    };
  }

  private async recentPage(
    tenant: string,
    status: 'decided' | 'all',
    limit: number,
    cursorText?: string,
  ): Promise<ApprovalPageV1<ApprovalRecord>> {
    const after = cursorText ? decodeCursor(cursorText, 'a') : undefined;
    // ids start with the task id, a UUIDv7: newest first is descending order
    const ids = (await this.approvals.ids(tenant))
      .filter((id) => !after || id < after.i)
      .sort((a, b) => (a < b ? 1 : -1));
    const items: ApprovalRecord[] = [];
    let scanned = 0;
    while (items.length < limit && scanned < ids.length) {
      const batch = ids.slice(scanned, scanned + limit);
      for (const record of await this.approvals.getMany(tenant, batch)) {
        if (status === 'all' || record.status !== 'pending') items.push(record);
      }
      scanned += batch.length;
    }
    const page = fitItems(items.slice(0, limit), this.maxReplyBytes - REPLY_MARGIN_BYTES);
    const last = page.at(-1);
    const more = page.length < items.length || scanned < ids.length;
    return {
      items: page,
      nextCursor: more && last ? encodeCursor({ k: 'a', i: last.id }) : undefined,
    };
  }

  private changed(record: ApprovalRecord, change: ApprovalChange): void {
    this.notify(record.tenant, {
      id: record.id,
      taskId: record.taskId,
      change,
      status: record.status,
      requiredRole: record.requiredRole,
      deadline: record.deadline,
      time: new Date().toISOString(),
    });
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
    const published = (await this.approvals.update({ ...approval, published: true })) ?? approval;
    await this.approvals.markDone(approval.tenant, approval.id);
    return published;
  }
}
