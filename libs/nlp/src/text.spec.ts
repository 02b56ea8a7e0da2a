import { describe, expect, it } from '@jest/globals';
import { SpellChecker } from './spelling.js';
import { abbreviates, lemmas, multiWordNames, tokenize } from './text.js';

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

describe(abbreviates.name, () => {
  it('reads initials and clipped compounds of consecutive words of a name', () => {
    expect(abbreviates('amex', ['american', 'express'])).toBe(true);
    expect(abbreviates('fedex', ['federal', 'express'])).toBe(true);
    expect(abbreviates('eu', ['european', 'union'])).toBe(true);
    expect(abbreviates('uk', ['the', 'united', 'kingdom'])).toBe(true);
    // one word is not an abbreviation of a name, nor are letters a name does not start with
    expect(abbreviates('am', ['american', 'express'])).toBe(false);
    expect(abbreviates('amex', ['american', 'airlines'])).toBe(false);
    expect(abbreviates('ex', ['express'])).toBe(false);
  });

  it('finds the runs of capitalised words a text mentions', () => {
    expect(multiWordNames('We accept Visa, American Express and Harbor Pine gift cards.')).toEqual([
      ['american', 'express'],
      ['harbor', 'pine'],
    ]);
  });
});
