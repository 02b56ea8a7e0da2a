export * from './provider.js';
export * from './local.provider.js';
export * from './openai.provider.js';
export * from './provider-chain.js';
export * from './model-metrics.js';
export * from './providers-config.js';
export * from './invoice-extractor.js';
export * from './extractive-answer.js';
