import type { Approval } from '../api/client.js';

/** "12 min", "3 h 5 min", "2 days": how long, in words a person reads at a glance. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (ms < 60_000) return `${Math.max(0, Math.ceil(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/**
 * What happens at the deadline, and when: "auto-rejects in 12 min", "escalates to admin in 12 min";
 * past it, what is happening now.
 */
export function countdown(
  approval: Pick<Approval, 'deadline' | 'timeoutPolicy' | 'requiredRole'>,
  now: number,
): string {
  const left = Date.parse(approval.deadline) - now;
  const escalates = approval.timeoutPolicy === 'escalate' && approval.requiredRole === 'approver';
  const what = escalates ? 'escalates to admin' : 'auto-rejects';
  if (left <= 0) return escalates ? 'escalating to admin now' : 'auto-rejecting now';
  return `${what} in ${duration(left)}`;
}

/** `refund 104233` from a proposed action: the tool and its argument values. */
export function actionLabel(action: Approval['proposedAction']): string | undefined {
  if (!action) return undefined;
  // the identifying values (an order id, an amount), not free text such as a reason
  const values = Object.values(action.arguments).filter(
    (v) => typeof v === 'number' || (typeof v === 'string' && v.length <= 24 && !/\s/.test(v)),
  );
  return [action.tool, ...values.map(String)].join(' ');
}

export function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;
}

export function time(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}

export function truncate(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
