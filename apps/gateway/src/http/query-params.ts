import type { FastifyInstance } from 'fastify';
import { InvalidParameterError } from './errors.js';

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
}

/**
 * Refuses query parameters a route does not take (400 naming each), with the OpenAPI document as
 * the list of what each route takes: a route with a query DTO already refuses unknown fields, and
 * a route with none would otherwise ignore them silently (`POST /v1/tasks?dryRun=1` would submit).
 */
export function refuseUnknownQueryParameters(
  fastify: FastifyInstance,
  paths: Record<string, Record<string, OpenApiOperation>>,
): void {
  const allowed = new Map<string, Set<string>>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const names = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      allowed.set(`${method.toUpperCase()} ${path}`, new Set(names));
    }
  }
  fastify.addHook('preValidation', (request, _reply, done) => {
    const route = request.routeOptions.url?.replace(/:(\w+)/g, '{$1}');
    const names = route ? allowed.get(`${request.method} ${route}`) : undefined;
    const query = request.query as Record<string, unknown> | undefined;
    if (names && query) {
      const unknown = Object.keys(query).filter((k) => !names.has(k));
      if (unknown.length > 0) {
        done(new InvalidParameterError(unknown[0], 'is not a query parameter of this route'));
        return;
      }
    }
    done();
  });
}
