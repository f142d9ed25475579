import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: null, secureCookies: false });
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('reads the environment, and flags win over it', () => {
    const env = { KEYI_PORT: '8080', DATABASE_URL: 'postgres://keyi@db/keyi', KEYI_SECURE_COOKIES: 'true' };
    expect(loadConfig(env)).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://keyi@db/keyi',
      secureCookies: true,
    });
    expect(loadConfig(env, { port: '9000' }).port).toBe(9000);
  });

  it('fails loudly on nonsense', () => {
    expect(() => loadConfig({ KEYI_PORT: 'eighty' })).toThrow(/KEYI_PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ KEYI_SECURE_COOKIES: 'maybe' })).toThrow(/KEYI_SECURE_COOKIES/);
  });
});
