import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => boolean;

/**
 * What `/health/ready` asks. The platform registers the NATS connection and consumers; a feature
 * adds its own (e.g. the retriever until its index replay is done).
 */
@Injectable()
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private shuttingDown = false;

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** Once shutdown starts the service reports not ready, so load balancers stop sending work. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  report(): { ready: boolean; checks: Record<string, boolean> } {
    const checks: Record<string, boolean> = { accepting: !this.shuttingDown };
    for (const [name, check] of this.checks) checks[name] = check();
    return { ready: Object.values(checks).every(Boolean), checks };
  }
}
