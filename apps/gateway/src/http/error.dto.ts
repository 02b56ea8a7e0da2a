import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiPropertyOptional({ description: 'the field (or header) at fault', example: 'cursor' })
  field?: string;

  @ApiPropertyOptional({ type: [String], description: 'what is wrong with it' })
  problems?: string[];

  // context of a 409 on an approval: who won, or why it was closed
  @ApiPropertyOptional({ enum: ['approved', 'revised', 'rejected', 'closed'] }) status?: string;
  @ApiPropertyOptional({ enum: ['approve', 'revise', 'reject'] }) decision?: string;
  @ApiPropertyOptional({ description: 'who decided first' }) decidedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional() closedReason?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
}

export class ErrorBodyDto {
  @ApiProperty({ description: 'stable, machine-readable', example: 'validation_failed' })
  code!: string;

  @ApiProperty({
    description: 'for people',
    example: 'invalid request: limit must not be greater than 100',
  })
  message!: string;

  @ApiProperty({
    type: [ErrorDetailDto],
    description:
      'per-field problems, or context (a 409 on a decided approval names decidedBy and decidedAt)',
  })
  details!: ErrorDetailDto[];
}

/** Every error: `{ "error": { "code", "message", "details" } }`. */
export class ErrorResponseDto {
  @ApiProperty({ type: ErrorBodyDto }) error!: ErrorBodyDto;
}

const MEANING: Record<number, string> = {
  400: 'invalid request: the details name each bad field',
  401: 'no API key, or an unknown one',
  403: 'the key lacks the role this endpoint needs',
  404: 'not found (another tenant’s object is not found either)',
  409: 'conflict with the current state',
  413: 'request body larger than 256 KiB',
  415: 'unsupported content type: send application/json',
  422: 'the Idempotency-Key was used with a different body',
  429: 'rate limit of the tenant reached: see Retry-After',
  503: 'a service behind the gateway is unavailable: try again',
};

/** Documents error responses in the public error format (every /v1 call may get 401, 429, 503). */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  const all = [...new Set([...statuses, 401, 429, 503])].sort();
  return applyDecorators(
    ...all.map((status) =>
      ApiResponse({ status, type: ErrorResponseDto, description: MEANING[status] ?? 'error' }),
    ),
  );
}
