import { counter } from '@switchyard/messaging';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/gateway.config.js';
import { ApiKeys, type Principal, type Role } from './api-keys.js';
import { AuthFailureThrottle } from './auth-throttle.js';

const ROLES_KEY = 'switchyard:roles';

/** The roles that may call an endpoint (any one of them suffices). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

type AuthedRequest = FastifyRequest & { principal?: Principal };

/** The caller, resolved by the guard. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal => {
    const principal = ctx.switchToHttp().getRequest<AuthedRequest>().principal;
    if (!principal) throw new UnauthorizedException('no principal');
    return principal;
  },
);

/**
 * Auth in one place, before anything else: every `/v1` endpoint needs a valid key (401) and one of
 * its roles (403). Health, metrics and the API docs are public.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly denied = counter({
    name: 'switchyard_auth_denied_total',
    help: 'Requests refused by authentication or authorisation, by reason',
    labelNames: ['reason'],
  });

  private readonly slowed = counter({
    name: 'switchyard_auth_slowed_total',
    help: 'Failed authentications answered late: their client address failed too often this minute',
  });

  private readonly throttle: AuthFailureThrottle;

  constructor(
    @Inject(ApiKeys) private readonly keys: ApiKeys,
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(SERVICE_CONFIG) config: GatewayConfig,
  ) {
    this.throttle = new AuthFailureThrottle(
      config.AUTH_FAILURES_BEFORE_DELAY,
      config.AUTH_MAX_DELAY_MS,
    );
  }

  /** Past the threshold of failures from one address, the answer waits (see AuthFailureThrottle). */
  private async slowDown(request: FastifyRequest): Promise<void> {
    const delay = this.throttle.fail(request.ip);
    if (delay <= 0) return;
    this.slowed.inc();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  /** Counted and logged with the method, path and key name — never the key. */
  private deny(request: FastifyRequest, reason: string, principal?: Principal): void {
    this.denied.inc({ reason });
    this.logger.warn(
      {
        reason,
        method: request.method,
        path: request.url.split('?')[0],
        key: principal?.keyName,
        tenant: principal?.tenant,
      },
      'request denied',
    );
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<AuthedRequest>();
    if (!request.url.startsWith('/v1/')) return true;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      this.deny(request, 'missing_key');
      throw new UnauthorizedException('missing API key: send Authorization: Bearer <key>');
    }
    const principal = this.keys.resolve(match[1]);
    if (!principal) {
      this.deny(request, 'unknown_key');
      await this.slowDown(request);
      throw new UnauthorizedException('unknown API key');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!roles?.some((r) => principal.roles.has(r))) {
      this.deny(request, 'wrong_role', principal);
      throw new ForbiddenException(
        `this endpoint needs the role ${(roles ?? ['(none)']).join(' or ')}`,
      );
    }
    request.principal = principal;
    return true;
  }
}
