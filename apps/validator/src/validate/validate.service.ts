import type {
  PayloadInput,
  Subjects,
  ValidateRequestedV1,
  ValidationFailureV1,
} from '@switchyard/contracts';

export type ValidateResult = PayloadInput<typeof Subjects.ValidateCompleted>;

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

type Check = (request: ValidateRequestedV1) => ValidationFailureV1[];

const CHECKS: Record<string, Check> = {
  non_empty: ({ output }) =>
    output.text?.trim() || (output.data && Object.keys(output.data).length > 0)
      ? []
      : [{ check: 'non_empty', message: 'the output has neither text nor data' }],
  citations: ({ output, retrieved }) => {
    const known = new Set(retrieved.map((c) => `${c.documentId}@${c.version}#${c.chunk}`));
    return output.citations
      .filter((c) => !known.has(`${c.documentId}@${c.version}#${c.chunk}`))
      .map((c) => ({
        check: 'citations',
        message: `cites ${c.documentId} v${c.version} chunk ${c.chunk}, which was not retrieved for this task`,
      }));
  },
  policy: ({ output }) => {
    const text = [output.text ?? '', JSON.stringify(output.data ?? {})].join('\n');
    const cards = [...text.matchAll(CARD_CANDIDATE)]
      .map((m) => m[0].replace(/[ -]/g, ''))
      .filter(luhnValid);
    return cards.length > 0
      ? [{ check: 'policy', message: `contains ${cards.length} payment card number(s)` }]
      : [];
  },
};

/** Checks an output against the workflow's checks; no side effects. */
export class ValidateService {
  validate(request: ValidateRequestedV1): ValidateResult {
    const failures = request.checks.flatMap((name): ValidationFailureV1[] => {
      const check = CHECKS[name];
      return check
        ? check(request)
        : [{ check: name, message: `check '${name}' is not available in this validator` }];
    });
    return { stepId: request.stepId, verdict: { ok: failures.length === 0, failures } };
  }
}
