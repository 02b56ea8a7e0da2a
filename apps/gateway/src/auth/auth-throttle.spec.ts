import { describe, expect, it } from '@jest/globals';
import { AuthFailureThrottle } from './auth-throttle.js';

describe(AuthFailureThrottle.name, () => {
  it('does not slow the first failures, then doubles the delay up to the cap', () => {
    const sut = new AuthFailureThrottle(3, 1_000, 60_000, 100, () => 0);
    expect([1, 2, 3].map(() => sut.fail('10.0.0.1'))).toEqual([0, 0, 0]);
    expect([4, 5, 6, 7, 8].map(() => sut.fail('10.0.0.1'))).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('counts each address on its own, and forgets failures older than the window', () => {
    let now = 0;
    const sut = new AuthFailureThrottle(1, 5_000, 60_000, 100, () => now);
    expect(sut.fail('a')).toBe(0);
    expect(sut.fail('a')).toBe(100);
    expect(sut.fail('b')).toBe(0);
    now = 61_000;
    expect(sut.fail('a')).toBe(0);
  });

  it('keeps at most maxAddresses, dropping the least recently failing', () => {
    const sut = new AuthFailureThrottle(1, 5_000, 60_000, 2, () => 0);
    sut.fail('a');
    sut.fail('b');
    sut.fail('a');
    sut.fail('c');
    expect(sut.size).toBe(2);
    expect(sut.fail('b')).toBe(0); // b was dropped: it starts again
  });
});
