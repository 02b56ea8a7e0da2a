import { describe, expect, it } from '@jest/globals';
import { Lexicon } from './lexicon.js';
import { SpellChecker } from './spelling.js';
import { abbreviates, lemmas, multiWordNames, splitSentences, tokenize } from './text.js';

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

describe(splitSentences.name, () => {
  it('ends a sentence at a capital after a full stop, not after an abbreviation', () => {
    expect(splitSentences('Hi there. Is it e.g. waterproof? Order No. 5 came')).toEqual([
      'Hi there.',
      'Is it e.g. waterproof?',
      'Order No. 5 came',
    ]);
  });

  it('parts blocks at a blank line, a bullet and a rule of dashes, equals or underscores', () => {
    const pasted = 'please log this one.\n---\nACME LTD\nTotal paid 38.00\n===\nthanks';
    expect(splitSentences(pasted)).toEqual([
      'please log this one.',
      'ACME LTD Total paid 38.00',
      'thanks',
    ]);
    expect(splitSentences('see below\n\nitem one\n- item two')).toEqual([
      'see below',
      'item one',
      '- item two',
    ]);
    // a dash inside a line, or two of them, is no rule
    expect(splitSentences('a -- b\n-- c')).toEqual(['a -- b -- c']);
  });

  it('parts a long text in time linear in its length', () => {
    const long = `${'-'.repeat(50_000)}x\n`.repeat(2);
    expect(splitSentences(long)).toHaveLength(1);
  });
});

describe('round 12: two words of the domain run together', () => {
  it('splits a run-together word into the two domain words when no domain word is close', () => {
    const domain = ['voucher', 'code', 'return', 'label', 'sleep', 'bag'];
    const sut = new SpellChecker(domain, Lexicon.get(), true);
    // (only when asked for: a classifier's features stay one word for one)
    expect(new SpellChecker(domain).correct('vouchercode')).toBe('vouchercode');
    expect(sut.correct('vouchercode')).toBe('voucher code');
    expect(sut.correct('returnlabel')).toBe('return label');
    // a word one edit from a domain word stays that word
    expect(sut.correct('retrun')).toBe('return');
    // halves that are not both the domain's are no split
    expect(sut.correct('sleepzzzbag')).toBe('sleepzzzbag');
    expect(lemmas('my sleepbag is torn', { correct: sut.correct })).toEqual([
      'sleep',
      'bag',
      'tear',
    ]);
  });
});
