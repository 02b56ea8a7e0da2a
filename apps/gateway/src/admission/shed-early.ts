import type { FastifyInstance } from 'fastify';
import type { ApiKeys } from '../auth/api-keys.js';
import { toErrorBody } from '../http/errors.js';
import type { AdmissionService } from './admission.service.js';

/**
 * Sheds a submission that admission control would refuse as soon as its headers are read — before
 * its body is parsed and before Nest's guards, pipes and validation run — so that refusing costs
 * little CPU when a burst arrives. A request with no valid submitter key passes on (the guard
 * answers 401/403); an admitted one is checked again, and its place taken, by the route.
 */
export function shedBeforeParsing(
  fastify: FastifyInstance,
  keys: ApiKeys,
  admission: AdmissionService,
): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/v1/tasks') return;
    const key = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const principal = key ? keys.resolve(key) : undefined;
    if (!principal?.roles.has('submitter')) return;
    const refusal = admission.refusal(principal.tenant);
    if (!refusal) return;
    const { status, body, retryAfter } = toErrorBody(refusal);
    await reply
      .status(status)
      .header('retry-after', String(retryAfter))
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  });
}
