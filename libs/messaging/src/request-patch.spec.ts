import { describe, expect, it } from '@jest/globals';
import { RequestError } from '@nats-io/nats-core';
import { RequestOne } from '@nats-io/nats-core/internal';
import { applyRequestPatch } from './request-patch.js';

describe(applyRequestPatch.name, () => {
  it('applies to the installed nats.js, and a cancelled request rejects with one shared error', async () => {
    expect(applyRequestPatch()).toBe(true);
    const rejections: Error[] = [];
    const fake = {
      mux: { cancel: () => undefined },
      deferred: { reject: (err: Error) => rejections.push(err) },
    };
    const cancel = (RequestOne.prototype as unknown as { cancel(this: unknown): void }).cancel;
    cancel.call(fake);
    cancel.call(fake);
    expect(rejections[0]).toBeInstanceOf(RequestError);
    expect(rejections[0]?.message).toBe('cancelled');
    // no new error (and stack capture) per request
    expect(rejections[1]).toBe(rejections[0]);
    await Promise.resolve();
  });
});
