/** The stages a workflow step can run (routing happens before a workflow is chosen). */
export declare const STEP_STAGES: readonly [
  'retrieve',
  'generate',
  'validate',
  'approval',
  'action',
];
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
  /** Prompt template `name@version` from prompts/ (what goes in, in what order). */
  prompt: string;
  /** Token budget of the assembled prompt; passages that do not fit are left out. */
  maxPromptTokens: number;
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
  | (StepBase & {
      stage: 'retrieve';
      settings: RetrieveSettings;
    })
  | (StepBase & {
      stage: 'generate';
      settings: GenerateSettings;
    })
  | (StepBase & {
      stage: 'validate';
      settings: ValidateSettings;
    })
  | (StepBase & {
      stage: 'approval';
      settings: ApprovalSettings;
    })
  | (StepBase & {
      stage: 'action';
      settings: Record<string, never>;
    });
/** A tool the model may use: read tools run inside generation, write tools need approval. */
export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
  /** HTTP endpoint (POST, JSON); `${TOOLS_URL}` is replaced by the generator's TOOLS_URL. */
  endpoint: string;
  timeoutMs: number;
  effect: 'read' | 'write';
}
export interface WorkflowDefinition {
  id: string;
  version: number;
  description: string;
  steps: StepDefinition[];
  /** The allow-list: the only tools this workflow's generation may use. */
  tools: ToolDefinition[];
  /** The output contract: JSON Schema the output's `data` must satisfy (the `schema` check). */
  output?: {
    schema: Record<string, unknown>;
  };
  /** File it was loaded from (relative to the workflows directory). */
  source: string;
}
export {};
//# sourceMappingURL=workflow.d.ts.map
