import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NatsServer, SERVICES, ServiceProcess, waitFor } from '@switchyard/testing';
import { workflowDir } from './support/workflow-dir.js';

describe('every service process', () => {
  let nats: NatsServer;

  beforeAll(async () => {
    nats = await NatsServer.start({ name: 'boot' });
  });

  afterAll(async () => {
    await nats.stop();
  });

  it('boots against a harness server, reports ready, serves metrics, and exits 0 on SIGTERM', async () => {
    const services = await Promise.all(
      SERVICES.map((name) => ServiceProcess.start(name, nats.url)),
    );
    try {
      for (const service of services) {
        expect(await service.health('live')).toEqual({ status: 200, body: { status: 'ok' } });
        const ready = await service.health('ready');
        expect(ready.status).toBe(200);
        expect(ready.body).toMatchObject({
          status: 'ready',
          checks: { nats: true, consumers: true },
        });
        const metrics = await fetch(`${service.url}/metrics`);
        expect(metrics.status).toBe(200);
        expect(metrics.headers.get('content-type')).toContain('text/plain');
        expect(await metrics.text()).toContain('process_cpu_user_seconds_total');
      }
    } finally {
      const codes = await Promise.all(services.map((s) => s.stop('SIGTERM')));
      expect(codes).toEqual(SERVICES.map(() => 0));
    }
    for (const service of services) expect(service.logs()).toContain('"msg":"stopped"');
  });

  it('reports not ready while NATS is down and ready again once it is back', async () => {
    const router = await ServiceProcess.start('router', nats.url);
    try {
      await nats.kill9();
      await waitFor(
        'router to report not ready',
        async () => (await router.health('ready')).status === 503,
      );
      expect((await router.health('ready')).body).toMatchObject({ checks: { nats: false } });
      expect((await router.health('live')).status).toBe(200);
      await nats.restart();
      await router.waitReady();
    } finally {
      expect(await router.stop()).toBe(0);
    }
  });

  it('refuses to start on a broken workflow file, naming the file, the line, the path and the reason', async () => {
    const workflows = workflowDir({
      'broken.yaml': 'id: broken\nversion: 0\ndescription: d\nsteps: []\n',
    });
    try {
      const service = await ServiceProcess.start('coordinator', nats.url, {
        waitReady: false,
        env: { WORKFLOWS_DIR: workflows.dir },
      });
      expect(await service.exited()).toBe(1);
      expect(service.logs()).toContain('broken.yaml:2: /version: must be >= 1');
      expect(service.logs()).toContain('broken.yaml:4: /steps: must NOT have fewer than 1 items');
    } finally {
      workflows.dispose();
    }
  });

  it('refuses to start on bad configuration, listing every bad variable', async () => {
    const service = await ServiceProcess.start('validator', nats.url, {
      waitReady: false,
      env: {
        HTTP_PORT: 'eighty',
        LOG_LEVEL: 'loud',
        NATS_URL: 'localhost:4222',
        CONSUMER_CONCURRENCY: '0',
      },
    });
    expect(await service.exited()).toBe(1);
    const output = service.logs();
    expect(output).toContain('invalid configuration for validator');
    expect(output).toMatch(/HTTP_PORT: .*got 'eighty'/);
    expect(output).toMatch(/LOG_LEVEL: .*got 'loud'/);
    expect(output).toMatch(/NATS_URL: must be one or more nats:\/\/ URLs.*got 'localhost:4222'/);
    expect(output).toMatch(/CONSUMER_CONCURRENCY: .*got '0'/);
  });
});
