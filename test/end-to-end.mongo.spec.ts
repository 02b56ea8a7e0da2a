import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { endToEndSuite } from './support/end-to-end-suite.js';
import { mongoForTests } from './support/mongo.js';

/**
 * The whole stack on MongoDB: against MONGO_URL when set, else a testcontainers MongoDB (replica
 * set) when a container runtime answers, else one printed skip line.
 */
const mongo = mongoForTests();

if (!mongo.available) {
  describe('end to end on MongoDB', () => {
    it.skip(`skipped: ${mongo.reason}`, () => undefined);
  });
  process.stdout.write(`SKIP end to end on MongoDB: ${mongo.reason}\n`);
} else {
  beforeAll(() => mongo.start(), 180_000);
  afterAll(() => mongo.stop());
  endToEndSuite('MongoDB', () => ({ MONGO_URL: mongo.url(`switchyard_e2e_${Date.now()}`) }));
}
