import { counter, histogram } from '@switchyard/messaging';
import { type TaskRecord, isTerminal } from '@switchyard/task-store';

const tasks = counter({
  name: 'switchyard_tasks_total',
  help: 'Tasks that reached a terminal status, by workflow and status',
  labelNames: ['workflow', 'status'],
});

const duration = histogram({
  name: 'switchyard_task_duration_seconds',
  help: 'End-to-end task duration from submission to its terminal status, by workflow and status',
  labelNames: ['workflow', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 86400],
});

const recoveries = counter({
  name: 'switchyard_recoveries_total',
  help: 'Recovery decisions by workflow and kind (retry, fallback, repair, large_tier, escalation, degrade, recovered)',
  labelNames: ['workflow', 'kind'],
});

/** Which recovery a timeline entry records, if any. */
function kindOf(outcome: string, reason: string): string | undefined {
  if (outcome === 'timeout' || outcome === 'retry')
    return reason.includes('re-sent') || outcome === 'retry' ? 'retry' : undefined;
  if (outcome === 'provider_failed') return 'fallback';
  if (outcome === 'failed' && reason.includes('→ repair attempt')) return 'repair';
  if (outcome === 'failed' && reason.endsWith('→ the large tier')) return 'large_tier';
  if (
    outcome === 'blocked' ||
    outcome === 'escalated' ||
    (outcome === 'failed' && reason.endsWith('→ a person'))
  )
    return 'escalation';
  if (outcome === 'weak' && reason.includes('degraded')) return 'degrade';
  if (outcome === 'recovered') return 'recovered';
  return undefined;
}

/** Counts what a stored decision did: its recoveries, and the task's end if it ended. */
export function recordDecision(before: TaskRecord, after: TaskRecord): void {
  const workflow = after.workflow?.id ?? 'none';
  for (const entry of after.timeline.slice(before.timeline.length)) {
    const kind = kindOf(entry.outcome, entry.reason);
    if (kind) recoveries.inc({ workflow, kind });
  }
  if (isTerminal(after.status) && !isTerminal(before.status)) {
    tasks.inc({ workflow, status: after.status });
    duration.observe(
      { workflow, status: after.status },
      (Date.parse(after.updatedAt) - Date.parse(after.createdAt)) / 1000,
    );
  }
}
