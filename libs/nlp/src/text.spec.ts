import { describe, expect, it } from '@jest/globals';
import { SpellChecker } from './spelling.js';
import { lemmas, tokenize } from './text.js';

describe('tokenize and lemmas', () => {
  it('keeps ids, amounts and contractions apart and lemmatises words', () => {
    expect(tokenize("can't refund #HP-551, £1,234.50").map((t) => `${t.norm}:${t.kind}`)).toEqual([
      'can:word',
      'not:word',
      'refund:word',
      '#:punct',
      'hp-551:code',
      ',:punct',
      '£:currency',
      '1,234.50:number',
    ]);
    expect(lemmas('Members returned the parcels')).toEqual(['member', 'return', 'parcel']);
    expect(lemmas('can I send it back')).toContain('return');
  });

  it('corrects misspelt words to known ones, preferring the domain vocabulary', () => {
    const sut = new SpellChecker(['account']);
    expect(['chnage', 'acount', 'refnd', 'adress'].map(sut.correct)).toEqual([
      'change',
      'account',
      'refund',
      'address',
    ]);
  });
});
