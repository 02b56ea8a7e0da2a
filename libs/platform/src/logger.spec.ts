import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { REDACTED, censorSecrets, createLogger } from './logger.js';

function capture(): { lines: Array<Record<string, unknown>>; stream: Writable } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe(createLogger.name, () => {
  it('censors authorization headers, broker passwords, provider credentials and keys wherever they sit', () => {
    const { lines, stream } = capture();
    const sut = createLogger('gateway', 'info', 'test', stream);
    sut.info(
      {
        headers: { authorization: 'Bearer sk-live-1', cookie: 'sid=1', 'set-cookie': 'sid=2' },
        req: { headers: { authorization: 'Bearer sk-live-2' } },
        err: { config: { headers: { Authorization: 'Bearer sk-live-3' } } },
        provider: { baseUrl: 'https://api.example', apiKey: 'sk-live-4' },
        NATS_PASSWORD: 'p-nats-1',
        nats: { user: 'router', pass: 'p-nats-2', password: 'p-nats-3' },
        PROVIDERS: '{"primary":{"apiKey":"sk-live-5"}}',
        keyName: 'ops-lead',
      },
      'something happened',
    );
    const text = JSON.stringify(lines);
    for (const secret of [
      'sk-live-1',
      'sk-live-2',
      'sk-live-3',
      'sk-live-4',
      'sk-live-5',
      'p-nats-1',
      'p-nats-2',
      'p-nats-3',
      'sid=1',
      'sid=2',
    ])
      expect({ secret, leaked: text.includes(secret) }).toEqual({ secret, leaked: false });
    expect(lines[0]).toMatchObject({
      headers: { authorization: REDACTED },
      provider: { baseUrl: 'https://api.example', apiKey: REDACTED },
      nats: { user: 'router', pass: REDACTED },
      keyName: 'ops-lead', // a key's name is not the key
      msg: 'something happened',
    });
  });

  it('censors inside errors and arrays, six levels down, and leaves the logged object as it was', () => {
    const { lines, stream } = capture();
    const sut = createLogger('generator', 'info', 'test', stream);
    const err = Object.assign(new Error('provider said 401'), {
      config: { headers: { Authorization: 'Bearer sk-live-6' } },
    });
    const logged = {
      err,
      calls: [{ apiKey: 'sk-live-7', model: 'm' }],
      a: { b: { c: { d: { e: { token: 'sk-live-8' } } } } },
      when: new Date(0),
    };
    sut.error(logged, 'call failed');
    const text = JSON.stringify(lines);
    for (const secret of ['sk-live-6', 'sk-live-7', 'sk-live-8'])
      expect({ secret, leaked: text.includes(secret) }).toEqual({ secret, leaked: false });
    expect(lines[0]).toMatchObject({
      err: { message: 'provider said 401', config: { headers: { Authorization: REDACTED } } },
      calls: [{ apiKey: REDACTED, model: 'm' }],
      when: '1970-01-01T00:00:00.000Z',
    });
    expect(err.config.headers.Authorization).toBe('Bearer sk-live-6');
    expect(logged.calls[0]?.apiKey).toBe('sk-live-7');
  });

  it('shares what holds no secret instead of copying it', () => {
    const clean = { taskId: 't1', nested: { status: 'completed' } };
    expect(censorSecrets(clean)).toBe(clean);
    const mixed = { clean: clean.nested, nats: { password: 'p' } };
    const censored = censorSecrets(mixed) as typeof mixed;
    expect(censored.clean).toBe(mixed.clean);
    expect(censored.nats).toEqual({ password: REDACTED });
  });
});
