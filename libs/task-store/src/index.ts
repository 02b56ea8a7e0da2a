export * from './task.js';
export * from './task-store.js';
export * from './kv-task-store.js';
export * from './mongo-task-store.js';
export * from './open-task-store.js';
export * from './task-store.module.js';
export * from './store-choice.js';
