/**
 * Slows down repeated failed authentication from one client address: past `threshold` failures
 * within a minute, each further failure is answered after a delay doubling from 100 ms up to
 * `maxDelayMs`. Guessing keys then costs the guesser time, while a client that mistyped its key
 * once is not slowed at all. Bounded: the least recently failing addresses are forgotten first.
 */
export class AuthFailureThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly threshold: number,
    private readonly maxDelayMs: number,
    private readonly windowMs = 60_000,
    private readonly maxAddresses = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a failure from `address`; returns how long to hold its answer (0: not at all). */
  fail(address: string): number {
    const now = this.now();
    let entry = this.failures.get(address);
    if (!entry || entry.since < now - this.windowMs) entry = { count: 0, since: now };
    entry.count++;
    this.failures.delete(address); // re-inserted last: the map's order is least recent first
    this.failures.set(address, entry);
    if (this.failures.size > this.maxAddresses) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    const excess = entry.count - this.threshold;
    return excess <= 0 ? 0 : Math.min(this.maxDelayMs, 100 * 2 ** Math.min(excess - 1, 20));
  }

  /** Addresses tracked now (for tests and metrics). */
  get size(): number {
    return this.failures.size;
  }
}
