export * from './wait-for.js';
export * from './processes.js';
export * from './ports.js';
export * from './nats-server.js';
export * from './nats-cluster.js';
export * from './service-process.js';
export * from './stack.js';
export * from './faults.js';
