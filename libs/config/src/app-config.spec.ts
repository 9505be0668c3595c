import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from './app-config.js';
import { ENV_SCHEMA } from './config.schema.js';

describe('loadConfig', () => {
  it('applies defaults to an empty environment and freezes the result', () => {
    const config = loadConfig({});
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.http.ports).toEqual({ fetcher: 3001, processor: 3002, store: 3003 });
    expect(Object.isFrozen(config.kafka)).toBe(true);
    expect(() => ((config.kafka as { namespace: string }).namespace = 'x')).toThrow(TypeError);
  });

  it('parses lists, numbers and booleans', () => {
    const config = loadConfig({ KAFKA_BROKERS: 'a:1, b:2', FETCHER_PORT: '8080', DATABASE_MIGRATIONS_RUN: 'false' });
    expect(config.kafka.brokers).toEqual(['a:1', 'b:2']);
    expect(config.http.ports.fetcher).toBe(8080);
    expect(config.database.migrationsRun).toBe(false);
  });

  it('reads read keys with scope read and admin keys with both', () => {
    const config = loadConfig({ READ_API_KEYS: 'alice=0123456789abcdef', ADMIN_API_KEYS: 'ops=fedcba9876543210' });
    expect(config.readApi.keys).toEqual([
      { name: 'alice', key: '0123456789abcdef', admin: false },
      { name: 'ops', key: 'fedcba9876543210', admin: true },
    ]);
    expect(() => loadConfig({ READ_API_KEYS: 'alice=short' })).toThrow(ConfigError);
  });

  it('reads per-source time zones and refuses a zone that does not exist', () => {
    const config = loadConfig({ SOURCE_TIME_ZONES: 'tass=Europe/Moscow, aap=Australia/Sydney' });
    expect(config.intake.timeZones).toEqual({ tass: 'Europe/Moscow', aap: 'Australia/Sydney' });
    expect(loadConfig({}).intake.timeZones).toEqual({});
    expect(() => loadConfig({ SOURCE_TIME_ZONES: 'tass=Mars/Olympus' })).toThrow(ConfigError);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ FETCHER_PORT: '' }).http.ports.fetcher).toBe(3001);
  });

  it('lists every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({ FETCHER_PORT: 'eighty', KAFKA_BROKERS: 'nohost', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(keys.sort()).toEqual(['FETCHER_PORT', 'KAFKA_BROKERS.0', 'LOG_LEVEL']);
  });

  it('documents every key in the configuration table of docs/configuration.md', () => {
    const table = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');
    const missing = Object.keys(ENV_SCHEMA.shape).filter((key) => !table.includes(`| \`${key}\``));
    expect(missing).toEqual([]);
  });
});
