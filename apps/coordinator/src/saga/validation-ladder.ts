/** What the coordinator knows when a verdict fails. */
export interface LadderFacts {
  /** The failed checks (schema, citations, policy, ...). */
  checks: ReadonlySet<string>;
  /** `check: message; ...` of every failure. */
  summary: string;
  /** Regenerations so far, and how many the validate step allows. */
  repairs: number;
  maxRepairs: number;
  /** A generate step precedes the validate step (something can regenerate). */
  canRegenerate: boolean;
  /** Generation ran on the small tier and the large tier has not been tried. */
  largeTierLeft: boolean;
}

/** What to do about a failed verdict. */
export type LadderStep =
  | { kind: 'escalate'; outcome: 'blocked' | 'failed'; note: string; why: string }
  | { kind: 'repair'; note: string }
  | { kind: 'large_tier'; note: string }
  | { kind: 'fail'; code: string; note: string; message: string };

export interface LadderRule {
  name: string;
  applies(facts: LadderFacts): boolean;
  then(facts: LadderFacts): LadderStep;
}

/**
 * The recovery ladder for a failed verdict, first matching rule wins: a policy violation is never
 * repaired (the output is blocked and a person decides); anything else is regenerated with the
 * failures fed back up to the step's limit, then tried once on the large tier; an output contract
 * still not met goes to a person; any other failure fails the task.
 */
export const VALIDATION_LADDER: readonly LadderRule[] = [
  {
    name: 'policy violation → a person',
    applies: (f) => f.checks.has('policy'),
    then: (f) => ({
      kind: 'escalate',
      outcome: 'blocked',
      note: `policy violation (${f.summary}) → output blocked, sent to a person`,
      why: `policy violation: ${f.summary}`,
    }),
  },
  {
    name: 'repair',
    applies: (f) => f.canRegenerate && f.repairs < f.maxRepairs,
    then: (f) => ({
      kind: 'repair',
      note: `validation failed (${f.summary}) → repair attempt ${f.repairs + 1} of ${f.maxRepairs}`,
    }),
  },
  {
    name: 'the large tier',
    applies: (f) => f.canRegenerate && f.largeTierLeft,
    then: (f) => ({
      kind: 'large_tier',
      note: `validation failed after ${f.repairs} repairs (${f.summary}) → the large tier`,
    }),
  },
  {
    name: 'output contract not met → a person',
    applies: (f) => f.checks.has('schema'),
    then: (f) => ({
      kind: 'escalate',
      outcome: 'failed',
      note: `validation failed on the large tier too (${f.summary}) → a person`,
      why: `the output does not satisfy the output contract: ${f.summary}`,
    }),
  },
  {
    name: 'fail',
    applies: () => true,
    then: (f) => ({
      kind: 'fail',
      code: 'validation_failed',
      note: `validation failed (${f.summary})`,
      message: `output failed validation after ${f.repairs} repairs: ${f.summary}`,
    }),
  },
];

/** The first rule of the ladder that applies to these facts, and what it says to do. */
export function climb(facts: LadderFacts): { rule: string; step: LadderStep } {
  const rule = VALIDATION_LADDER.find((r) => r.applies(facts)) as LadderRule;
  return { rule: rule.name, step: rule.then(facts) };
}
