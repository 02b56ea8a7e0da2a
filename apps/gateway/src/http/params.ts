import { Injectable, type PipeTransform } from '@nestjs/common';
import { DOCUMENT_ID_PATTERN } from '@switchyard/contracts';
import { InvalidParameterError } from './errors.js';

/** Task ids are UUIDs (v7: they sort by creation time). */
const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `:id` of a task route: a malformed id is a bad request (400 naming `id`), not a missing task. */
@Injectable()
export class TaskIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TASK_ID.test(value)) throw new InvalidParameterError('id', 'must be a task id (a UUID)');
    return value;
  }
}

/** `:id` of a document route: 1–128 letters, digits, `_` or `-`. */
@Injectable()
export class DocumentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!DOCUMENT_ID_PATTERN.test(value))
      throw new InvalidParameterError('id', 'must be 1–128 letters, digits, _ or -');
    return value;
  }
}

/** The `Last-Event-ID` header of a resumed event stream: the seq of the last event received. */
export function lastEventId(header: string | undefined): number {
  if (header === undefined || header === '') return 0;
  if (!/^\d{1,10}$/.test(header))
    throw new InvalidParameterError(
      'Last-Event-ID',
      'must be the id of an event of this stream (a non-negative integer)',
    );
  return Number(header);
}

/** Approval ids are step ids: dot-separated tokens of letters, digits, `_` and `-`. */
const APPROVAL_ID = /^(?=.{1,128}$)[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** `:id` of an approval route (it becomes part of a key in the approval service's bucket). */
@Injectable()
export class ApprovalIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!APPROVAL_ID.test(value))
      throw new InvalidParameterError(
        'id',
        'must be an approval id (as listed by GET /v1/approvals)',
      );
    return value;
  }
}
