import { describe, expect, it } from '@jest/globals';
import { inShopTerms } from './customer-words.js';
import { SpellChecker } from './spelling.js';
import {
  CUSTOMER_PHRASE_WEIGHT,
  derivationalRoot,
  questionTerms,
  separateQuestions,
  weightedQuestionTerms,
} from './question.js';

describe(inShopTerms.name, () => {
  it('reads a customer’s everyday phrase as the shop’s term for it', () => {
    expect(inShopTerms('Can I get my money back?')).toBe('can i refund?');
    expect(inShopTerms("I'm at uni, any money off?")).toBe("i'm at student, any discount?");
    expect(inShopTerms('how do I stop getting your promo mails')).toBe(
      'how do i unsubscribe your newsletter email',
    );
    expect(inShopTerms('the tent arrived with the pole snapped')).not.toContain('damaged');
    expect(inShopTerms('the tent arrived snapped')).toContain('damaged defective');
    expect(inShopTerms('can I get the delivery charge back')).toBe('can i refund');
  });

  it('reads how to pay, support hours, rain getting in and a cut kept back as the shop’s terms', () => {
    expect(inShopTerms('how can I pay you?')).toBe('accept pay?');
    expect(inShopTerms('what are your support hours')).toContain('customer service open');
    expect(inShopTerms('will that coat leak in a downpour')).toBe(
      'will that jacket waterproof in a waterproof',
    );
    expect(inShopTerms('do you take a cut when I send it back')).toBe('do you fee when i return');
    expect(inShopTerms('It snapped after two years. Am I still covered?')).toContain(
      'warranty cover',
    );
    expect(inShopTerms('how many days I have for give back the jacket')).toContain('return');
    expect(inShopTerms('is possible to become the money back')).toBe('is possible to refund');
    expect(inShopTerms('did I get charged anything for delivery')).toBe('did i get shipping cost');
  });

  it('reads what customers say of money owed, a new one, a fault, a courier and a free delivery', () => {
    expect(inShopTerms('how quickly do I get my money')).toBe('how quickly do i refund');
    expect(inShopTerms('where does the money go')).toBe('refund');
    expect(inShopTerms('when will the money go through')).toBe('when will the money go through');
    expect(inShopTerms('will you fix it or send me a new one')).toBe('will you repair or replace');
    expect(inShopTerms("the stove was dented and doesn't work")).toBe(
      'the stove was damaged and defective',
    );
    expect(inShopTerms('how long do I have to tell you about it')).toBe(
      'how long do i have to report',
    );
    expect(inShopTerms('which courier will bring it')).toBe(
      'carrier parcel sent with will bring it',
    );
    expect(inShopTerms('when does delivery stop costing anything')).toBe('when does delivery free');
    expect(inShopTerms('can I follow the parcel')).toBe('can i tracking');
    expect(inShopTerms('when should it show up')).toBe('when should it delivery');
    expect(inShopTerms('where can I hand in the parcel')).toBe('where can i drop parcel point');
    expect(inShopTerms('apart from EU countries, where else')).toBe(
      'outside eu other countries, where else',
    );
    expect(inShopTerms("I'm between M and L, I wear a fleece under it")).toBe(
      "i'm between sizes choose, i wear a layers underneath it",
    );
    expect(inShopTerms('if I join the club, does it stop by itself after a year')).toBe(
      'if i join the club, renew cancel automatically after a year',
    );
    expect(inShopTerms('how much is the membership')).toBe('cost the membership');
    expect(inShopTerms('how much is the refund')).toBe('how much is the refund');
  });

  it('reads a range of days, the support team, where orders leave from and a return received', () => {
    expect(inShopTerms('can i reach your support team mon-fri')).toBe(
      'can i reach customer service monday to friday',
    );
    expect(inShopTerms('open Sat-Sun?')).toBe('open saturday to sunday?');
    expect(inShopTerms('open mon to sat?')).toBe('open monday to saturday?');
    expect(inShopTerms('we sat through sun and rain')).toBe('we sat through sun and rain');
    expect(inShopTerms('where do orders get sent out from')).toBe(
      'where do orders get ship from warehouse',
    );
    expect(inShopTerms("once you've got my boots back")).toBe('returned item arrives');
    expect(inShopTerms('how long to reach me')).toBe('how long to delivery');
    expect(inShopTerms('your newsletter floods my inbox and I want out')).toBe(
      'your newsletter floods my inbox and i unsubscribe',
    );
    expect(inShopTerms('does the frame support a heavy load')).toBe(
      'does the frame support a heavy load',
    );
    // "stop it" is unsubscribing only after the mails it is about
    expect(inShopTerms('the zip keeps sticking, how do I stop it')).not.toContain('unsubscribe');
  });

  it('reads a lower price elsewhere, none left, a size letter, a cut-off, a tent put up and text-speak', () => {
    expect(inShopTerms('will you give me the difference')).toBe('will you price match lower price');
    expect(inShopTerms("it's cheaper at another shop")).toBe(
      "it's price match lower price another shop",
    );
    expect(inShopTerms('and you have no L left anymore')).toBe('and you have out of stock');
    expect(inShopTerms('swap it for an L')).toBe('exchange it for a size');
    expect(inShopTerms('cut off time for same day dispatch')).toBe(
      'order placed before time for same day ship leave warehouse',
    );
    expect(inShopTerms('how long will it be on the way')).toBe('how long will it delivery takes');
    expect(inShopTerms('if that is still covered')).toBe('if warranty cover');
    expect(inShopTerms('we never set up a tent, how long to put it up')).toBe(
      'we never pitch tent, how long to pitch tent',
    );
    expect(inShopTerms('how many days 4 money back')).toBe('how many days for refund');
    expect(inShopTerms('how much off do I get')).toBe('discount do i get');
    expect(inShopTerms('what must I enclose with my letter')).toBe(
      'what must i send with my letter',
    );
    expect(inShopTerms('I already took off the labels')).toBe('i already tags attached removed');
    expect(inShopTerms('is there a size chart with actual measurements')).toBe(
      'is there a size guide with size guide',
    );
    expect(inShopTerms('so that it is sent off on that very day')).toBe(
      'so that it is ship leave warehouse on same day',
    );
    expect(inShopTerms('how long to send it back for my money')).toBe('how long to return refund');
    expect(inShopTerms('when did your shop start')).toBe('when did founded');
    expect(inShopTerms('when should it land on my doorstep')).toBe('when should it delivery takes');
    expect(inShopTerms('how long does a regular parcel take to get to Madrid')).toBe(
      'how long does a standard parcel delivery takes to madrid',
    );
    expect(inShopTerms('how much to post a normal parcel')).toBe('how much shipping');
    expect(inShopTerms('how will I know where my package is once it leaves you')).toBe(
      'how will i tracking when parcel ships',
    );
    expect(inShopTerms('the tent arrived with a snapped pole')).toBe(
      'the tent damaged defective pole',
    );
    expect(inShopTerms('how long after they arrived')).toBe('how long after they delivery');
    expect(inShopTerms('on my bill, how much tax was inside the price')).toBe(
      'on my invoice, how much vat tax was included',
    );
    expect(inShopTerms('please bill me later')).toBe('please bill me later');
    expect(inShopTerms('what else can I use to pay')).toBe('what else can i accept pay');
    expect(inShopTerms('nothing on my Mastercard yet')).toBe('nothing card statement yet');
    expect(inShopTerms('can I call the whole thing off')).toBe('can i cancel');
    expect(inShopTerms('any kind of student deal')).toBe('any kind of student discount');
    expect(inShopTerms('what perks does the club give')).toBe(
      'what members get does the club give',
    );
    expect(inShopTerms('the benefits of merino wool')).toBe('the benefits of merino wool');
    expect(inShopTerms("what's your fastest option")).toBe("what's your express delivery");
    expect(inShopTerms('when should my jacket and socks turn up')).toBe(
      'when should my jacket and socks delivery',
    );
    expect(inShopTerms('when will my refund turn up')).toBe('when will my refund turn up');
    expect(inShopTerms('I took one of the labels off')).toBe('i tags attached removed');
    expect(inShopTerms('rope cut to length')).toBe('rope custom-cut');
    expect(inShopTerms("change my trail shoes to a 44 if you don't have 44 anymore")).toBe(
      'exchange size if you out of stock',
    );
    expect(inShopTerms('how will I find out that my order is on its way')).toBe(
      'how will i receive email when parcel is shipped',
    );
    expect(inShopTerms('how do I get this sorted out')).toBe('how do i claim repair');
    expect(inShopTerms('which other ways can I pay you')).toBe('which accept pay');
    expect(inShopTerms('what number can I ring')).toBe('what number phone');
    expect(inShopTerms('give me the $ back')).toBe('give me refund');
    expect(inShopTerms('r u guys around on saturdays')).toBe('customer service open on saturdays');
    expect(inShopTerms('paid w/ one of ur vouchers')).toBe('paid with one of your gift card');
    expect(inShopTerms('how was INV-1 settled')).toBe('how was inv-1 paid');
    expect(inShopTerms('the amount before carriage')).toBe('the subtotal');
    expect(inShopTerms('60 m of line cut to the lengths I give')).toBe(
      '60 m of line custom-cut i give',
    );
    expect(inShopTerms('half-used gas cartridges')).toBe('opened fuel canisters');
    expect(inShopTerms('some price reduction for students')).toBe('discount for students');
    expect(inShopTerms('the membership is paying itself again every year? how I stop it')).toBe(
      'the membership is renews automatically every year? how i cancel',
    );
    expect(inShopTerms('my subscription is good. I want to stop this tent from leaking')).toBe(
      'my subscription is good. i want to stop this tent from waterproof',
    );
    expect(inShopTerms('it would be here by now, which dates did you promise me')).toBe(
      'it delivery by now, which dates did you expected me',
    );
    expect(inShopTerms('how many people fit in the tent')).toBe('how many sleeps in the tent');
    expect(inShopTerms('do I pay the postage to send it back')).toBe(
      'do i pay the return label shipping cost to return',
    );
    expect(inShopTerms('is that something the warranty takes care of')).toBe(
      'is that something the warranty cover',
    );
    expect(inShopTerms("the layer is peeling off, I don't want it patched up")).toBe(
      "the layer is delaminated off, i don't want it repair",
    );
    expect(inShopTerms('from when it arrived')).toBe('from when it delivery');
    expect(inShopTerms('when can I reach someone at the weekend')).toBe(
      'when can i customer service open saturday sunday weekend',
    );
    expect(inShopTerms('since when it exists')).toBe('founded');
    expect(inShopTerms('can I get the 29 EUR back')).toBe('can i refund');
    expect(inShopTerms('which one you recommend')).toBe('between sizes choose');
    expect(inShopTerms('where can I see actual measurements before I buy')).toBe(
      'where can i see size guide before i buy',
    );
    expect(inShopTerms('a way of following my parcel once it is gone')).toBe(
      'a way of tracking when parcel ships',
    );
    expect(inShopTerms('how long have you been going')).toBe('how long founded');
    expect(inShopTerms('I want to send a pair of pants back. Do I pay the postage?')).toBe(
      'i want to return. do i pay the return label shipping cost?',
    );
    expect(inShopTerms('how do i stop my trail club membership')).toBe(
      'how do i cancel membership',
    );
    expect(inShopTerms('the value added tax')).toBe('the vat tax');
    expect(inShopTerms('which forms of payment can you accept')).toBe(
      'which accept pay can you accept',
    );
    expect(inShopTerms('should the size no longer be available')).toBe(
      'should the size out of stock',
    );
    expect(inShopTerms('how the membership can be brought to an end')).toBe(
      'how the membership can be cancel',
    );
    expect(inShopTerms('the stages an order passes through')).toBe(
      'the status updates an order passes through',
    );
    expect(inShopTerms('how we would be informed once they are on their way')).toBe(
      'how we would receive email when parcel are on their way',
    );
    expect(inShopTerms('how long after receiving the parcel your company pays out the money')).toBe(
      'how long returned item arrives your company refund the money',
    );
    expect(inShopTerms('from which town and country your parcels are dispatched')).toBe(
      'ship from warehouse',
    );
    expect(inShopTerms('hear about your sales before everyone else')).toBe(
      'hear about your sales early access',
    );
    expect(inShopTerms('with which card was it paid')).toBe(
      'with which card visa mastercard was it paid',
    );
    // what arrived at the shop is no delivery
    expect(inShopTerms('you emailed that it arrived')).toBe('you emailed that it arrived');
    expect(inShopTerms('from which day does the guarantee count')).toBe(
      'from which day does the warranty starting',
    );
    // a count stays a count
    expect(inShopTerms('size 4 boots, 2 to 4 days')).toBe('size 4 boots, 2 to 4 days');
    expect(inShopTerms('can I set up an account')).toBe('can i set up an account');
  });

  it('reads "arrive" as delivery only for what is delivered, not for money', () => {
    expect(inShopTerms('when will my parcel arrive')).toBe('when will my parcel delivery');
    expect(inShopTerms('when will my money arrive')).not.toContain('delivery');
  });

  it('keeps the words around a phrase apart and leaves look-alikes alone', () => {
    expect(inShopTerms('I want the money refunded to PayPal')).toBe('i refund to paypal');
    for (const text of [
      'did you receive my money? i paid by bank transfer',
      'the courier has been here twice',
      // what a review found rewritten into something else, and is not
      'the tent fits 4 people easily',
      'a u-shaped door',
      'we sat through sun and rain',
      'the tent is great. i want to set up an account',
      'i got a newsletter last week. i want to stop it raining into my tent',
      'does it run on butane?',
      'will the rain stop soon?',
      'does the tent stand on its own?',
      'what are the benefits of merino wool?',
      'is the hood attached to the jacket?',
      'measurements of the tent when packed',
      'how do i contact you?',
      'when does the store open on sunday?',
      'can i change my address to 14 elm road?',
      'i was on the phone with support and got cut off',
      'an email sent from your address',
      'when you get the blue tent back in stock',
      'is there no one available to answer the phone?',
      'can i take it to the beach?',
      'i bought something off your website',
      'a ce certificate',
      'thanks for nothing',
      'is delivery by christmas guaranteed?',
      'i was sent the wrong size',
      'will my parcel be left in the rain',
      'send it to someone in germany',
      'does the ring you sell come in gold',
      'i changed my mind about the colour, can i exchange it?',
      'the logo should appear on the jacket',
      'a message on the card',
      'the email went to spam',
      'the buckle snaps off',
      'the outer shell',
      'near the university campus',
      'the courier has been around twice',
    ])
      expect(inShopTerms(text)).toBe(text);
  });

  it('leaves text without such a phrase as it is, in lower case', () => {
    expect(inShopTerms('Does the Summit 2 tent sleep two?')).toBe(
      'does the summit 2 tent sleep two?',
    );
  });

  it('reads a run of white space as one space (no pattern rescans a long run from every position)', () => {
    expect(inShopTerms(`can i give${' \t'.repeat(50_000)}it back`)).toBe('can i return');
  });

  it('takes time linear in the text (no pattern rescans a run from every position)', () => {
    const long = `${'order '.repeat(20_000)}arrive`;
    expect(inShopTerms(long).endsWith('delivery')).toBe(true);
  });
});

describe(separateQuestions.name, () => {
  it('splits a message into the questions it asks, each with its background', () => {
    expect(
      separateQuestions('Who started the company, and do you have a shop I can visit?'),
    ).toEqual(['Who started the company', 'do you have a shop I can visit?']);
    expect(
      separateQuestions('I live in Norway. How long is delivery? Do you charge customs?'),
    ).toEqual([
      'I live in Norway. How long is delivery?',
      'I live in Norway. Do you charge customs?',
    ]);
    // a relative clause, a question word inside one question, or an either/or is one question
    for (const q of [
      'Which shoes did I buy in the sale and which was worn once?',
      'How do I know when and where it ships?',
      'Is it waterproof or is it only water-resistant?',
    ])
      expect(separateQuestions(q)).toEqual([q]);
    // one question, or a short follow-up leaning on it, is asked whole
    expect(separateQuestions('How long is delivery, and when?')).toEqual([
      'How long is delivery, and when?',
    ]);
    expect(separateQuestions('Can I return it and get a refund?')).toEqual([
      'Can I return it and get a refund?',
    ]);
  });
});

describe('question terms with customer words', () => {
  it('asks for the shop’s terms, and for the customer’s own words at a lower weight', () => {
    expect(questionTerms('how do I get my money back')).toContain('refund');
    expect(questionTerms('any deals for students at uni?')).toEqual(
      expect.arrayContaining(['discount', 'student']),
    );
    const weighted = weightedQuestionTerms('how do I get my money back');
    expect(weighted.get('refund')).toBe(1);
    expect(weighted.get('money')).toBe(CUSTOMER_PHRASE_WEIGHT);
  });

  it('shares a root between an irregular participle and its verb ("unworn", "wore")', () => {
    expect(derivationalRoot('unworn')).toBe('wear');
    expect(derivationalRoot('worn')).toBe('wear');
    expect(derivationalRoot('unbroken')).toBe('break');
  });

  it('finds a customer’s phrase misspelt when a spelling corrector is given', () => {
    const correct = new SpellChecker().correct;
    expect(questionTerms('What pamyent methods can I use?', { correct })).toContain('accept');
    expect(questionTerms('Who strated the company?', { correct })).toContain('found');
  });

  it('drops phrases of an auxiliary verb that carry no topic', () => {
    expect(questionTerms('how long is the guarantee on your tents')).not.toContain('be_on');
  });
});
