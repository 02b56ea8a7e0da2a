/** The stages a workflow step can run (routing happens before a workflow is chosen). */
export const STEP_STAGES = ['retrieve', 'generate', 'validate', 'approval'] as const;
export type StepStage = (typeof STEP_STAGES)[number];

export interface RetrieveSettings {
  topK: number;
  /** Best score below this is weak retrieval. */
  minScore: number;
  /** What weak retrieval leads to: a degraded answer that makes no claims, or a person. */
  onWeak: 'degrade' | 'escalate' | 'continue';
}

export interface GenerateSettings {
  tier: 'small' | 'large';
}

export interface ValidateSettings {
  checks: string[];
  /** Regenerations with the errors fed back before the larger tier, then a person. */
  maxRepairs: number;
}

export interface ApprovalSettings {
  /** always; low_confidence: route confidence under `minConfidence`; policy: a policy check failed; write_action: a write tool was proposed. */
  when: 'always' | 'low_confidence' | 'policy' | 'write_action';
  minConfidence: number;
  deadlineMs: number;
  /** At the deadline: reject the task, or escalate once to the admin role with a new deadline. */
  timeoutPolicy: 'reject' | 'escalate';
  /** A revision's output replaces the task's output, or its notes go back to generation. */
  onRevise: 'replace' | 'regenerate';
}

interface StepBase {
  /** Unique within the workflow; shown on the timeline. */
  name: string;
  /** Deadline of one attempt; after it the command is sent again (same step id). */
  timeoutMs: number;
  /** How many times a missed deadline re-sends the command before the task fails. */
  retries: number;
}

export type StepDefinition =
  | (StepBase & { stage: 'retrieve'; settings: RetrieveSettings })
  | (StepBase & { stage: 'generate'; settings: GenerateSettings })
  | (StepBase & { stage: 'validate'; settings: ValidateSettings })
  | (StepBase & { stage: 'approval'; settings: ApprovalSettings });

export interface WorkflowDefinition {
  id: string;
  version: number;
  description: string;
  steps: StepDefinition[];
  /** File it was loaded from (relative to the workflows directory). */
  source: string;
}
