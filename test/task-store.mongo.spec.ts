import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { MongoTaskStore } from '@switchyard/task-store';
import { mongoForTests } from './support/mongo.js';
import { taskStoreContract } from './support/task-store-contract.js';

/**
 * The MongoDB run of the TaskStore contract: against MONGO_URL when set, else a testcontainers
 * MongoDB when a Docker engine answers, else one clear skip line.
 */
const mongo = mongoForTests();

if (!mongo.available) {
  describe('TaskStore contract: MongoDB', () => {
    it.skip(`skipped: ${mongo.reason}`, () => undefined);
  });
  process.stdout.write(`SKIP TaskStore contract (MongoDB): ${mongo.reason}\n`);
} else {
  beforeAll(() => mongo.start(), 180_000);
  afterAll(() => mongo.stop());
  taskStoreContract('MongoDB', () =>
    MongoTaskStore.connect(mongo.url(`switchyard_test_${Date.now()}`)),
  );
}
