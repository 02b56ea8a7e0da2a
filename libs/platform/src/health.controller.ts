import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readiness } from './readiness.js';

@Controller('health')
export class HealthController {
  constructor(@Inject(Readiness) private readonly readiness: Readiness) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready for work: NATS connected, consumers pulling, feature checks passing. 503 otherwise. */
  @Get('ready')
  ready(@Res({ passthrough: true }) reply: FastifyReply): {
    status: 'ready' | 'not_ready';
    checks: Record<string, boolean>;
  } {
    const { ready, checks } = this.readiness.report();
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not_ready', checks };
  }
}
