import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/server/app';
import { openDatabase, type DialectName, type OpenDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { multipart, type Part } from './multipart';

/** SQLite always; PostgreSQL when KEYI_TEST_PG names a server (CI sets it). */
export const DIALECTS: DialectName[] = process.env.KEYI_TEST_PG ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestApp {
  app: FastifyInstance;
  database: OpenDatabase;
  close(): Promise<void>;
}

/**
 * A freshly migrated database of its own: SQLite in memory, or a new PostgreSQL schema dropped afterwards. `config`
 * adds settings, such as a data folder the test can look into.
 */
/** What every test app runs with (quiet, plain cookies); a test overrides what it needs. */
export const TEST_APP_CONFIG = {
  logLevel: 'silent',
  secureCookies: false,
  trustProxy: false,
  sessionDays: 30,
  bodyLimit: 1024 * 1024,
} as const;

export async function createTestApp(
  dialect: DialectName,
  config: Partial<AppOptions['config']> = {},
  sqliteFile = ':memory:',
): Promise<TestApp> {
  const url = process.env.KEYI_TEST_PG;
  let schema: string | undefined;
  if (dialect === 'postgres') {
    if (!url) throw new Error('KEYI_TEST_PG is not set');
    schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create schema ${schema}`);
  }
  const database = openDatabase({
    databaseUrl: dialect === 'postgres' ? (url ?? null) : null,
    sqliteFile,
    ...(schema && { pgSchema: schema, pgPoolSize: 5 }),
  });
  await migrateToLatest(database.db);
  const app = await buildApp({
    config: { ...TEST_APP_CONFIG, ...config },
    db: database.db,
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      if (schema && url) await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** One test app per describe block, opened before its tests and closed after. */
export function useTestApp(
  dialect: DialectName,
  config: Partial<AppOptions['config']> = {},
  sqliteFile?: string,
): () => TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(dialect, config, sqliteFile);
  });
  afterAll(async () => {
    await current?.close();
  });
  return () => {
    if (!current) throw new Error('test app not ready');
    return current;
  };
}

type Body = Record<string, unknown> | unknown[] | Buffer;

/** A signed-in browser: keeps the session cookie and sends the CSRF header on writes, as the web app does. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;
  locale = 'zh-CN';

  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: Body,
    headers: Record<string, string> = {},
  ) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.locale,
        ...(this.cookie && { cookie: this.cookie }),
        ...(this.csrfToken && method !== 'GET' && { 'x-keyi-csrf': this.csrfToken }),
        ...(this.bearer && { authorization: `Bearer ${this.bearer}` }),
        ...headers,
      },
      ...(body !== undefined && { payload: body }),
    });
    this.remember(response);
    return response;
  }

  private remember(response: LightMyRequestResponse): void {
    const session = response.cookies.find((c) => c.name === 'keyi_session');
    if (session) this.cookie = session.value ? `keyi_session=${session.value}` : undefined;
    const json = response.headers['content-type']?.toString().includes('json')
      ? safeJson(response.body)
      : undefined;
    if (json && typeof json === 'object' && 'csrfToken' in json && typeof json.csrfToken === 'string') {
      this.csrfToken = json.csrfToken;
    }
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: Body, headers?: Record<string, string>) =>
    this.request('POST', url, body, headers);
  patch = (url: string, body?: Body, headers?: Record<string, string>) =>
    this.request('PATCH', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);
  /** A multipart upload, as a browser sends files. */
  upload = (url: string, parts: Part[]) => {
    const body = multipart(parts);
    return this.request('POST', url, body.payload, { 'content-type': body.type });
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const OWNER = {
  workspaceName: '客易测试工作室',
  ownerName: '王芳',
  login: 'wangfang',
  password: 'Keyi2026pass',
};

/** Runs first-run set-up and returns the owner's signed-in client. */
export async function setupOwner(app: FastifyInstance): Promise<Client> {
  const owner = new Client(app);
  const response = await owner.post('/api/v1/setup', OWNER);
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  return owner;
}

let memberCounter = 0;

/** Adds a member with the role through the API (as an owner would) and signs them in. */
export async function createMember(
  app: FastifyInstance,
  owner: Client,
  role: string,
  name = `成员${++memberCounter}`,
) {
  const login = `m${Date.now().toString(36)}${++memberCounter}`;
  const password = 'Member2026pass';
  const created = await owner.post('/api/v1/users', { name, login, password, role });
  if (created.statusCode !== 201) throw new Error(`create member failed: ${created.body}`);
  const client = new Client(app);
  const login2 = await client.post('/api/v1/auth/login', { login, password });
  if (login2.statusCode !== 200) throw new Error(`member login failed: ${login2.body}`);
  return { client, user: created.json() as { id: string; version: number; login: string }, password };
}
