import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Router, WorkflowRegistry, loadWorkflows } from '@switchyard/workflows';
import { routingReport } from '../../../../eval/metrics.mjs';
import { fixtures } from '../../../../eval/runner.mjs';
import { RouteModel } from './route-model.js';
import { RouteService } from './route.service.js';
import { SafetyFloor } from './safety-floor.js';

const root = join(import.meta.dirname, '../../../..');
const registry = new WorkflowRegistry(loadWorkflows(join(root, 'workflows')));
const deployed = (id: string): boolean => !!registry.latest(id);
const router = Router.load(join(root, 'workflows/routing.yaml'), deployed);

describe(RouteService.name, () => {
  const sut = new RouteService(
    router,
    undefined,
    undefined,
    RouteModel.fromRouter(router, deployed),
    new SafetyFloor(),
  );
  const route = (text: string) => sut.route('demo', { stepId: 's', text });
  /** Each text routed to `expected`, or (with `not`) elsewhere (the text named in a failure). */
  const expectRoutes = async (texts: string[], expected: string, not = false): Promise<void> => {
    for (const text of texts) {
      const got = [text, (await route(text)).route];
      if (not) expect(got).not.toEqual([text, expected]);
      else expect(got).toEqual([text, expected]);
    }
  };
  /** Each text routed to the route beside it. */
  const expectEach = async (cases: Array<[string, string]>): Promise<void> => {
    for (const [text, expected] of cases) await expectRoutes([text], expected);
  };

  it('routes the held-out split (never trained or tuned on) and sends every sensitive request to sensitive', async () => {
    const items = (fixtures(root) as { routingHeldout: Array<{ text: string; route: string }> })
      .routingHeldout;
    expect(items.length).toBeGreaterThanOrEqual(100);
    const cases = [];
    for (const item of items)
      cases.push({ text: item.text, expected: item.route, got: (await route(item.text)).route });
    const report = routingReport(cases);
    expect(report.sensitiveRecall).toBe(1);
    // issue 16: at least 95 % (96.4 % measured; the test split is reported, not asserted)
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a pasted document by the sender’s words around it, never dropping a request for approval', async () => {
    const receipt =
      'Order #1044 confirmed\nDate: 2025-03-03\nItems: tent 1 x 199 EUR\nShipping: 0.00 EUR\nTotal: 199 EUR';
    const invoice =
      'Lowland Supplies Ltd\nInvoice 88-2045\nDate: 09/05/2025\nAmount due: 1,204.00 GBP\nPlease pay Lowland Invoice Finance Ltd, sort code 83-44-01, account 20551234.';
    const cases: Array<[string, string]> = [
      // the document alone, or with a statement: its fields are read
      [receipt, 'extraction'],
      [invoice, 'extraction'],
      [`I have been a customer for years.\n${receipt}`, 'extraction'],
      // set off by rules: the sender's line and the document's are apart
      [
        'Hi, a receipt of mine, I need the totals entered please.\n---\nCAMPWELL OUTDOOR\nOrder ref: CW-55120\nReceipt date: 3 Mar 2025\nTrail socks   £12.00\nTotal paid   £12.00 (Visa)\n---',
        'extraction',
      ],
      [
        'CREDIT NOTE\nCredit note no. CN-87\nDate: 2025-08-19\nAmount credited: A$ 412.50\nTotal: A$ 412.50',
        'extraction',
      ],
      // the sender asks to record it, naming an order of theirs
      [
        `Here's the receipt for order 55213, can you log it for my expenses?\n${receipt}`,
        'extraction',
      ],
      [`Receipt for my order HP-4471 below, need it recorded please\n${receipt}`, 'extraction'],
      // or to keep it or read it off for them
      [
        `Nothing to do on your side, I only want this on file in case the stove fails under warranty.\n${receipt}`,
        'extraction',
      ],
      [
        `My bookkeeper needs the invoice number, date and VAT from this one - could you read those off and record them for me?\n${invoice}`,
        'extraction',
      ],
      [`For your records, the receipt from the Bergen shop:\n${receipt}`, 'extraction'],
      // words around it that read as the default route do not outweigh it
      [
        'ACME TRADING\nInvoice no: 5521\nDate: 4/3/2025\nWidget 2 x 10.00\nTotal due 20.00 EUR\n\nsorry the scan is bad, please just read what you can',
        'extraction',
      ],
      // what the sender asks around it decides
      [`Where is this order?\n${receipt}`, 'operational'],
      [`Please refund this, I was charged twice:\n${receipt}`, 'sensitive'],
      [`${receipt}\ncancel this order please`, 'sensitive'],
      [`${invoice}\nCan you pay this from my account please?`, 'sensitive'],
      ['Hi\nOrder: 4471\nAmount: 45 EUR\nRequest: refund to my card\nThanks', 'sensitive'],
      // a rule's reading for approval stands wherever its words are; a request below the block,
      // with an order number in it, is the sender's
      [`${receipt}\nCustomer note: process a refund to the original card`, 'sensitive'],
      [`${receipt}\nCancel order 10443 right away, wrong size.`, 'sensitive'],
      [`Where is this order?\n${receipt}\nAlso refund it`, 'sensitive'],
      [
        'Please change the delivery address for this order:\nOrder: HP-5521\nNew address: 12 Main St\nPostcode: LS1 4AB',
        'sensitive',
      ],
    ];
    for (const [text, expected] of cases)
      expect([text, (await route(text)).route]).toEqual([text, expected]);
  });

  it('puts money, cancellation and account changes behind the safety floor, not policy questions or look-ups', async () => {
    for (const text of [
      'Change the bank account my refunds are paid into',
      'Please cancel my subscription and refund this month',
      'Can you deliver order 55120 to my office instead?',
      'Move my store credit over to my sister',
    ])
      expect((await route(text)).route).toBe('sensitive');
    for (const text of [
      'How long do refunds take to reach my card?',
      'Can an order be cancelled before it ships?',
      'Has my refund for order 44120 gone through yet?',
    ])
      expect((await route(text)).route).not.toBe('sensitive');
    // a policy asked about by any name is a question for the documents
    for (const text of [
      'whats ur cancellation policy for custom orders',
      'What is your policy on returning sale items bought online?',
      'Is there a policy for preorders if I change my mind before they arrive?',
    ])
      expect((await route(text)).route).toBe('knowledge');
    // so is what a product weighs, holds or is made of, or how it fits, however terse
    await expectRoutes(
      [
        'packed weight of the ridge 3?',
        'whats the capacity of the 30l daypack in real life',
        'I’m 170 and 65 kilos, what size fleece',
        'battery life of the headlamp on high?',
        'comfort limit of the down bag',
        'my mum wants to know what fabric the scarf is',
      ],
      'knowledge',
    );
    // and a policy topic asked in the language of a country the shop ships to
    await expectRoutes(
      [
        'Combien de temps pour la livraison en Suisse ?',
        'Hoe lang heb ik om iets te retourneren?',
        'Quanto costa la spedizione in Austria?',
        // the rules of an action named as a thing ask for no action
        'refund window for sale stuff? havent bought yet',
      ],
      'knowledge',
    );
    // a receipt's own delivery line in that language makes no question of it, and a refund
    // asked in it still goes for approval
    await expectEach([
      [
        'Rechnung, bitte erfassen.\n\nRechnung Nr. 2025-118\nDatum: 03.03.2025\nJacke 1 x 120,00 €\nVersand 4,95 €\nGesamt 124,95 €',
        'extraction',
      ],
      [
        'pls put these in the books, cheers\n\nRECIBO 2025-0091\nFecha: 04/02/2025\nEnvío: 5,00 €\nTotal: 45,00 €',
        'extraction',
      ],
      [
        'Bitte stornieren Sie meine Bestellung 5512, wie lange dauert die Rückerstattung?',
        'sensitive',
      ],
      // what the sender says they do not ask for is not read as asked
      [
        'We are not cancelling anything, we only want to know when order 7712 ships.',
        'operational',
      ],
    ]);
    // an order of the sender's beside it is a look-up, and a change to it goes for approval
    expect((await route('Which size did I pick in order 55120? Can’t remember')).route).toBe(
      'operational',
    );
    expect((await route('Please change the size on order 55120 to a large')).route).toBe(
      'sensitive',
    );
  });

  it('keeps the requests a review found this round’s exemptions swallowing, and lets their look-alikes be', async () => {
    await expectRoutes(
      [
        'Don’t cancel anything except the stove, please.',
        'Do not refund anything to PayPal, it should go to my bank account.',
        'Which locker is parcel 4410 going to — can it go to the one at the station please',
        'You cancelled order 6612 on Friday, can you confirm? I was billed for it anyway.',
        'My refund came through yesterday minus the delivery fee you promised to cover.',
        'We’ll be in Italy the whole week order 7781 arrives. My brother lives at 9 Kings Road, Leeds LS2 9AB.',
        'the refund came through, half of it anyway. Order 6620.',
        'The jacket is nothing like described, I’m sending it back and expect the full amount.',
        'parcel never turned up, can I have my money?',
        'Return form below, please action it:\nRETURN FORM\nOrder: 7712\nAmount to be refunded: £45.00',
        'wrong address on this one\nORDER CONFIRMATION #5512\nDeliver to: 4 Elm St, Leeds\nTotal: £89.00\nshould be 14 Elm St',
        'Can I size up on my order before it ships? The M is too small.',
        'Writing for my dad: he is changing his delivery address to 4 New St for order 5512.',
        'The boots from order 44120 leak. Not happy.',
        'Paket kam nie an, kriege ich das Geld wieder?',
        'La commande 5512 doit aller au bureau, pas à la maison.',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'I believe I’ve ordered from you twice now, do you ship to Norway?',
        'I guess I bought the same tent twice over the years, are spare poles sold?',
        'I’ll be on holiday when order 3391 comes; my neighbour lives at 12 Park Lane and has a key, she’ll grab it off the step.',
        'Great news, refund for my order showed up this morning.',
        'I’m the executor for my late aunt. Could you tell me whether any orders are still open on her account?',
        'Just asking for future reference: if someone cancels an order before it ships, is there a fee?',
        'You changed the e-mail on my account yesterday, can you confirm it went through?',
      ],
      'sensitive',
      true,
    );
  });

  it('reads a discount that did not come off and an order to be stopped before it leaves; not paying someone else back, a refund had, a cancellation we said we made, or a tracking code', async () => {
    await expectRoutes(
      [
        'The promo code WINTER10 worked at checkout but never came off the total of order 51120. The 10% should come back to me.',
        'Writing for my mum, order 30412 is for walking boots but she’s just broken her ankle and won’t need them. Any chance you can stop it before it leaves?',
      ],
      'sensitive',
    );
    await expectEach([
      [
        'can you read this bill and tell me the total, my sister paid for it and I need to pay her back the right amount\n\nINVOICE 2291\nDate: 03/03/2025\nTotal: £45.00',
        'extraction',
      ],
      [
        'Got my refund today, thanks so much! Who should I e-mail to praise the staff?',
        'knowledge',
      ],
      [
        'Your colleague said on the phone that order 7731 was cancelled. Could you confirm it shows as cancelled? That’s all.',
        'operational',
      ],
      [
        'Please get the VAT and the total pulled out of this receipt for my expenses:\nRECEIPT 4410\nTotal: €89.00\nVAT: €15.45',
        'extraction',
      ],
      ['tracking 1Z84AA10456789012 - has it reached you yet?', 'operational'],
      ['Did you get my return? return ref RTN-7781', 'operational'],
      ['I’m in between sizes for the Alpine boot. Go 44 or 45?', 'knowledge'],
    ]);
  });

  it('reads a refusal to pay, a reversal, a chargeback weighed up, an order to be undone, nobody home, data not to be kept, people who dropped out, money not come back, an order placed without consent and a typo on an order', async () => {
    await expectRoutes(
      [
        'The lantern came cracked again. I should not have to pay for this.',
        'Please process a reversal of the payment taken for invoice 2025/118, the goods never arrived.',
        'Thinking of filing a chargeback with my credit card company over order 7720 - is that quicker?',
        'My husband ordered a second stove on our joint card by accident, order 55120. Can this be undone?',
        'We’ll be away from 3 to 17 August and the tent is due on the 9th. Nobody will be at home, can anything be done?',
        'I’m closing my account with you and I don’t want my address and card details kept on your servers.',
        'We booked 25 rain jackets for the school trip (order SCH-4410) but 6 pupils have dropped out. It still says processing.',
        'You confirmed my return arrived two weeks ago. My card still shows €89.90 taken and nothing has come back.',
        'My flatmate used my card to order a headlamp without asking. Order 66012 - has it shipped?',
        'Typo in order 30112: the house number says 41 but it’s 14. Not shipped yet I think.',
      ],
      'sensitive',
    );
    await expectEach([
      ['I’m between M and L in most brands, would the fleece in L be too baggy?', 'knowledge'],
      ['Nothing has come back from the survey you sent, is it still running?', 'knowledge'],
      ['There was nobody at home when the courier came, where is my parcel now?', 'operational'],
    ]);
  });

  it('routes a request wrapped in greetings, well-wishes and thanks as it routes the request', async () => {
    const items = (fixtures(root) as { routingHeldout: Array<{ text: string; route: string }> })
      .routingHeldout;
    let same = 0;
    for (const item of items) {
      const wrapped = `Hello, hope you are well. ${item.text} Thank you so much! Kind regards`;
      const [bare, polite] = [await route(item.text), await route(wrapped)];
      if (bare.route === polite.route) same++;
      if (item.route === 'sensitive') expect(polite.route).toBe('sensitive');
    }
    // before small talk was left out, politeness alone moved one request in six (to faq)
    expect(same / items.length).toBeGreaterThanOrEqual(0.97);
  });

  it('takes the approval path when one request of several asks for a sensitive action', async () => {
    // each went to faq or knowledge before sentences were checked on their own
    await expectRoutes(
      [
        'What time do you open on Saturday? Also, you charged my card twice, please sort that out.',
        'Is the Ridgeline jacket waterproof? Also I need the parcel sent to my work address, not home.',
        'How do I unsubscribe from the newsletter? Please also take my card details off the account.',
        // the same as an e-mail, with a sign-off and a phone number under it
        'Hello,\nWhat time do you open on Saturday?\nAlso, you charged my card twice, please sort that out.\nThanks,\nAnna Smith\n07700 900123',
        'Is the Ridgeline jacket waterproof? I’d like my account and everything in it wiped.',
      ],
      'sensitive',
    );
    // a statement about an account problem asks for no action by itself
    const text = 'I keep seeing an error when I sign in to my account. What should I do?';
    expect((await route(text)).route).not.toBe('sensitive');
    // nor a wish that names no money, order, account, payment or delivery data, whatever the
    // classifier makes of its "I want" on its own
    for (const harmless of [
      'Can you tell me if my sleeping bag has shipped? I want to be at home when it comes.',
      'When does the phone line close on Fridays? I would like to ring before the weekend.',
      'Who founded the company? I want to settle an argument with my dad.',
    ])
      expect([harmless, (await route(harmless)).route]).not.toEqual([harmless, 'sensitive']);
    // nor a change the customer made themselves, to be confirmed (whatever the classifier makes
    // of its words of change)
    const confirm =
      'I changed the delivery address on the website myself this morning. Can you confirm order 41207 shows the new one?';
    expect((await route(confirm)).route).toBe('operational');
    // …but a plea beside it, with small talk around, still is (a review's cases)
    for (const asked of [
      'Hi there, love the new catalogue. Quick one about your Sunday hours. Also please update my surname to Berg, I got married last month.',
      'Good morning. I was at your Leeds store on Saturday, staff were lovely. Please take me off the monthly box from now on.',
    ])
      expect([asked, (await route(asked)).route]).toEqual([asked, 'sensitive']);
    // nor is a sentence of a pasted document the sender's request
    const pasted = [
      'From: billing@northwind-print.example',
      'Subject: Invoice NP-2291',
      'Hello, attached is invoice NP-2291 dated 4 June 2025.',
      'Amount due: EUR 310.00. Payment within 14 days please.',
      'Northwind Print Ltd',
    ].join('\n');
    expect((await route(pasted)).route).toBe('extraction');
    // nor a quoted e-mail's line ("> Please drop the parcel …"): our words, quoted back
    const quoted =
      'FW: your return\n\n> Return R-5512 created. Please drop the parcel at a post office.\n\nposted it on friday, has it arrived yet?';
    expect((await route(quoted)).route).toBe('operational');
    // an order number in groups is an order's
    expect((await route('Where is order no. 310-4482? It was due on Friday.')).route).toBe(
      'operational',
    );
    // a return's number is a look-up like an order's
    expect((await route('Has my parcel come back to you yet? Return no. RMA-40211')).route).toBe(
      'operational',
    );
  });

  it('routes club and credit questions to the documents, account look-ups to the tools, and other languages’ order numbers in groups', async () => {
    await expectEach([
      ['Do loyalty points ever expire? Mine are two years old.', 'knowledge'],
      ['As a club member, what discounts am I entitled to?', 'knowledge'],
      ['How much store credit is left on my account?', 'operational'],
      ['Is my Trail Club membership still active?', 'operational'],
      ['Où en est ma commande n° 52-7719 ? Rien ne bouge.', 'operational'],
      ['Wer zahlt das Porto, wenn ich die Jacke zurückschicke?', 'knowledge'],
      ['Posso lavare il sacco a pelo in lavatrice?', 'knowledge'],
      [
        'Got this bill with the parcel, please register it in my account:\nInvoice 2290\nTotal £64.95',
        'extraction',
      ],
      [
        'Receipt from the Leeds shop, can you save the details for my warranty?\nReceipt 0098\nTotal £64.95',
        'extraction',
      ],
      [
        'please to register this bill in my account\nINVOICE\nNo: FR-2024-00771\nTotal 507,00 EUR',
        'extraction',
      ],
    ]);
    // a membership to end or credit to move still meets the safety floor
    await expectRoutes(
      [
        'My membership is still active but I want it ended now.',
        'Please move the credit on my account to my sister.',
      ],
      'sensitive',
    );
  });

  it('reads a request beside a question asked as an aside, and a question its context only leads up to', async () => {
    await expectRoutes(
      [
        'Could I move the store credit from my return to my sister? She has her own account. Also, what are your opening hours on Saturday?',
        'I have been a customer for years and usually love your stuff. Bought the sleeping bag on Monday for 189, today it is 149 on your site. Anything you can do about the difference?',
      ],
      'sensitive',
    );
    await expectEach([
      ['One of my poles snapped after two seasons. What does the warranty cover?', 'knowledge'],
      [
        'Where can I find your size guide? Also, what are your opening hours on Saturday?',
        'knowledge',
      ],
    ]);
  });

  it('routes look-ups by a parcel’s or order’s word in other languages, a claim’s letters apart from its digits, points and a card’s balance, and unpunctuated questions in other languages', async () => {
    await expectEach([
      ['wo ist mein paket 771204 schon eine woche unterwegs', 'operational'],
      ['mijn bestelnr 55810 is nog niet aangekomen', 'operational'],
      ['any news on claim r 4410 please', 'operational'],
      ['how many points have I collected so far, member TC-88120', 'operational'],
      ['voucher balance 6620 1187 2290 please', 'operational'],
      ['quale taglia mi consigliate per la giacca di solito porto la M', 'knowledge'],
      ['comment laver la veste dans la machine', 'knowledge'],
    ]);
    await expectEach([
      ['what is left on gift card GC-5510-2291?', 'operational'],
      ['how much credit do we still have left', 'operational'],
      ['Combien de points fidélité me reste-t-il ? Client 55012', 'operational'],
      ['Hoeveel tegoed staat er nog op mijn cadeaubon 8812 4410?', 'operational'],
      ['Hay un número de teléfono para llamar?', 'faq'],
      ['are you hiring for the summer season?', 'faq'],
      ['Hur lång är leveranstiden till Göteborg?', 'knowledge'],
      ['Come si fa la manutenzione di una giacca impermeabile?', 'knowledge'],
      ['hvordan vasker man en dunjakke, og hvad er returretten?', 'knowledge'],
      ['Hoeveel weegt de slaapzak?', 'knowledge'],
      ['Kuinka pitkä takuu teillä on?', 'knowledge'],
      ['gift card balance? code GC-7710-2291', 'operational'],
      ['Est-ce que mon retour n° RT-55120 est arrivé ?', 'operational'],
      ['Sendungsnummer 00340434161234567 hängt seit Tagen, wo ist das Paket?', 'operational'],
    ]);
    // a request left implied, or read by the classifier alone, beside a question asked as an
    // aside, and one typed without marks with a condition or a turn in it
    await expectRoutes(
      [
        "I'm moving abroad for good and won't order again, so none of my details need to stay with you. Also, what are your opening hours on Saturday?",
        'My bank shows 64.00 taken twice for the one order 22019, I only bought one tent. Also, do you ship to Norway?',
        'where is my order 71120 its been ten days with no tracking update if its stuck just cancel it please',
      ],
      'sensitive',
    );
    // (how points are earned is no look-up of one's own)
    await expectRoutes(['Wie viele Punkte gibt es pro Euro im Club?'], 'operational', true);
    // (a claim said with a year or an amount is no reference)
    await expectRoutes(['can I claim in 2025 for a broken zip'], 'operational', true);
  });

  it('round 12: details changed in other languages, look-ups of several orders, repairs and account details, quoted replies', async () => {
    // a customer's own details to be changed, the verb before or after them
    await expectRoutes(
      [
        'Könnten Sie bitte die Telefonnummer in meinem Profil auf 0171 5523901 ändern?',
        'Graag mijn e-mailadres in het account wijzigen naar j.devries@example.nl',
        'Potete aggiornare il numero di cellulare sul mio profilo? Quello nuovo è 347 1182290',
        'Por favor, borrad mi cuenta y mis datos, ya no compro aquí.',
        'Pouvez-vous mettre à jour mon adresse e-mail ? La nouvelle est p.martin@example.fr',
        'Vorrei trasferire i miei punti fedeltà a mio fratello, tessera TC-77120.',
        'The transfer you made went to our closed account. Please reissue the payment to the IBAN on our letterhead.',
      ],
      'sensitive',
    );
    // …and other words of such requests: a delivery sent elsewhere, a new card, compensation, a
    // double charge, an account closed, unsubscribing, data forgotten
    await expectRoutes(
      [
        'Das Paket 55120 bitte an eine andere Adresse schicken, ich bin die Woche bei meinen Eltern.',
        'Je voudrais enregistrer une nouvelle carte pour le prochain prélèvement du club.',
        'Ik wil een schadevergoeding voor de kapotte tent.',
        'Vorrei chiudere il mio account, grazie.',
        'Graag afmelden voor alle mails van jullie.',
        'Jag har blivit debiterad två gånger för samma jacka.',
      ],
      'sensitive',
    );
    // …typed without accents, said by two words anywhere in the text (a mailing list and leaving
    // it, points and moving them, a detail and changing it), or bank details given
    await expectRoutes(
      [
        'Merci de me desinscrire de toutes vos listes, je ne veux plus rien recevoir.',
        'Zruste mi prosim clenstvi v klubu.',
        'Ik wil geen nieuwsbrief meer ontvangen, haal me eraf.',
        'Ich habe 800 Punkte, könnt ihr die meinem Bruder überschreiben?',
        'Kan dere oppdatere navnet på kontoen min? Jeg heter Nilsen nå.',
        'Hyvitykset jatkossa tälle tilille: FI49 5000 9420 0287 30, kiitos.',
      ],
      'sensitive',
    );
    // (…but a question in another language about how such a matter stands, whom to contact about
    // it, how it goes in general or what happens if, and thanks for money that came, ask nothing)
    await expectRoutes(
      [
        'Wie ist der Stand meiner Kündigung vom Montag?',
        'Hvem kan jeg kontakte angående en annullering?',
        'Ile trwa zwrot pieniędzy za odesłany plecak?',
        'Que se passe-t-il avec mes points si je supprime mon compte ?',
        'Kiitos, hyvitys tuli tililleni tänään!',
      ],
      'sensitive',
      true,
    );
    // (…unless a plea is in it)
    await expectRoutes(
      ['Wie ist der Stand? Bitte stornieren Sie die Bestellung 55120.'],
      'sensitive',
    );
    // (…never read that way in English: "points" and "transfer" in a general question)
    await expectRoutes(
      ['Are points ever transferred over when the club year ends?'],
      'sensitive',
      true,
    );
    await expectEach([
      ['Hej, kan ni kolla min beställning 44180? Den har inte kommit.', 'operational'],
      ['Come procede la pratica n. RP-5519 per la garanzia della tenda?', 'operational'],
      ['Heb je mijn retourpakket R-40921 al binnen?', 'operational'],
      ['Qual é o meu saldo de pontos? N.º de cliente 551902', 'operational'],
      ['Kolik mám bodů na kartě?', 'operational'],
      ['Kann man eine Bestellung noch stornieren, wenn sie schon unterwegs ist?', 'knowledge'],
      ['¿Cuánto tarda el reembolso si pagué con tarjeta?', 'knowledge'],
      ['Hei, montako pistettä minulla on nyt? Jäsennumero TC-22019', 'operational'],
      ['¿Qué teléfono tengo guardado en mi perfil? Creo que es el antiguo.', 'operational'],
      ['could you check whether my account is under my work address?', 'operational'],
      ['What would import duty be on a tent sent to Oslo?', 'knowledge'],
      ['Verfallen die Punkte im Club irgendwann?', 'knowledge'],
      ["what's the fastest way to get hold of one of your staff", 'faq'],
      ['I placed two orders last week (61190 and 61214), will they ship together?', 'operational'],
      ['Hoe staat het met reparatie nr. R-2207? Het duurt al een maand.', 'operational'],
      ['what email address is registered on my account? I have a few and forgot', 'operational'],
      ['could you check if my club membership is still active? I renewed in May', 'operational'],
      [
        'my aunt gave me a voucher, can I use it together with a promo code from your newsletter?',
        'knowledge',
      ],
      ['Wie hoch ist die Wassersäule beim Zweipersonenzelt?', 'knowledge'],
      ['¿Tenéis tienda física en Sevilla?', 'faq'],
      ['can I wash the fleece in the machine or only by hand wash?', 'knowledge'],
    ]);
    // a mention that is no request: a question about one, not asked yet, nothing bought yet
    await expectRoutes(
      [
        "J'ai une question sur un remboursement, à quelle heure ouvre le service client ?",
        'Ik vraag nog geen terugbetaling, ik wil alleen weten of pakket 88120 terug is bij jullie.',
        'Est-ce que je peux annuler une commande le jour même ? Je n’ai pas encore commandé.',
        'if I send the boots back how long until the money is on my card? not doing it now, asking for the future',
      ],
      'sensitive',
      true,
    );
    await expectRoutes(
      [
        'Die Erstattung kam wirklich schnell, vielen Dank an alle!',
        'Ordering to Basel next month: do I pay Zoll when the parcel arrives?',
        'my order 66120 was split into two parcels, has the second one shipped yet?',
        'Can you give me the name and email of whoever handles complaints?',
      ],
      'sensitive',
      true,
    );
    // a change asked for already, only confirmed; which address an order goes to after a move;
    // whether a refund was made, asked in another language
    await expectEach([
      [
        'We asked you to cancel order 44120 on Monday. Did the cancellation actually go through?',
        'operational',
      ],
      [
        "We moved in March. Which address is order 30218 going to? Just want to make sure it's not the old one.",
        'operational',
      ],
      ['Bonjour, le remboursement de la commande 66120 a-t-il déjà été versé ?', 'operational'],
    ]);
    // (…but a new address given, or a plea beside the question, is a request)
    await expectRoutes(
      [
        'We moved in March, order 30218 should go to 14 Mill Lane, Leeds LS2 7QT. Which address is it going to now?',
        'Ist die Erstattung für 66120 schon überwiesen? Bitte erstatten Sie sonst auf mein neues Konto.',
      ],
      'sensitive',
    );
    // a question about how it would go, said in so many words not to be asked now; a double charge
    // or a duplicate order told as sorted out already
    await expectRoutes(
      [
        'If I ever cancel my club membership, do I keep the points? Not planning to do it right now.',
        'For future reference: can an order be cancelled once it has been packed? Not cancelling anything.',
        'Se eu cancelar a assinatura, perco o desconto? Por agora não vou cancelar nada.',
        'Thanks for sorting out the double charge last week! What are your hours on Sunday?',
        'I ordered the same stove twice by mistake in May and your team sorted it. How long is the returns window in general?',
      ],
      'sensitive',
      true,
    );
    // (…but a question that asks us to act, or a bare "just curious", is still a request)
    await expectRoutes(
      [
        'Hypothetically, for future reference, could you stop my membership before it renews?',
        'Just curious: can I cancel my club membership and get the fee back?',
        'Thanks for sorting out the double charge, but it happened again on order 55120.',
      ],
      'sensitive',
    );
    // (a refund arrived but doubted is still one to look at)
    await expectRoutes(['Die Rückerstattung kam, aber nur 40 € statt 80 €.'], 'sensitive');
    // a note above a pasted bill that the classifier alone, unsure, reads as a request
    await expectRoutes(
      [
        'can you get this into the books pls\n\nNordwind Logistik GmbH\nRechnung Nr. 2024-5518\nDatum: 03.09.2024\nNetto 1.200,00 EUR\nMwSt 19% 228,00 EUR\nGesamtbetrag 1.428,00 EUR',
      ],
      'extraction',
    );
    // a reply above a quoted message: the quote's order number is no look-up of the sender's
    await expectRoutes(
      [
        'Brilliant, all sorted now. Thanks a lot!\n\nOn Mon, 3 Mar 2025, Harbor & Pine wrote:\n> Hello Tom,\n> order 55102 was handed to the courier today.\n> Kind regards, Ines',
      ],
      'operational',
      true,
    );
  });

  it('round 14: thanks for something done is small talk, unless it asks, doubts, wishes or gives something more; look-ups by a number marked "nº" or "Nr." in any language', async () => {
    await expectRoutes(
      [
        'Thank you for cancelling my Trail Club membership so quickly, the confirmation e-mail came today.',
        'Thanks, got your e-mail that the new delivery address is saved. Have a good day!',
        'Many thanks for refunding the jacket - the money is back on my card. Will order again!',
      ],
      'faq',
    );
    await expectRoutes(
      [
        'Thanks for refunding the jacket. Could you also refund the boots from order 5521?',
        'Thanks for cancelling order 4471, but I was still charged for it.',
        'Thanks for updating my e-mail. The new IBAN for refunds is DE44 5001 0517 5407 3249 31.',
        'Thank you for changing the address. I would like the parcel to go to my office instead.',
        'got the e-mail that order 8812 shipped, but the address on it is wrong: it should be 14 Elm Street.',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'Wo bleibt mein Paket? Bestellnr 77192, seit 5 Tagen keine Bewegung.',
        'Qual é o ponto de situação do pedido de suporte nº 5120?',
        'Dobrý den, jaký je stav reklamace č. 57?',
        'Megérkezett már a csomagom? A rendelés száma 30112.',
        'Gdje je moja narudžba 77120? Čekam već tjedan dana.',
      ],
      'operational',
    );
    // the club's points, their expiry and care of a product, asked in Polish, Finnish, Swedish or
    // Estonian; a product's model number is no look-up
    await expectRoutes(
      [
        'Ist der Schlafsack Modell Nr. 5120 wasserdicht?',
        'Czy punkty klubowe wygasają po roku?',
        'Vanhenevatko Trail Clubin pisteet koskaan?',
        'Kuidas peaks villast mütsi hooldama?',
      ],
      'knowledge',
    );
    // thanks for something done is small talk whatever the classifier makes of its words of an
    // order; a receipt's own "Thank you for shopping" is the document's
    await expectRoutes(
      [
        'Thank you Marta for sorting out the mix-up with my order last week, the boots fit perfectly!',
      ],
      'faq',
    );
    await expectRoutes(
      [
        'RECEIPT\nHarbor & Pine, Leith store\n03/05/2025 11:02  Till 2\nRain shell M      119.00\nTOTAL             119.00\nVisa ****5521     119.00\nThank you for shopping with us!',
        'Here is the till receipt for my records, in case the warranty is ever needed:\nHarbor & Pine Leith\n03/05/2025\nRain shell M   119.00\nTOTAL   119.00\nVisa   119.00',
      ],
      'extraction',
    );
    // what is still on a gift card, asked as how much is on it
    await expectRoutes(
      [
        'Hello. I would like to know how much is still on my gift card, number GC-7720-1184-5521. Thanks in advance.',
      ],
      'operational',
    );
    // one quoted line below a message of the sender's own is ours, not what they ask about
    await expectRoutes(
      [
        "The driver tossed the box over our fence. Nothing broken and I don't need anything, just thought you should know.\n\n> Your order 44310 has been delivered.",
      ],
      'faq',
    );
  });

  it('round 15: an invoice to be made out again, colloquial money back and cancelling in other languages, "update me on", look-ups by a case or a gift card code, a pasted document to be read in another language', async () => {
    await expectRoutes(
      [
        // an invoice to be made out again to a company or another name
        'Could you redo the receipt for order 66120 in our business name, Hollow Oak Studio Ltd? Thanks.',
        'The bill for 44871 is made out to me personally but it should show my employer, Vexa GmbH.',
        'Per favore, la fattura del mio ultimo ordine 33104 va intestata alla mia ditta, Rossi Arredi srl.',
        'Podéis rehacer la factura 2211 a nombre de mi empresa? CIF B12345678.',
        'Kunnen jullie de factuur van bestelling 71209 op naam van ons bedrijf zetten?',
        // money or a difference back, said plainly
        'Hab die Jacke um 150 gekauft, jetzt kostet sie 120 — die Differenz hätt ich gern zurück.',
        'Me cobraron mal el envío del pedido 55410, quiero esos 6 euros de vuelta.',
        'Il y a deux prélèvements pour la commande 81220, merci de récupérer le second.',
        // an order stopped before it leaves, a membership no longer to be paid for
        'Pouvez-vous arrêter la commande 77301 avant que ça parte ? Je n’en ai plus besoin.',
        'Ya no uso el club, denme de baja por favor.',
        // data wiped, a delivery to another street, a wrong e-mail put right, credit moved
        'Wilt u mijn profiel en alle gegevens wissen? Ik stop ermee.',
        'Bestelling 90233: liever bezorgen op Molenweg 8 in Gouda, ik ben daar de hele week.',
        'Mi sono registrata con marco.bianchi@libro.example ma è sbagliata, me la correggete in marco.bianchi@libero.example?',
        'Zet het tegoed van cadeaukaart HP-4410-2290 alsjeblieft over naar het account van mijn broer.',
        // more of the same said plainly: a new address after its noun, a detail to stand instead of
        // the old one, the difference paid back, an invoice to be made out to a company, an order
        // held back, an account to disappear, a payment switched, a parcel to another street
        'Me mudé la semana pasada, el pedido 30419 a la dirección nueva por favor: Calle Sol 8, Málaga.',
        'Quiero que en mi cuenta quede el teléfono 612 445 901 en vez del antiguo.',
        'Lo compré a 80 y ahora cuesta 60, ¿me podéis devolver la diferencia? Pedido 22019.',
        'La facture de la commande 55102 est à mon nom, il faudrait la refaire au nom de Boulangerie Morel SARL.',
        'Fakturaen på ordre 44810 står på mit navn, men den skal være på firmaet. Send en ny faktura.',
        'Ik heb per ongeluk twee keer besteld, 60112 en 60113. Kunnen jullie de tweede nog tegenhouden?',
        'Ik wil dat mijn account helemaal verdwijnt, met al mijn gegevens.',
        'Ma commande 71120 attend le paiement, je voudrais passer de PayPal à ma carte Visa.',
        'Bestelling 55210: stuur het pakket liever naar Dorpsstraat 14, ik ben niet thuis.',
        'Jeg vil gjerne ha pengene tilbake for frakten på ordre 33120, den skulle vært gratis.',
        'la mia mail vecchia non la uso più, mettete questa al suo posto: luca.ferri@posta.example',
        'Vil dere flytte poengene på kontoen min over til broren min?',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        // asked to be told, not changed
        'Could you update me on my repair, order 30118? It has been three weeks.',
        // a case or claim by its letters and digits, in other languages; a gift card by its code
        '¿En qué va mi caso R-2209? Mandé las fotos el lunes.',
        'Hallo, gibt es zu meinem Fall K-7781 schon etwas Neues?',
        'Olá, há novidades no processo n.º AB-5520?',
        'My voucher HP-GC-30021, how much is left on it?',
        'Ho un buono regalo, codice GR-8812-0041: quanto resta?',
        'Devolví unas botas, la devolución es la R-7720. ¿Ya os ha llegado?',
        '¿Cuánto me queda en la tarjeta regalo que termina en 5521?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        '¿Cuánto tarda en llegar un pedido a Bilbao?',
        'Soy socio del Trail Club, ¿cuántos días tengo para regresar algo?',
      ],
      'knowledge',
    );
    // the company's hours, jobs and discounts, and thanks alone, in other languages
    await expectRoutes(
      [
        '¿A qué hora abren los sábados?',
        'Hola, ¿están contratando gente para el almacén?',
        'Grazie mille, tutto arrivato perfetto!',
        'Danke euch, hat alles super geklappt.',
      ],
      'faq',
    );
    // policy questions in other languages typed without a question mark: a question word inside
    // the line, or an "… or …" at its end
    await expectRoutes(
      [
        'la garantie sur une tente Summit c combien de temps',
        'posso ancora rendere le scarpe se le ho messe una volta o ormai niente',
        'Om jag beställer i kväll skickas paketet i morgon eller blir det på måndag',
      ],
      'knowledge',
    );
    await expectRoutes(
      [
        'Le suivi 3SHPN0455120 ne bouge plus depuis lundi, il se passe quoi',
        'meu chamado #CS-55120 tá parado, alguém viu?',
        'mikä on tiketin T-44120 tilanne',
        'Hvor meget er der tilbage på gavekortet 6034 5512 0098 1120?',
      ],
      'operational',
    );
    await expectRoutes(
      ['Qual é o vosso número de telefone? Por email demora sempre muito.'],
      'faq',
    );
    await expectRoutes(
      ['¿Me confirmás que el IVA está bien calculado?\nTICKET\nPedido HP-33120\nTotal 121,00 EUR'],
      'extraction',
    );
    // a status question in Spanish with a refund in it, a repair's standing asked after its
    // reference, a membership asked whether active; a password reset by staff is a request
    await expectRoutes(
      [
        '¿En qué punto está el reembolso de mi devolución R-3310?',
        'Reference R-2208 — could you tell me where the repair stands?',
        'Is mijn lidmaatschap nog actief, of is het al verlopen?',
      ],
      'operational',
    );
    await expectRoutes(
      ['Non ricevo il link, potete resettarla voi la password del mio account?'],
      'sensitive',
    );
    // English wishes said as a situation: a move told with the day it starts, a receipt naming the
    // wrong company, a price paid that fell, mail still reaching a customer who died
    await expectRoutes(
      [
        'Heads-up on order 41220: from next week on we live at Birch Lane 9, Bristol, the old house is sold.',
        'The receipt for order 70331 shows the wrong company at the top. We are Sealark Design Ltd, VAT GB 123 4567 89.',
        'Bought the stove on the 3rd for 89 (order 61220) and now I see it on your site for 69. Paid twenty euros more for nothing.',
        'My late husband still gets your newsletter every Friday. His address was p.moore@mail.example.',
      ],
      'sensitive',
    );
    // thanks for a refund told as having come is small talk
    await expectRoutes(
      ['The refund for the rain jacket reached my card yesterday - thank you, lovely service!'],
      'faq',
    );
    // a general question about money back in Norwegian asks nothing
    await expectRoutes(
      ['Hvor lenge tar det før man får pengene tilbake etter en retur?'],
      'knowledge',
    );
    await expectRoutes(
      [
        'Könnt ihr bitte die Positionen und das Datum hieraus notieren:\nBestellung HP-44120 vom 3. März\n1x Zelt Summit 2   249,00 €\nVersand 0,00 €',
        'Vous pouvez relever les données de cette commande svp ?\nCommande HP-55012, passée le 02/04\nArticles : sac Trailblazer 40L\nLivraison : PostNL',
      ],
      'extraction',
    );
  });

  it('reads wishes said plainly in more languages, and what a pasted document is asked', async () => {
    // a staff password reset, a delivery put back or to a locker, a difference to a card, a
    // charge moved to another card, a name on file still the old one, nobody home for a parcel,
    // a gift card's credit to another account, a price shown lower on the site after buying
    await expectRoutes(
      [
        'hei, får ikke logget inn og ingen e-post kommer. kan dere nullstille passordet mitt? bruker er ola.n@post.example',
        'Dzień dobry, czy można przesunąć dostawę zamówienia 88120 na sobotę?',
        'Tilasin teltan (tilaus 66120) ja nyt se on halvempi. Palauttakaa 30 € erotus kortille.',
        'Sipariş 55120 için öğrenci indirimini sonradan onaylattım, farkı kartıma iade eder misiniz?',
        'Pagué el pedido 77120 con la tarjeta de mi pareja, lo suyo sería que el cargo fuera a mi tarjeta.',
        'no cadastro de vcs ainda tá meu nome de solteira, o pedido 55321 saiu assim. da pra arrumar?',
        "il pacco 44120 arriva martedì ma quel giorno non c'è nessuno, si può fare qualcosa?",
        'Mijn moeder heeft een cadeaubon van jullie, ze wil het tegoed aan mij geven. Kan dat bij mij op het account komen?',
        'grabbed the stove off you last week (order 33120) and it is showing 20 quid cheaper on your site now',
      ],
      'sensitive',
    );
    // an exchange for another size, a membership still running, credit left, a return arrived,
    // a student discount in Turkish
    await expectRoutes(
      ['Se eu quiser trocar as sandálias por um número acima, quem paga o envio?'],
      'knowledge',
    );
    await expectRoutes(
      [
        'Kunt u kijken of mijn Trail Club lidmaatschap nog loopt? Klantnummer 55-10293',
        'Oi, quanto ainda tenho de crédito na loja? Meu e-mail é ana.b@mail.example',
        'ho spedito indietro la giacca, reso RT-55120, mi confermate se è arrivato?',
        'is my trail club still active? signed up last spring i think',
        'how much store credit have I got left after the return in May?',
      ],
      'operational',
    );
    await expectRoutes(['merhaba, öğrenci indirimi var mı? kaç yüzde?'], 'faq');
    // a job asked in another language: the classifier's English words of money do not outweigh
    // the rule that read it, unless near-certain
    await expectRoutes(['Hola, ¿están contratando? Me encantaría trabajar en su almacén.'], 'faq');
    // what a pasted document says, asked of it
    await expectRoutes(
      [
        'Got this credit memo and I honestly cannot make sense of it. Which invoice does it belong to?\n\nCREDIT MEMO CM-5521\nDate: 2026-03-02\nOriginal invoice: INV-88120, order HP-22018\nReturned: 1 x fleece 59.00\nCredited: 59.00 EUR',
        'Customs slip below — which line is the actual duty?\n\nImport charges\nShipment 5520 7734 12\nDuty: 14.20 GBP\nVAT: 31.80 GBP\nHandling fee: 11.00 GBP\nTotal paid: 57.00 GBP',
        'Os pego el ticket porque no me aclaro:\n\nPedido HP-55102 — 03/03/2026\n1 x Forro polar 59,00 €\nEnvío 4,95 €\nTotal 63,95 €\n\n¿el envío me lo habéis cobrado?',
      ],
      'extraction',
    );
  });

  it('reads a name changed, a member who died, nobody home, and a wrong to be made good', async () => {
    await expectRoutes(
      [
        'small thing: we got married in May and your emails and parcel labels still say Laura Finch. It is Laura Adeyemi now.',
        'My father had an account with you and the Trail Club. He passed away in March and now a letter says his membership renews in June.',
        'Order 66120 is due on Thursday but I am away for work and there will be nobody at the house until the 20th.',
        'depuis mon mariage je ne m’appelle plus Julie Martin mais Julie Roux, pouvez-vous mettre le compte à jour ?',
        'Die Jacke aus Bestellung 55120 ist nach einer Woche gerissen. Ich erwarte, dass Sie das wiedergutmachen.',
        'heb per ongeluk twee keer besteld, 77120 en 77121. eentje mag weg',
        'mój stary numer już nie działa, teraz jestem pod 600 100 200. Konto na Annę Nowak.',
        'A 55120-as rendelést ne a lakcímemre küldjétek, hanem a munkahelyemre.',
        'Me he mudado a Sevilla y el pedido 44120 va a Madrid, que me llegue aquí: C/ Feria 12.',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'I found one of your gift cards in a drawer, number 6034 1120 7781 0045. Is anything still on it?',
        'Dropped the parcel at the post office, the slip says RT-55120. Has it reached you yet?',
        'Olá, a encomenda é a HP-55120 e ainda diz «embalado». Será que chega até sexta?',
        'Έκανα την παραγγελία HP-55120 την Τρίτη, έχει φύγει από την αποθήκη;',
        'm’n pakketje (3SHPN0551209) staat al dagen op gesorteerd. Weten jullie meer?',
      ],
      'operational',
    );
    // a question asked only supposing, a payment means asked after a greeting, an order to be placed
    await expectRoutes(
      [
        'Mal angenommen, ich kaufe eine reduzierte Jacke und sie passt nicht – krieg ich mein Geld zurück?',
      ],
      'knowledge',
    );
    await expectRoutes(
      [
        'Greetings from Lagos. Which payment methods do you accept? I have a Verve card.',
        'Before I put an order in: do you take Maestro?',
      ],
      'faq',
    );
    await expectRoutes(
      [
        'Which size does this say I ordered?\n\nOrder confirmation HP-55120\nPlaced: 2026-03-02\nItems: 1 x Ridgeline shell jacket, size: M\nDelivery: standard\nTotal: 189.00 EUR',
      ],
      'extraction',
    );
  });

  it('reads an order still going to a home left, fewer items, a remedy asked, a double charge told', async () => {
    await expectRoutes(
      [
        'We sold our flat in Leiden last month. Order HP-55120 is still addressed to the old flat, the new owners are there now.',
        'ordered 8 head torches for the scouts, HP-44120. only need 6 now if they have not gone out yet',
        'The tent from order 33120 arrived with a torn groundsheet. I am not paying full price for that. What can you do for me?',
        'Jacket from order 22120 came today and the zip is already coming apart. I am well inside your 30 days.',
        'w banku widzę dwa obciążenia po 59,90 EUR, a zamówienie 66120 było jedno',
        'numaram değişti, kurye eski numarayı arıyor. Yeni numara 0532 111 2233, sipariş HP-55120',
        'objednávka HP-44120 – můžete ji poslat až po 15. srpnu? doma nikdo není',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'I would like to know how much is left on my gift card, number 6034 1111 2222 3333. Thank you!',
        'η παραγγελία μου HP-55120 γράφει packed από την Τρίτη. Πότε θα φύγει;',
        'mijn pakketje komt maar niet, ordernr 26-5512. weten jullie meer?',
        'Got one of your gift cards (GC-7H2K-11AB) at Christmas. How much have I got left on it?',
        'Following up on ticket #55120 about the broken buckle, is anybody actually looking at it',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'which size did I go for on these?\n\nThank you for your order HP-55120\nItems:\n- Trail shoe, EU 42\nDelivery: standard\nTotal: 129.00 EUR',
        'Vilket betalsätt står det här?\n\nOrder HP-55120\nDate: 2026-04-02\n1 x Sleeping bag 249.00 EUR\nPayment: Klarna\nTotal 249.00 EUR',
      ],
      'extraction',
    );
  });

  it('reads wishes said beside pasted material and in the big European languages', async () => {
    await expectRoutes(
      [
        'Saw this on my card:\n\n02/05  HARBOR&PINE NL   -59.90\n02/05  HARBOR&PINE NL   -59.90\n03/05  BAKERY 12   -4.10\n\nonly one order (HP-55120). one of those needs to come back to me pls',
        'Receipt #TC-55120\nTrail Club annual renewal\nAmount: 29.00 EUR\nCharged to: PayPal\n\nnever asked for this, not paying 29 quid for nothing',
        'Order HP-55120 packed, deliver to: 4 Mill Lane, Leeds\n\nThat was my old flat. I live at 9 Park Row now, can the courier take it there instead?',
        'me he cambiado de compañía y de número (ahora es el 600 111 222) y el código sigue llegando al móvil viejo',
        'el pedido HP-55120 llega el lunes pero me voy de viaje y en casa no queda nadie',
        'Tenho um cartão oferta com 40 euros e dava jeito que o saldo passasse a ser dela, da minha irmã.',
        "j'ai commandé hier (HP-55120) et oublié ma réduc étudiante, vous pouvez me l'appliquer après coup ?",
        'I just saw the jacket is now €149 in your newsletter. I paid €189 last week.',
        'Ich heiß Meier mit ei. Steht im Kundenkonto genauso verkehrt, bitte dort korrigieren.',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'can u sanity check this before I submit it to my employer for reimbursement\n\nORDER HP-55120\n2 x Shell jacket @ 189.00\nShipping 0.00\nOrder total: 378.00 EUR',
        'Faktura INV-2026-5512\nBuyer VAT PL1234567890\nReverse charge - art. 196 VAT Directive\n2 x Rope 149.00\nTotal 298.00 EUR\n\nczy ta faktura jest poprawna?',
      ],
      'extraction',
    );
    await expectRoutes(
      [
        'I sent the stove for repair, reference WR-55120. At what stage is the repair now?',
        'fiz uma troca e ficou um crédito na minha conta. consegue ver quanto que é?',
        'el numero de seguimiento es 3SHPN0551209, cuando llega?',
      ],
      'operational',
    );
  });

  it('reads money sent to a card named, plans not to be paid again, orders no longer wanted, and instead of', async () => {
    await expectRoutes(
      [
        'Die Stiefel aus HP-55120 sind zu klein. Schickt sie mir nicht um, sondern überweist das Geld bitte auf meine Visa.',
        'Paguei a HP-55120 com vale, mas quero o dinheiro mesmo, pode ser por transferência?',
        'Lo zaino HP-55120 non mi serve più: vorrei riavere i soldi sulla carta.',
        'A HP-55120 rendelés pénzét kérlek a bankkártyámra utaljátok.',
        'Pengene for HP-55120 skal til den nye kontoen min, NO93 8601 1117 947.',
        "C'est mon frère qui a payé HP-55120, on voudrait que ce soit débité sur ma carte et que la sienne soit recréditée.",
        'ik ben gestopt met wandelen, zorg dat er niks meer van mijn rekening afgaat voor die club',
        'jeg vil ikke betale kontingentet igjen neste år',
        'La motxilla HP-55120 va arribar trencada. No la vull reparada, no vull pagar per una cosa així.',
        'Pedido HP-55120: ya no lo quiero, no ha salido todavía.',
        'Bestellung HP-55120 – brauche ich nicht mehr, ist noch nicht verschickt.',
        'Wir sind letzten Monat nach Basel zügelt, HP-55120 bitte dorthin.',
        'Θα ήθελα να εξαφανιστούν τα στοιχεία μου από το κατάστημα.',
        'Siparişim HP-55120 için ekspres kargoya çevirebilir misiniz, fark kartımdan çekilsin.',
        'Zamówienie HP-55120: proszę kurtkę L zamiast M.',
        'objednávka HP-55120, místo modré chci zelenou',
        'Παραγγελία HP-55120: στείλτε τη στη δουλειά μου αντί για το σπίτι.',
        'Byt gärna till nya@mejl.example på mitt konto, den gamla mejlen stängs.',
        'Mijn zus is thuis, dus HP-55120 moet naar haar adres aan de Lindestraat 9.',
        'Ho pagato la giacca 180 euro e ora è in saldo a 150, la differenza torni a me.',
        'En mi cuenta aparece dos veces el cobro de la misma compra HP-55120.',
        'Olá, devolvam o segundo débito da encomenda HP-55120, paguei duas vezes.',
        'Ne-am mutat, comanda HP-55120 trebuie să vină la noua adresă.',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'Ακύρωσα την παραγγελία HP-55120 χθες. Επιστράφηκαν τα χρήματα ακόμα;',
        'wheres my refund for HP-55120?',
        'Onko tilaukseni HP-55120 jo matkalla?',
        'Siparişim HP-55120 nerede?',
        'Hol tart a HP-55120 javítása?',
        'Weten jullie op welke dag HP-55120 komt?',
        'Ist das Geld für R-55120 inzwischen da?',
        'kdy mi končí členství v klubu?',
        '¿Hasta qué fecha es válida mi membresía del Trail Club?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'Wenn ich meine Mitgliedschaft nach drei Tagen wieder kündige, bekomme ich dann das Geld zurück?',
        'Ha lemondom a tagságot, visszakapom a díjat? Csak kérdezem.',
        'si je renvoie un cadeau, je suis remboursé comment? juste par curiosité',
        'Si jamais on renvoie un article, le remboursement part sur quelle carte ?',
        'Πόσο κοστίζει η αποστολή στην Κύπρο;',
        'Koliko je težak ruksak od 40 litara?',
        "Com s'ha de rentar la jaqueta impermeable?",
        'Ako vratim jakne, tko plaća poštarinu?',
        '¿Hasta cuándo tengo para devolver unas botas?',
      ],
      'knowledge',
    );
    // thanks for a refund done, or one that went through: not a request
    for (const text of [
      'takk for refusjonen på HP-55120, alt i orden!',
      'Vrácení peněz za HP-55120 proběhlo bez problémů, děkuji.',
    ])
      expect((await route(text)).route).not.toBe('sensitive');
  });

  it('reads a situation told in another language about an order, a card or an account, nothing asked', async () => {
    await expectRoutes(
      [
        'Mein Mann ist verreist, und das Paket HP-55120 wäre bei meiner Schwester in der Rosenstraße 4 besser aufgehoben.',
        'Twee jassen heb ik niet nodig, bestelling HP-55120 hoeft dus niet meer.',
        'Alt fra dere bør gå til ola@example.no fra nå av, den gamle adressen er stengt.',
        'Tu kartu končící 4412 už nemám. Platba za HP-55120 by měla jít z jiné karty.',
        'A fiókomban még a régi számom van (+36 30 111 2233), már a +36 70 555 1234 az enyém.',
        'Vorig jaar ging er zomaar 29 euro van mijn rekening af voor die club. Dat wil ik niet nog eens zien.',
      ],
      'sensitive',
    );
    // its look-alikes ask, without a question mark, or thank
    await expectRoutes(
      [
        'ba om kopi av faktura til ordre HP-55120 og har ikke fått noe, er den sendt eller ikke',
        'Bestellung HP-55120 kam super schnell an, danke!',
        "il pacco HP-55120 risulta consegnato ma non c'è niente. dov'è finito",
        'Mi pedido HP-55120 todavía no me ha llegado, lo espero desde el lunes',
      ],
      'operational',
    );
    expect(
      (await route('Queria saber quanto crédito tenho, meu email é ana@example.pt')).route,
    ).not.toBe('sensitive');
    // praise, all being well, or thanks for what was done, with a number: nothing to change
    for (const text of [
      'Meine Bestellung HP-55120 ist heute angekommen, alles bestens. Das Zelt ist super.',
      'Commande HP-55120 reçue, produit conforme, je recommande.',
      'Zamówienie HP-55120 dotarło, wszystko w porządku.',
      'Η παραγγελία μου HP-55120 έφτασε, ευχαριστώ πολύ.',
      'HP-55120 numaralı siparişim geldi, teşekkürler.',
    ])
      expect((await route(text)).route).not.toBe('sensitive');
    // … but thanks in advance close a request, and a problem named is one
    await expectRoutes(
      [
        'Der Reißverschluss der Jacke aus HP-55120 ist ausgerissen. Danke im Voraus.',
        'Paketet HP-55120 var trasigt när det kom fram.',
        'Jeg er trukket 799 kr to ganger for ordre HP-55120.',
        'Cuando abrí el paquete HP-55120 la linterna estaba rota.',
      ],
      'sensitive',
    );
  });

  it('reads a polite question in another language asking us to do something about an order', async () => {
    await expectRoutes(
      [
        'Könnten Sie die Lieferung HP-55120 auf Freitag verschieben?',
        'Możecie wysłać zamówienie HP-55120 do paczkomatu KRA01M?',
        'Poderiam enviar a encomenda HP-55120 para o meu trabalho?',
        'Potreste spedire HP-55120 con corriere espresso? Pago la differenza.',
        // in English, a plea said as gratitude
        'The confirmation says it has not shipped yet, I would be most grateful if you could cancel it. Order HP-55120.',
        "It hasn't left yet, so we'd appreciate it if you would send it to my office instead. HP-55120",
      ],
      'sensitive',
    );
    // … not one that asks to be told, checked or sent a copy
    for (const text of [
      'Können Sie mir eine Rechnung für HP-55120 schicken?',
      'Pourriez-vous me renvoyer la facture de la commande HP-55120 ?',
      '¿Podéis decirme cuándo llega el pedido HP-55120?',
      "Potete verificare lo stato dell'ordine HP-55120?",
      'Możecie sprawdzić, czy zamówienie HP-55120 zostało wysłane?',
      'HP-55120 siparişime bakabilir misiniz, teslim edildi görünüyor?',
    ])
      expect((await route(text)).route).not.toBe('sensitive');
  });

  it('reads parcels on their way by a carrier code, and memberships until when, in other languages', async () => {
    await expectRoutes(
      [
        'Der Tracking-Link 3SHPN0551209 zeigt seit Tagen nichts. Ist das Paket schon unterwegs?',
        'Zásilka HP-55120 je už na cestě, nebo ještě leží ve skladu?',
        'fins quan em dura el Trail Club?',
        'Milloin jäsenyyteni oikein päättyy?',
        'Pourriez-vous me dire quand mon abonnement Trail Club expire ?',
      ],
      'operational',
    );
  });

  it('reads policy questions about freight, return fees, duty, washing and warranty in more languages', async () => {
    await expectRoutes(
      [
        'Betaler man selv fragten ved en returnering?',
        'Tar dere returgebyr på sko?',
        'Må jeg betale toll og moms til Tromsø?',
        'Kolik stojí doprava na Slovensko?',
        'Πώς πλένω το μπουφάν;',
        'Wie söll ich d Jagge wäsche?',
        'Mi tartozik a garanciába egy sátornál?',
      ],
      'knowledge',
    );
  });

  it('reads a document pasted inline, its fields run on in a line, for what the sender asks of it', async () => {
    await expectRoutes(
      [
        'brauche das Datum fürs Finanzamt: Rechnung RE-2025-3310, Kunde Max Weber, 3 x Trinkflasche à 12,90 EUR, Porto 5,95 EUR, Summe 44,65 EUR, bezahlt am 14.07.2025',
        'Kvitto KV-88213 | 2025-06-02 | 1 x pannlampa 39,00 SEK | frakt 0,00 | totalt 39,00 SEK — vilken moms står det här?',
        'Zamówienie ZM-20931, złożone 2025-05-11, 2 x skarpety 15,00 EUR, wysyłka 4,95 EUR, razem 34,95 EUR. Możecie mi wypisać same pozycje?',
        'fwd: your receipt RC 4471902 - 2025-02-19 - 1x gaiters 29.00 EUR - 1x map case 12.50 EUR - total 41.50 EUR. which card did I use here',
        // (an order confirmation, with no amount: its times and labelled fields)
        'Könnt ihr mir sagen, welche Artikel da drauf stehen? Bestätigung zur Bestellung BE-771023 vom 2025-04-02, 18:22 Uhr. Artikel: Regenjacke. Versand: Standard.',
      ],
      'extraction',
    );
    // (…a request beside it, before or after its fields, stays a request)
    await expectRoutes(
      [
        'Rechnung RE-2025-3310, 3 x Trinkflasche à 12,90 EUR, Porto 5,95 EUR, Summe 44,65 EUR, 14.07.2025 — eine Flasche war kaputt, bitte erstatten Sie mir 12,90 EUR.',
        'Kvitto KV-88213 | 2025-06-02 | 1 x pannlampa 39,00 SEK | totalt 39,00 SEK. Jag vill ha pengarna tillbaka, den fungerar inte.',
        'Order OR-55120, 2025-03-01, 2 x socks 15.00 EUR, total 30.00 EUR: you charged my card twice for it, please refund one payment.',
        // (a request run on after the last amount, or before the first field, with no mark between)
        'Rechnung RE-2025-3310 2 x Trinkflasche 12,90 EUR Summe 25,80 EUR bitte erstatten Sie mir den Betrag',
        'Заказ ЗК-55012 от 2025-04-02 1 x фонарь 39,00 EUR итого 39,00 EUR верните деньги за фонарь',
        'Bitte stornieren Sie diese Bestellung: Bestellung BE-220941 Datum 2025-03-01 2 x Socken 14,90 EUR Summe 29,80 EUR',
        'Porosia PO-564478 data 2025-03-14 1 x çantë 89,00 € ju lutem anuloni porosinë',
      ],
      'sensitive',
    );
    // (…and where the order has got to, a look-up)
    await expectRoutes(
      [
        'Bestellung BE-2025-0412 vom 02.05.2025, 1 x Zelt 249,00 EUR, Versand 0,00 EUR, Gesamt 249,00 EUR. Wo ist mein Paket?',
      ],
      'operational',
    );
  });

  it("reads where the sender's own order has got to in other languages, with or without its number", async () => {
    await expectRoutes(
      [
        'Wo bleibt eigentlich mein Paket? Bestellt habe ich am Montag.',
        'où en est ma commande, svp',
        'Gdzie jest moja paczka? Miała być wczoraj.',
        'Hol tart a csomagom?',
        'Kargom nerede acaba?',
        'Πού βρίσκεται το δέμα μου;',
        'Где моя посылка? Заказ HP-220301.',
        'Kur yra mano siunta? Laukiu jau savaitę.',
      ],
      'operational',
    );
    await expectRoutes(['Où est votre magasin à Rotterdam ?'], 'operational', true);
  });

  it('reads requests in Cyrillic letters: money back, a cancellation, a detail changed, an account deleted', async () => {
    await expectRoutes(
      [
        'Верните, пожалуйста, деньги за палатку.',
        'Скасуйте моє замовлення, будь ласка.',
        'Моля, върнете ми парите за якето.',
        'Измените, пожалуйста, адрес доставки на ул. Садовая 12.',
        'Удалите мой аккаунт и все данные.',
        'С карты списали дважды 89 евро.',
      ],
      'sensitive',
    );
    // (…a question whether it is done already is a look-up)
    await expectRoutes(['Чи вже повернули гроші за замовлення HP-330912?'], 'operational');
  });

  it('reads policy questions in the Baltic languages, Romanian, Icelandic, Turkish, Cyrillic letters and more', async () => {
    await expectRoutes(
      [
        'Kui kaua kestab garantii magamiskotile?',
        'Cik maksā piegāde uz Liepāju?',
        'Kiek laiko trunka pristatymas į Vilnių?',
        'Cât costă livrarea în România?',
        'Er ábyrgð á tjaldinu?',
        'İade ücreti var mı?',
        'Як прати пуховий спальник?',
        'Сколько стоит доставка в Казахстан?',
        'Las botas tallan grandes?',
      ],
      'knowledge',
    );
    await expectRoutes(['Elas são muito caras?'], 'knowledge', true);
  });

  it("reads whether the sender's own membership is still active, and when it runs out, in more languages", async () => {
    await expectRoutes(
      [
        'Er mit Trail Club medlemskab stadig aktivt?',
        'Hvornår udløber mit medlemskab?',
        'Ist meine Trail Club Mitgliedschaft noch gültig?',
        'Mi suscripción al Trail Club sigue activa?',
      ],
      'operational',
    );
  });

  it('reads more requests of other languages: charged twice in French, a polite "would it be possible", Finnish, Polish, Basque, Indonesian, a neighbour thanked in advance', async () => {
    await expectRoutes(
      [
        "On m'a prélevé 2 fois 39,90 € pour la commande HP-551234.",
        'Vaihtaisitteko takin kokoon M? Tilaus HP-220011.',
        'Wyłączcie automatyczne odnowienie, nie chcę już Trail Club.',
        'Dirua itzul iezadazue, mesedez, eskaera HP-440012.',
        'Tolong batalkan pesanan HP-330021.',
        'Mohon kembalikan uang saya untuk jaket itu.',
        'Order HP-661203 kommer på torsdag men jag är bortrest. Grannen på Kungsgatan 3 kan ta emot paketet. Tack på förhand!',
        "Sarebbe possibile spedire l'ordine HP-771200 dopo il 12 giugno? Sarò via fino ad allora.",
      ],
      'sensitive',
    );
    // (…but whether one may know something is a question, not a request)
    await expectRoutes(
      ['¿Sería posible saber cuántos puntos tengo? Mi correo es ana.ruiz@example.com'],
      'sensitive',
      true,
    );
  });

  it('reads items added to an order, payments to give back, vouchers for a return and being away on the day, in other languages', async () => {
    await expectRoutes(
      [
        'Будь ласка, змініть його на вул. Франка 7, Львів.',
        'Прошу перенести доставку замовлення HP-220915 на п’ятницю.',
        'Bitte noch ein Paar Socken zur Bestellung HP-440021 hinzufügen.',
        'Siparişime bir mont eklemek istiyorum, HP-550011.',
        'Palun tagastage 15-eurone tasu, see läks kaks korda maha.',
        'Kan ik de jas terugsturen en er een tegoedbon voor krijgen? Bestelling HP-660213.',
        'Je ne serai pas chez moi vendredi pour la livraison de HP-770123, merci de laisser le colis au 5.',
        'Går det att byta färgen på beställning HP-880321 innan den skickas?',
      ],
      'sensitive',
    );
  });

  it('reads a question above a quoted receipt with the receipt, when no rule reads the question', async () => {
    await expectRoutes(
      [
        'Which delivery option did I pick on this one? Cannot recall.\n> Receipt R-20931 - 2025-05-02\n> 1x head torch 39.00 EUR\n> Delivery 4.95 EUR\n> Total 43.95 EUR',
      ],
      'extraction',
    );
  });

  it('reads a pasted confirmation whose items the sender asks listed or read out in another language, whatever sizes it names', async () => {
    await expectRoutes(
      [
        'Merci pour votre commande CM-55102, passée le 2025-06-01.\nArticles : 1 x polaire (M), 1 x bonnet\n\nPouvez-vous me lister les articles et les tailles ?',
        'Potete elencarmi le taglie di questa conferma? Ordine OR-77120 del 2025-05-14, 1 x giacca (L), 1 x zaino.',
      ],
      'extraction',
    );
  });

  it('reads more look-ups and policy questions: a parcel named before "min", arrived already, still a member, return postage in Greek, customs in Bulgarian, weight in Turkish', async () => {
    await expectRoutes(
      [
        'Hvor er pakken min? Har ventet en uke.',
        'Megérkezett már a csomagom? Rendelés HP-551203.',
        'A minha adesão ainda está ativa?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'Ποιος πληρώνει τα έξοδα αποστολής όταν επιστρέφω ένα προϊόν;',
        'Кой плаща митото при поръчка до Норвегия?',
        'Bu çanta kaç kilo?',
      ],
      'knowledge',
    );
    // (whether it can be done at all, in Czech, is a question about how it goes)
    await expectRoutes(['Dají se dárkové poukazy vrátit?'], 'sensitive', true);
  });

  it('reads thanks for money that came, in Polish typed without its ł, Hungarian and Dutch, as small talk', async () => {
    await expectRoutes(
      [
        'Dziekuje, zwrot pieniedzy juz dotarl na konto.',
        'Köszönöm szépen, a visszatérítés megérkezett.',
        'Bedankt, het geld staat weer op mijn rekening!',
      ],
      'faq',
    );
    await expectRoutes(['Köszönöm, kérem a visszatérítést a HP-223311 rendelésre.'], 'sensitive');
  });

  it('reads whether something can be done at all, asked in general in another language, as a policy question', async () => {
    await expectRoutes(
      [
        'Wäre es möglich, Schuhe auch im Laden zu tauschen?',
        'Peut-on modifier une commande déjà payée ?',
        'Можно ли обменять куртку на другой цвет?',
      ],
      'knowledge',
    );
    await expectRoutes(['Kann man bei euch mit Klarna zahlen?'], 'knowledge', true);
    await expectRoutes(['Wäre es möglich, die Bestellung HP-553310 zu stornieren?'], 'sensitive');
  });

  it('reads a pasted credit note\'s "Refund to:" as its record, and a customer\'s form asking it as a request', async () => {
    await expectRoutes(
      [
        'CREDIT NOTE CR-5512\nDate: 2025-04-02\nRef. invoice: IN-2025-0301\nReturned: 1 x lantern -39.00 EUR\nRefund to: Mastercard ****7711\nTotal credited: -39.00 EUR\n\nWhich invoice is this one for?',
      ],
      'extraction',
    );
    await expectRoutes(
      ['Order: 55120\nItem: lantern\nReason: broken on arrival\nRefund to: Mastercard ending 7711'],
      'sensitive',
    );
  });

  it("reads money wanted back to a means of the sender's, and an account or data no longer needed, in Portuguese and Polish", async () => {
    await expectRoutes(
      [
        'O casaco veio rasgado. Acho que o valor, com portes, deve voltar para o meu cartão.',
        'Zapłaciłem dwa razy za te same buty, chcę te pieniądze z powrotem.',
        'Konto nie jest mi już potrzebne, login: m.nowak77.',
      ],
      'sensitive',
    );
  });

  it('reads how a ticket or a claim with a plain number stands, in other languages, as a look-up', async () => {
    await expectRoutes(
      [
        'V jakém stavu je moje reklamace? Číslo tiketu 6610.',
        'Σε τι κατάσταση βρίσκεται το αίτημά μου 7402;',
        'Mikä on tukipyyntöni 5531 tilanne?',
        'Je moja reklamácia s číslom tiketu 4410 ešte v riešení?',
      ],
      'operational',
    );
  });

  it('reads points collected, a balance to check and the e-mail on an account, asked in more languages, as look-ups', async () => {
    await expectRoutes(
      [
        'Câte puncte am adunat până acum?',
        '¿Cuántos puntos llevo este año?',
        'Możecie sprawdzić saldo mojej karty podarunkowej?',
        'Mikä sähköpostiosoite on tililläni nyt?',
      ],
      'operational',
    );
    await expectRoutes(['Wie viele Punkte gibt es pro Euro im Club?'], 'operational', true);
  });

  it("reads the sender's own order moved to another delivery speed as a change, not a general question about it", async () => {
    await expectRoutes(
      [
        'Could you switch my delivery to express? Order 44120.',
        'any chance u could bump my order up to next-day, need it by friday',
        'Please upgrade the shipping on this one to express, happy to pay the difference.',
      ],
      'sensitive',
    );
    await expectRoutes(['Can I switch to express after ordering?'], 'sensitive', true);
  });

  it('reads requests written in Chinese, Japanese and Korean, whose words run on without spaces, and their questions that ask nothing done', async () => {
    await expectRoutes(
      [
        '帽子不要了，请帮我取消，钱退回我的信用卡。',
        '配送先を会社の住所に変更していただけますか？',
        '사이즈가 안 맞아요. 환불해 주세요.',
      ],
      'sensitive',
    );
    // (a confirmation pasted on lines, the sender's own line below it in Chinese)
    await expectRoutes(
      [
        '确认邮件：\n订单号 HP-90412\n1 x 睡袋 — 120.00 EUR\n运费 0.00 EUR\n合计 120.00 EUR\n\n我不想要了，麻烦把订单取消。',
      ],
      'sensitive',
    );
    await expectRoutes(['我的退款已经处理了吗？'], 'sensitive', true);
  });

  it('reads a refund, a cancellation or a change asked in more languages: Vietnamese, Tagalog, Maltese, Welsh, Galician, Serbian, and a price difference the sender will pay', async () => {
    await expectRoutes(
      [
        'Shop ơi, hoàn tiền giúp mình nhé, hàng bị lỗi.',
        'Pwede po bang i-cancel yung order ko?',
        'Tistgħu tirrifondjaw il-ħlas?',
        'Allech chi newid y cyfeiriad ar fy archeb os gwelwch yn dda?',
        'Podedes cambiarme o contrasinal? Non me chega o correo.',
        'Молим вас да откажете чланство.',
        'Kan ni skicka paketet med expressfrakt istället? Jag betalar mellanskillnaden.',
        'Das Paket soll zu meiner Tante gehen, geht das noch umzuleiten?',
      ],
      'sensitive',
    );
    await expectRoutes(
      ['Czy przy zamówieniu do Szwajcarii trzeba dopłacać za cło?'],
      'sensitive',
      true,
    );
  });

  it("reads the sender's own lines below a pasted document in more languages, and a replacement at the shop's cost", async () => {
    await expectRoutes(
      [
        'Paragon\nZamówienie HP-50311\n1 x Kurtka 189,00 EUR\nRazem 189,00 EUR\n\nprosze zmienic adres dostawy na ul. Lipowa 4, Kraków',
        'Faktura INV-2026-0410\nObjednávka HP-40212\nCelkem 74,90 EUR\n\nProsím o vrácení 74,90 EUR, zboží jsem vrátil.',
        'Factura INV-2026-0520\nComanda HP-33019\nTotal 99,00 EUR\n\nVa rog sa-mi returnati banii pentru comanda asta.',
        'Ticket\nPedido HP-70022\nTotal 52,00 EUR\nPagado con Visa\n\nporfa devolvedme el cargo repetido',
        'Stången var trasig när tältet kom. Kan ni skicka en ny på er bekostnad?',
        'Der Reißverschluss war kaputt, bitte schicken Sie mir einen neuen auf Ihre Kosten.',
      ],
      'sensitive',
    );
  });

  it('reads where an order has got to and policy questions asked in Chinese, Japanese, Korean, Hindi, Thai, Vietnamese, Welsh and Icelandic', async () => {
    await expectRoutes(
      [
        '我的订单 HP-44102 到哪了？',
        '先週注文した荷物はいつ届きますか？',
        '주문한 택배 언제 와요? HP-51230',
        'मेरा ऑर्डर HP-61022 अभी तक नहीं आया, कहाँ है?',
        'Cho em hỏi đơn hàng của em giao chưa ạ? HP-70231',
        'Ydy fy archeb HP-22019 wedi cyrraedd y warws?',
        'Hefur pakkinn minn borist ykkur? HP-33810',
      ],
      'operational',
    );
    await expectRoutes(
      [
        '寝袋は洗濯機で洗ってもいいですか？',
        '退货运费谁出？',
        '신발 사이즈가 작게 나오나요?',
        'क्या रिटर्न फ्री है?',
        'ส่งไปเยอรมันกี่วันครับ',
      ],
      'knowledge',
    );
    await expectRoutes(['मेरा ऑर्डर HP-61022 कैंसिल कर दीजिए'], 'sensitive');
  });

  it('reads a password reset asked of us as a change to an account, and how to reset it oneself as a company question', async () => {
    await expectRoutes(
      [
        'The reset mail never comes. Can you reset my password for me?',
        "could someone change the password on my mum's account, she is locked out",
        'Potete resettarmi la password? Il link non arriva.',
        'Können Sie mein Passwort bitte zurücksetzen?',
      ],
      'sensitive',
    );
    await expectRoutes(['How do I reset my password?'], 'faq');
  });

  it('reads requests in Arabic, Persian, Urdu and Hebrew, whose words take their particles joined on, in Malay and Tagalog, and their questions that ask nothing done', async () => {
    await expectRoutes(
      [
        'من فضلك الغوا الطلب وأرجعوا المبلغ إلى بطاقتي.',
        'لطفا سفارشم رو کنسل کنید و پولم رو برگردونید.',
        'אפשר בבקשה לבטל את ההזמנה ולהעביר את הזיכוי לכרטיס אחר?',
        'Saya mahu akaun saya dipadamkan, terima kasih.',
        'Na-double charge po ako, pakibalik po yung isa.',
        'İade tutarını kartıma değil hediye kartı olarak alabilir miyim?',
      ],
      'sensitive',
    );
    await expectRoutes(['هل تم استرداد المبلغ؟'], 'sensitive', true);
  });

  it('reads look-ups and policy questions in Arabic, Persian, Urdu, Hebrew, Bengali, Malay and Thai, and a Thai request beside a question word', async () => {
    await expectRoutes(
      [
        'مرحبا، أين طلبي HP-40112؟ لم يصل بعد.',
        'سلام، سفارشم کجاست؟ HP-55102',
        'ตอนนี้พัสดุ HP-66120 ออกจากโกดังหรือยังคะ',
        '返金はもう処理されましたか？注文番号 HP-70021',
        '문의 7720 건 어떻게 진행되고 있나요?',
        'HP-81230 siparişimin geri ödemesi yapıldı mı?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'كم يستغرق الشحن إلى ألمانيا؟',
        'گارانتی کیسه خواب چند ساله است؟',
        'כמה זמן לוקח משלוח לקנדה?',
        'স্লিপিং ব্যাগ কিভাবে ধুতে হয়?',
        'Adakah jaket ini sesuai untuk hujan lebat? Berapa lama penghantaran ke Kuala Lumpur?',
      ],
      'knowledge',
    );
    await expectRoutes(['ช่วยยกเลิกคำสั่งซื้อ HP-12093 ให้หน่อยได้ไหมคะ'], 'sensitive');
  });

  it('reads thanks for a change or transfer already done, and a refund asked after with "inzwischen" or "bearbeitet", as asking nothing to be done', async () => {
    await expectRoutes(
      [
        'Gracias por cambiarme el correo de la cuenta, ya funciona todo.',
        'Dzięki za zmianę adresu, paczka doszła.',
        'Спасибо, что отменили заказ так быстро!',
        'Ist meine Rueckerstattung fuer HP-55021 schon bearbeitet worden?',
        'Ist die Erstattung inzwischen angewiesen worden? HP-61200',
      ],
      'sensitive',
      true,
    );
    await expectRoutes(
      [
        'Gracias por cambiarme el correo, pero todavía sale el antiguo, ¿lo podéis cambiar otra vez?',
      ],
      'sensitive',
    );
  });

  it('reads feedback in another language that says it needs no answer as asking nothing done, unless it asks or pleads', async () => {
    await expectRoutes(
      [
        'Jammer dat je je adres niet zelf kunt aanpassen in je account. Geen antwoord nodig hoor.',
        'Il rimborso per HP-55120 è arrivato ma dopo due settimane. Non serve risposta, volevo solo dirlo.',
        'Die Erstattung für HP-20931 hat ewig gedauert. Keine Antwort nötig, nur als Feedback.',
      ],
      'sensitive',
      true,
    );
    await expectRoutes(
      ['Keine Antwort nötig, aber bitte stornieren Sie meine Bestellung HP-44012.'],
      'sensitive',
    );
  });

  it('reads an order no longer needed in Dutch, money asked back in Catalan, a German address to change to and a price difference the sender pays after the word for it', async () => {
    await expectRoutes(
      [
        'Factuur INV-2026-0144\nBestelling HP-40991\nTotaal 89,00 EUR\n\nIk hoef hem niet meer, kan die bestelling eruit?',
        'Factura INV-2026-0301\nComanda HP-22110\nTotal 59,00 EUR\n\nNo em va bé. Voldria que em reemborseu els 59 euros.',
        'Meine Bestellung HP-30219 geht an die alte Adresse, bitte ändern auf Lindenweg 4, 50667 Köln.',
        'We gaan vrijdag al weg. Liever express, het verschil betaal ik graag. HP-77123',
      ],
      'sensitive',
    );
    await expectRoutes(["Moltes gràcies! El reemborsament ja m'ha arribat."], 'sensitive', true);
  });

  it('reads a question asked before buying, or of anyone, in other languages as asking nothing done', async () => {
    await expectRoutes(
      [
        'Il rimborso arriva come soldi o come buono quando si paga con una gift card? Chiedo prima di ordinare.',
        'Kan ik mijn bestelling nog annuleren terwijl hij onderweg is? Vraag het voordat ik iets bestel.',
        'Do kiedy można anulować zamówienie?',
      ],
      'sensitive',
      true,
    );
  });

  it('reads a problem told in Chinese, Japanese, Arabic or Thai with a question of its own marks as a plausible request, unless it asks where it is or how it stands; a general question about paying a difference, or password rules, asks nothing done', async () => {
    await expectRoutes(
      [
        '帐篷杆断了，能给我补发一个吗？HP-40218',
        '靴のソールが剥がれていました。どうすればいいですか？HP-51023',
        'وصلت الخيمة ممزقة، ماذا تقترحون؟ طلبي HP-60124',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'If I swap to a larger size later, do I just pay the difference?',
        'Could you change the password rules? 12 characters is a lot. Just feedback.',
      ],
      'sensitive',
      true,
    );
  });

  it('reads money wished back onto a card, a cost we should bear, a difference with its amount, a surname changed in Russian, a plea in Polish or Arabic and a password set for someone as requests', async () => {
    await expectRoutes(
      [
        'Honestly I would rather have the 120 back on my card than a stove I will never use.',
        'The courier charged me 25 GBP customs. It is only fair that you cover the charges, order HP-30417.',
        'Your site shows the kettle 15 cheaper now. Can you send me the 15 EUR difference? HP-40211',
        'Ich hätte gern, dass das Geld wieder auf meine Karte kommt, die Jacke passt nicht. HP-50312',
        'La tenda non serve più, vorrei che i soldi tornassero sul mio conto. Ordine HP-50313',
        'Я сменила фамилию, исправьте, пожалуйста, фамилию в аккаунте: теперь Орлова.',
        'Zapłaciłem dwa razy za wysyłkę, prosze o zwrot 4,95 za HP-60114.',
        'تم خصم الشحن مرتين من بطاقتي. أرجو إرجاع المبلغ. شكرا HP-70221',
        'My mum cannot log in any more. Could one of you set a new password for her and e-mail it to me?',
      ],
      'sensitive',
    );
  });

  it('reads a refund or cancellation we confirmed, a refund that came, a status question and a newsletter left, in other languages too, as asking nothing done', async () => {
    await expectRoutes(
      [
        'Refund for HP-50119 arrived today. Thanks for handling it so quickly!',
        "Vous m'avez confirmé hier l'annulation de la commande HP-40712. Le remboursement est-il déjà parti ?",
        'Вы подтвердили возврат по заказу HP-40713 на прошлой неделе. Он уже проведён?',
        '请问订单HP-40714的退款到账了吗？',
        'HP-40715の返金、昨日届きました。ありがとうございました。',
        'Hoe kan ik me afmelden voor de nieuwsbrief? Ik krijg er te veel.',
        'Jeśli zapłacę kartą podarunkową i potem plecak zwrócę, to dostanę pieniądze czy nową kartę?',
        'Could you tell me how to reset my password? The link expired.',
      ],
      'sensitive',
      true,
    );
  });

  it("reads a membership ended in Hungarian, a card taken off in Romanian, a surname rewritten in Czech, a move in Greek, a deletion in transliterated Russian, a cost not the sender's to pay and a balance sent to a bank account in Korean as requests", async () => {
    await expectRoutes(
      [
        'Kérem, szüntessék meg az előfizetést és utalják vissza a díjat.',
        'Vă rog să scoateți cardul vechi din cont, am unul nou.',
        'Vdala jsem se, šlo by u vás přepsat příjmení na účtu?',
        'Μετακόμισα στην Πάτρα, η καινούρια μου διεύθυνση είναι Κορίνθου 12.',
        'udalite pozhaluysta moy akkaunt',
        'The extra 9.95 shipping on HP-55103 shouldn’t really be mine to pay, I am a member.',
        '기프트카드 잔액을 제 계좌로 송금해 주실 수 있나요?',
      ],
      'sensitive',
    );
  });

  it('reads money that came back told in Romanian, a condition in Hungarian and praise or feedback in English that asks nothing as no request', async () => {
    await expectRoutes(
      [
        'Am primit banii înapoi pe card, mulțumesc mult!',
        'Ha visszaküldöm a cipőt, mennyi idő alatt jön vissza a pénz?',
        'the courier left the box in the rain, boots are fine though, just had to tell someone',
        'boots came this morning, love them, they fit perfectly. thank you!',
      ],
      'sensitive',
      true,
    );
    await expectRoutes(
      ['boots came this morning, love them, they fit perfectly. thank you!'],
      'faq',
    );
  });

  it('reads a change told as done with only a confirmation asked, in other languages, as a look-up; with a plea for more it stays a request', async () => {
    await expectRoutes(
      [
        'Ayer cancelé el pedido HP-40610 en la web. ¿Me confirmáis si quedó anulado?',
        'Bonjour, hier votre collègue a modifié mon adresse de livraison. Pouvez-vous juste me confirmer que la commande HP-40614 part bien à la nouvelle ?',
      ],
      'sensitive',
      true,
    );
    await expectRoutes(
      [
        "Ho cambiato casa, per favore spedite l'ordine HP-40613 al nuovo indirizzo: Via Roma 3, Torino.",
        "J'ai annulé HP-40615 ce matin, pouvez-vous juste me confirmer et me rembourser la livraison ?",
        'Ayer cancelé el pedido HP-40616, ¿me confirmáis si quedó anulado? Y devolvedme el envío.',
        'Anule el pedido HP-40617 y me confirman si quedó anulado.',
        '我已经取消了订单HP-40618，只是确认一下，顺便把运费退到我的账户。',
        'Kündigt bitte mein Abo und den Newsletter.',
        'Я отменила подписку, а деньги всё равно списали.',
      ],
      'sensitive',
    );
  });

  it('reads a refund asked after in Chinese, with "请问" (may I ask), as a look-up of its own status', async () => {
    await expectRoutes(
      ['请问我的退款进度怎么样了？订单HP-40719', '请问订单HP-40720的退款到账了吗？'],
      'operational',
    );
  });

  it('reads thanks for money back said with a negation of praise ("didn\'t expect it so fast", "can\'t thank you enough") as thanks', async () => {
    await expectRoutes(
      [
        'My money was back on the card by Tuesday, thank you so much!',
        "The refund for the sleeping bag landed yesterday, didn't expect that so quickly. Cheers!",
        "Got my money back for the stove already, can't thank you enough.",
      ],
      'faq',
    );
    await expectRoutes(
      [
        'Thanks, but I never got my money back for the stove.',
        "Got my money back for the stove, thanks, but it's 20 euros short.",
      ],
      'faq',
      true,
    );
  });

  it("reads the twenty-first round's kinds: requests in Tagalog, Arabizi, Czech, Russian, Portuguese and German, a sender's own lines above a pasted document; look-ups of what is already agreed or done, asked without a question mark or in Japanese; documents to be read out; feedback that needs no reply", async () => {
    await expectRoutes(
      [
        'Hello po, nagbago isip ko. Paki cancel na lang po at ibalik sa GCash ko. Salamat po',
        'salam, 3ayez a2fel el account beta3i law sama7t',
        'Passwort vergessen und die Mail kommt nicht – könnt ihr mir das bitte zurücksetzen?',
        'Mohli byste mi heslo obnovit? Sám to nezvládnu.',
        'Не могли бы вы выплатить остаток подарочной карты мне на карту?',
        'Sobraram 40 euros no cartão presente e não vou usar. Dá para passar os 40 euros para a conta dela? Obrigado',
        'Es wäre super, wenn Sie die Mailadresse im Kundenkonto auf t.k@posteo.example umstellen könnten. Danke und Grüße',
        'Die Tour ist abgesagt. Bitte überweisen Sie mir den vollen Betrag.',
        'Buongiorno, il prezzo è sceso a 99 €. Mi rimborsate la differenza?\n\nFattura INV-2026-4410 – 02/05/2026 – Ordine HP-40810\n1 x Zaino 40L  129,00 EUR\nTotale 129,00 EUR',
        'Just got this shipping email. The address on it is my old flat in Leuven — I moved to Gent on Friday (Korenmarkt 5, 9000 Gent).\n\nYour order HP-40811 is on its way!\nShip to: B. Peeters, Naamsestraat 3, 3000 Leuven\nEstimated delivery: 2026-05-06',
        'Dzień dobry, na fakturze jest złe nazwisko. Proszę poprawić to także w moim koncie.\n\nFaktura INV-2026-4412 / 03.05.2026\nKlient: Jan Nowak\nRazem 89,00 EUR',
        'cant get in, pls reset my pw for me, acct is b.k@example.com',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'Hallo, ich habe die Jacke aus HP-40820 zurückgeschickt. Können Sie nachsehen, ob die Erstattung schon veranlasst wurde?',
        'ticket 55120 toujours zéro nouvelles, on en est ou',
        'Bestellung HP-40821 nerede kaldı abi',
        'la commande hp 408220 est encore en préparation, elle part quand ?',
        'Salve, a che punto è la spedizione n. 408 223? Grazie',
        'You told me last week that the refund for HP-40824 was approved. When will the money be back on my card?',
        "did the address change on HP-40825 go through? you said you'd update it, just want to be sure before it ships",
        '注文番号HP-40826の返品の状況を教えてください。',
        '¿Me confirmáis que la anulación del pedido HP-40827 está hecha? Me llegó un correo raro.',
        'Die Stornierung von HP-40828 wurde bestätigt, aber noch ist nichts auf meiner Karte. Ist die Erstattung schon raus?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'Bitte auslesen:\n\nVielen Dank für Ihre Bestellung HP-40830, aufgegeben am 2026-05-01. Artikel: Stirnlampe. Versand: Standard, voraussichtlich 2026-05-04.',
        'mi estrai la data di consegna da questa conferma? grazie\n\nGrazie per il tuo ordine HP-40831, effettuato il 2026-05-02. Articoli: borraccia. Consegna: standard, prevista il 2026-05-05.',
      ],
      'extraction',
    );
    await expectRoutes(
      [
        'Just some feedback, no need to reply: the size guide on your product pages is hard to read on a phone.',
      ],
      'faq',
    );
  });

  it('reads a name still shown as it was (Hungarian), a plan not needed (Vietnamese) and a password reset asked of us (Turkish) as requests', async () => {
    await expectRoutes(
      [
        'Megváltozott a nevem, de a profilomban még mindig a régi név szerepel.',
        'Em lỡ đăng ký gói thành viên hôm qua, em không cần gói này nữa ạ.',
        'Şifremi hatırlamıyorum, siz sıfırlayıp yeni bir şifre gönderebilir misiniz?',
      ],
      'sensitive',
    );
  });

  it('reads a question of another language typed on a phone without its mark as a question', async () => {
    // (a policy question asked of anyone, naming a cancellation or a refund: no request)
    await expectRoutes(
      [
        'kann man eine bestellung stornieren wenn das paket schon unterwegs ist',
        'quanto tempo demora o reembolso de uma devolucao a chegar na conta',
      ],
      'knowledge',
    );
    // (a look-up opened by a question word or a verb put first: no situation told)
    await expectRoutes(
      [
        'har ni fått tillbaka jackan jag returnerade ordernr HP-118205',
        'buongiorno che stato ha il ticket 55120 aperto giovedi',
        'cuando me llega el pedido HP-140522 el numero de seguimiento no cambia desde el lunes',
      ],
      'operational',
    );
    // (what only looks like one stays what it is: a German statement with "ja", a Spanish "como"
    // meaning "since", feedback saying it needs no reply)
    await expectRoutes(
      [
        'Das Zelt hab ich doppelt bestellt, HP-300112, bitte eins davon raus. Ist ja noch nicht verschickt.',
        "Como todavía pone 'preparando', ya no quiero el pedido HP-301555 ni pagarlo.",
        // (a password reset asked of us in Turkish typed without the dotless ı)
        'sifremi unuttum, siz sifirlayip bana yenisini gonderebilir misiniz? hesap ayse.d@gmail.com',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'Jammer dat je je telefoonnummer niet zelf kunt wijzigen in je account. Is verder opgelost hoor, gewoon feedback.',
      ],
      'faq',
    );
  });

  it('reads credit booked over, a card taken off the account, money paid out, an address replaced and a detail changed in Arabizi as requests', async () => {
    await expectRoutes(
      [
        'kannst du mein restguthaben auf das konto meiner frau umbuchen, sie heisst jana meier',
        'Dobrý den, můžete mi z účtu odstranit tu starou kartu? Už ji nepoužívám.',
        'Θα μπορούσατε να μου καταθέσετε το ποσό στον λογαριασμό μου; Ευχαριστώ',
        'Ciao, sostituite pure la vecchia mail con marta.f@mail.example, grazie mille!',
        'ya reit t8ayyerouli el esm 3al 7sab, ba3d el gawaz',
      ],
      'sensitive',
    );
    // ("ghayr", "other than", is no change)
    await expectRoutes(
      ['ana mesh 3ayez ghayr el jacket el zar2a, ya3ni ento 3andoko alwan tanya?'],
      'faq',
    );
  });

  it('reads a courier tracking number shaped like an IBAN as no bank details, and a mistyped IBAN as bank details', async () => {
    await expectRoutes(
      [
        'Cześć, przesyłka z zamówienia HP-131777 ma numer JD014600001234567890 i od środy stoi w miejscu. Kiedy do mnie dotrze?',
      ],
      'operational',
    );
    // (a check digit off by one: still bank details given)
    await expectRoutes(['Uusi tilini on FI21 1234 5600 0007 84.'], 'sensitive');
  });

  it('reads a question about what would happen as asking nothing, whatever word it names, and a Turkish correction asked as a request', async () => {
    // ("zrezygnuję" is read by the typo reading only: the condition asks about it all the same)
    await expectRoutes(
      ['Jeśli zrezygnuję z członkostwa po tygodniu, to dostanę zwrot opłaty?'],
      'knowledge',
    );
    await expectRoutes(
      [
        'Merhaba, siparişimde (HP-151515) adresim yanlış yazılmış, lütfen düzeltir misiniz? Doğrusu Atatürk Cad. 12',
      ],
      'sensitive',
    );
  });

  it('reads a question beside a reference on its line as a look-up, in any language', async () => {
    await expectRoutes(
      [
        'waar blijft HP-204411?? al een week niks',
        'Bok, je li zamjena za manju veličinu već poslana? HP-300990',
        '你好，我的退款处理好了吗？单号 HP-310021',
      ],
      'operational',
    );
    // (a document pasted below the question keeps its references; a purchase order's is the
    // buyer's bookkeeping)
    await expectRoutes(
      [
        'Could you read the amount and the date off this for my records?\nCREDIT NOTE CN-55120\nIssued: 03/04/2026\nAmount: 42.00 EUR',
        'Can you put this invoice into the system before Friday? Our PO reference is PO-7712.\n\nACME FREIGHT BV\nInvoice 88123\nDate: 2026-03-01\nTotal EUR 1.240,00',
      ],
      'extraction',
    );
  });

  it('reads what a "could you" of another language asks in its own sentence, not in thanks said before it', async () => {
    await expectRoutes(
      [
        'Je voulais juste vous dire merci pour la livraison rapide. Autre chose : mon ancien numéro ne marche plus, pourriez-vous mettre le 06 11 22 33 44 dans mon compte ?',
      ],
      'sensitive',
    );
  });

  it("reads a Finnish plea above a pasted confirmation as the sender's, and no longer living at an address as a move", async () => {
    await expectRoutes(
      [
        'Tilausvahvistus alla. Peruuttakaa tämä tilaus, tilasin vahingossa kahdesti.\n\nKiitos tilauksestasi HP-300777, tehty 2026-05-02.\nTuotteet: makuupussi\nToimitus: vakio, PostNL',
        'Dzień dobry, adres w zamówieniu poniżej jest nieaktualny, od maja już tam nie mieszkam.\n\n> Dziękujemy za zamówienie HP-300778. Adres dostawy: ul. Krótka 2, 00-001 Warszawa. Status: spakowane.\n\nAktualny: ul. Polna 7, 00-002 Warszawa.',
      ],
      'sensitive',
    );
  });

  it('reads a wish to know said in the past tense ("volevo sapere", "je voulais savoir"), and a Japanese question in the polite past, as look-ups', async () => {
    await expectRoutes(
      [
        "Salve, volevo sapere se il cambio taglia dell'ordine HP-300779 è già partito",
        'Bonjour, je voulais savoir si mon retour HP-300780 est bien arrivé chez vous',
        // (Japanese asks whether it was done in the polite past)
        '注文番号HP-300781の交換は受け付けられましたか？月曜日に発送しました。',
      ],
      'operational',
    );
  });

  it('reads a question about what the shop does on the occasion of a return, in general, as a policy question', async () => {
    await expectRoutes(
      [
        "Bonjour, en cas de retour d'un article abîmé, remboursez-vous aussi les frais de port ?",
        'Hallo, erstattet ihr bei einer Rücksendung auch die Versandkosten?',
      ],
      'knowledge',
    );
    // (the sender's own return, by its number, asks it)
    await expectRoutes(
      ['Hallo, erstattet ihr bei meiner Rücksendung HP-300782 auch die Versandkosten?'],
      'sensitive',
    );
  });

  it('reads whether something can be done, asked on one line without its mark, as a policy question', async () => {
    await expectRoutes(
      [
        'da se vratit bunda kterou jsem uz nosil venku',
        'czy mozna zwrocic buty po 40 dniach jak sa nienoszone',
      ],
      'knowledge',
    );
    // (payment means are the company's question)
    await expectRoutes(['czy mozna u was placic przelewem'], 'faq');
  });

  it('reads what the shop does, asked of it as "you" with the verb first, as a policy question', async () => {
    await expectRoutes(
      [
        'Erstattet ihr eigentlich die Portokosten, wenn ein Zelt defekt ankommt',
        'naplaćujete li dostavu kad vraćam jaknu',
        'Erstatten Sie die Portokosten bei einem Umtausch?',
        'Vergoeden jullie ook het retourporto?',
        'Czy zwracacie pieniądze za przesyłkę zwrotną?',
        'Återbetalar ni frakten om jackan är trasig?',
        'вы возвращаете деньги за доставку если куртка бракованная',
      ],
      'knowledge',
    );
    // (a modal, a word for the sender, an order of theirs or an imperative asks it)
    await expectRoutes(
      [
        'Könnt ihr mir die Portokosten erstatten?',
        'Erstattet mir bitte die Portokosten für HP-204410',
        'Willen jullie de dubbele afschrijving terugboeken?',
        'Erstatten Sie die Portokosten für meine Bestellung',
        'Devuelvan el dinero del pedido ya',
      ],
      'sensitive',
    );
    // (where the company is or when it works is the company's question)
    await expectRoutes(['Liefert ihr samstags auch aus? Und habt ihr eine Telefonnummer?'], 'faq');
  });

  it('reads how to leave the newsletter, in Hungarian and Chinese, as no account change', async () => {
    await expectRoutes(
      ['Hogyan tudok leiratkozni a hírlevelükről', '如何取消订阅你们的电子报？'],
      'faq',
    );
  });

  it('reads a reference beside a policy word, a look-up asked in other scripts, and a refund told as approved, as look-ups', async () => {
    await expectRoutes(
      [
        'Czy zwrot za HP-206611 już doszedł do magazynu?',
        'HP-210023の返品について、返金の状況を知りたいです。',
        'HP-211145 주문 조회 부탁드립니다',
        'ما هي حالة التذكرة رقم 66120؟',
        'don hang HP-212290 cua toi trang thai van la dang xu ly',
        'بازگشت من برای سفارش HP-213378 ثبت شده؟',
        'Jullie schreven dat mijn terugbetaling voor HP-214401 was goedgekeurd, maar ik zie nog niets. Is het al onderweg?',
        'Rambursarea pentru HP-215512 a fost aprobata acum o saptamana dar nu am primit banii. E totul in regula?',
      ],
      'operational',
    );
    // (an amount said to be short asks for the rest; an item taken off an order and a price
    // difference given back are requests)
    await expectRoutes(
      [
        'De terugbetaling voor HP-216601 was goedgekeurd, maar het is te weinig: 20 euro ontbreekt',
        'הזמנתי בטעות שתי חולצות בהזמנה HP-208812. אפשר להסיר אחת?',
        'Comprei o saco-cama por 89€ e agora está a 69€ no site. Conseguem devolver-me a diferença?',
      ],
      'sensitive',
    );
  });

  it('reads what would be done if, asked in Korean or Japanese, as a policy question', async () => {
    await expectRoutes(
      ['Trail Club에 가입하고 10일 안에 해지하면 회비를 환불해 주시나요?'],
      'knowledge',
    );
    // (a question ended with its full stop asks as well)
    await expectRoutes(
      ['他の店で安く売っていた場合、差額を返していただけるのでしょうか。'],
      'sensitive',
      true,
    );
    // (the sender's own order, or "if possible", asks it)
    await expectRoutes(
      ['もし可能なら返金していただけますか？', '주문번호 HP-217730 해지하면 환불해 주시나요?'],
      'sensitive',
    );
  });

  it('reads more phrasings of other languages: a fee wanted back in Swedish, look-ups without their mark, policy questions in other scripts', async () => {
    await expectRoutes(
      [
        'Ni tog 7,95 euro för presentinslagning på HP-218814 men det kom utan papper. Vill ha tillbaka avgiften tack',
      ],
      'sensitive',
    );
    await expectRoutes(
      [
        'Je li moj povrat novca za HP-219902 obrađen? Javili ste mi da je odobren',
        '我的工单 #55102 处理到哪一步了',
        '주문번호 HP-220315 아직 도착 안 했나요',
      ],
      'operational',
    );
    await expectRoutes(
      [
        '请问睡袋保修几年',
        '如果外套只穿过一次，还能退吗？',
        '만약 내일 주문을 취소하면 수수료가 있나요?',
        'ซักถุงนอนยังไงให้ไม่เสียคะ ซักเครื่องได้ไหม',
        'est-ce que vous alignez vos prix sur les autres boutiques ?',
        'vos vestes taillent comment ?',
        'Hoe lang is de garantieperiode op een tent?',
        'अगर मैंने कूपन से पेमेंट किया हो और जैकेट वापस करूँ, तो पैसा कैसे वापस मिलेगा?',
      ],
      'knowledge',
    );
    // ("… or how does it work" closes a question typed without its mark)
    await expectRoutes(
      [
        'si devuelvo unas botas pagadas con cupón, me devolvéis el dinero a la tarjeta o cómo funciona',
      ],
      'sensitive',
      true,
    );
  });

  it('reads the Baltic languages, a cost we should cover in Norwegian, and policy questions in Polish, Danish, Turkish, Greek, Slovak and Finnish', async () => {
    await expectRoutes(
      [
        'Jeg betalte 290 kr i toll for HP-221104 uten at noen sa noe. Jeg vil at dere dekker tollen',
        'Ar galetumete perkelti mano dovanu korteles likuti i mano brolio paskyra?',
      ],
      'sensitive',
    );
    await expectRoutes(['Ali je bilo vracilo za HP-222215 ze nakazano?'], 'operational');
    await expectRoutes(
      [
        'jesli zaplace bonem i potem zwroce kurtke to dostane pieniadze na konto?',
        'Tager I gebyr for at returnere en sovepose?',
        'bot aldim ama numarasi kucuk gelirse sonra iade edebilir miyim',
        'Η εγγύηση καλύπτει το φερμουάρ του σακιδίου;',
        'Vai jus atmaksajat piegades izmaksas, ja prece ir bojata?',
        'Plati este zaruka na stan po dvoch rokoch?',
        'Miten Trail Clubin jäsenyys toimii, saako maksun takaisin?',
      ],
      'knowledge',
    );
  });

  it('reads a refund or cancellation asked done in Hindi typed in Latin letters', async () => {
    await expectRoutes(
      [
        'Hi, HP-231190 ka tent maine 35 days baad return kiya tha, par main member hoon toh 45 days chalega na? Warehouse ne reject kar diya, please mera refund process kar do',
        'Order HP-231191 galti se do baar ho gaya, ek wala cancel kar do please',
      ],
      'sensitive',
    );
  });

  it('reads a product of the catalogue asked about in another script as a product question', async () => {
    await expectRoutes(
      [
        'Summit 2 텐트는 몇 명이 잘 수 있나요?',
        'подходит ли куртка Ridgeline для зимних походов?',
        'Ridgeline外套可以机洗吗？',
      ],
      'knowledge',
    );
    // (an order of it, by its number, is a look-up)
    await expectRoutes(['我的Summit 2帐篷订单到哪了？订单号 HP-240017'], 'operational');
  });

  it('reads more policy questions and look-ups of other languages, German typed with ue, Arabic and Vietnamese', async () => {
    await expectRoutes(
      [
        'wie lange hat man zeit zum zurueckschicken',
        'kto placi za wysylke zwrotu?',
        'ar frakten gratis for medlemmar',
        'Fallen die Wanderstiefel eher klein aus?',
        'Jos palautan takin, saanko rahat kortille?',
        'ar galima grąžinti batus po 30 dienų?',
      ],
      'knowledge',
    );
    await expectRoutes(
      [
        'وافقتم على استرداد المبلغ لطلبي HP-241180. هل تمت معالجته؟',
        'Ist die Erstattung für die Rücksendung zu HP-241181 inzwischen angewiesen?',
      ],
      'operational',
    );
    // (whether it can be done in general, where an order is, and a cancellation said not wanted
    // ask nothing done)
    await expectRoutes(
      [
        'هل يمكن إلغاء الطلب قبل شحنه؟',
        'Đơn HP-241182 tới đâu rồi shop ơi',
        'ik wil niet annuleren hoor, wil alleen weten of HP-241183 al verzonden is',
      ],
      'sensitive',
      true,
    );
  });

  it('reads a refund a colleague confirmed, a Portuguese status, a Greek where and a Croatian "let me know" as asking nothing done', async () => {
    await expectRoutes(
      [
        'Добрий день! Ваш колега у листі від 3 травня підтвердив, що мені повернуть гроші за замовлення HP-250114. Минуло вже десять днів. Чи є новини?',
        'oi, o reembolso da encomenda HP-250116 ja caiu?',
      ],
      'operational',
    );
    await expectRoutes(
      [
        'καλησπερα που ειναι η παραγγελια μου hp 250115 ακομα δεν εχει φτασει',
        'Poštovani, prije tjedan dana poslala sam vam upit oko zamjene veličine jakne, broj prijave 70123. Možete li mi javiti u kojem je stanju?',
      ],
      'sensitive',
      true,
    );
  });

  it('reads a pasted confirmation or notice with nothing asked of it as a document to read, and one asked about as a look-up', async () => {
    // nothing of the sender's, or words that ask nothing in another language: to be read
    await expectEach([
      [
        'Thanks for shopping with us! Order HP-402918 was placed on 2026-07-02 at 11:20 CET. Items: Camp chair (grey), 1 x head torch. Delivery: standard, PostNL, expected 2026-07-04 to 2026-07-06. Tracking number: 3SHPN0402918.',
        'extraction',
      ],
      [
        'Zapisz to proszę\n\nOrder confirmation HP-377104\nPlaced: 2026-06-11 08:02 CET\nItems: Rain trousers (M)\nDelivery: standard, DHL\nTracking: 3SDHL0377104',
        'extraction',
      ],
      // asked about, in any script or as a complaint of waiting: a look-up
      [
        'Any news on this one?\n\n-----Original Message-----\nFrom: orders@harborpine.example\nSubject: Your order HP-377104\n\nOrder confirmation HP-377104\nPlaced: 2026-06-11 08:02 CET\nDelivery: standard, DHL\nTracking: 3SDHL0377104',
        'operational',
      ],
      [
        '这个包裹到底到哪了？\n\nOrder confirmation HP-377104\nPlaced: 2026-06-11 08:02 CET\nDelivery: standard, DHL\nTracking: 3SDHL0377104',
        'operational',
      ],
      [
        'Order confirmation HP-377104\nPlaced: 2026-06-11 08:02 CET\nDelivery: standard, DHL, expected 2026-06-13\nTracking: 3SDHL0377104\n\nIts the 19th today and still nothing',
        'operational',
      ],
    ]);
  });

  it('routes a catalogue product asked about in another language written in Latin letters to the product documents, not a look-up by its name and number', async () => {
    await expectRoutes(
      [
        'Kas Summit 2 telgis on ruumi kahele inimesele ja seljakotile?',
        'Hvor mye veier Trailblazer 40L egentlig? Skal gå Besseggen i august',
        'Je Ridgeline bunda vhodná aj do snehu? Mám 1,80 m a neviem či M alebo L?',
        'o casaco ridgeline aguenta chuva forte? moro em braga e chove muito',
      ],
      'knowledge',
    );
    // with an order, a parcel or a document of the sender's, it is theirs to look up or read
    await expectRoutes(
      [
        'Kus on minu Summit 2 telk? Tellimus HP-558201, ootan juba nädal aega',
        'Hvor er pakken min med Trailblazer 40L? Ordre HP-558202',
      ],
      'knowledge',
      true,
    );
  });

  it('reads a French "merci de …" as a plea, Estonian compound address words and Icelandic requests as asking for a change', async () => {
    await expectRoutes(
      [
        "Bonjour, merci d'annuler l'adhésion de ma fille au club, elle ne randonne plus.",
        'Tere, palun muutke kohaletoimetamise aadress: Narva mnt 12-4, Tartu.',
        'Vinsamlegast breytið netfanginu á aðganginum mínum í gunna@postur.example',
        'Getið þið endurgreitt mér sendingarkostnaðinn fyrir pöntun HP-661203?',
      ],
      'sensitive',
    );
    // thanks for a cancellation done stays thanks
    await expectRoutes(
      ["Merci d'avoir annulé la commande si vite, bonne journée !"],
      'sensitive',
      true,
    );
  });

  it('reads requests in the less common languages of Europe and nearby, a wish with its "I" left out, and a tracking number asked for as a look-up', async () => {
    await expectRoutes(
      [
        'Kunnu tit geva mær pengarnar aftur fyri pøntun HP-880125?',
        'Ba mhaith liom go scriosfadh sibh mo chuntas, le bhur dtoil.',
        'Mesedez, nire helbidea aldatu nahi nuke: Kale Nagusia 14, Bilbo.',
        "Moien, kënnt Dir d'Telefonsnummer a mengem Kont änneren? Déi nei ass 621 445 112.",
        'Molim vas ukinite mi pretplatu na newsletter i Trail Club.',
        'A mund ta kaloni kartën dhuratë te vëllai im, Ardit?',
        'Խնդրում եմ փոխել իմ հասցեն հաշվում։',
        'Saw the same tent 30 cheaper elsewhere the week after mine came. Would love the difference back if that works. Order HP-880127',
      ],
      'sensitive',
    );
    await expectEach([
      [
        '¿Me podéis pasar el número de seguimiento de mi pedido HP-880123? No me llegó ningún correo.',
        'operational',
      ],
      [
        'Îmi puteți trimite numărul de urmărire pentru comanda HP-880126? Mulțumesc.',
        'operational',
      ],
      // which payment methods are taken, a question asked of anyone and a question under a
      // condition ask nothing to be done
      ['Welche Zahlungsmethoden gibt es bei euch? Auch Klarna?', 'faq'],
    ]);
    await expectRoutes(
      [
        'Ef maður vill hætta við pöntun, hvernig virkar það?',
        'Just curious, asking before I order: would you refund the postage if the tent came damaged?',
      ],
      'sensitive',
      true,
    );
  });

  it('reads "can you see where …" in another language as a look-up, the verb of looking before its where', async () => {
    await expectEach([
      [
        'Καλησπέρα, το δέμα HP-880131 φαίνεται παραδομένο αλλά δεν το έχω παραλάβει. Μπορείτε να δείτε πού το άφησαν;',
        'operational',
      ],
      [
        'Guten Tag, Paket HP-880130 steht als zugestellt, ich habe aber nichts bekommen. Können Sie nachsehen, wo es abgegeben wurde?',
        'operational',
      ],
    ]);
  });

  it('reads "no need to send yours" with an order as a cancellation, and a Norwegian "tar dere" of a payment means as a company question', async () => {
    await expectEach([
      [
        "bought the same tent at a shop in town in the end, so no need to send yours, order HP-880141 hasn't left yet I think",
        'sensitive',
      ],
      ['Tar dere MobilePay eller bare Visa?', 'faq'],
    ]);
  });

  it('says which stage decided: a rule, the built-in classifier or the safety floor', async () => {
    expect((await route('What are your opening hours?')).reason).toMatch(
      /^rule 'company-questions'/,
    );
    expect((await route('do u guys sell stuff for kids')).reason).toMatch(/built-in classifier/);
    expect((await route('pls refnd my boots, order 5512')).reason).toMatch(
      /^safety floor: asks to refund/,
    );
  });
});
