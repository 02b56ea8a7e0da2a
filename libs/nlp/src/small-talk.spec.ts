import { describe, expect, it } from '@jest/globals';
import { withoutSmallTalk } from './small-talk.js';

describe('withoutSmallTalk', () => {
  it.each([
    [
      'Hello, hope you are well. I have been a customer for years. Can you ship to the States? Thank you so much!',
      'Can you ship to the States?',
    ],
    ['Hi there, has 55190 been dispatched yet Thank you so much!', 'has 55190 been dispatched yet'],
    ['Good morning team! Quick question: do you price match?', 'do you price match?'],
    [
      'Dear Sir or Madam,\nplease cancel order 12345.\nKind regards\nAnna',
      'please cancel order 12345.\nAnna',
    ],
    ['Where is my parcel? Thanks in advance', 'Where is my parcel?'],
    ['pls help. hey, quick one - order 44019, shipped or not?', 'order 44019, shipped or not?'],
    [
      'Is my refund through yet?\n\n--\nJane Doe\nACME Ltd\n+44 20 7946 0000',
      'Is my refund through yet?',
    ],
    ['Do you ship to Norway?\nSent from my iPhone', 'Do you ship to Norway?'],
    ['Hi\n--\nPlease get rid of my account.', 'Please get rid of my account.'], // no signature
    ['Hi, hello, where is my order?', 'where is my order?'],
    [
      'Sorry to bother you again. Is the store open on Sunday? Have a nice day!',
      'Is the store open on Sunday?',
    ],
    // what the message is about announced, nothing asked
    [
      'Hi there, I have a question about my order from last month. Please wipe my account. Thanks a lot in advance!',
      'Please wipe my account.',
    ],
    ["I'm writing regarding my recent order. It arrived broken.", 'It arrived broken.'],
    // (what it is about told with a reference stays: "a question about order 5521")
    [
      'I have a question about order 5521. Has it shipped?',
      'I have a question about order 5521. Has it shipped?',
    ],
  ])('%j → %j', (text, expected) => {
    expect(withoutSmallTalk(text)).toBe(expected);
  });

  it('drops a sign-off with the name after it, not a last word that asks', () => {
    expect(withoutSmallTalk('What number can I ring? Thank you, Doris')).toBe(
      'What number can I ring?',
    );
    expect(withoutSmallTalk('Can I call the order off? Thanks, Jordan')).toBe(
      'Can I call the order off?',
    );
    expect(withoutSmallTalk('What do I get? Greetings, Ana')).toBe('What do I get?');
    expect(withoutSmallTalk('Can I return it? Kind regards, Ana Lima')).toBe('Can I return it?');
    expect(withoutSmallTalk('I live in Spain. Refund.')).toBe('I live in Spain. Refund.');
    // a request written like a name or an introduction stays (a review's findings)
    for (const [text, request] of [
      ['My order 5512 is late.\nThanks, Cancel Everything.', 'Cancel Everything'],
      ['Where is order 5512?\nCheers, Cancel It', 'Cancel It'],
      ['Order 5512. Kind regards, Change Address', 'Change Address'],
      ['Order 5512.\nOne more thing, Cancel It.', 'Cancel It'],
      ['I have order 5512. Cancellation request here.', 'Cancellation request here'],
      ['Order 5512. Address change here.', 'Address change here'],
      ['Where is order 5512? This is cancellation again.', 'This is cancellation again'],
    ])
      expect(withoutSmallTalk(text)).toContain(request);
    expect(withoutSmallTalk('Alex Moreau here. Could you check it?')).toBe('Could you check it?');
  });

  it('leaves a request that only looks polite as it is', () => {
    for (const text of [
      "I hope you're able to cancel my order today.",
      'Thanks for the refund of order 553, now please cancel the rest.',
      'Hi-vis jacket sizes?',
      'Looking forward to your refund of my deposit.',
      'Sorry to bother you but please refund me.',
      'Can you help me cancel my order?',
      'Please help me change my delivery address.',
    ])
      expect(withoutSmallTalk(text)).toBe(text);
  });

  it('keeps the layout of a pasted document', () => {
    const invoice =
      'Hi, can you read this?\n\nINVOICE No. 42\nDate: 2026-03-01\nTotal due: EUR 120.00\n\nThanks!';
    expect(withoutSmallTalk(invoice)).toBe(
      'can you read this?\n\nINVOICE No. 42\nDate: 2026-03-01\nTotal due: EUR 120.00',
    );
  });

  it('returns a text that is only small talk unchanged', () => {
    for (const text of ['Hi! Thanks so much.', 'Thanks!\n--\nJane', 'Thanks!\nSent from my iPhone'])
      expect(withoutSmallTalk(text)).toBe(text);
  });

  it('reads what it strips again the same way', () => {
    for (const text of [
      'Hi, hello, where is my order? Thanks!',
      'Dear team,\nHi! Refund me please.',
    ])
      expect(withoutSmallTalk(withoutSmallTalk(text))).toBe(withoutSmallTalk(text));
  });
});
