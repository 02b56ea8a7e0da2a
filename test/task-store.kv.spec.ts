import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kvm } from '@nats-io/kv';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { KvTaskStore } from '@switchyard/task-store';
import { NatsServer } from '@switchyard/testing';
import { newTask, taskStoreContract } from './support/task-store-contract.js';

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

describe('KV index removal in the background', () => {
  it('keeps an index entry written again after the update that made it stale', async () => {
    const bucket = `tasks_race_${Date.now()}`;
    const store = await KvTaskStore.create(nc, bucket);
    const kv = await new Kvm(nc).open(bucket);
    let survived = 0;
    const rounds = 20;
    for (let i = 0; i < rounds; i++) {
      const { task } = await store.create(newTask({ status: 'running' }));
      const waiting = await store.update({ ...task, status: 'awaiting_approval' }, task);
      // the running entry is being removed; the task's entry is written again at once, as a task
      // back from its approval writes it (the removal may reach the server after this write)
      await kv.put(`a.${task.tenant}.${task.id}`, '');
      await store.list(task.tenant, { status: 'running', limit: 1 }); // waits for the removal
      if (waiting && (await kv.get(`a.${task.tenant}.${task.id}`))?.operation === 'PUT') survived++;
    }
    expect(survived).toBe(rounds);
    await store.close();
  });
});
