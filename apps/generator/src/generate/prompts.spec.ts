import { describe, expect, it } from '@jest/globals';
import type { PassageV1 } from '@switchyard/contracts';
import { type PromptTemplate, assemblePrompt, countTokens, tokenBound } from './prompts.js';

const template: PromptTemplate = {
  name: 'answer',
  version: 1,
  system: 'Answer from the passages only, citing them.',
  order: ['question', 'feedback', 'passages'],
};

const passage = (chunk: number, score: number, text: string): PassageV1 =>
  ({ documentId: 'doc', version: 1, chunk, score, text, title: 'Doc' }) as PassageV1;

describe('prompt assembly', () => {
  it('bounds the tokens of any text by its UTF-8 bytes', () => {
    for (const text of [
      'How long do refunds take?',
      'Rückerstattungen dauern fünf Werktage — außer bei Geschenkkarten.',
      '返金には5営業日かかります。',
      'Total due: €1.234,56 (VAT 21 %) 🙂',
      '',
    ])
      expect(countTokens(text)).toBeLessThanOrEqual(tokenBound(text));
  });

  it('keeps every passage when the bound shows they fit', () => {
    const passages = [passage(0, 0.4, 'Refunds take five days.'), passage(1, 0.9, 'Ask us.')];
    const prompt = assemblePrompt(
      template,
      { question: 'Refunds?', feedback: [], passages },
      3_000,
    );
    expect(prompt.passages.map((p) => p.chunk)).toEqual([1, 0]);
    expect(prompt.tokens).toBeLessThanOrEqual(3_000);
  });

  it('counts tokens when the bound does not fit, leaving out the lowest-ranked passages', () => {
    const long = 'refund '.repeat(400); // 2,800 bytes, about 400 tokens
    const passages = [passage(0, 0.2, long), passage(1, 0.9, long), passage(2, 0.5, long)];
    const budget = countTokens(template.system) + countTokens('Question:\nRefunds?') + 900;
    const prompt = assemblePrompt(
      template,
      { question: 'Refunds?', feedback: [], passages },
      budget,
    );
    // the bound (over 8,000) would keep none; the count keeps the two best
    expect(prompt.passages.map((p) => p.chunk)).toEqual([1, 2]);
    expect(prompt.tokens).toBeLessThanOrEqual(budget);
  });
});
