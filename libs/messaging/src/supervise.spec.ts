import { getEventListeners } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { pause } from './supervise.js';

describe('pause', () => {
  it('leaves no listener on the signal after the wait, however many rounds', async () => {
    const abort = new AbortController();
    for (let round = 0; round < 25; round++) await pause(1, abort.signal);
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(0);
  });

  it('ends at once when the signal aborts', async () => {
    const abort = new AbortController();
    const waiting = pause(60_000, abort.signal);
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(1);
    abort.abort();
    await waiting; // a 60 s timer still pending would keep jest waiting past its timeout
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(0);
  });
});
