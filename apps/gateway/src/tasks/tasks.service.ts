import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { Inject, Injectable } from '@nestjs/common';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { Subjects } from '@switchyard/contracts';
import { Publisher } from '@switchyard/messaging';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import {
  TASK_STORE,
  type TaskPage,
  type TaskRecord,
  type TaskStore,
  isTerminal,
} from '@switchyard/task-store';
import { WorkflowRegistry } from '@switchyard/workflows';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import type { Principal } from '../auth/api-keys.js';
import type { GatewayConfig } from '../config/gateway.config.js';
import {
  ActionRunningError,
  IdempotencyKeyReusedError,
  TaskEndedError,
  TaskNotFoundError,
  UnknownWorkflowError,
} from '../http/errors.js';
import type { ListTasksQuery, SubmitTaskRequest } from './tasks.dto.js';
import { TaskWatcher } from './task-watcher.js';

const tracer = trace.getTracer('switchyard.gateway');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The submitted event's id: a retried publish is stored once. */
export function submittedMessageId(taskId: string): string {
  return `${taskId}.submitted`;
}

export interface SubmitResult {
  task: TaskRecord;
  created: boolean;
}

@Injectable()
export class TasksService {
  constructor(
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(WorkflowRegistry) private readonly workflows: WorkflowRegistry,
    @Inject(TaskWatcher) private readonly watcher: TaskWatcher,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Writes the task, then announces it: the client can read the task at once. A task whose
   * announcement is lost (crash, failed publish) is started by the coordinators' sweep once it has
   * been queued for SUBMISSION_CHECK_AFTER_MS, or by a client's retry with the same key. A rejected
   * request has written nothing and published nothing.
   */
  async submit(
    principal: Principal,
    body: SubmitTaskRequest,
    idempotencyKey?: string,
  ): Promise<SubmitResult> {
    // The task's trace starts here: every message it causes carries this span's context.
    return tracer.startActiveSpan(
      'task.submit',
      { kind: SpanKind.SERVER, attributes: { 'switchyard.tenant': principal.tenant } },
      async (span) => {
        try {
          const result = await this.submitInSpan(principal, body, idempotencyKey);
          span.setAttribute('switchyard.task_id', result.task.id);
          return result;
        } catch (err) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          throw err;
        } finally {
          span.end();
        }
      },
    );
  }

  private async submitInSpan(
    principal: Principal,
    body: SubmitTaskRequest,
    idempotencyKey?: string,
  ): Promise<SubmitResult> {
    if (body.workflow && !this.workflows.latest(body.workflow)) {
      throw new UnknownWorkflowError(
        `workflow '${body.workflow}' is not deployed (deployed: ${this.workflows.ids().join(', ')})`,
      );
    }
    // Canonical JSON (RFC 8785): a client that re-serialises `context` with its keys in another
    // order sends the same request.
    const requestHash = createHash('sha256')
      .update(canonicalize([body.text, body.workflow ?? null, body.context ?? null]) ?? '')
      .digest('hex');
    const now = new Date().toISOString();
    const id = uuidv7();
    const { task, created } = await this.store.create({
      id,
      tenant: principal.tenant,
      status: 'queued',
      text: body.text,
      context: body.context,
      requestedWorkflow: body.workflow,
      idempotencyKey,
      requestHash,
      stepsStarted: 0,
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      timeline: [
        {
          seq: 1,
          time: now,
          stage: 'gateway',
          outcome: 'submitted',
          reason: `submitted by ${principal.keyName}`,
        },
      ],
      createdAt: now,
      updatedAt: now,
      version: 0,
    });
    if (!created && task.requestHash !== requestHash) {
      throw new IdempotencyKeyReusedError(
        'this Idempotency-Key was already used with a different request body',
      );
    }
    // A replay of a task still queued announces it again: the first request may have died between
    // the write and the publish. The event's id makes the broker drop a copy it already has.
    if (created || task.status === 'queued') await this.announce(task);
    return { task, created };
  }

  private async announce(task: TaskRecord): Promise<void> {
    try {
      await this.publisher.publish(
        Subjects.TaskSubmitted,
        { text: task.text, workflow: task.requestedWorkflow, context: task.context },
        {
          taskId: task.id,
          tenant: task.tenant,
          messageId: submittedMessageId(task.id),
          trace: context.active(),
        },
      );
    } catch (err) {
      this.logger.warn(
        { err, taskId: task.id },
        'task stored but its event not published yet; its submission check will start it',
      );
    }
  }

  async get(principal: Principal, id: string): Promise<TaskRecord> {
    const task = UUID.test(id) ? await this.store.get(principal.tenant, id) : null;
    if (!task) throw new TaskNotFoundError(`task ${id} not found`);
    return task;
  }

  list(principal: Principal, query: ListTasksQuery): Promise<TaskPage> {
    return this.store.list(principal.tenant, {
      status: query.status,
      workflow: query.workflow,
      limit: query.limit ?? 20,
      cursor: query.cursor,
    });
  }

  /** Asks the coordinator to cancel, then waits briefly for it to confirm. */
  async cancel(principal: Principal, id: string, reason?: string): Promise<TaskRecord> {
    const task = await this.get(principal, id);
    if (isTerminal(task.status))
      throw new TaskEndedError(`task ${id} has already ended (${task.status})`);
    if (task.step?.stage === 'action') {
      throw new ActionRunningError(
        `task ${id} is running its approved action (${task.proposedAction?.tool ?? 'a write tool'}); it cannot be cancelled now`,
      );
    }
    const abort = new AbortController();
    const confirmed = (async () => {
      for await (const t of this.watcher.follow(task, abort.signal, 250))
        if (isTerminal(t.status)) return t;
      return undefined;
    })();
    await this.publisher.publish(
      Subjects.TaskCancelRequested,
      { requestedBy: principal.keyName, reason },
      { taskId: task.id, tenant: task.tenant, messageId: `${task.id}.cancel` },
    );
    const timer = setTimeout(() => abort.abort(), this.config.CANCEL_WAIT_MS);
    try {
      return (await confirmed) ?? (await this.get(principal, id));
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
  }
}
