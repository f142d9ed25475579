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
    expect(() => loadConfig({ KEYI_SECRET_KEY: 'too-short' })).toThrow(/KEYI_SECRET_KEY/);
    expect(() => loadConfig({ KEYI_PUBLIC_URL: 'crm.example.com' })).toThrow(/KEYI_PUBLIC_URL/);
  });

  it('limits each attached file to 20 MB unless told otherwise, in whole MB up to 1024', () => {
    expect(loadConfig({}).maxUploadMb).toBe(20);
    expect(loadConfig({ KEYI_MAX_UPLOAD_MB: '100' }).maxUploadMb).toBe(100);
    expect(() => loadConfig({ KEYI_MAX_UPLOAD_MB: '0' })).toThrow(/KEYI_MAX_UPLOAD_MB/);
    expect(() => loadConfig({ KEYI_MAX_UPLOAD_MB: '2.5' })).toThrow(/KEYI_MAX_UPLOAD_MB/);
  });

  it('takes a 32-byte secret key as base64 or hex, and a public address without its trailing slash', () => {
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ KEYI_SECRET_KEY: base64 }).secretKey).toBe(base64);
    expect(loadConfig({ KEYI_SECRET_KEY: 'ab'.repeat(32) }).secretKey).toBe('ab'.repeat(32));
    expect(loadConfig({}).secretKey).toBeNull();
    expect(loadConfig({ KEYI_PUBLIC_URL: 'https://crm.example.com/' }).publicUrl).toBe(
      'https://crm.example.com',
    );
  });
});
