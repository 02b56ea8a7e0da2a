import { describe, expect, it } from '@jest/globals';
import { type LadderFacts, climb } from './validation-ladder.js';

const base: LadderFacts = {
  checks: new Set(['citations']),
  summary: 'citations: x',
  repairs: 0,
  maxRepairs: 2,
  canRegenerate: true,
  largeTierLeft: true,
};

describe('the validation ladder', () => {
  it.each<[string, Partial<LadderFacts>, string]>([
    [
      'a policy violation is never repaired',
      { checks: new Set(['policy', 'citations']) },
      'escalate',
    ],
    ['repairs come first', {}, 'repair'],
    ['repairs used up → the large tier', { repairs: 2 }, 'large_tier'],
    [
      'large tier used → schema goes to a person',
      { repairs: 2, largeTierLeft: false, checks: new Set(['schema']) },
      'escalate',
    ],
    ['large tier used → citations fail', { repairs: 2, largeTierLeft: false }, 'fail'],
    ['nothing to regenerate → fail', { canRegenerate: false }, 'fail'],
    [
      'nothing to regenerate, schema → a person',
      { canRegenerate: false, checks: new Set(['schema']) },
      'escalate',
    ],
    ['no repairs allowed → the large tier at once', { maxRepairs: 0 }, 'large_tier'],
  ])('%s', (_name, facts, kind) => {
    expect(climb({ ...base, ...facts }).step.kind).toBe(kind);
  });
});
