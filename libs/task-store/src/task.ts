import type {
  OutputV1,
  PassageV1,
  ProposedActionV1,
  Stage,
  ValidationVerdictV1,
} from '@switchyard/contracts';

export const TASK_STATUSES = [
  'queued',
  'running',
  'awaiting_approval',
  'completed',
  'failed',
  'rejected',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set([
  'completed',
  'failed',
  'rejected',
  'cancelled',
]);

export function isTerminal(status: TaskStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** One decision on a task's timeline: when, which stage and step, what happened and why. */
export interface TimelineEntry {
  seq: number;
  time: string;
  stage: Stage | 'gateway' | 'coordinator';
  step?: string;
  attempt?: number;
  outcome: string;
  reason: string;
}

interface StepState {
  name: string;
  stage: Stage;
  /** Idempotency key of the step: the same on every re-send after a missed deadline. */
  stepId: string;
  attempt: number;
  deadline: string;
  /** The message whose handling started this step (or its latest attempt). */
  causationId: string;
  /**
   * What a (re)generation is told: validation failures or a reviewer's notes. Stored, so a re-sent
   * command is the same command: every effect is a function of the stored task.
   */
  feedback?: string[];
}

/**
 * The step a running task waits on: routing (before a workflow is chosen), a step of the pinned
 * workflow (`index` into its steps), or a person asked outside a workflow approval step
 * (`index`: the step that escalated; the workflow continues after it).
 */
export type CurrentStep =
  | (StepState & { kind: 'route' })
  | (StepState & { kind: 'workflow'; index: number })
  | (StepState & { kind: 'escalation'; index: number });

export type StepKind = CurrentStep['kind'];

export interface TaskRecord {
  id: string;
  tenant: string;
  status: TaskStatus;
  text: string;
  context?: Record<string, unknown>;
  requestedWorkflow?: string;
  idempotencyKey?: string;
  /** Hash of the submitted body, to tell a retried request from a reused idempotency key. */
  requestHash?: string;
  route?: { workflow: string; confidence: number; source: string; reason: string };
  workflow?: { id: string; version: number };
  step?: CurrentStep;
  /** How many steps have been started (names step ids uniquely). */
  stepsStarted: number;
  /** Regenerations after failed validation so far. */
  repairs?: number;
  /** Retrieval was weak and the workflow degrades: the answer makes no claims. */
  degraded?: boolean;
  /** Repairs did not fix the output: generation runs on the large tier from now on. */
  largeTier?: boolean;
  /** Why the task was sent to a person outside a workflow approval step. */
  escalation?: string;
  passages?: PassageV1[];
  output?: OutputV1;
  verdict?: ValidationVerdictV1;
  proposedAction?: ProposedActionV1;
  error?: { code: string; message: string };
  usage: { promptTokens: number; completionTokens: number; costUsd: number };
  timeline: TimelineEntry[];
  createdAt: string;
  updatedAt: string;
  /** Increases with every write; the expected version makes each write a compare-and-set. */
  version: number;
}

export interface TaskQuery {
  status?: TaskStatus;
  workflow?: string;
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

export interface TaskPage {
  items: TaskRecord[];
  nextCursor?: string;
}
