import { afterAll, beforeAll } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { KvTaskStore } from '@switchyard/task-store';
import { NatsServer } from '@switchyard/testing';
import { taskStoreContract } from './support/task-store-contract.js';

let server: NatsServer;
let nc: NatsConnection;

beforeAll(async () => {
  server = await NatsServer.start({ name: 'kv-store' });
  nc = await connect({ servers: server.url, noAsyncTraces: true });
});

afterAll(async () => {
  await nc.drain();
  await server.stop();
});

taskStoreContract('JetStream KV', () => KvTaskStore.create(nc, `tasks_${Date.now()}`));
