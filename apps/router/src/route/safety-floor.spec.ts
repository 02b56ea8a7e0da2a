import { describe, expect, it } from '@jest/globals';
import {
  SafetyFloor,
  documentParts,
  inlineDocumentParts,
  unpunctuated,
  withApostrophes,
} from './safety-floor.js';

/** Each text read as a request, its reason matching `reason` (the text named in a failure). */
function expectRequests(texts: string[], reason: RegExp = /^asks to /): void {
  const floor = new SafetyFloor();
  for (const text of texts)
    expect([text, floor.check(text)]).toEqual([text, expect.stringMatching(reason)]);
}

/** Each text read as no request (the text named in a failure). */
function expectNoRequest(texts: string[]): void {
  const floor = new SafetyFloor();
  for (const text of texts) expect([text, floor.check(text)]).toEqual([text, undefined]);
}

describe(SafetyFloor.name, () => {
  const sut = new SafetyFloor();

  it('reads requests to move money or change data in their many shapes', () => {
    expectRequests([
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
    ]);
  });

  it('reads "too late to stop", away from the address, "start mine" and a refund demanded in the passive', () => {
    expectRequests([
      'Is it too late to cancel order 88-2091? I ordered the wrong colour.',
      'We will not be at that address from Monday, order 4410-77 has not shipped yet.',
      'How long do refunds take, and could you start mine? Order HP-22019',
      'The 15 EUR I was overcharged should be paid back to my card.',
      'Can I post the boots back and get the money straight away?',
    ]);
    expectNoRequest([
      'Is it too late in the day to call your hotline?',
      'I will not be at home on Friday, will the courier leave a note?',
      'How long do refunds take? Could you tell me when mine should arrive?',
      'A refund should be paid back within five days, is that the rule?',
      'Can I send an item back and get a refund if it is used?',
      // a greeting in another language is no action ("Hola" corrected to "hold")
      'Hola, when will my order arrive? Order HP-118-204.',
      'Hallo, wann kommt mein Paket? Order 55120.',
    ]);
  });

  it('does not read a means of payment, a perfect after a modal or a question about delivery days as requests', () => {
    expectNoRequest([
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
    ]);
  });

  it('does not read descriptions of past payments, status questions or finding out as requests', () => {
    expectNoRequest([
      'Receipt 4410: paid by bank transfer on 3 March 2025, total 120.00 EUR.',
      'Visa credit card receipt - Hut Cafe - total 12.00 EUR - please log it.',
      'Is the refund for order 55100 on its way?',
      'Can I pay with a gift card I got from my aunt?', // "my" is not of what is asked
      'I quit smoking last year.',
      'Could you check whether the refund for order 55100 was sent?',
      'Which address did order 66120 go to?',
      'Could you give me your contact details?',
      'What is the difference between the two tents?',
    ]);
  });

  it('sends a refund, cancellation or change of bank details in another language to a person', () => {
    expectRequests(
      [
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
      ],
      /another language/,
    );
    // English is read closely instead, and a word inside another is no stem
    expectNoRequest([
      'What is the cancellation policy?',
      'Is the annual fee refundable?',
      'Do you deliver to Stornoway?',
      'Is the Annular lantern in stock?',
      'Are granular fertilisers allowed in checked luggage?', // 'anular' inside a word
      'Could you merge my two orders into one shipment?',
    ]);
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
    expectNoRequest([
      invoice('Please pay by bank transfer to IBAN NL12 RABO 0123 4567 89.'),
      invoice('Pay online: payments are processed by Stripe.'),
      'CREDIT NOTE\nCredit note no. CN-87\nDate: 2025-08-19\nAmount credited: 412.50 AUD',
      'Credit Memo\nCredit Memo #: CM-4471\nDate: 2025-02-18\nTotal: 642.00 USD',
    ]);
    // the same words as the sender's own, or outside a document, still ask to move money
    expectRequests([
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
    ]);
  });
});

describe(`${SafetyFloor.name}: kinds of request a review found missed`, () => {
  const sut = new SafetyFloor();
  const caught = (texts: string[]) => {
    for (const text of texts)
      expect([text, sut.check(text)]).toEqual([text, expect.stringMatching(/^asks to /)]);
  };
  const passed = (texts: string[]) => {
    for (const text of texts) expect([text, sut.check(text)]).toEqual([text, undefined]);
  };

  it('reads an amount wanted back, a pronoun for one named before, overpaying and credit as cash', () => {
    caught([
      'Can we get the 15 quid back?',
      'The price dropped by 30 the day after I bought it. Can I have that back?',
      'Could we have the 12 pounds back? The discount code didn’t work.',
      'i want my 45 back, the lamp arrived broken',
      'We overpaid by 40 euros on order 6612.',
      'The bundle was 20 cheaper the next day. Could I get that back?',
      'I’d like the sum of 112.40 returned to my PayPal.',
      'Got a voucher for 15 after the complaint. Could I have it as cash instead?',
      'You gave me store credit of 25. Can I get it in cash instead?',
    ]);
    passed([
      'Can I pay in cash on delivery?',
      'I’ll be back in 2 weeks, is that a problem for the delivery?',
      'Can I send it back within 30 days?',
    ]);
  });

  it('reads a move to a house number and name, an item left out of an order and a delivery moved to another day', () => {
    caught([
      'we relocated to Flat 3, 12 Harbour View, Whitby, could the parcel (ref 55-102) go there',
      'We’ve relocated to 7 Juniper Mews, Bath. Parcel 55-318 should come here.',
      'Moved last month, new place is 3 Kestrel Grove, Leeds.',
      'Moved house. 14 Mill Row, Leeds now.',
      'new addy 22 kings rd',
      'Could you leave the batteries out of order 77102?',
      'Please take the phone case out of order 44102.',
      'Drop the second mug from my order, I only need one.',
      'Skip the charger on order 9921',
      'Can the delivery be pushed back to Friday?',
      'Can you bring my parcel forward to Monday?',
      'Please deliver order 5521 on Wednesday rather than Friday.',
      'Any chance the driver comes Monday instead? Not in Friday.',
      'Hold my parcel at the depot until Friday please.',
    ]);
    passed([
      'We moved to Leeds in 2018, do you deliver there?',
      'I’m moving on to a different question: do you sell gift cards?',
      'I moved to Berlin in 2021. Do you ship to 10115?',
      'Since I moved, parcels take longer. Order 55120 arrived fine but late. Why is that?',
      'Will the snow delay my parcel?',
      'Could the public holiday delay deliveries?',
      'Would the driver come back another day if nobody is home?',
      'Can the courier come later in the day to rural areas, or is it always mornings?',
    ]);
  });

  it('reads an order no longer wanted without an "I", a passive asked for and payments to stop', () => {
    caught([
      'No longer need it — order hasn’t shipped',
      'I’d rather not have it anymore, order 55123 hasn’t gone out',
      'No longer want the rug, order 71203 hasn’t left.',
      'I’d rather not receive them now, order 33018 not shipped yet.',
      'Having second thoughts about order 77120, can it be stopped?',
      'Second thoughts on order 66120 — can it be called off?',
      'Can my card details be updated before the next payment?',
      'I hereby request that the standing order for my monthly box be discontinued forthwith.',
      'Don’t take any more payments from me.',
      'Please stop debiting my account every month.',
      'Do not take any further payments for the plan.',
    ]);
    // an unwanted thing that is no order or item of one, an item kept, a change of mind alone
    passed([
      'I don’t need the paper invoice for order 55213, the PDF is fine.',
      'We don’t need the catalogue any more, order 44102 was fine.',
      'I changed my mind, I’ll keep it. Order 55120.',
      'I changed my mind, I’m keeping them. Order 71203.',
      'Changed my mind haha, what colours does item 10023 come in?',
      'We don’t want them to leave it outside, order 55120 should go to the porch.',
      'Can orders be changed after payment?',
    ]);
  });

  it('reads a double charge, wrong or new data and another language’s words for these', () => {
    caught([
      'I was charged 2x',
      'charged x2 for order 99120',
      'I was debited twice for the same order.',
      'Why was I charged twice for order 5521?', // a complaint, not a look-up
      'Invoice no: 5521\nDate: 2025-03-03\nTotal: 84.50 EUR\nCard: Visa 4410\nyou took it twice',
      'Receipt: 8812\nDate: 2025-05-01\nTotal: 19.00 GBP\nShip to: 4 Ash Close\nwrong address, should be 19 Birch Road',
      'wrong phone number on order 5521, it’s 07700 900123',
      'Please note my new bank details for the payout: IBAN DE89370400440532013000',
      'My new mobile number is 07700 900456, please update it.',
    ]);
    expectRequests(
      [
        'Voglio cancellare il mio ordine 5521',
        'Ich möchte mein Kundenkonto löschen lassen.',
        'Ich habe das Abo gekündigt, bitte keine Abbuchungen mehr', // a "ge-" participle
        'Bitte buchen Sie nichts mehr von meiner Karte ab.',
        'Je voudrais supprimer mon compte client.',
        'Quisiera que me devuelvan el importe del pedido.',
        'Kan ni ändra leveransadressen till Storgatan 5?',
        'Chci zrušit objednávku 4410.',
        'Siparişimi iptal etmek istiyorum.',
        // charged twice, debits stopped, a contract withdrawn from
        'Mir wurde zweimal berechnet.',
        'Ich widerrufe den Vertrag.',
        'J’ai été débité deux fois.',
        'Arrêtez les prélèvements sur mon compte.',
        'Me cobraron dos veces el pedido.',
        'Mi avete addebitato due volte.',
        'Ik wil mijn abonnement stopzetten.',
      ],
      /another language/,
    );
    expectNoRequest([
      'Wie lange dauert der Versand nach Österreich?',
      'Quels sont vos horaires d’ouverture ?',
      '¿Hacen envíos a Canarias?',
    ]);
    passed([
      'Can the capsules be taken twice a day?',
      'The tracking page shows the same scan twice',
      'The login page shows the error twice.',
      'When is the second payment of my 3-instalment plan due?',
      'I paid for shipping twice in the past, do you combine orders now?',
      'Was I charged twice for order 5521? Just checking.',
      'Has my card been charged twice for order 5521? Just checking.',
      'My old phone died so I can’t open the app, how do I log in?',
      'Your invoice template has my name in the wrong field, just so you know',
      'The PDF has my name in the wrong place, not a big deal.',
    ]);
  });
});

describe(`${SafetyFloor.name}: kinds of text a review found read too broadly`, () => {
  const sut = new SafetyFloor();

  it('does not read a change’s noun without "of" its object, "end of", a determiner or a modifier as a request', () => {
    expectNoRequest([
      'The removal of the old fridge went fine, my card was charged 30 as agreed.',
      'After the removal of the old sofa, all good. My card was charged 40 as agreed.',
      'The closure of your Bristol store is sad. Can I still return things by post?',
      'End of month my card gets charged for the plan, right?',
      'The end of my trial is on Sunday, what happens then?',
      'My account was hacked last year but it’s fine now. Please close this ticket.',
      'My account was locked last month, it’s fine now. Please close this case.',
      'My membership card arrived today. Can I put it in Apple Wallet?',
      'My loyalty card came today. Can I add it to Google Wallet?',
      'My new card was delivered yesterday. Do I need to add it anywhere?',
      'Could u tell me ur refund policy?',
      'Could u explain ur cancellation policy?',
      'DPD: We will deliver your parcel on another day.\nok thanks',
      '> Would you like us to refund you or send a replacement?\nThanks, the replacement arrived.',
      // a forwarded order's own link
      'Fwd: your order\nOrder: 5521\nDate: 2025-03-03\nTotal: 40 EUR\nItems: 2\nCancel order: visit your account page\nwhere is it?',
    ]);
    // the same shapes asking for the change still do
    expectRequests([
      'We hereby request the deletion of our customer account and all data.',
      'I joined the wine club last year. I’d like to get out of it.',
      'Please end my plan at the end of the month.',
      'Hey, my login is still my old work address. Can you make it sam@example.com instead?',
    ]);
  });

  it('keeps reading the requests next to what it now lets through', () => {
    expectRequests([
      'There’s a second payment taken for order 5521.', // not a plan's second payment due
      'I don’t want the box anymore, order 5521 hasn’t shipped.', // a box may be the product
      'We don’t need the assembly service for order 88120 after all.', // a paid service taken off
      'I no longer want the boots, you can keep them, order 44120.', // kept by us, not by me
      'Changed my mind. Order 5521.',
      'I’ve moved, 55120 hasn’t arrived yet.',
      'Can the delivery be delayed until Monday?',
      'Could the courier come on Saturday instead, if that’s OK?',
      'My new card arrived. Please add it.',
      'Please process the account deletion for user 5521.',
      'I want to delete my data', // the lexicon's lemma "datum"
      'Do I need to cancel my order first to change the size?',
      'Would you like me to return it or can you just refund me?',
      'Fwd: your order\nOrder: 5521\nDate: 2025-03-03\nTotal: 40 EUR\nItems: 2\nCancel order: visit your account page\nplease cancel it',
      'Cancel order: visit me tomorrow, I will be home', // no document, a first person
    ]);
    expectNoRequest([
      'Will my parcel be delayed by the strike?',
      'Could my order be delayed by the bank holiday?',
      'Does the driver come back another day if I’m out?',
    ]);
  });

  it('reads the rest of an amount back, a delivery moved to a day, a plan paused and an order not needed', () => {
    expectRequests([
      'I paid 120 but the item was 95. I’d like the rest back.',
      'Can I get a cash refund instead of the voucher?',
      'Could the delivery be moved to Thursday?',
      'Can my order arrive next week instead of tomorrow?',
      'Can my subscription be paused for two months?',
      'Not needed anymore – order 55987, hasn’t been sent yet.',
    ]);
    expectNoRequest([
      'We moved the party to Saturday, will the order 5521 arrive by then?',
      'Can I get a refund instead of an exchange if my size is out of stock?',
      'Help not needed anymore, found the answer, thanks. Ticket 4410.',
      'Can you tell me the terms for cancelling a subscription?',
    ]);
  });

  it('reads a request left implied: what an order was for called off, an order placed twice by mistake, a plan renewing unused', () => {
    expectRequests([
      "We ordered a sleeping bag for my son's scout camp but the camp has been called off. I don't think it's been sent yet. order # HP 30551",
      'Our wedding got postponed to next year, so order 55120 is not needed for now.',
      'He ordered the same fleece two times by mistake and he needs only one. Order numbers 100234 and 100239.',
      'I think I placed a duplicate order this morning, 30-4418 and 30-4419.',
      "The Pine Club renews next week and honestly the kids have grown out of camping, we haven't used it all year. Does it just keep going automatically?",
    ]);
    expectNoRequest([
      'The event got postponed. Where is my order 55120?',
      'I ordered this tent twice before, love it. When is the new colour out?',
      'Does the Trail Club renew automatically?',
      'The Trail Club renews next month and I use it all the time, can I pay by card?',
      'The trip was postponed, but I will keep it anyway. Order 55120 hasn’t shipped yet.',
      'Hello, I can pay with Klarna or bank transfer?',
      'Order confirmation #HP5590021 Total 108.95 Paid Apple Pay, please log the date and the total',
    ]);
  });

  it('reads a need gone with an order or unused goods, data on an order corrected, a death’s account settled, and a greeting or “if so” before the request', () => {
    expectRequests([
      'Plans have changed and we are not going to Iceland after all. Order 44120 was all for that trip.',
      'My daughter got the very same jacket from her gran, so the one in order 66190 is surplus. Tags still on.',
      'The whole holiday is off now. Order 20931 has not shipped yet and we won’t be needing the tents.',
      'The doctor says no hiking for six months. The boots from order 91204 are still in the box.',
      'The postcode on my order says LS6 2AB but it should be LS6 2BA, order 77120.',
      'My mother died last month. Please close her account and remove the card saved on it.',
      'Our club is closing down in June and the membership renews on the 1st.',
      'Hello, can I have my money back for order 55120?',
      'Is order 90412 still in the warehouse? If so I would prefer not to have it any more.',
    ]);
    expectNoRequest([
      'We might have to cancel our trip if the weather turns. How long do I have to return unused gear?',
      'If my brother orders to Switzerland, will he have to pay customs or import fees?',
      'I am the executor for my late father. Could you tell me whether any orders are still open on his account?',
      'Plans changed, so could you tell me your opening hours on Saturday instead?',
      'Hello, how many days I have for give back a product if I not like it?',
      'Please log this receipt, my company will pay me back: Total 93.50 EUR, paid by card.',
      'Is the tent waterproof? If so, how long does delivery take?',
    ]);
  });

  it('reads an unwanted order told as a situation, data not to be kept, an outdated contact, money wished back, charges for one order and a price that fell', () => {
    expectRequests([
      'We both bought the same stove without telling each other, so we really don’t need two. Mine is order 61120, still sealed.',
      'I lost my job and can’t afford the jacket from order 7730-221 any more. I don’t think it has shipped.',
      'Three weeks and still nothing from order 66120. I’m done waiting, I already bought boots at a shop in town.',
      'I am not comfortable with your company still storing my address and phone number. Username trailmix_ola.',
      'Invoices still go to the old e-mail of our buyer, who left the company in May. I’m the contact now: ana@example.com',
      'It was a present and I will never use it. My uncle would be glad if the money went back onto his card. Order 55812.',
      'My statement shows two charges of 129,00 for one order, HP30017.',
      'I paid full price for order HP-90044 last week and today it’s 30% off.',
    ]);
    expectNoRequest([
      'When an Apple Pay purchase is refunded, does the money go back to the card behind it?',
      'Our previous contact person left the company. Can you read out the fields of this invoice for me?',
      'My company will reimburse me for the boots. Do your invoices show VAT separately?',
      'Our camping weekend was called off by the storm, but is order 35560 still on track for Thursday?',
      'What’s the warranty on your backpacks? The zipper on my old one gave up after two years.',
      'Just moved into my new flat, waiting on order 3390-A. The address on it is the right one, when does the courier come?',
    ]);
  });

  it('sends a story about the customer’s own order or account that asks nothing to be looked up to a person', () => {
    expectRequests(
      [
        'Bought the 45L backpack on the 2nd for 149. Today it is 109 on your own site. Order 3391-77.',
        'The checkout used my old address by default for order 5561-B. His is 22 Kirkstall Rd, Leeds.',
        'Order 5512 arrived but the tent pole is broken.',
        'My ex and I shared one login and the account is registered to her email. I really do not want her seeing my orders any more.',
      ],
      /^(?:asks to|tells of)/,
    );
    expectNoRequest([
      'My order 5512 hasn’t arrived.',
      'I need an update on order 30012, please.',
      'I need help logging into my account, the reset email goes to spam.',
      'My order 5512 arrived today, love it, thanks!',
      'This is the receipt text: Store 12, receipt #99021, TOTAL 64.20 GBP. Get me merchant, date and total.',
      'I ordered the tent last week. Which pegs fit it?',
    ]);
  });

  it('reads "is there any way" as "can I", an address given for an order not yet sent, and someone else to take a parcel in', () => {
    expectRequests(
      [
        'Is there any way I can have the voucher as money instead?',
        'Is there any way to get my deposit back?',
        'The boots (ord. 5561-B) are for my sister, but checkout used my own address. I don’t think it has left yet. Hers is 4 Mill Lane, York YO1 2AB.',
        'I will be away next week, nobody home. Order 2231-88 is due Tuesday, my neighbour at number 9 is happy to take it.',
        'I pre-ordered the canoe in February and it still says June. Found one locally. Pre-order ref PO-1187.',
      ],
      /^(?:asks to|tells of)/,
    );
    expectNoRequest([
      'Is there any way to track my order?',
      'Is it better to pay with iDEAL or do you only take credit cards?',
      'My neighbour took in a parcel for me, order 5512. Is that alright?',
      'Order 5512 to 4 Mill Lane, York has not shipped yet, when will it?',
    ]);
  });

  it('keeps the requests a review found the new exclusions swallowing, and lets a content customer’s story be', () => {
    expectRequests(
      [
        'The stove doesn’t work would you refund order 4410',
        'Your company should compensate me for the ruined trip.',
        'I want to pay with PayPal instead of the card on order 4410.',
        'We had to cancel our trip so cancel it please, 4410.',
        'Can you cancel the tour I booked with you, reference 4410?',
        'Placed the same order twice, sorry! 8812 and 8813.',
        'Trip’s cancelled. Order 5521.',
      ],
      /^(?:asks to|tells of)/,
    );
    expectNoRequest([
      'The concert was postponed, so I’ll wear the jacket next month instead. Order 7781 fits perfectly.',
      'My refund arrived on my card today.',
      'Plans changed and we’re staying home, so the tent will get used in the garden. Order 4412.',
      'My wife already owns the same jacket in red, so I went with green for order 20931.',
      'I can’t afford to miss my flight on Friday, so I’m glad order 4412 already arrived.',
      'My subscription renews next week and I haven’t used my free shipping vouchers yet. Do they carry over?',
      'I got a duplicate order confirmation email, just one order though.',
      'The price dropped on the tent I was watching, so I finally ordered it. Order 4421.',
      'My bank shows two transactions for one order but one is just the pending hold, it dropped off today. All sorted.',
      'The tracking on my parcel says delivered but it was my neighbour who took it in, all fine now.',
    ]);
  });

  it('reads an item taken out of an order or box of mine and new data given with its value, not a box or phone of another kind', () => {
    expectRequests([
      'Please leave out the cable from order 44120.',
      'Skip the chocolate in my next box please.',
      'Please take the lamp off order 66120.',
      'My new card is 4111 1111 1111 1111, exp 09/28.',
    ]);
    expectNoRequest([
      'Please leave the box from order 5521 at the back door.',
      'How do I take the filter out of the box?',
      'My new phone is a Pixel 8, will the app work on it?',
      'Your new address is not on the website yet, is it still 12 Baker Street?',
    ]);
  });

  it('reads no request in what the sender says they do not ask for, and still reads the one they do', () => {
    expectNoRequest([
      'I don’t want a refund, just tell me how long delivery to Spain takes.',
      'There is a small charge on my statement - not disputing anything, just want to understand what the club costs.',
      'We do not need to change anything on the account, we are only curious about the fees.',
      'I’m not asking for my money back, I only wonder how long the warranty runs.',
      // nothing to be changed, said to us outright
      'Could you check which address parcel 88213 goes to? Please don’t change anything, I just want to see it.',
      'Can you look at the card on order 4471 without changing anything?',
    ]);
    expectRequests([
      'I don’t want store credit, I want my money back for order 7712.',
      'I do not want to cancel the order, but please change the delivery address to 5 Elm Road.',
      'I don’t want to change anything else. Please refund order 5512.',
      // a plea not to act, a negated ability and a complaint are no disclaimers
      'Please do not cancel my order, I changed my mind about cancelling it.',
      'I didn’t get the refund for order 4410, please send it.',
      'My father passed away and I don’t want anything left open in his name.',
      // "anything else" or "anything but" leaves one change asked
      'Don’t change anything else, just send order 4471 to my new address.',
      'Please do not cancel anything but the tent.',
      'Don’t refund anything other than the stove.',
    ]);
  });

  it('reads "back" of talk as no money back, and "back" with an amount still as money back', () => {
    expectNoRequest([
      'Could you read it back to me so I can check the total of 45.00 EUR on my copy?',
      'Please write back with the total, it was €60 I think.',
    ]);
    expectRequests([
      'I posted the boots back last week, I want the 89.99 back on my card.',
      'Can I get £20 back for the missing strap?',
      'Please call me back and put the £15 back on my card.',
    ]);
  });

  it('reads a fee that came out again for a membership not used as a request to end it', () => {
    expectRequests(
      [
        'The monthly subscription payment went out again even though we have not used our plan since spring.',
        'I never use my Trail Club membership and the annual charge was taken again.',
        'i dont really use the loyalty club anymore and the fee just came out again... can that be stopped?',
      ],
      /renews/,
    );
    expectNoRequest([
      'Does the membership fee come out again every year?',
      'The yearly club fee just came out again, how much is it these days?',
    ]);
  });

  it('reads "which address is it going to?" as a fact asked for, and a change asked beside it as a request', () => {
    expectNoRequest([
      'Which address is my order 5521 going to? Just checking before it leaves.',
      'What card did I pay for order 70211 with?',
      'Tell me what address shipment 40021 is heading to.',
      'Can you say which address order 3321 is going to?',
    ]);
    expectRequests([
      'Which address is my order 5521 going to? Please send it to 5 Elm Road instead.',
      'Which card could you move order 70211 to, the Visa or the Amex?',
      'Which address is order 3321 going to, it should go to my office instead.',
    ]);
  });

  it('reads a wish that an order not ship, and whether a membership renewing unused can be stopped', () => {
    expectRequests([
      'Ordered the wrong colour an hour ago, order 88120. I would rather it did not ship at all.',
      'We’d prefer the tent didn’t get sent, order HP-4410 was a mistake.',
      'Is it possible to have the club membership ended before it renews? We never use it.',
      'can i get the subscription stopped before it renews on the 3rd? dont use it anymore',
    ]);
    expectNoRequest([
      'Can I use the club discount before it renews? I haven’t used it yet.',
      'Does the club renew automatically? I don’t use it much.',
    ]);
  });

  it('reads a request to confirm a change the customer made themselves as a look-up, unless money or something new is at stake', () => {
    expectNoRequest([
      'We cancelled order 61120 in the app this morning. Did it go through?',
      'I updated my card on the website yesterday, could you confirm it took effect?',
      'Did the cancellation I asked for on the phone go through for order 61120? Just checking.',
    ]);
    expectRequests([
      'I cancelled order 61120 in the app but was still charged. Did it go through?',
      'I changed my address on the website, did it go through? Please also cancel order 7781.',
    ]);
  });

  it('reads paying all at once or in parts as how to pay, and paying back as money back', () => {
    expectNoRequest([
      'Is PayPal fine? The stove is 240 quid and I would rather not pay it all at once.',
      'Do I have to pay in full when I order the tent?',
    ]);
    expectRequests(['Please pay back the whole 120 EUR at once, order 5512.']);
  });

  it('reads the sender’s lines around a pasted document together, and the document’s one by one', () => {
    expectNoRequest([
      'could you put this one in the books for me, thanks\nORDER RECEIPT\nFjell Sport AS\nReceipt#: 20-5521\nDate: 3 Mar 2025\nTent 1 @ 199.00\nTotal 199.00 EUR',
    ]);
    // a request of the sender's wrapped over two lines is still read
    expectRequests([
      'Hello, about the receipt below, I would like the money\nreturned to my card as the tent arrived broken.\nReceipt no: 5512\nDate: 2025-03-03\nTent 199 EUR\nTotal: 199 EUR',
    ]);
  });

  it('reads a question by its main clause, after a clause that sets the scene', () => {
    expectNoRequest([
      'Once you have my returned boots, how many days until the money is on my card?',
      'When the refund is done, which account does it go to?',
      'if i paid by card and return a jacket, does the money go back to the card or do i get a voucher?',
    ]);
    expectRequests([
      'If the order has not shipped yet, can you cancel it?',
      'If I send the boots back and you get them, can you refund me?',
      'Once you have the boots back, could I get my money back for order 5512?',
    ]);
  });

  it('reads a card on file that no longer works, money not to be lost, and an order not to go ahead', () => {
    expectRequests([
      'Someone nicked my purse, so the card saved on my account is cancelled. The next payment should come off my new one.',
      'My card on file expired in May, use the replacement please.',
      'The stove stopped working after two uses. I really do not want to be out of pocket for it.',
      'Would it be possible to not go ahead with the order we placed this morning?',
      'Can I cancel the tent I bought an hour ago?',
    ]);
    expectNoRequest([
      'My card expired last month. Will my order still arrive?',
      'Will I be out of pocket if I return it?',
      'Can an order be cancelled after it ships, in general?',
    ]);
  });

  it('keeps the requests a review found this round’s look-up and disclaimer rules swallowing', () => {
    expectRequests([
      'I changed my mind about order 51120 - can you confirm it hasn’t shipped yet? I don’t want it anymore.',
      'I cancelled order 40112 on my account, did it go through? I need the £80 on my card by Friday.',
      'I cancelled order 77120 in the app last night, did it go through? If it didn’t, cancel it for me.',
      'I removed my old card from the account, just checking it went through - and swap order 90211 over to my new card too.',
      'I don’t want a refund for the whole order, just for the broken lamp (£24.99).',
      'I’d rather order 22112 didn’t ship at all.',
      'Which address is order 31230 going to?? It must go to 7 Elm Road not my old flat!!',
      'After all the delays with order 99120, is there any reason I shouldn’t get my money back?',
    ]);
    expectNoRequest([
      'I’d rather they didn’t send order 62411 by DPD, but if that’s the only courier fine - which courier do you use?',
      'Can I leave a review of the Trail Club before it renews? I never used the plan’s discount but the events are great.',
      'My membership card got lost on the trail. Is my membership number on order 73546’s invoice?',
      'I’m worried I’ll lose my money if you go bust before order 84657 ships. Are deposits protected?',
      'I nearly backed out of the order (31879) but glad I didn’t - when will it arrive?',
    ]);
  });

  it('reads checking that a refund we said we made went out as a look-up, unless it is doubted or something is asked', () => {
    expectNoRequest([
      'Your e-mail said the refund for order 7781 was processed on Friday. Has it actually gone out yet?',
      'You approved my refund last week (ticket 5521), just checking it has been sent.',
    ]);
    expectRequests([
      'The refund for order 7781 was approved, but I was charged twice for the order. Has it gone out?',
      'The refund for order 7781 was approved on Friday, just checking it went out - please send it to my new card.',
    ]);
  });

  it('reads a gift the receiver already owns, money lost with its amount, a guessed double order, a stay away with another home given and money back as a noun', () => {
    expectRequests([
      'My nephew already owns the exact same stove, so the one in order 88213 is not needed. It hasn’t shipped, I think.',
      'The courier says it was left at the door but it never came. That’s 95 euros I’m out. Order 77120.',
      'I think I placed the order for the stove twice?? Two confirmations came, 5512 and 5513.',
      'We’ll be on holiday in Crete when order 6612 is due. My dad lives at 21 Mill Lane, Bath and can take it in.',
      'Stove arrived dented - refund for that one.',
      'the lamp on line 2 arrived smashed,\nmoney back for that one\n\nINVOICE\nInvoice no: 2026-0311\nTotal: 48.00',
      // a scene set by our acting on an order named is weighed up, not scene only
      'If you cancel order 5531 how much would I get back?',
    ]);
    expectNoRequest([
      'I think I ordered the right size for my son.',
      // the rules of an action named as a thing
      'Is the refund window for sale items the same?',
    ]);
  });

  it('reads what a third person or a card does, a change or a refund we made, a scene before a question and a document’s fields of things done as no request', () => {
    expectNoRequest([
      'My aunt wants to know who she is giving her card details to before she orders.',
      'Trying to figure out if my bank will charge me a conversion fee.',
      'You changed the delivery address on order 3310 yesterday - just checking it shows the new one now.',
      'Please log this credit note, the refund came through fine last week.',
      'when you get my parcel back how long till the money is on my card?',
      'Please file this credit note.\n\nCREDIT NOTE CN-118\nHarbor & Pine Ltd\nAmount refunded: €54.00',
      'Could you tell me which address order 90112 is going to? I want to check, not change anything.',
    ]);
    expectRequests([
      'Can she change the delivery address for order 4410?',
      'The refund came through but only half of it, please refund the rest.',
      'my refund came through, thanks, now please cancel my membership',
      'Please refund this.\n\nCREDIT NOTE CN-30412\nRefund issued: £128.00',
    ]);
  });

  it('reads a request after its condition, a new value given bare, a wrongly typed address corrected, and a question set in the abstract', () => {
    expectRequests([
      'Where is order 40233? Oh and if it has not gone out yet just ditch it, I bought one in town.',
      'if the parcel is still with you, please cancel it',
      'when the jacket is back in stock, scrap the other order',
      'New phone number is 07700 900 456, the old one is gone.',
      'new email: sam.tan@fastmail.com - use that one from now on',
      'I entered my postcode wrong, it should be BS6 5QT. Order 8820.',
      'Realised I put the flat number in wrong, its 12 not 21. Has it left yet?',
      'Hypothetically, could you cancel order 5521 for me?',
    ]);
    expectNoRequest([
      'If I cancel my order, do I get all the money back?',
      'Before it ships, could you tell me which address order 50017 is going to?',
      'Here is the refund receipt you emailed, can you read out the date on it?',
      'hypothetically, if I order something and change my mind, can an order still be cancelled?',
      'Quick question - if I send something back, how long until the money is on my card?',
      'New email address not arriving, can you resend the confirmation?',
    ]);
  });

  it('reads a wish for a delivery elsewhere or an order not to go, a membership hardly used, and a question announced before a colon', () => {
    expectRequests([
      'Order 7710 is for my sister. If it is not too late I’d love it to go straight to her flat at 9 Quay Road instead.',
      'We have moved to 3 Tay Street. It would be a big help if the tent could come there instead, order 5120.',
      'could the stove go to my office instead? Order 66120',
      'Order 3308 - the wedding is off, so if it has not been sent yet I’d rather it wasn’t.',
      'The Pine Club renewed again and took £35. I’ve barely used it this year, please sort it out.',
      'Is it even possible to get the money back for order HP-20931 if the tent hasn’t shipped yet?',
    ]);
    expectNoRequest([
      'can parcels go to a pickup point instead?',
      'Can I get the money back if an order hasn’t shipped yet?',
      'has my order 5521 left yet? if it hasn’t shipped, how long will it take?',
      'My order 4410 was meant to come to my work address, can you see who signed for it?',
      'Order 4410 was supposed to go to my office. Tracking says delivered - who signed?',
      'I moved last month and already set up forwarding with the post office, so please don’t change anything. Which address is on order 7731?',
      'please tell me from this bill how much I pay and what the date is: Invoice 2290, 14.02.2025, total 80 EUR',
      'Before I buy, I’d like to know: if I send something back, how long until the money is on my card?',
    ]);
  });

  it('reads money sent to the sender, a reimbursement asked, an order to be withdrawn, a payment to be disputed with the bank, and a request after a "+"', () => {
    expectRequests([
      'If it is simpler, just send me the money for the stove to my PayPal rather than repairing it.',
      'wire the refund to my account please, order 8812',
      'My return arrived a week ago. Please do the reimbursement now.',
      'We ask that purchase order no. 4410 be withdrawn, the event is off.',
      'Order 7761 was never delivered. If nobody answers by Monday I am disputing the payment with my bank.',
      'ticket 5520 status? + change email on acct to r.osei@proton.me',
      'The tent on order 3390 has not been dispatched yet, and I would rather not go ahead with it.',
    ]);
    expectNoRequest([
      'when will you send me the money?',
      'How long does a reimbursement usually take?',
      'Please log this invoice for my company reimbursement: Invoice 31-2207, total 139.00 EUR',
      'What would you charge to deliver an order of about £40 to the Highlands?',
      'Could I have an e-mail address to which I may send correspondence?',
    ]);
  });

  it('keeps the requests a review found this round’s readings swallowing, and the look-alikes it found them catching', () => {
    expectRequests([
      'Order 4410 - go ahead and cancel it, though I’d like to know: when does the next delivery slot open up?',
      'Give me back how much I paid for the delivery on 5521 - it came 4 days late, what’s the tracking now?',
      'Could you send me a refund receipt for order 5521? I returned it last month and haven’t had a penny back.',
      'We moved to 22 Rose Lane last month and set up forwarding for letters, but parcels aren’t forwarded. Order 33102 hasn’t shipped yet.',
      'Quick question, when you refund me for the broken lamp, will it go back to my card? I’d like it today.',
      'Before it ships, please send it to 4 Oak Lane, which address is it going to now?',
      'Order 5521 is set to go to my old office at 1 Dock Rd, but I don’t work there anymore. Can you sort it?',
      'My company claim got rejected, so please refund order 4410 to my card instead.',
      'If it’s still in your warehouse, kill the order please. Ref 77812.',
      'How much did I pay for order 5521? Whatever it was, refund it, it never arrived.',
    ]);
    expectNoRequest([
      'When I cancelled last time, refund took nearly two weeks. Is it faster now?',
      'If you ask me, refunds are way quicker at your shop than elsewhere.',
      'New email from you said my parcel is delayed - is order 5512346 still coming this week?',
      'New phone is an iPhone 15 - is the case in order 7781234 the right one?',
      'I put my postcode in wrong on your website’s stock checker, its 42 not 24 km away?',
      'I’d prefer it didn’t come in plastic packaging, is that possible for order 55120?',
      'I’d rather it didn’t ship in two parts, can you tell me if it will?',
      'My membership renewed last week; I barely used the free delivery last year so I’m hoping to use it more. Do you deliver on Sundays?',
      'Can you send me the difference in size between the M and the L?',
      'Could you send us the amount due on invoice 4410 so our finance team can pay it?',
      'this heat is killing me, where is order 5521?',
    ]);
  });

  it('reads a card on file expired in other languages, and no request in a doing a verb names or credit asked about', () => {
    expectRequests(
      [
        'la tarjeta que tengo guardada en mi cuenta ha caducado, ¿me la podéis cambiar?',
        'Meine Karte ist abgelaufen, bitte die neue hinterlegen.',
      ],
      /in another language/,
    );
    expectRequests([
      'The store credit from my return is on the account. Could you use it against order 10442 instead?',
    ]);
    expectNoRequest([
      'My grandma doesn’t trust putting her card in online. What ways can she pay you?',
      'how much store credit does my dad have on his account?',
    ]);
  });

  it('reads contractions typed without their apostrophe and typos in the words its patterns read', () => {
    expectRequests([
      'hi, ordered the wrong size boots 20 min ago (order HP-55190). Id rather it didnt ship at all',
      'I wont be at that adrdess after Friday. Order 30-4418-22 hasnt shipped yet.',
      'I was chraged twice for order 5521, please sort it',
      'new addy 22 kings rd',
      'I was debited twice for the same order.',
    ]);
    expectNoRequest([
      'Id like to know how long delivery to Norway takes',
      'Whats your phone number?',
    ]);
    expect(withApostrophes('I dont think its left yet, Im away and theyre closed')).toBe(
      "I don't think its left yet, I'm away and they're closed",
    );
    // words of their own stay: "were", "well", "its", "id", "ill"
    expect(withApostrophes('we were well, its id was ill')).toBe('we were well, its id was ill');
    // a message typed with no sentence marks is read in sentences: a capitalised word after a
    // lowercase one opens one (a short text or one with any mark stays as it is)
    expect(
      unpunctuated(
        'What time do you shut on Saturdays Also could you knock the shipping off order 33480 it came late',
      ),
    ).toBe(
      'What time do you shut on Saturdays. Also could you knock the shipping off order 33480 it came late',
    );
    expect(unpunctuated('Where is it Also when')).toBe('Where is it Also when');
    // a turn to another matter, and a condition before its request, open sentences too
    expect(
      unpunctuated('how do the points work on the club card nvm just close it for me thanks a lot'),
    ).toBe('how do the points work on the club card. nvm just close it for me thanks a lot');
    expect(
      unpunctuated(
        'where is parcel 88120 its been a week now if it hasnt left yet just cancel it ok',
      ),
    ).toBe('where is parcel 88120 its been a week now. if it hasnt left yet, just cancel it ok');
    expect(unpunctuated('Where is order 5521? Also, my hours question Please help me now ok')).toBe(
      'Where is order 5521? Also, my hours question Please help me now ok',
    );
  });

  it('keeps the requests a second review found the robustness changes swallowing, and the look-alikes it found them catching', () => {
    expectRequests([
      'Would you mind deleting my account?',
      'Order 40412: do you mind deleting my old address from the account and also could you tell me if it has shipped?',
    ]);
    // (a story of one's own order with nothing asked: left for a person)
    expectRequests(
      [
        'awsome service usually, but this time I paid for next day and it took a week. Order 4410, 9.99 for delivery.',
      ],
      /./,
    );
    expectRequests(
      ['Meine Kreditkarte ist abgelaufen, bitte die neue hinterlegen.'],
      /in another language/,
    );
    expectNoRequest([
      'Ma carte cadeau a expiré, est-ce que je peux encore l’utiliser ?',
      'Mi tarjeta regalo ha caducado, ¿todavía sirve?',
      'La carta fedeltà è scaduta?',
      'what does Refund Pending mean on my order page it has said that for two days now is that normal',
      'got a text saying Cancel Your Order Now with a link to click is this a scam or really from you',
    ]);
  });

  it('reads "can I cancel the order?" of this one, a double payment told at length, and no request in a status asked of a matter raised before', () => {
    expectRequests([
      'Bought a tent as a present, her brother already got her one. Site says processing. Can I just not go ahead with it?',
      'Can I cancel the order? It has not shipped.',
      'My bank app shows two payments of €189.90 to Harbor & Pine this morning for the same tent. Please sort out the second one.',
      'I wrote to you last week about being charged twice. Please refund it now.',
    ]);
    expectNoRequest([
      'Can I cancel an order?',
      'Hi, I wrote to you last week about being charged twice, ticket #4482. Any news? Just want to know where it stands.',
      'I moved last month - can you tell me which address order #H52019 is set to go to? Don’t change anything, I just want to check.',
      'Not about a specific order, just planning: if I send something back, how many days until I see the money again?',
    ]);
  });

  it('reads a request after a spaced dash, money asked back as a favour, a move said "finally", and no request in a gift or feedback given or a question set as curiosity', () => {
    expectRequests([
      'Parcel 40021 is still at your depot I think - could it go to 9 Mill Street, Bath instead?',
      'The second jacket went back last week. Could the 89 for it come back to my card please?',
      'can the money go back onto my PayPal',
      "We've finally moved! Order 30087 should come to Flat 2, 18 Park Row now.",
    ]);
    expectNoRequest([
      'I would like to give feedback about an email your support team sent me.',
      "It's for my nephew, I don't want to give him a present that costs his parents money at customs. Who pays duties to Norway?",
      "I'm curious how it works: if I return something bought with a gift card, does the money go back on the card?",
    ]);
  });

  it('reads requests in other languages beside an address that makes a letter look like a document, undoing a purchase, money booked back or to an account given, points moved, and being no longer at an address', () => {
    expectRequests(
      [
        'Guten Tag,\nwir sind umgezogen. Bitte schicken Sie Bestellung 44120 an meine neue Adresse:\nAm Stadtpark 3\n50667 Köln\n\nViele Grüße\nTom Berger',
        'Hej, jag vill ångra mitt köp av jackan, order 66120. Tack!',
        'Ik zie een afschrijving van 54,90 die ik niet ken, kunnen jullie die terugboeken?',
        'Die Erstattung für Bestellung 5521 bitte auf dieses Konto überweisen: DE12 5001 0517 0648 4898 90',
        'Proszę o przeniesienie moich punktów na konto męża.',
        'Olá, quero apagar a minha conta, obrigado.',
        'Me he cambiado de correo, el nuevo es luis.p@example.es',
        'Hej, jeg har fået nyt mobilnummer: 40 11 22 33.',
        'Hei, haluaisin lopettaa jäsenyyteni.',
        'Ich bitte um Rückbuchung der Belastung vom 3. März.',
        '¿Se puede cambiar la dirección de entrega de mi pedido 55120?',
        // (typed with a slip: two letters swapped, or one too many)
        'Bitte storineren Sie meine Bestellung 40219.',
        'Remobursez-moi la commande 7781 svp',
        'Graag het bedrag terubgoeken.',
        'vorrei annnullare il mio ordine',
        'Se non è ancora partito annullatelo, grazie.',
        'Proszę o zmianę numeru telefonu na 601 222 913.',
        'Kan ni föra över saldot till min systers konto?',
        'Quero alterar o e-mail da minha conta.',
        'Bonjour, merci de rembourser cette facture :\nHARBOR & PINE\nFacture 55120\nDate : 02/05/2024\nVeste  149,00 EUR\nTotal 149,00 EUR',
        'Hola, quiero la devolución de este ticket:\nHARBOR & PINE\nTicket 55120\nFecha: 02/05/2024\nTotal 149,00 EUR',
        'Voisitteko siirtää saldon toiselle tilille?',
        'Mi hermano se acaba de mudar, ¿podéis mandarlo a la calle Mayor 3?',
      ],
      /in another language/,
    );
    expectNoRequest([
      '¿Se puede cambiar la dirección de entrega después de hacer el pedido?',
      'Wie lange dauert es, bis eine Rückerstattung auf dem Konto ist?',
      'Bitte senden Sie mir den Katalog, danke.',
      'Quisiera saber el horraio de la tienda.',
      // (a slip that only steps out of an exception is none)
      'Ma carte cadeau a expiré, est-ce que je peux encore l’utiliser ?',
    ]);
    expectRequests([
      "We're no longer at 4 Elm Close. Order 22810 hasn't shipped yet.",
      'Paid it already by bank transfer, but you took it by card too.',
    ]);
    expectNoRequest(['I paid with PayPal and you confirmed it too, thanks']);
    expectNoRequest([
      'Rechnung Nr. 2291\nDatum: 03.02.2025\nBitte überweisen Sie den Betrag auf unser Konto.\nIBAN DE12 5001 0517 0648 4898 90\nSumme 120,00 EUR',
      'Hypothetically, if a card was charged twice, how long would the second charge take to come back?',
    ]);
  });

  it('reads a slip in a word of another language that only a reading without accents or a pair of words takes in, but not in a short word', () => {
    expectRequests(
      [
        // (without accents: "desinscrivez", "zruste")
        'Desincsrivez-moi de la newsletter svp',
        'Zrsute prosim objednavku 44718, uz ji nechci.',
        // (a pair: a newsletter and leaving it, credit and moving it, a detail and changing it)
        'Haal mij uit de nieuwsbrief, het worden er te veel.',
        'Nehmt mich bitte aus dem Newseltter raus.',
        'Kunnen jullie mijn tegoed overeztten naar mijn broer?',
        'Kan dere endre mobilunmmeret mitt til 913 22 456?',
      ],
      /in another language/,
    );
    expectNoRequest([
      // ("andere" is one slip from a word of changing: a short word is not tried in a pair)
      'Gibt es eine andere Nummer oder eine E-Mail-Adresse, über die man euch schneller erreicht?',
      'Wo finde ich den Newsletter von letzter Woche?',
    ]);
  });

  it('reads requests in Romanian, Hungarian, Turkish and Greek, and requests left implied: an order to stay with us, data out of the systems, a charge not to come again, a refund promised, credit for someone else', () => {
    expectRequests(
      [
        'Vă rog să anulați comanda 55102, nu mai am nevoie de ea.',
        'Bună, aș vrea să-mi returnați banii pentru geaca defectă.',
        'Kérem, mondják le a 66120-as rendelésemet.',
        'A csomagot a munkahelyemre kérem szállítani az otthoni címem helyett.',
        'Merhaba, telefon numaramı değiştirmek istiyorum: 0532 111 22 33.',
        'Paramı geri istiyorum, ürün hasarlı geldi.',
        'Geia sas, thelw na akyrwsw tin paraggelia 30118.',
        'Καλησπέρα, θέλω ακύρωση της παραγγελίας 30118.',
        'Ne pas garder la commande 4471 me va mieux, pas la peine de l’expédier.',
        'Potete togliere tutti i miei dati dai vostri archivi?',
      ],
      /in another language/,
    );
    expectRequests([
      'Changed my plans, so order 7781 can just stay with you.',
      'Could you remove all my information from your database, thanks.',
      'The monthly subscription must not be renewed again.',
      'You promised a refund on the phone. Please go ahead and issue it.',
      'My nephew should get my remaining store credit, he shops here more.',
    ]);
    expectNoRequest([
      // (a question of whether it was done already, in Hungarian; thanks for credit given)
      'Kiküldték már a visszatérítést a 4410-es rendelésre?',
      'My nephew got my remaining store credit last week, thanks so much!',
      'In May I asked you to remove all my information from your database, and you did.',
      'Does the order stay with you until the payment clears?',
    ]);
  });

  it('reads nobody home in more languages, a question with Italian or Spanish "al", and no request in a change asked before by e-mail and only confirmed', () => {
    expectRequests(
      [
        'Toimittakaa paketti naapurille, kotona ei ole ketään koko viikkona.',
        'Przez dwa tygodnie nikogo nie będzie w domu, proszę dostarczyć zamówienie do pracy.',
        // ("al" is "to the" here, not Dutch "already")
        'Nessuno a casa fino a lunedì: potete consegnare al mio ufficio in via Roma 12?',
        '¿Podéis mandar el pedido 44120 al piso de mi madre? Me he ido a vivir allí.',
      ],
      /in another language/,
    );
    expectNoRequest(['Is het geld voor bestelling 5521 al teruggestort?']);
    expect(
      new SafetyFloor().onlyConfirms(
        'I e-mailed on Friday asking you to change the address on order 55102. Has it gone through?',
      ),
    ).toBe(true);
  });

  it('keeps a request asked with a word that is a status or condition word only in another language ("ya que", Czech "já", "mal estado", Czech reflexive "se", "in questo caso", Polish "tak", "je n\'arrive pas", "vraag om", "kun je de")', () => {
    expectRequests(
      [
        '¿Podéis reembolsarme el pedido 5521, ya que el producto llegó roto?',
        'Mám problém, já bych potřeboval zrušit objednávku 4471, můžete?',
        'El producto llegó en mal estado, ¿me podéis hacer un reembolso?',
        'Mi è stato addebitato due volte l’importo, potete rimborsarmi?',
        'Pouvez-vous annuler ma commande 5521 parce que mon adresse a changé ?',
        'Rozhodl jsem se zrušit objednávku 4471, můžete to udělat?',
        'In questo caso potete rimborsarmi l’ordine 4471?',
        'Zasilka dorazila poskozena, tak prosim zruste objednavku a vratte penize.',
        'Bonjour, je n’arrive pas à supprimer mon compte moi-même, supprimez-le s’il vous plaît.',
        'Ik vraag om terugbetaling van mijn bestelling 4471.',
        'Kun je de bestelling annuleren? Ik heb me vergist.',
        'Das Paket habe ich schon zurückgeschickt, können Sie mir jetzt das Geld erstatten?',
        // (a Spanish verb with its pronoun; whether it can be done, of the sender's own order)
        'Hice el pedido 4471 por error, ¿podéis cancelarlo?',
        'Est-il possible d’annuler ma commande 55123 ?',
      ],
      /in another language/,
    );
    expectNoRequest([
      'Ist die Erstattung für Bestellung 5521 schon überwiesen?',
      'Os pontos do Trail Club expiram se eu cancelar a minha adesão?',
      'Kan je een bestelling nog annuleren als hij al onderweg is? Gewoon een algemene vraag.',
      '¿El reembolso del pedido 5521 ya se ha hecho?',
      'Is het mogelijk om een bestelling te annuleren?',
    ]);
  });

  it('reads no request in words that look like another language\'s request stems ("for over", "resilient", Dutch "kundig", "ringt to ganger", "pas … verlopen", "zwrócić uwagę", "Artikelnummer", "merci de votre retour", an account that no longer opens, delivery to my home, a shoe’s number)', () => {
    expectNoRequest([
      'I’ve been a happy customer for over ten years, keep up the good work.',
      'Is this backpack resilient enough for heavy rain?',
      'De medewerker aan de telefoon was erg vriendelijk en kundig, top service!',
      'Jeg har ringt to ganger uten svar, når kommer pakken?',
      'De levering was pas gisteren en is prima verlopen.',
      'Chciałbym zwrócić uwagę, że wasza strona nie działa na telefonie.',
      'Gibt es eine neue Artikelnummer für das Modell in Blau?',
      'Merci de votre retour, le remboursement a-t-il été effectué ?',
      'Mein Konto lässt sich seit gestern nicht mehr öffnen, was kann ich tun?',
      'Quels sont les délais de livraison à mon domicile en Belgique ?',
      'Mon compte affiche plus de points que prévu, c’est normal ?',
      '¿Puedo cambiar el número de las zapatillas? Me quedan pequeñas.',
      'Posso cambiare il numero delle scarpe? Mi stanno strette.',
    ]);
    expectRequests(
      [
        'Kan ni föra över saldot till min systers konto?',
        'Ich kündige hiermit meine Mitgliedschaft.',
        'Jeg er blevet trukket to gange for ordren 55120.',
        'Mijn bankpas is verlopen, kunnen jullie de nieuwe koppelen?',
        'Proszę zwrócić mi pieniądze za zamówienie 5521.',
        'Ich möchte nicht, dass mein Konto und meine Daten noch gespeichert werden.',
        'Pouvez-vous livrer à ma sœur ?',
        'Vorrei cambiare il numero di telefono sul mio account.',
      ],
      /in another language/,
    );
  });

  it('reads money to be credited back in Spanish, a card on file expired in Portuguese, a move told after another thing done or as where the customer is from now on, and a letter with a signature as no document', () => {
    expectRequests(
      [
        'No quiero otra, prefiero que me abonen los 349 € en la tarjeta.',
        'Abónenme el importe del pedido 4471, por favor.',
        'O cartão associado à minha conta expirou. Podem substituí-lo pelo novo?',
      ],
      /in another language/,
    );
    expectRequests(
      [
        'We finally sold the flat and moved out on Saturday. Order 58127 is still set to go to the old place.',
        'From now on we’re at Meersstraat 112, 9000 Gent. That’s where the parcel for order 58127 should come.',
        // a letter of four lines, two with a figure and one opening with a label, is no document
        'Quick bit of background: we finally sold the flat in Ghent and moved out on Saturday, and order 58127 is still set to go to the old place.\n\nAlso, is the Down 600 bag OK for an unheated room?\n\nMany thanks,\nLotte',
      ],
      /change where it is delivered/,
    );
    expectNoRequest([
      'We sold our old tent and moved on to a lighter one, is the Zephyr 2 in stock?',
      'Como posso pagar com um cartão de oferta?',
      'Mi abono del gimnasio venció, pero eso no tiene nada que ver: ¿cuánto pesa la tienda Alpen 2?',
    ]);
    expect(
      documentParts(
        'Quick bit of background: we sold the flat and moved out, which was chaos as you can imagine.\nAlso, is the Down 600 bag OK?\nMany thanks,\nLotte',
      ),
    ).toBeUndefined();
  });

  it('reads requests in Slovak, Croatian, Slovenian, Lithuanian, Latvian, Estonian and more Greek and Polish, and no request in their status questions or a question asked in general', () => {
    expectRequests(
      [
        'Batoh prišiel roztrhnutý. Chcem peniaze späť na kartu, výmenu nechcem.',
        'Prosím, zmeňte mi adresu doručenia na Hlavná 12, Košice.',
        'Molim vas, vratite mi novac za jaknu, narudžba 4410.',
        'Otkažite moju narudžbu 5521, ne trebam je više.',
        'Prosim, vrnite mi denar za šotor, naročilo 7781.',
        'Prašau grąžinti pinigus už batus, užsakymas 3302.',
        'Lūdzu, pārskaitiet manu veikala kredītu uz mana brāļa kontu.',
        'Palun tühistage minu tellimus 8812.',
        'Θα ήθελα να αλλάξω το e-mail του λογαριασμού μου.',
        'Proszę o zwrot podwójnie pobranej kwoty na kartę.',
        // the object before the verb in Dutch, a double charge with a figure and "me devolváis"
        'Graag dat jullie mijn profiel en al mijn gegevens verwijderen, alvast bedankt.',
        'Me habéis cobrado 2 veces el pedido 55120, quiero que me devolváis uno.',
        // an invoice to be made out again to another name
        'Die Rechnung bitte auf unsere Firma umschreiben und neu ausstellen, danke.',
      ],
      /in another language/,
    );
    expectNoRequest([
      'Je li povrat novca za narudžbu 3321 već poslan?',
      'Už ste mi vrátili peniaze za objednávku 5120?',
      'Czy zwrot pieniędzy za zamówienie 6120 został już wysłany?',
      'Můžu změnit doručovací adresu po odeslání objednávky? Jen obecně se ptám.',
      'Kann man eine Bestellung nach dem Versand noch stornieren? Nur eine allgemeine Frage.',
      // a Scandinavian or Finnish status question, and an Italian return of goods already made
      'Har återbetalningen för order 55120 betalats ut än?',
      'Er tilbakebetalingen for ordre 44120 overført?',
      'Onko palautuksen 30210 hyvitys jo maksettu tililleni?',
      'Ho restituito la giacca la settimana scorsa: il rimborso per l’ordine 77102 è già partito?',
    ]);
    expectRequests(
      [
        'Jeg har jo betalt to ganger for ordre 55120, send pengene tilbake!',
        'Mi avete restituito solo metà dell’importo per l’ordine 77102, rivoglio il resto.',
      ],
      /in another language/,
    );
  });

  it('round 15: an invoice made out again to a company is a request, a copy of it or a question about it in general is not; "update me on" asks nothing', () => {
    expectRequests(
      [
        'Please re-issue invoice INV-4410 to Brookfield Canoe Club, our club pays for the gear.',
        'Receipt 88120 should be under our company name, Lumen Design BV, not mine.',
      ],
      /invoice made out again/,
    );
    expectNoRequest([
      'Could you re-issue invoice INV-2231? I lost the e-mail.',
      'Is the invoice for order 55120 made out to me or to my husband?',
      'Can I get invoices in my company’s name when I order?',
      'Please update me on order 30118 when you can.',
      'Mijn zus zei dat ze het saldo van haar cadeaukaart over naar mij zet, kan dat?',
    ]);
  });

  it('reads "can you … an order once …?" with nothing of the sender\'s as a general question, and the same asked of one\'s own as a request', () => {
    expectNoRequest([
      'Can you cancel an order after it has shipped?',
      'Do you refund an item if the tags were cut off?',
      'Could you still change a delivery address once the parcel is with the courier?',
    ]);
    expectRequests([
      'Can you cancel my order 5521 before it ships?',
      'Can you cancel an order for me if it has not shipped?',
      'Can you cancel an order I placed an hour ago before it ships?',
      'Can you refund it if the tags were cut off?',
    ]);
  });

  it('reads a very long text in bounded time', () => {
    const long = (s: string) => s.repeat(Math.ceil(100_000 / s.length)).slice(0, 100_000);
    for (const text of [
      long('off the one '),
      long('sent to '),
      'I want ' + long('changed '),
      // one word of 100,000 letters, and a phrase that each check starts on
      long('a'),
      long('paid 1 '),
      long('x has been '),
      long('cancel trip '),
      long('I do not want a '),
      long('pay it all at once in one go '),
      long('I cancelled it, did it go through? '),
      long('not '),
      long('a refund for the '),
      long('I’m out £1 '),
      long('my sister lives at 1 Elm Road '),
      long('the refund came '),
      long('not change '),
      'paid ' + long('paid issued '),
      'once ' + long('you get it back '),
      'We are short ' + long('1,2,3,'),
      'I’m out ' + long('12.50,13.75,'),
      long('? abc '),
      long('wrong address should be 1 Elm St '),
      long('expect the full '),
      long('size up '),
      long('just asking for '),
      long('\nnot yet refunded: 5'),
      long('kriege ich das '),
      long('the code did not '),
      long('stop it before '),
      long('if it is not sent '),
      'general question - ' + long('if i '),
      long('I typed my address '),
      long('its 1 not '),
      long("I'd like to know ") + '?',
      // the seventeenth round's readings of another language: an order, an e-mail address, a
      // polite question, money to a card
      long('zamówienie HP-12345 a@b.cz '),
      long('Könnten Sie HP-55120 '),
      long('pénzt nem a '),
      long('Bestellung HP-12345 wurde '),
      long('it would be great if '),
      long("I'd rather it "),
      long('how much do i '),
      long('go straight to '),
      long('send me the '),
      long('disputing the payment with '),
      long('what would you charge '),
      long('status? + '),
      long('I wrote to you about ') + ' any news?',
      // (words far longer than any a pattern reads: no quadratic look-up of their prefixes)
      Array.from({ length: 7 }, () => 'q'.repeat(14_000)).join(' '),
      long('told me that it was '),
      long('nobody will be at home can anything be done '),
      long('nothing has come back 1.00 '),
      long('the postcode says 1 but '),
      long('I should not have to pay for '),
      'order' + ' '.repeat(99_990) + 'x',
      // distinct sentences, each read (the same sentence repeated is read once)
      Array.from({ length: 6_000 }, (_, i) => `Item ${i} is nice.`).join(' '),
    ]) {
      const start = performance.now();
      sut.check(text);
      // an order of magnitude, not a speed: a pattern quadratic in 100,000 characters takes
      // minutes, a linear one well under a second on a loaded 2-core runner
      expect(performance.now() - start).toBeLessThan(5_000);
    }
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
    // a question after a statement on the same line addresses us too
    expect(
      documentParts(
        'Order: 1044\nDate: 2025-03-03\nTotal: 40 EUR\nItems: 2\nit is the 11th now. where is it??',
      ),
    ).toMatchObject({ sender: 'it is the 11th now. where is it??' });
    // text-speak addresses us too
    expect(
      documentParts('Order: 1044\nDate: 2025-03-03\nTotal: 40 EUR\nItems: 2\ncan u check this one'),
    ).toMatchObject({ sender: 'can u check this one' });
  });
});

describe(inlineDocumentParts.name, () => {
  it("reads the sender's words around a document run together on a line, without its figures", () => {
    expect(
      inlineDocumentParts(
        'welche Artikel sind das? Rechnung RE-2025-3310, Datum 2025-07-14, 2 x Becher 9,90 EUR, Summe 19,80 EUR',
      ),
    ).toEqual({
      sender: 'welche Artikel sind das?',
      block: 'Rechnung RE-2025-3310 Datum 2025-07-14 2 x Becher 9,90 EUR Summe 19,80 EUR',
    });
    // (words run on after the last amount are the sender's, and so is a sentence between fields)
    expect(
      inlineDocumentParts(
        'Rechnung RE-2025-3310 / 2 x Becher 9,90 EUR / einer kam leider zerbrochen an / Summe 19,80 EUR bitte erstatten',
      )?.sender,
    ).toBe('einer kam leider zerbrochen an bitte erstatten');
    // (a message with a number or two is no document)
    expect(inlineDocumentParts('Order HP-120334 from 2025-03-02 has not arrived.')).toBeUndefined();
    // (nor a document of lines, which documentParts reads)
    expect(
      inlineDocumentParts('Order: 1044\nDate: 2025-03-03\nTotal: 40.00 EUR\nItems: 2 x mug'),
    ).toBeUndefined();
  });
});

describe(`${SafetyFloor.name}: round 14 review`, () => {
  const sut = new SafetyFloor();

  it('reads thanks with more asked beside the deed as more than thanks, and a deed thanked for asked again', () => {
    for (const text of [
      'Thanks for nothing, you kept 64 euros for a stove I sent back in May.',
      'Thank you for the refund of 25 €. The lantern cost 59 €.',
      'Thanks for the fast reply, just cancel the whole thing then.',
      'Cheers for confirming the credit. Put it on my partner’s card, the Mastercard ending 7710.',
      'Many thanks for fixing my e-mail. Mobile is now 0049 160 998 2231.',
      'Thank you for updating the address, the second box goes to my office at 9 Quarry Road.',
      'Thanks, saw the notification - go ahead and refund it to my bank.',
      'Thanks for changing the name on the account. The delivery slot needs moving to Friday.',
    ])
      expect([text, sut.onlyThanks(text)]).toEqual([text, false]);
    for (const text of [
      'Thank you for cancelling the rain cover so quickly - the e-mail came this morning. Lovely service!',
      'Thanks, got the confirmation that my phone number is updated. Have a good week.',
    ])
      expect([text, sut.onlyThanks(text)]).toEqual([text, true]);
    expectRequests(
      [
        'Thanks for refunding the lantern, I would love the same for the stove that broke.',
        'Thank you for cancelling order 31876 so fast, please do the same with 31877.',
        'Thanks for the quick credit on the boots, same for the gaiters please.',
      ],
      /deed done again/,
    );
    expectNoRequest([
      'Thanks for the quick refund. Same for everyone at our club: happy customers.',
    ]);
  });

  it('reads being "now at" a place as a move only with an address, "abonar" as paying, a Portuguese card of something else, and a value typed into a quoted or other tool as no request', () => {
    expectNoRequest([
      'We are now at the stage where we only want to know where order 62118 has got to.',
      'From now on we are in the Dolomites for a month, has order 62118 shipped yet?',
      '¿Puedo abonar el importe con tarjeta al recoger el pedido 3318 en tienda?',
      'Cuando me abonen el sueldo pediré el saco Alpen, ¿habrá stock?',
      'O meu cartão de sócio do clube de montanha expirou, o desconto ainda vale?',
      'O cartão de estudante caducou, ainda posso usar o código de estudante na encomenda?',
      "I typed my postcode wrong in the 'Nearest shop' tool, it should be 20095 not 20059, which one is closest to me?",
      'I typed my address wrong in the postcode box of your store map, should be 3 Kiln Road. Where is the nearest branch?',
    ]);
    expectRequests(
      [
        "We're now at 18 Copper Street, Bristol - order 62118 hasn't left yet.",
        'I typed my address wrong in the checkout form for order 62118, it should be 18 Copper Street.',
        'Prefiero que me abonen los 79 € en la tarjeta, pedido 3318.',
        'Podéis abonarme el importe del pedido 3318?',
        'O cartão de crédito da minha conta expirou, podem pôr o novo?',
      ],
      /./,
    );
  });

  it('reads a delivery address changed with words between in German, money to a new account in Dutch, and money returned in Finnish and Hungarian', () => {
    expectRequests(
      [
        'Bestellung 44812: könnt ihr die Lieferadresse bitte auf die Filiale in Graz ändern?',
        'Order 44812, kunnen jullie het geld op mijn andere rekening terugstorten?',
        'Tilaus 44812 - voitteko palauttaa rahani tililleni?',
        'A 44812-es rendelés árát vissza tudnák utalni a kártyámra?',
      ],
      /in another language/,
    );
  });

  it('reads the new patterns in bounded time', () => {
    const long = (s: string) => s.repeat(Math.ceil(100_000 / s.length)).slice(0, 100_000);
    for (const text of [
      long('thanks for refunding the '),
      'thanks for cancelling ' + long('the same for the '),
      long('we are now at '),
      long('from now on we are at '),
      long('I typed my address wrong in the '),
      long("in the 'x' "),
      long('me abonen '),
      long('abonar el '),
      long('cartão de '),
      long('Lieferadresse 1 '),
      long('vissza a '),
    ]) {
      const start = performance.now();
      sut.check(text);
      sut.onlyThanks(text);
      expect(performance.now() - start).toBeLessThan(5_000);
    }
  });
});
