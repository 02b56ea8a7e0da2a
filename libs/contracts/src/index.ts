// class-transformer's @Type reads decorator metadata: the polyfill must load before any payload class.
import 'reflect-metadata';
export * from './validation.js';
export * from './envelope.js';
export * from './payloads/common.js';
export * from './payloads/task.js';
export * from './payloads/stages.js';
export * from './payloads/dead-letter.js';
export * from './payloads/document.js';
export * from './payloads/approvals-api.js';
export * from './subjects.js';
export * from './topology.js';
export * from './access.js';
export * from './compiled.js';
