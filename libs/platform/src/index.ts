import 'reflect-metadata';
export * from './config.js';
export * from './logger.js';
export * from './readiness.js';
export * from './tokens.js';
export * from './health.controller.js';
export * from './metrics.controller.js';
export * from './platform.module.js';
export * from './run-service.js';
