import { endToEndSuite } from './support/end-to-end-suite.js';

endToEndSuite('the JetStream KV store', () => ({}));
