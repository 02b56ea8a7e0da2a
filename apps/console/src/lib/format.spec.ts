import { describe, expect, it } from '@jest/globals';
import { actionLabel, countdown, duration } from './format.js';

describe('countdown', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  const at = (minutes: number): string => new Date(now + minutes * 60_000).toISOString();

  it('says what happens at zero and when, in words', () => {
    const approval = {
      deadline: at(12),
      timeoutPolicy: 'reject',
      requiredRole: 'approver',
    } as const;
    expect(countdown(approval, now)).toBe('auto-rejects in 12 min');
    expect(countdown({ ...approval, timeoutPolicy: 'escalate' }, now)).toBe(
      'escalates to admin in 12 min',
    );
    // escalated already: the second deadline rejects
    expect(countdown({ ...approval, timeoutPolicy: 'escalate', requiredRole: 'admin' }, now)).toBe(
      'auto-rejects in 12 min',
    );
    expect(countdown({ ...approval, deadline: at(-1) }, now)).toBe('auto-rejecting now');
  });

  it('reads durations at a glance', () => {
    expect(duration(45_000)).toBe('45 s');
    expect(duration(185 * 60_000)).toBe('3 h 5 min');
    expect(duration(24 * 60 * 60_000)).toBe('24 h');
    expect(duration(3 * 24 * 60 * 60_000)).toBe('3 days');
  });
});

describe('actionLabel', () => {
  it('names the tool and its identifying values, not free text', () => {
    expect(
      actionLabel({
        tool: 'refund',
        arguments: { orderId: '104233', amount: 20, reason: 'too small, please refund' },
        idempotencyKey: 'k',
      }),
    ).toBe('refund 104233 20');
    expect(actionLabel(undefined)).toBeUndefined();
  });
});
