import { describe, expect, it } from '@jest/globals';
import { ProtocolHandler } from '@nats-io/nats-core/internal';
import { applyFlushPatch } from './flush-patch.js';

/** The part of nats.js's protocol handler the patched method uses, recording what it writes. */
function fakeProtocol(pendingLimit = 1024) {
  const chunks: Uint8Array[] = [];
  const writes: string[] = [];
  const decoder = new TextDecoder();
  return {
    writes,
    pendingLimit,
    outbound: {
      length: () => chunks.length,
      size: () => chunks.reduce((n, c) => n + c.length, 0),
      fill: (buf: Uint8Array, ...payloads: unknown[]) => {
        chunks.push(buf, ...(payloads as Uint8Array[]));
      },
    },
    flushPending() {
      if (chunks.length)
        writes.push(
          chunks
            .splice(0)
            .map((c) => decoder.decode(c))
            .join(''),
        );
    },
  };
}

/** The method as it is now on nats.js's protocol handler (read after the patch applies). */
const sendCommand = (fake: unknown, cmd: string, ...payloads: unknown[]): void =>
  (
    ProtocolHandler.prototype as unknown as {
      sendCommand(this: unknown, cmd: string | Uint8Array, ...payloads: unknown[]): void;
    }
  ).sendCommand.call(fake, cmd, ...payloads);

describe(applyFlushPatch.name, () => {
  it('applies to the installed nats.js and writes a turn’s commands once, in order, after its microtasks', async () => {
    expect(applyFlushPatch()).toBe(true);
    const fake = fakeProtocol();
    sendCommand(fake, 'PUB a 1\r\n', new TextEncoder().encode('x\r\n'));
    await Promise.resolve(); // the microtask checkpoint nats.js used to write at
    sendCommand(fake, 'PUB b 0\r\n\r\n');
    expect(fake.writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.writes).toEqual(['PUB a 1\r\nx\r\nPUB b 0\r\n\r\n']);
  });

  it('still writes at once past the client’s flush threshold', () => {
    applyFlushPatch();
    const fake = fakeProtocol(16);
    sendCommand(fake, 'PUB a 0\r\n\r\n');
    sendCommand(fake, 'PUB b 0\r\n\r\n');
    expect(fake.writes).toEqual(['PUB a 0\r\n\r\nPUB b 0\r\n\r\n']);
  });
});
