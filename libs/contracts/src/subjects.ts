import { TaskCancelRequestedV1, TaskSubmittedV1 } from './payloads/task.js';
import { parseCompiled } from './compiled.js';
import type { Constructor } from './validation.js';
import {
  ActionCompletedV1,
  ActionRequestedV1,
  ApprovalDecidedV1,
  ApprovalRequestedV1,
  GenerateCompletedV1,
  GenerateRequestedV1,
  RetrieveCompletedV1,
  RetrieveRequestedV1,
  RouteCompletedV1,
  RouteRequestedV1,
  StageFailedV1,
  StepDeadlineV1,
  SubmissionCheckV1,
  ValidateCompletedV1,
  ValidateRequestedV1,
} from './payloads/stages.js';

/**
 * WIRE CONTRACTS. These subjects are read and written by separately deployed services, possibly
 * at different versions during a rollout. Never rename or repurpose one: add a new `.v2` subject
 * (and payload class) instead, and change payloads only additively.
 */
export const Subjects = {
  TaskSubmitted: 'switchyard.task.submitted.v1',
  TaskCancelRequested: 'switchyard.task.cancel_requested.v1',
  RouteRequested: 'switchyard.route.requested.v1',
  RouteCompleted: 'switchyard.route.completed.v1',
  RetrieveRequested: 'switchyard.retrieve.requested.v1',
  RetrieveCompleted: 'switchyard.retrieve.completed.v1',
  GenerateRequested: 'switchyard.generate.requested.v1',
  GenerateCompleted: 'switchyard.generate.completed.v1',
  ValidateRequested: 'switchyard.validate.requested.v1',
  ValidateCompleted: 'switchyard.validate.completed.v1',
  ApprovalRequested: 'switchyard.approval.requested.v1',
  ApprovalDecided: 'switchyard.approval.decided.v1',
  ActionRequested: 'switchyard.action.requested.v1',
  ActionCompleted: 'switchyard.action.completed.v1',
  StageFailed: 'switchyard.stage.failed.v1',
  StepDeadline: 'switchyard.timer.step_deadline.v1',
  SubmissionCheck: 'switchyard.timer.submission_check.v1',
} as const;

export type Subject = (typeof Subjects)[keyof typeof Subjects];

/**
 * Core NATS (not stored, at most once): the coordinator says a task changed, so its followers (the
 * gateway's event streams, the approval service) re-read it. `<tenant>.<taskId>.<kind>` follow:
 * kind `status` when the write changed the task's status, `step` otherwise, so a listener to every
 * task's status (the gateway's admission control) is not sent the step-by-step changes — with no
 * follower of a task the broker drops those at once.
 */
export const TASK_CHANGED_SUBJECT_PREFIX = 'switchyard.notify.task_changed.v2';

/** The notice subject of one change of a task. */
export function taskChangedSubject(tenant: string, taskId: string, statusChanged: boolean): string {
  return `${TASK_CHANGED_SUBJECT_PREFIX}.${tenant}.${taskId}.${statusChanged ? 'status' : 'step'}`;
}

/** Every change notice of one task. */
export function taskChangesOf(tenant: string, taskId: string): string {
  return `${TASK_CHANGED_SUBJECT_PREFIX}.${tenant}.${taskId}.*`;
}

/** The notices of every task whose status changed. */
export const TASK_STATUS_CHANGES = `${TASK_CHANGED_SUBJECT_PREFIX}.*.*.status`;

/** The tenant and task of a change notice's subject, or undefined for another subject. */
export function parseTaskChangedSubject(
  subject: string,
): { tenant: string; taskId: string; statusChanged: boolean } | undefined {
  if (!subject.startsWith(`${TASK_CHANGED_SUBJECT_PREFIX}.`)) return undefined;
  const [tenant, taskId, kind, ...rest] = subject
    .slice(TASK_CHANGED_SUBJECT_PREFIX.length + 1)
    .split('.');
  if (!tenant || !taskId || (kind !== 'status' && kind !== 'step') || rest.length > 0)
    return undefined;
  return { tenant, taskId, statusChanged: kind === 'status' };
}

/** Where dead-letter records go (not enveloped: an invalid message may have no task). */
export const DEAD_LETTER_SUBJECT = 'switchyard.deadletter.recorded.v1';

interface PayloadClass {
  name: string;
  parse(input: unknown): object;
}

/** The one map from subject to payload class: publishing or handling the wrong shape won't compile. */
export const SubjectPayloads = {
  [Subjects.TaskSubmitted]: TaskSubmittedV1,
  [Subjects.TaskCancelRequested]: TaskCancelRequestedV1,
  [Subjects.RouteRequested]: RouteRequestedV1,
  [Subjects.RouteCompleted]: RouteCompletedV1,
  [Subjects.RetrieveRequested]: RetrieveRequestedV1,
  [Subjects.RetrieveCompleted]: RetrieveCompletedV1,
  [Subjects.GenerateRequested]: GenerateRequestedV1,
  [Subjects.GenerateCompleted]: GenerateCompletedV1,
  [Subjects.ValidateRequested]: ValidateRequestedV1,
  [Subjects.ValidateCompleted]: ValidateCompletedV1,
  [Subjects.ApprovalRequested]: ApprovalRequestedV1,
  [Subjects.ApprovalDecided]: ApprovalDecidedV1,
  [Subjects.ActionRequested]: ActionRequestedV1,
  [Subjects.ActionCompleted]: ActionCompletedV1,
  [Subjects.StageFailed]: StageFailedV1,
  [Subjects.StepDeadline]: StepDeadlineV1,
  [Subjects.SubmissionCheck]: SubmissionCheckV1,
} as const satisfies Record<Subject, PayloadClass>;

export type PayloadOf<S extends Subject> = InstanceType<(typeof SubjectPayloads)[S]>;

/** Payload as a plain object, as a publisher writes it (no class instance needed). */
export type PayloadInput<S extends Subject> = {
  [K in keyof PayloadOf<S>]: PayloadOf<S>[K];
};

export function isSubject(value: string): value is Subject {
  return Object.hasOwn(SubjectPayloads, value);
}

/** Validates a payload for its subject; throws PayloadValidationError naming the failing fields. */
export function parsePayload<S extends Subject>(subject: S, input: unknown): PayloadOf<S> {
  return parseCompiled(SubjectPayloads[subject] as Constructor<object>, input) as PayloadOf<S>;
}
