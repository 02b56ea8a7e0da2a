import { describe, expect, it } from '@jest/globals';
import { SafetyFloor, documentParts } from './safety-floor.js';

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
      'I have order 5512. Cancellation request here.', // a cancellation as a noun (lemma "cancelation")
      'I request a cancellation of order 5512.',
      // a delivery a causative "have" asks to be sent elsewhere, of mine
      'Is it possible to have the delivery sent to a locker rather than my home address?',
      'i want to quit the loyalty club, how do i stop it', // ending a membership
      // a pronoun standing for the money the sentence before named
      'My gift voucher is worth 25 pounds. Could you pay that out?',
      // "have" after a modal is the main verb: the money asked for
      'The jacket went on sale a day later. Can I get the difference back?',
      // a customer who has moved, with the new address or an order
      'We have moved: 14 Birch Road, York YO1 7HH. Order 33190 has not left yet.',
      'Just moved house!! new address is Flat 2, 8 Quay Street. parcel 551902 still says processing',
      // text-speak's "u", and an item taken off an order
      'can u take the gloves off this one, it has not shipped',
      // a delivery moved to another day
      'Could you postpone the delivery until I am back from holiday?',
      'Can the driver bring it another day? I am at work all Thursday. Order 77102.',
      // a change named by its noun
      'We hereby request the deletion of our customer account and all data.',
      // data on file said to be wrong
      'my phone number is outdated on the order, new one is 0176 5512 990',
      'Good morning. The name on my account is misspelt, it should be Aoife not Aiofe.',
      // a membership of "your club", ended by a pronoun standing for it
      'I joined your hiking club last spring. Would it be possible to end it now?',
      // an order no longer wanted, not yet shipped or named
      'changed my mind about the stove, it has not shipped yet',
      'We no longer need the tent. Order 77-2201.',
      // ending in a letter's words, and the charges stopped
      'I should be grateful if you would bring my mother’s plan to an end.',
      'Please see to it that nothing further is taken from her card.',
      // a double charge
      'The bank shows the payment for order 5521 twice??',
      'you double charged me',
    ])
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/^asks to /)]);
  });

  it('does not read a means of payment, a perfect after a modal or a question about delivery days as requests', () => {
    for (const text of [
      'Invoice 7781 was paid by bank transfer, please record it.',
      'I paid by bank transfer for order 30044, can you confirm you got it?',
      'Could it have been sent to the wrong address?',
      'Does the courier deliver on another day if I am not home?',
      'I moved to Norway last year. Do you ship there?',
      'Can I have the receipt e-mailed again?',
      'Your website shows the wrong address for your store.',
      'I think I ordered the wrong size, what is the return window?',
      'Is it possible to end a membership early?',
      'When does the summer sale end?',
      'Emails to you disappear into the void.',
      'Could you check whether the refund for the double charge on order 88020 went through?',
      'I no longer need the receipt, thanks.',
      // a courier's text message: its sentences one at a time
      'Parcelforce: Sorry we missed you. We tried to deliver item PF22910 today. It is now at your local depot.\nwhere is it now?',
      'Receipt 5521\nDate: 2025-02-01\nRepair: 19.50\nCharged to card ending 0093: 19.50 EUR',
      'CREDIT NOTE CN-4410\nSupplier: Alpine Goods Ltd\nDate: 2025-03-01\nReturned: 1 x stove\nTotal credited: -120.00 EUR\nMethod: original payment card',
      // a pronoun never reaches into a pasted document for what it stands for
      'please put this one in for my expenses\n\nReceipt 2210\nDate: 2025-01-04\nTotal charged: 12.00 GBP\nVisa ending 5520',
    ])
      expect([text, sut.check(text)]).toEqual([text, undefined]);
  });

  it('does not read descriptions of past payments, status questions or finding out as requests', () => {
    for (const text of [
      'Receipt 4410: paid by bank transfer on 3 March 2025, total 120.00 EUR.',
      'Visa credit card receipt - Hut Cafe - total 12.00 EUR - please log it.',
      'Is the refund for order 55100 on its way?',
      'Can I pay with a gift card I got from my aunt?', // "my" is not of what is asked
      'I quit smoking last year.',
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
      'Proszę zwrócić pieniądze.',
      'Quiero mi dinero de vuelta, la tienda llegó rota.', // money back, not a refund's word
      'Rivoglio i miei soldi.',
      'Mi ridate la differenza?',
      'Je veux mon argent maintenant.',
      'Ich will mein Geld, sofort.',
      'Oddajcie moje pieniądze!',
      'Mi nueva dirección es Calle Mayor 5, Madrid.',
      'C’est un cadeau, il faut mettre son nom sur le colis.', // the recipient's name
      'Por favor, anula mi pedido.',
      'Bitte ändern Sie die Lieferadresse.',
      'Ich brauche eine Kostenerstattung.', // a compound ending in the word
      'Ich möchte eine Ru\u0308ckerstattung.', // decomposed umlaut
    ])
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/another language/)]);
    // English is read closely instead, and a word inside another is no stem
    for (const text of [
      'What is the cancellation policy?',
      'Is the annual fee refundable?',
      'Do you deliver to Stornoway?',
      'Is the Annular lantern in stock?',
      'Are granular fertilisers allowed in checked luggage?', // 'anular' inside a word
      'Could you merge my two orders into one shipment?',
    ])
      expect([text, sut.check(text)]).toEqual([text, undefined]);
    // nor is a pasted document's fine print someone's request
    const invoice = [
      'FACTURA 2025-118',
      'Fecha: 12/05/2025',
      'Total: 240,00 EUR',
      'Las cancelaciones no son reembolsables.',
    ].join('\n');
    expect(sut.check(invoice)).toBeUndefined();
  });

  it('reads an invoice’s own payment instructions and document names as the document’s, not the sender’s', () => {
    const invoice = (line: string) =>
      `ACME Ltd\nInvoice no: 2291\nDate: 2025-03-03\nTotal due: 1,250.00 EUR\n${line}`;
    for (const text of [
      invoice('Please pay by bank transfer to IBAN NL12 RABO 0123 4567 89.'),
      invoice('Pay online: payments are processed by Stripe.'),
      'CREDIT NOTE\nCredit note no. CN-87\nDate: 2025-08-19\nAmount credited: 412.50 AUD',
      'Credit Memo\nCredit Memo #: CM-4471\nDate: 2025-02-18\nTotal: 642.00 USD',
    ])
      expect([text, sut.check(text)]).toEqual([text, undefined]);
    // the same words as the sender's own, or outside a document, still ask to move money
    for (const text of [
      invoice('Please pay this from my account.'),
      'Please pay Lowland Finance Ltd, sort code 83-44-01, account 20551234.',
      'Credit my account with the 20 EUR please.',
      // a noun after the verb does not make it a noun outside a document's label
      'Credit amount back to card please',
      'Transfer amount 500 to IBAN DE89370400440532013000',
      // a clause that names a refund or cancellation, or is the sender's, is never exempt
      invoice('Please transfer the refund for this to IBAN DE89370400440532013000.'),
      invoice(
        'Cancel our subscription, transfer the balance to our new IBAN DE89370400440532013000',
      ),
      // a request written as a form's field
      'Invoice #4411\nDate: 2026-01-03\nAmount: 120.00\nAction: refund\nReason: charged twice',
    ])
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/^asks to /)]);
  });
});

describe(documentParts.name, () => {
  it('keeps the lines that address us around a pasted block, not its letterhead or footer', () => {
    expect(
      documentParts(
        'Where is this order?\nSophie’s Cakes\nOrder: 1044\nDate: 2025-03-03\nTotal: 40 EUR\nQuestions? Contact us.',
      ),
    ).toMatchObject({ sender: 'Where is this order?' });
    expect(
      documentParts(
        'Order: 1044\nI was charged twice for this one, it seems\nDate: 2025-03-03\nTotal: 40 EUR',
      ),
    ).toMatchObject({ sender: 'I was charged twice for this one, it seems' });
    expect(documentParts('Can you refund my order 1044 please?')).toBeUndefined();
    // text-speak addresses us too
    expect(
      documentParts('Order: 1044\nDate: 2025-03-03\nTotal: 40 EUR\nItems: 2\ncan u check this one'),
    ).toMatchObject({ sender: 'can u check this one' });
  });
});
