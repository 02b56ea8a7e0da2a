import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig, ConfigError, loadConfig } from './config.js';

class SampleConfig extends BaseServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  override HTTP_PORT = 9000;
}

describe(loadConfig.name, () => {
  it('uses the defaults when nothing is set', () => {
    const sut = loadConfig(SampleConfig, 'sample', {});
    expect(sut).toMatchObject({
      HTTP_PORT: 9000,
      NATS_URL: 'nats://127.0.0.1:4222',
      LOG_LEVEL: 'info',
    });
  });

  it('converts environment strings to the declared types', () => {
    const sut = loadConfig(SampleConfig, 'sample', {
      HTTP_PORT: '9100',
      NATS_URL: 'nats://a:4222,nats://b:4222',
      CONSUMER_CONCURRENCY: '8',
    });
    expect(sut.HTTP_PORT).toBe(9100);
    expect(sut.CONSUMER_CONCURRENCY).toBe(8);
    expect(sut.natsServers()).toEqual(['nats://a:4222', 'nats://b:4222']);
  });

  it('lists every bad variable at once', () => {
    expect.assertions(3);
    try {
      loadConfig(SampleConfig, 'sample', {
        HTTP_PORT: '70000',
        LOG_LEVEL: 'chatty',
        SHUTDOWN_TIMEOUT_MS: 'soon',
      });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/HTTP_PORT: .* \(got '70000'\)/);
      expect((err as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(
        expect.arrayContaining(['HTTP_PORT', 'LOG_LEVEL', 'SHUTDOWN_TIMEOUT_MS']),
      );
    }
  });
});
