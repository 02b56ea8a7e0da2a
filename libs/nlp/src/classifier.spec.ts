import { describe, expect, it } from '@jest/globals';
import { TextClassifier } from './classifier.js';

const examples = [
  ...[
    'where is my parcel 5512',
    'track order 88123',
    'has order 4410 shipped',
    'status of order 7781',
  ].map((text) => ({ text, label: 'lookup' })),
  ...[
    'refund my order please',
    'I want my money back',
    'cancel and refund order 5512',
    'give me a refund',
  ].map((text) => ({ text, label: 'refund' })),
  ...[
    'what are your opening hours',
    'how can I call you',
    'is there a phone number',
    'when are you open',
  ].map((text) => ({ text, label: 'contact' })),
];

describe(TextClassifier.name, () => {
  const sut = TextClassifier.train(examples, { folds: 3 });

  it('learns labels from examples with calibrated probabilities', () => {
    const r = sut.classify('pls refnd me');
    expect(r.label).toBe('refund');
    expect(Object.values(r.probabilities).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 6);
    expect(sut.classify('what time do you open on saturday').label).toBe('contact');
  });

  it('saves and loads the trained model: the same probabilities without training again', () => {
    const loaded = TextClassifier.fromJSON(JSON.parse(JSON.stringify(sut.toJSON())) as never);
    for (const text of ['where is order 9912', 'money back now', 'phone number?', 'hello'])
      expect(loaded.classify(text)).toEqual(sut.classify(text));
    expect(() => TextClassifier.fromJSON({ ...sut.toJSON(), format: 0 })).toThrow(/format 0/);
  });

  it('refuses examples of a single label', () => {
    expect(() => TextClassifier.train(examples.filter((e) => e.label === 'refund'))).toThrow(
      /at least two labels/,
    );
  });
});
