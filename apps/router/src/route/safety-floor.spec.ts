import { describe, expect, it } from '@jest/globals';
import { SafetyFloor } from './safety-floor.js';

describe(SafetyFloor.name, () => {
  const sut = new SafetyFloor();

  it('reads requests to move money or change data in their many shapes', () => {
    for (const text of [
      'Call it off, I no longer need order 4410.', // a phrasal verb WordNet gives as "cancel"
      'I need my billing address changed.', // a participle wished for
      'Do not ship order 12345, I am moving next week.', // stopping a delivery
      'Knock the delivery fee off my order.', // taking something off my order
      'I returned the boots a month ago and want my money.',
      'Please undo the double charge on order 77120.',
      'The price dropped a day after I bought it, I want the difference.', // money wished for
      'Could you merge my two accounts into one?',
    ])
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/^asks to /)]);
  });

  it('does not read descriptions of past payments, status questions or finding out as requests', () => {
    for (const text of [
      'Receipt 4410: paid by bank transfer on 3 March 2025, total 120.00 EUR.',
      'Visa credit card receipt - Hut Cafe - total 12.00 EUR - please log it.',
      'Is the refund for order 55100 on its way?',
      'Could you check whether the refund for order 55100 was sent?',
      'Which address did order 66120 go to?',
      'Could you give me your contact details?',
      'What is the difference between the two tents?',
    ])
      expect([text, sut.check(text)]).toEqual([text, undefined]);
  });

  it('sends a refund, cancellation or change of bank details in another language to a person', () => {
    for (const text of [
      'Ich möchte eine Rückerstattung für Bestellung 5512.',
      'Bitte storniere meine Bestellung.',
      'Je voudrais être remboursé pour ma commande 7781.',
      'Quiero cancelar mi pedido 4410.',
      'Vorrei un rimborso per l’ordine 3321.',
      'Kunnen jullie mijn bestelling annuleren?',
      'Jag vill ha pengarna tillbaka för order 1182.',
      'Proszę o zwrot pieniędzy za zamówienie 9921.',
    ])
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/another language/)]);
    // English is read closely instead, and a word inside another is no stem
    for (const text of ['What is the cancellation policy?', 'Is the annual fee refundable?'])
      expect([text, sut.check(text)]).toEqual([text, undefined]);
  });
});
