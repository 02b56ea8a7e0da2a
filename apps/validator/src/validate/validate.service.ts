import { Ajv, type ValidateFunction } from 'ajv';
import {
  Consumers,
  type PayloadInput,
  Subjects,
  type ValidateRequestedV1,
  type ValidationFailureV1,
} from '@switchyard/contracts';
import { type Command, StageHandler, counter } from '@switchyard/messaging';
import type { WorkflowRegistry } from '@switchyard/workflows';

export type ValidateResult = PayloadInput<typeof Subjects.ValidateCompleted>;

export interface PolicyPattern {
  name: string;
  pattern: string;
}

/** Digits of a card-like number (13–19 digits, spaces or dashes between). */
const CARD_CANDIDATE = /\b(?:\d[ -]?){12,18}\d\b/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const failuresByCheck = counter({
  name: 'switchyard_validation_failures_total',
  help: 'Failed validation checks by workflow and check (schema, citations, policy, ...)',
  labelNames: ['workflow', 'check'],
});

/**
 * Checks an output against the workflow's checks and returns a structured verdict listing every
 * failed check and why. No side effects.
 */
export class ValidateService {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly schemas = new Map<string, ValidateFunction>();
  private readonly policies: Array<{ name: string; re: RegExp }>;

  constructor(
    private readonly workflows: WorkflowRegistry,
    policies: PolicyPattern[] = [],
  ) {
    this.policies = policies.map((p) => ({ name: p.name, re: new RegExp(p.pattern, 'i') }));
  }

  /** A validate command: the verdict goes back to the coordinator; failed checks are counted. */
  @StageHandler(Consumers.validator, { stage: 'validate', result: Subjects.ValidateCompleted })
  onValidateRequested(msg: Command<typeof Subjects.ValidateRequested>): Promise<ValidateResult> {
    const result = this.validate(msg.payload);
    for (const f of result.verdict.failures)
      failuresByCheck.inc({ workflow: msg.payload.workflowId, check: f.check });
    return Promise.resolve(result);
  }

  validate(request: ValidateRequestedV1): ValidateResult {
    const failures = request.checks.flatMap((check): ValidationFailureV1[] => {
      switch (check) {
        case 'non_empty':
          return this.nonEmpty(request);
        case 'citations':
          return this.citations(request);
        case 'policy':
          return this.policy(request);
        case 'schema':
          return this.schema(request);
        case 'confidence':
          return this.confidence(request);
        default:
          return [{ check, message: `check '${check}' is not available in this validator` }];
      }
    });
    const confidence = this.reportedConfidence(request);
    return {
      stepId: request.stepId,
      verdict: {
        ok: failures.length === 0,
        failures,
        ...(confidence === undefined ? {} : { confidence }),
      },
    };
  }

  /** A confidence the model reported in its output (`data.confidence`, 0..1), if any. */
  private reportedConfidence({ output }: ValidateRequestedV1): number | undefined {
    const c = output.data?.confidence;
    return typeof c === 'number' && c >= 0 && c <= 1 ? c : undefined;
  }

  /** The `confidence` check: the output must report a confidence of at least 0.5. */
  private confidence(request: ValidateRequestedV1): ValidationFailureV1[] {
    const c = this.reportedConfidence(request);
    if (c === undefined)
      return [
        {
          check: 'confidence',
          message: 'the output reports no confidence (data.confidence, 0 to 1)',
        },
      ];
    return c < 0.5
      ? [{ check: 'confidence', message: `confidence ${c.toFixed(2)} is under 0.50` }]
      : [];
  }

  private nonEmpty({ output }: ValidateRequestedV1): ValidationFailureV1[] {
    const has = output.text?.trim() || (output.data && Object.keys(output.data).length > 0);
    return has ? [] : [{ check: 'non_empty', message: 'the output has neither text nor data' }];
  }

  /** Every citation names a passage retrieved for this task, at that version; knowledge answers must cite. */
  private citations({ output, retrieved, workflowId }: ValidateRequestedV1): ValidationFailureV1[] {
    const known = new Set(retrieved.map((c) => `${c.documentId}@${c.version}#${c.chunk}`));
    const failures: ValidationFailureV1[] = output.citations
      .filter((c) => !known.has(`${c.documentId}@${c.version}#${c.chunk}`))
      .map((c) => ({
        check: 'citations',
        message: `cites ${c.documentId} v${c.version} chunk ${c.chunk}, which was not retrieved for this task`,
      }));
    const degraded = /^I don't know/.test(output.text ?? '');
    if (workflowId === 'knowledge' && output.citations.length === 0 && !degraded) {
      failures.push({
        check: 'citations',
        message: 'a knowledge answer must cite the passages it uses',
      });
    }
    return failures;
  }

  private policy({ output }: ValidateRequestedV1): ValidationFailureV1[] {
    const text = [output.text ?? '', JSON.stringify(output.data ?? {})].join('\n');
    const failures: ValidationFailureV1[] = [];
    const cards = [...text.matchAll(CARD_CANDIDATE)]
      .map((m) => m[0].replace(/[ -]/g, ''))
      .filter(luhnValid);
    if (cards.length > 0)
      failures.push({
        check: 'policy',
        message: `contains ${cards.length} payment card number(s)`,
      });
    for (const p of this.policies)
      if (p.re.test(text))
        failures.push({ check: 'policy', message: `matches policy rule '${p.name}'` });
    return failures;
  }

  private schema({
    output,
    workflowId,
    workflowVersion,
  }: ValidateRequestedV1): ValidationFailureV1[] {
    const contract = this.workflows.get(workflowId, workflowVersion)?.output?.schema;
    if (!contract)
      return [
        {
          check: 'schema',
          message: `workflow ${workflowId} v${workflowVersion} declares no output schema`,
        },
      ];
    const key = `${workflowId}@${workflowVersion}`;
    let validate = this.schemas.get(key);
    if (!validate) {
      validate = this.ajv.compile(contract);
      this.schemas.set(key, validate);
    }
    if (validate(output.data ?? {})) return [];
    return (validate.errors ?? []).map((e) => ({
      check: 'schema',
      path: e.instancePath || '/',
      message: `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && 'missingProperty' in e.params ? ` (${String(e.params.missingProperty)})` : ''}`,
    }));
  }
}
