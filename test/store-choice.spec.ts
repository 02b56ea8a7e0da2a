import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NatsServer, ServiceProcess } from '@switchyard/testing';

/**
 * Defect 2: with MONGO_URL on the gateway and the coordinator only, the approval service opened the
 * empty KV bucket and answered every decision with 409 "the task does not exist". The deployment's
 * store is now recorded on the bus, and a service configured for another one refuses to start.
 */
describe('one task store per deployment', () => {
  let nats: NatsServer;
  let coordinator: ServiceProcess;

  beforeAll(async () => {
    nats = await NatsServer.start({ name: 'store-choice' });
    coordinator = await ServiceProcess.start('coordinator', nats.url);
  });

  afterAll(async () => {
    await coordinator?.stop();
    await nats?.stop();
  });

  it('refuses to start a service configured for another store, naming both', async () => {
    const approval = await ServiceProcess.start('approval', nats.url, {
      env: {
        MONGO_URL:
          'mongodb://reviewer:secret@mongo-a:27017,mongo-b:27017/switchyard?replicaSet=rs0',
      },
      waitReady: false,
    });
    expect(await approval.exited()).toBe(1);
    const said = approval.logs();
    expect(said).toContain('the JetStream KV bucket sy_tasks (recorded by coordinator');
    expect(said).toContain(
      'approval is configured for MongoDB at mongodb://mongo-a:27017,mongo-b:27017/switchyard',
    );
    expect(said).not.toContain('secret');
  });

  it('starts a service configured like the first one', async () => {
    const gateway = await ServiceProcess.start('gateway', nats.url);
    expect((await gateway.health('ready')).status).toBe(200);
    await gateway.stop();
  });
});
