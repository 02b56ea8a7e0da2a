import './instrumentation.js';
import 'reflect-metadata';
import rateLimit from '@fastify/rate-limit';
import { ValidationPipe } from '@nestjs/common';
import { runService } from '@switchyard/platform';
import { GatewayModule } from './app.module.js';
import { ApiKeys } from './auth/api-keys.js';
import { AdmissionService } from './admission/admission.service.js';
import { shedBeforeParsing } from './admission/shed-early.js';
import { GatewayConfig } from './config/gateway.config.js';
import { serveConsole } from './http/console.js';
import { frameworkErrorHandler, validationException } from './http/errors.js';
import { JsonBodyError, parseJsonBody } from './http/json-body.js';
import { openApiDocument, serveOpenApi } from './http/openapi.js';
import { refuseUnknownQueryParameters } from './http/query-params.js';

await runService({
  name: 'gateway',
  config: GatewayConfig,
  module: GatewayModule,
  bodyLimit: 256 * 1024,
  nestBodyParsers: false,
  fastify: {
    // a malformed URL or an over-long path parameter, found before any route: the public format
    frameworkErrors: frameworkErrorHandler,
    routerOptions: { maxParamLength: 200 },
  },
  configure: async (app, config) => {
    const fastify = app.getHttpAdapter().getInstance();
    if (config.RATE_LIMIT_PER_MINUTE > 0) {
      // Per tenant: the key resolves to its tenant (unknown keys share one bucket); only /v1 counts.
      const keys = app.get(ApiKeys);
      await app.register(rateLimit, {
        max: config.RATE_LIMIT_PER_MINUTE,
        timeWindow: 60_000,
        allowList: (request) => !request.url.startsWith('/v1/'),
        keyGenerator: (request) => {
          const key = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
          return `tenant:${(key && keys.resolve(key)?.tenant) ?? 'anonymous'}`;
        },
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          error: {
            code: 'rate_limited',
            message: `rate limit of ${context.max} requests per minute for this tenant reached; retry in ${Math.ceil(context.ttl / 1000)} s`,
            details: [],
          },
        }),
      });
    }
    // admission control refuses a submission before its body is parsed (cheap shedding)
    shedBeforeParsing(fastify, app.get(ApiKeys), app.get(AdmissionService));
    // JSON only (our parser: bounded depth, no prototype keys; Nest's parsers are off): any other
    // body gets 415 instead of reaching validation as a string or a form. Errors Fastify raises
    // before a route runs (body too large, bad JSON, content type) reach Nest's error handler,
    // and so the global ErrorFormatFilter: one error format, one handler (no FSTWRN004).
    fastify.removeContentTypeParser(['text/plain', 'application/json']);
    fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, parseJsonBody(body as string));
      } catch (err) {
        done(
          err instanceof JsonBodyError ? Object.assign(err, { statusCode: 400 }) : (err as Error),
        );
      }
    });
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        exceptionFactory: validationException,
      }),
    );
    serveOpenApi(app);
    // the OpenAPI document lists each route's query parameters: any other is refused (400)
    refuseUnknownQueryParameters(fastify, openApiDocument(app).paths as never);
    await serveConsole(app, config.CONSOLE_DIR);
  },
});
