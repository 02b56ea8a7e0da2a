import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Subjects } from '@switchyard/contracts';
import { Publisher } from '@switchyard/messaging';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import { TASK_STORE, type TaskStore } from '@switchyard/task-store';
import type { Logger } from 'pino';
import type { CoordinatorConfig } from '../config/coordinator.config.js';

/** The submitted event's id; the gateway and this sweep use the same, so the broker keeps one. */
export function submittedMessageId(taskId: string): string {
  return `${taskId}.submitted`;
}

/**
 * Finds tasks still `queued` well after they were created (the gateway stopped between writing the
 * task and publishing its event, or the publish failed) and publishes the submitted event again.
 */
@Injectable()
export class QueuedRecovery implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(TASK_STORE) private readonly store: TaskStore,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(SERVICE_CONFIG) private readonly config: CoordinatorConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.RECOVERY_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const before = new Date(Date.now() - this.config.QUEUED_RECOVERY_AFTER_MS);
      const stuck = await this.store.listQueued(before, 500);
      for (const task of stuck) {
        await this.publisher.publish(
          Subjects.TaskSubmitted,
          { text: task.text, workflow: task.requestedWorkflow, context: task.context },
          { taskId: task.id, tenant: task.tenant, messageId: submittedMessageId(task.id) },
        );
        this.logger.warn(
          { taskId: task.id, tenant: task.tenant, createdAt: task.createdAt },
          'queued task re-submitted',
        );
      }
      return stuck.length;
    } catch (err) {
      this.logger.warn({ err }, 'queued-task sweep failed; will try again');
      return 0;
    } finally {
      this.running = false;
    }
  }
}
