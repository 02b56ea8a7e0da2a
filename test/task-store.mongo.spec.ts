import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { MongoTaskStore } from '@switchyard/task-store';
import { taskStoreContract } from './support/task-store-contract.js';

/**
 * The MongoDB run of the TaskStore contract: against MONGO_URL when set, else a testcontainers
 * MongoDB when a Docker engine answers, else one clear skip line.
 */
function dockerAvailable(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

const mongoUrl = process.env.MONGO_URL;
const useDocker = !mongoUrl && dockerAvailable();

if (!mongoUrl && !useDocker) {
  describe('TaskStore contract: MongoDB', () => {
    it.skip('skipped: MONGO_URL is not set and no Docker engine is available for testcontainers', () =>
      undefined);
  });
  process.stdout.write(
    'SKIP TaskStore contract (MongoDB): MONGO_URL is not set and no Docker engine is available\n',
  );
} else {
  let url = mongoUrl ?? '';
  let stopContainer: (() => Promise<unknown>) | undefined;

  beforeAll(async () => {
    if (useDocker) {
      const { MongoDBContainer } = await import('@testcontainers/mongodb');
      const container = await new MongoDBContainer('mongo:8').start();
      url = `${container.getConnectionString()}?directConnection=true`;
      stopContainer = () => container.stop();
    }
  }, 180_000);

  afterAll(async () => {
    await stopContainer?.();
  });

  taskStoreContract('MongoDB', () => MongoTaskStore.connect(url, `switchyard_test_${Date.now()}`));
}
