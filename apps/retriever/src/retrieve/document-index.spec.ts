import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { DocumentV1 } from '@switchyard/contracts';
import { DocumentIndex, chunkText } from './document-index.js';

function doc(overrides: Partial<DocumentV1>): DocumentV1 {
  return {
    id: 'refunds',
    tenant: 'demo',
    version: 1,
    title: 'Refund policy',
    text: 'Refunds are paid within 30 days of delivery.',
    updatedAt: '2026-11-22T00:00:00.000Z',
    updatedBy: 'test',
    ...overrides,
  };
}

describe(chunkText.name, () => {
  it('cuts overlapping word windows that cover the whole text', () => {
    const words = Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkText(words, { size: 10, overlap: 3 });
    expect(chunks.map((c) => c.split(' ')[0])).toEqual(['w0', 'w7', 'w14', 'w21']);
    expect(chunks.at(-1)?.endsWith('w24')).toBe(true);
    expect(chunks[1]?.startsWith('w7 w8 w9')).toBe(true);
  });
});

describe(DocumentIndex.name, () => {
  it('finds a document by its words with a score in [0, 1)', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({}));
    const [hit] = sut.search('demo', 'when are refunds paid', 5);
    expect(hit).toMatchObject({ documentId: 'refunds', version: 1, chunk: 0 });
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.score).toBeLessThan(1);
  });

  it('replaces every chunk of an older version and ignores stale versions', () => {
    const sut = new DocumentIndex({ size: 5, overlap: 1 });
    sut.upsert(doc({ text: 'alpha beta gamma delta epsilon zeta eta theta iota kappa' }));
    expect(sut.chunks).toBe(3);
    sut.upsert(doc({ version: 2, text: 'lambda mu' }));
    expect(sut.chunks).toBe(1);
    // no chunk of version 1 is left (a vector neighbour of "alpha" may still find version 2)
    expect(sut.search('demo', 'alpha', 5).filter((p) => p.version === 1)).toEqual([]);
    expect(sut.upsert(doc({ version: 1, text: 'alpha' }))).toBe(false);
    expect(sut.search('demo', 'lambda', 5).map((p) => p.version)).toEqual([2]);
  });

  it('tells models apart by a single digit and finds a name by its abbreviation', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({ id: 'one', text: 'The Summit 1 tent sleeps one.' }));
    sut.upsert(doc({ id: 'two', text: 'The Summit 2 tent sleeps two.' }));
    sut.upsert(doc({ id: 'cards', text: 'We accept Visa and American Express.' }));
    sut.upsert(doc({ id: 'other', text: 'Refunds go to the card you paid with.' }));
    expect(sut.search('demo', 'summit 2', 5)[0].documentId).toBe('two');
    expect(sut.search('demo', 'summit 1', 5)[0].documentId).toBe('one');
    expect(sut.search('demo', 'do you take amex', 5)[0].documentId).toBe('cards');
  });

  it('counts a concept once per chunk, so the chunk with the rare word asked for comes first', () => {
    const sut = new DocumentIndex();
    sut.upsert(
      doc({
        id: 'refunds',
        text: 'Refunds are paid to the payment method you paid with; we charge no fee and pay the cost of the return.',
      }),
    );
    sut.upsert(
      doc({
        id: 'shipping',
        text: 'Shipping costs are paid at checkout; payment of customs charges is due on delivery.',
      }),
    );
    sut.upsert(doc({ id: 'methods', text: 'We accept Visa, PayPal and iDEAL.' }));
    expect(sut.search('demo', 'can i use ideal to pay', 5)[0].documentId).toBe('methods');
  });

  it('looks query lemmas up as they are ("founded" is not read as "find")', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({ id: 'about', text: 'The shop was founded in 2014 by two mountain guides.' }));
    sut.upsert(doc({ id: 'fees', text: 'Membership costs 29 EUR a year and renews every year.' }));
    expect(sut.search('demo', 'what year was the company founded', 5)[0].documentId).toBe('about');
  });

  it('corrects a misspelling against the words of documents added after earlier queries', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({ id: 'refunds', text: 'Refunds are paid within 30 days of delivery.' }));
    expect(sut.search('demo', 'refunds', 5)[0].documentId).toBe('refunds');
    sut.upsert(doc({ id: 'tents', text: 'The Quokkaline tent sleeps two.' }));
    expect(sut.search('demo', 'quokaline', 5)[0].documentId).toBe('tents');
  });

  it('finds the record a question names by id among passages about the same topic', () => {
    const sut = new DocumentIndex();
    sut.upsert(
      doc({
        id: 'shipping',
        text: 'Standard delivery of a parcel takes 2 to 4 business days. Express parcels arrive the next day.',
      }),
    );
    sut.upsert(
      doc({
        id: 'tracking',
        text: 'You receive a tracking number when your parcel ships, and parcel delivery updates by email.',
      }),
    );
    sut.upsert(
      doc({
        id: 'returns',
        text: 'Drop a return parcel at any parcel point within 30 days of delivery.',
      }),
    );
    sut.upsert(
      doc({
        id: 'order',
        text: 'Thank you for order QX-55120, placed on 2026-03-04. Delivery: expected 2026-03-06 to 2026-03-08.',
      }),
    );
    const found = sut
      .search('demo', "Hi, it's Alex, order QX-55120. When should my parcel turn up?", 2)
      .map((p) => p.documentId);
    expect(found).toContain('order');
  });

  it('reads a request that names nothing itself by what it points back at', () => {
    // (by word vectors of "send" alone, the shipping and club passages came first)
    const sut = new DocumentIndex();
    sut.upsert(
      doc({
        id: 'invoice',
        title: 'Example invoice',
        text: 'Ridgeway Outdoor Ltd, 4 Quay Street, Leeds. VAT number GB998877665. Total due: 89.00 EUR.',
      }),
    );
    sut.upsert(
      doc({
        id: 'shipping',
        title: 'Shipping',
        text: 'We send every parcel by courier and you can send it back over the counter at any post office.',
      }),
    );
    sut.upsert(
      doc({
        id: 'club',
        title: 'Club',
        text: 'The club fee is paid from your account once a year; cancel it in your account settings.',
      }),
    );
    for (const question of [
      'Our accounts payable team needs your VAT registration number before they can book the supplier invoice. Could you send it over?',
      'Our finance team has to file the supplier invoice and is missing your VAT registration number. Can you send that over please?',
    ])
      expect(sut.search('demo', question, 1).map((p) => p.documentId)).toEqual(['invoice']);
  });

  it('keeps the chunk the words find best when a long story pulls the word vectors elsewhere', () => {
    // over corpus/demo: the product passage's word vectors fell below the floor of the vector
    // ranking, lost that ranking's vote and came third or fourth behind passages the story's
    // words and numbers found
    const sut = new DocumentIndex();
    const dir = join(import.meta.dirname, '../../../../corpus/demo');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const [first = '', ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
      sut.upsert(
        doc({
          id: file.replace(/\.md$/, ''),
          title: first.replace(/^#\s*/, ''),
          text: rest.join('\n'),
        }),
      );
    }
    for (const question of [
      'Two years ago my brother and I spent a whole rainy evening on a campsite in Wales arguing over a tent, and we ended up sleeping in the car. I am 64 now and would like to avoid that. About how long does the Summit 2 take to pitch?',
      'Me and the kids tried camping in August and it was a disaster from start to finish, the poles, the pegs, everything. Honestly, roughly how quick is the Summit 2 to put up?',
    ])
      expect(sut.search('demo', question, 2).map((p) => p.documentId)).toContain('product-faq');
  });

  it('never returns another tenant’s passages', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({ tenant: 'other', id: 'secret', text: 'the launch code is QUOKKA-991' }));
    expect(sut.search('demo', 'QUOKKA-991 launch code', 5)).toEqual([]);
    expect(sut.search('other', 'QUOKKA-991', 5)).toHaveLength(1);
  });
});

describe('round 12: a city stands for its country', () => {
  it('finds the rule naming the country of a city the customer names', () => {
    const sut = new DocumentIndex();
    sut.upsert(
      doc({
        id: 'abroad',
        title: 'Abroad',
        text: 'Parcels to Japan, Mexico and Australia take 6 to 12 days.',
      }),
    );
    sut.upsert(
      doc({
        id: 'family',
        title: 'Family',
        text: 'Buying for an aunt or an uncle? Family members save 5% together.',
      }),
    );
    const [hit] = sut.search('demo', 'My aunt lives in Osaka, can you get a parcel to her?', 2);
    expect(hit.documentId).toBe('abroad');
  });
});

describe('round 20: a short question all of whose concepts a chunk holds', () => {
  it('clears the weak-retrieval bar (0.35) with a one-word question the chunk answers', () => {
    const sut = new DocumentIndex();
    sut.upsert(
      doc({
        id: 'delivery',
        title: 'Delivery',
        text: 'Standard parcels arrive in 3 to 5 days for 3.90 EUR. Courier parcels arrive the next day and cost 9.90 EUR. Parcels are packed in recycled boxes. We deliver to every country of the European Union.',
      }),
    );
    sut.upsert(doc({ id: 'hours', title: 'Hours', text: 'Our shop in Leiden opens at 10:00.' }));
    const [hit] = sut.search('demo', 'courier??', 5);
    expect(hit.documentId).toBe('delivery');
    expect(hit.score).toBeGreaterThanOrEqual(0.35);
  });

  it('leaves a question the chunks hold only part of below the bar', () => {
    const sut = new DocumentIndex();
    sut.upsert(doc({ id: 'hours', title: 'Hours', text: 'Our shop in Leiden opens at 10:00.' }));
    const hits = sut.search('demo', 'which volcano erupted near the shop', 5);
    expect(Math.max(0, ...hits.map((h) => h.score))).toBeLessThan(0.35);
  });
});
