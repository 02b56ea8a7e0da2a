import { describe, expect, it } from '@jest/globals';
import { countriesIn, isIn, scopeApplies, scopesOf } from './places.js';

const country = (text: string) => {
  const [c] = countriesIn(text);
  if (!c) throw new Error(`no country in '${text}'`);
  return c;
};

describe('places', () => {
  it('finds countries by name and alias, in lower case too, but not a pronoun or a common word', () => {
    expect(countriesIn('I live in Norway. Who pays?').map((c) => c.code)).toEqual(['NO']);
    expect(countriesIn('do you ship to the united states or the uk').map((c) => c.code)).toEqual([
      'US',
      'GB',
    ]);
    expect(countriesIn('Can I send it to the US?').map((c) => c.code)).toEqual(['US']);
    expect(countriesIn('shipping to canada').map((c) => c.code)).toEqual(['CA']);
    expect(countriesIn('Can us customers order?')).toEqual([]);
    expect(countriesIn('a turkey sandwich')).toEqual([]);
    expect(countriesIn('I moved to Turkey')[0]?.code).toBe('TR');
    // a capital stands for its country, only capitalised ("Malé", not "male")
    expect(countriesIn('a present for a friend in Oslo').map((c) => c.code)).toEqual(['NO']);
    expect(countriesIn('I am male')).toEqual([]);
  });

  it('finds a customer’s state or province when asked to, as its country', () => {
    const codes = (text: string) => countriesIn(text, { cities: true }).map((c) => c.code);
    expect(codes('Greetings from Ontario! Do you post kettles here?')).toEqual(['CA']);
    expect(codes('I live in California, how long does it take?')).toEqual(['US']);
    // a country's own name stays the country ("Georgia"), and none is read without asking
    expect(codes('We are in Georgia.')).toEqual(['GE']);
    expect(countriesIn('Greetings from Ontario!')).toEqual([]);
    // a province only where it places someone, capitalised
    expect(codes('the texas toast was great')).toEqual([]);
  });

  it('finds a customer’s large city when asked to, but not a common word or a policy’s city', () => {
    const codes = (text: string) => countriesIn(text, { cities: true }).map((c) => c.code);
    expect(codes('I live in Cologne, do I pay the return postage?')).toEqual(['DE']);
    expect(codes('Hi from Vancouver!')).toEqual(['CA']);
    expect(codes('Grüezi, I am in Zurich.')).toEqual(['CH']);
    expect(codes('We moved to Sydney')).toEqual(['AU']);
    // … only where it places someone: a name signing a message is a person's
    expect(codes('Sydney and Melbourne')).toEqual([]);
    expect(codes('How long does delivery take?\nBest regards,\nFlorence')).toEqual([]);
    expect(codes('my name is Victoria')).toEqual([]);
    // a name two countries' cities share about equally says neither
    expect(codes('I live in Valencia.')).toEqual([]);
    // a city's name that is a common word counts only where it places someone
    expect(codes('Split payments? Reading your policy, it seems nice')).toEqual([]);
    expect(codes('I moved to Reading last year')).toEqual(['GB']);
    // typed in lower case, where nothing follows it in the sentence
    expect(codes('hey from toronto 🇨🇦 how long')).toEqual(['CA']);
    expect(codes('it came in nice packaging')).toEqual([]);
    // … and whose commonest sense is a town
    expect(codes('I placed the order from mobile. How long?')).toEqual([]);
    expect(codes('My tent leaked in hail.')).toEqual([]);
    expect(codes('The seam started to split.')).toEqual([]);
    // the same country named twice is one country, with both mentions
    const uk = countriesIn('to Manchester in the UK', { cities: true });
    expect(uk.map((c) => c.code)).toEqual(['GB']);
    expect(uk[0].mentions).toEqual(['Manchester', 'UK']);
    expect(uk[0].named).toEqual(['UK']);
    // without `cities`, a policy's "our warehouse in Rotterdam" names no country
    expect(countriesIn('We ship from our warehouse in Rotterdam')).toEqual([]);
  });

  it('knows which countries are in the European Union and in Europe', () => {
    expect(isIn(country('Spain'), 'eu')).toBe(true);
    expect(isIn(country('Norway'), 'eu')).toBe(false);
    expect(isIn(country('Norway'), 'europe')).toBe(true);
    expect(isIn(country('United Kingdom'), 'eu')).toBe(false); // left in 2020
    expect(isIn(country('Canada'), 'europe')).toBe(false);
  });

  it('reads the region a rule is scoped to, inside or outside it', () => {
    expect(scopesOf('Returns from outside the EU are sent at your own cost.')).toEqual([
      { region: 'eu', inside: false },
    ]);
    expect(scopesOf('Standard delivery within the European Union takes two days.')).toEqual([
      { region: 'eu', inside: true },
    ]);
    expect(scopesOf('Print the free label for EU addresses.')).toEqual([
      { region: 'eu', inside: true },
    ]);
    expect(scopesOf('We use one carrier inside the EU and another to other countries.')).toEqual([
      { region: 'eu', inside: true },
      { region: 'elsewhere', inside: true },
    ]);
    expect(scopesOf('Our shop opens at nine.')).toEqual([]);
  });

  it('applies a scoped rule to a country by membership, and "other countries" to those outside the region named', () => {
    const outside = scopesOf('Returns from outside the EU are sent at your own cost.');
    expect(scopeApplies(outside, country('Norway'))).toBe(true);
    expect(scopeApplies(outside, country('Germany'))).toBe(false);
    const inside = scopesOf('Delivery within the European Union costs 5 EUR.');
    expect(scopeApplies(inside, country('Portugal'))).toBe(true);
    expect(scopeApplies(inside, country('Switzerland'))).toBe(false);
    const elsewhere = scopesOf('International delivery takes a week.');
    expect(scopeApplies(elsewhere, country('Japan'), inside)).toBe(true);
    expect(scopeApplies(elsewhere, country('Belgium'), inside)).toBe(false);
    expect(scopeApplies(scopesOf('Our shop opens at nine.'), country('Japan'))).toBeUndefined();
  });
});
