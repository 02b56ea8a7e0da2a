export * from './lexicon.js';
export * from './text.js';
export * from './spelling.js';
export * from './embedding.js';
export * from './classifier.js';
export * from './question.js';
export * from './small-talk.js';
export * from './places.js';
