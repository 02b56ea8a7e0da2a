import { describe, expect, it } from '@jest/globals';
import { inShopTerms } from './customer-words.js';
import { questionTerms } from './question.js';

describe(inShopTerms.name, () => {
  it('adds the shop term after a customer’s everyday phrase for it and keeps the phrase', () => {
    expect(inShopTerms('Can I get my money back?')).toBe('can i get my money back refund?');
    expect(inShopTerms("I'm at uni, any money off?")).toBe(
      "i'm at uni student, any money off discount?",
    );
    expect(inShopTerms('how do I stop getting your promo mails')).toBe(
      'how do i stop getting unsubscribe your promo mails newsletter email',
    );
  });

  it('reads "arrive" as delivery only for what is delivered, not for money', () => {
    expect(inShopTerms('when will my parcel arrive')).toContain('delivery');
    expect(inShopTerms('when will my money arrive')).not.toContain('delivery');
  });

  it('leaves text without such a phrase as it is, in lower case', () => {
    expect(inShopTerms('Does the Summit 2 tent sleep two?')).toBe(
      'does the summit 2 tent sleep two?',
    );
  });

  it('takes time linear in the text (no pattern rescans a run from every position)', () => {
    const long = `${'order '.repeat(20_000)}arrive`;
    expect(inShopTerms(long).endsWith('arrive delivery')).toBe(true);
  });
});

describe('question terms with customer words', () => {
  it('asks for the shop’s terms as well as the customer’s', () => {
    expect(questionTerms('how do I get my money back')).toContain('refund');
    expect(questionTerms('any deals for students at uni?')).toEqual(
      expect.arrayContaining(['discount', 'student']),
    );
  });

  it('drops phrases of an auxiliary verb that carry no topic', () => {
    expect(questionTerms('how long is the guarantee on your tents')).not.toContain('be_on');
  });
});
