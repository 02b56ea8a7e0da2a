import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
} from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { isUnavailable } from '@switchyard/messaging';
import { LOGGER } from '@switchyard/platform';
import { InvalidCursorError } from '@switchyard/task-store';
import { JsonBodyError } from './json-body.js';

/** The task does not exist for this tenant (another tenant's task is "not found" too). */
export class TaskNotFoundError extends Error {
  override readonly name = 'TaskNotFoundError';
}

/** The task has ended: it can no longer be cancelled. */
export class TaskEndedError extends Error {
  override readonly name = 'TaskEndedError';
}

/** A write action (e.g. a refund) is running: cancelling now could not stop it. */
export class ActionRunningError extends Error {
  override readonly name = 'ActionRunningError';
}

/** An idempotency key already used for a different request body. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
}

export class DocumentNotFoundError extends Error {
  override readonly name = 'DocumentNotFoundError';
}

export class InvalidDocumentIdError extends Error {
  override readonly name = 'InvalidDocumentIdError';
}

/** Too many concurrent upserts of one document in a row. */
export class UpsertConflictError extends Error {
  override readonly name = 'UpsertConflictError';
}

/** The request names a workflow that is not deployed. */
export class UnknownWorkflowError extends Error {
  override readonly name = 'UnknownWorkflowError';
}

/** A path parameter, query parameter or header that no request of the API can carry. */
export class InvalidParameterError extends Error {
  override readonly name = 'InvalidParameterError';

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/**
 * Work refused to protect the system: over the tenant's quota (429) or overloaded (503), with
 * the seconds after which a retry may succeed.
 */
export class AdmissionRefusedError extends Error {
  override readonly name = 'AdmissionRefusedError';

  constructor(
    readonly status: 429 | 503,
    readonly code: string,
    message: string,
    readonly retryAfterS: number,
  ) {
    super(message);
  }
}

export interface ErrorDetail {
  field?: string;
  problems?: string[];
  [key: string]: unknown;
}

export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] };
}

const SERVER_OWNED = new Set([
  'id',
  'status',
  'tenant',
  'version',
  'timeline',
  'createdAt',
  'updatedAt',
]);

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints
      ? [
          {
            field,
            problems: Object.entries(e.constraints).map(([rule, text]) =>
              rule === 'whitelistValidation'
                ? SERVER_OWNED.has(e.property)
                  ? `${field} is set by the server and cannot be sent`
                  : `${field} is not a known field`
                : text,
            ),
          },
        ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** ValidationPipe's error: 400 naming every bad, unknown or server-owned field. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const details = flatten(errors);
  const message = `invalid request: ${details.map((d) => d.problems?.join(', ')).join('; ')}`;
  return new BadRequestException({ code: 'validation_failed', message, details });
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
};

/** Clearer messages for the errors Fastify raises before a route runs, by Fastify error code. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is larger than 256 KiB',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported content type: send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty: send a JSON object',
  FST_ERR_BAD_URL: 'the URL is not valid (malformed percent-encoding)',
  FST_ERR_MAX_PARAM_LENGTH: 'a path parameter is longer than 200 characters',
};

/** Seconds a client should wait before retrying while the store or broker is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_S = 5;

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** Seconds for a `Retry-After` header. */
  retryAfter?: number;
}

/** Maps any error to the public error format `{ error: { code, message, details } }`. */
export function toErrorBody(err: unknown): ErrorResponse {
  const make = (
    status: number,
    message: string,
    code = CODES[status] ?? 'error',
    details: ErrorDetail[] = [],
  ) => ({
    status,
    body: { error: { code, message, details } },
  });
  if (isUnavailable(err)) {
    return {
      ...make(
        503,
        'the task store or the message broker is unavailable; retry later',
        'unavailable',
      ),
      retryAfter: UNAVAILABLE_RETRY_AFTER_S,
    };
  }
  if (err instanceof AdmissionRefusedError)
    return { ...make(err.status, err.message, err.code), retryAfter: err.retryAfterS };
  if (err instanceof JsonBodyError)
    return make(400, err.message, err.code, [{ field: err.field, problems: [err.message] }]);
  if (err instanceof InvalidParameterError || err instanceof InvalidCursorError) {
    const field = err instanceof InvalidParameterError ? err.field : 'cursor';
    return make(400, err.message, 'validation_failed', [{ field, problems: [err.message] }]);
  }
  if (err instanceof TaskNotFoundError) return make(404, err.message, 'task_not_found');
  if (err instanceof DocumentNotFoundError) return make(404, err.message, 'document_not_found');
  if (err instanceof InvalidDocumentIdError) {
    return make(400, err.message, 'validation_failed', [{ field: 'id', problems: [err.message] }]);
  }
  if (err instanceof UpsertConflictError) return make(409, err.message, 'conflict');
  if (err instanceof TaskEndedError) return make(409, err.message, 'task_ended');
  if (err instanceof ActionRunningError) return make(409, err.message, 'action_running');
  if (err instanceof IdempotencyKeyReusedError)
    return make(422, err.message, 'idempotency_key_reused');
  if (err instanceof UnknownWorkflowError) {
    return make(400, err.message, 'unknown_workflow', [
      { field: 'workflow', problems: [err.message] },
    ]);
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const fastifyCode = (err.cause as { code?: unknown } | undefined)?.code;
    if (typeof fastifyCode === 'string' && FASTIFY_MESSAGES[fastifyCode]) {
      const message = FASTIFY_MESSAGES[fastifyCode];
      return make(status, message, CODES[status] ?? 'bad_request');
    }
    if (status >= 500 && status !== 503) return make(status, 'internal error', 'internal');
    if (status === 503) {
      const r = err.getResponse() as { code?: string; message?: string };
      return {
        ...make(
          503,
          r.message ?? 'a dependency is unavailable; retry later',
          r.code ?? 'unavailable',
        ),
        retryAfter: UNAVAILABLE_RETRY_AFTER_S,
      };
    }
    const response = err.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) {
      const r = response as { code: string; message: string; details?: ErrorDetail[] };
      return make(status, r.message, r.code, r.details ?? []);
    }
    const message: unknown =
      typeof response === 'string' ? response : (response as { message?: unknown }).message;
    if (Array.isArray(message)) return make(status, message.join('; '));
    return make(status, typeof message === 'string' ? message : err.message);
  }
  const shaped = err as { statusCode?: number; error?: { code?: unknown; message?: unknown } };
  if (typeof shaped.statusCode === 'number' && typeof shaped.error?.code === 'string') {
    // already in the public format (the rate limiter builds its own)
    const message =
      typeof shaped.error.message === 'string' ? shaped.error.message : 'request refused';
    return make(shaped.statusCode, message, shaped.error.code);
  }
  const fastify = err as { statusCode?: number; code?: string; message?: string };
  if (
    typeof fastify.statusCode === 'number' &&
    fastify.statusCode >= 400 &&
    fastify.statusCode < 500
  ) {
    const status = fastify.statusCode;
    const message =
      (fastify.code && FASTIFY_MESSAGES[fastify.code]) ??
      (status === 413
        ? FASTIFY_MESSAGES.FST_ERR_CTP_BODY_TOO_LARGE
        : status === 415
          ? FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_MEDIA_TYPE
          : (fastify.message ?? 'bad request'));
    if (fastify.code === 'FST_ERR_MAX_PARAM_LENGTH' || fastify.code === 'FST_ERR_BAD_URL')
      return make(400, message, 'validation_failed', [{ field: 'path', problems: [message] }]);
    return make(status, message);
  }
  return make(500, 'internal error');
}

/**
 * Fastify's `frameworkErrors`: a malformed URL or an over-long path parameter, found by the
 * router before any route (and so before Nest) runs, answered in the public format.
 */
export function frameworkErrorHandler(error: Error, _request: unknown, reply: FastifyReply): void {
  const { status, body } = toErrorBody(error);
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

@Catch()
export class ErrorFormatFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, retryAfter } = toErrorBody(exception);
    if (status === 503)
      this.logger.warn({ err: exception }, 'request refused: a dependency is unavailable');
    else if (status >= 500) this.logger.error({ err: exception }, 'request failed');
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
