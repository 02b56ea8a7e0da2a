import { describe, expect, it } from '@jest/globals';
import { RetryableError, TerminalError } from './errors.js';
import { Outcome, backoffDelay, outcomeOfError } from './outcome.js';

describe('backoffDelay', () => {
  it('follows the schedule by delivery count and repeats its last value', () => {
    const schedule = [100, 500, 2_000];
    expect([1, 2, 3, 4, 9].map((n) => backoffDelay(schedule, n))).toEqual([
      100, 500, 2_000, 2_000, 2_000,
    ]);
  });

  it('is zero without a schedule', () => {
    expect(backoffDelay([], 3)).toBe(0);
  });
});

describe('outcomeOfError', () => {
  it('maps terminal errors to fail, retryable ones to retry with their delay, and unknown ones to retry', () => {
    expect(outcomeOfError(new TerminalError('bad input'))).toEqual(Outcome.fail('bad input'));
    expect(outcomeOfError(new RetryableError('busy', 750))).toEqual(Outcome.retry('busy', 750));
    expect(outcomeOfError(new Error('socket hang up'))).toEqual(Outcome.retry('socket hang up'));
  });
});
