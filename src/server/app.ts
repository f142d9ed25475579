import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { apiTokenRoutes } from './api-tokens/api-token.routes';
import { attachmentRoutes } from './attachments/attachment.routes';
import { importRoutes } from './imports/import.routes';
import { fileStoreOf, type FileStore } from './attachments/file-store';
import { backupRoutes } from './backups/backup.routes';
import { personalDataRoutes } from './privacy/personal-data.routes';
import type { BackupPlace } from './backups/backup-runner';
import { authRoutes } from './auth/auth.routes';
import { briefingRoutes } from './briefings/briefing.routes';
import { contactRoutes } from './contacts/contact.routes';
import { contractRoutes } from './contracts/contract.routes';
import { customFieldRoutes } from './custom-fields/custom-field.routes';
import { customerRoutes } from './customers/customer.routes';
import { dealRoutes } from './deals/deal.routes';
import { followUpParseRoutes } from './follow-ups/follow-up-parse.routes';
import { followUpRoutes } from './follow-ups/follow-up.routes';
import { dictionaryRoutes } from './dictionaries/dictionary.routes';
import type { Config } from './config';
import type { DB } from './db/schema';
import { registerAuth, type Access } from './http/auth';
import { errorHandler, notFoundHandler } from './http/errors';
import type { Api } from './http/routes';
import { validatorCompiler } from './http/validation';
import { notificationContextOf, type NotificationContext } from './notifications/notification-context';
import { notificationRoutes } from './notifications/notification.routes';
import { recycleBinRoutes } from './recycle-bin/recycle-bin.routes';
import { savedViewRoutes } from './saved-views/saved-view.routes';
import { searchRoutes } from './search/search.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { poolRoutes } from './pool/pool.routes';
import { projectRoutes } from './projects/project.routes';
import { taskRoutes } from './tasks/task.routes';
import { testClockRoutes } from './test-clock.routes';
import { todayRoutes } from './today/today.routes';
import { analyticsRoutes } from './analytics/analytics.routes';
import { userRoutes } from './users/user.routes';
import { VERSION } from './version';
import { workingDayRoutes } from './working-days/working-day.routes';
import { workspaceRoutes } from './workspaces/workspace.routes';

const ZHealth = z.object({ status: z.string(), db: z.string(), version: z.string() });

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'secureCookies' | 'trustProxy' | 'sessionDays' | 'bodyLimit'> &
    // Where the key to stored secrets comes from; with neither (tests) it lives in memory for this app only.
    // Without a data folder, uploaded files go to a temporary folder of this app's own.
    Partial<Pick<Config, 'dataDir' | 'secretKey' | 'publicUrl' | 'testClock' | 'maxUploadMb'>>;
  db: DB;
  /** SQLite's file, which backups read through a second connection; absent on PostgreSQL and in memory. */
  sqliteFile?: string | null;
  /** The built web app; served with a fallback to index.html for client-side routes. */
  webDir?: string;
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with who may call it; the role-matrix test walks this list. */
    apiRoutes: RouteAccess[];
    /** The secret key and public address the notification routes use; jobs and tests send with the same. */
    notifications: NotificationContext;
    /** Where attached files live: the jobs sweep it too. */
    files: FileStore;
    /** Where backups are made from and kept; the daily backup job uses the same. */
    backups: BackupPlace;
  }
}

/** Every API route must say who may call it; a route without `config.access` is a bug caught at start-up. */
function requireAccessDeclared(app: FastifyInstance): void {
  app.decorate('apiRoutes', [] as RouteAccess[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });
}

function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // One line per request is noise at info level; debug and trace turn it on.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  requireAccessDeclared(app);
  securityHeaders(app);
  const notifications = notificationContextOf(config);
  app.decorate('notifications', notifications);
  const files = fileStoreOf(config);
  app.decorate('files', files);
  const backups: BackupPlace = {
    db,
    sqliteFile: options.sqliteFile ?? null,
    dataDir: files.root,
    secretBox: notifications.secretBox,
    job: null,
  };
  app.decorate('backups', backups);

  await app.register(cookie);
  registerAuth(app, db, config.sessionDays);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Keyi API',
        version: VERSION,
        description: '客易 Keyi CRM: the HTTP API (base /api/v1).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'keyi_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (instance) => {
      const api = instance.withTypeProvider<ZodTypeProvider>() as Api;
      authRoutes(api, db, { secureCookies: config.secureCookies, sessionDays: config.sessionDays });
      userRoutes(api, db);
      workspaceRoutes(api, db);
      apiTokenRoutes(api, db);
      recycleBinRoutes(api, db, files);
      searchRoutes(api, db);
      dictionaryRoutes(api, db);
      customerRoutes(api, db);
      followUpRoutes(api, db);
      dealRoutes(api, db);
      analyticsRoutes(api, db);
      followUpParseRoutes(api, db);
      attachmentRoutes(api, db, files);
      importRoutes(api, db, files);
      backupRoutes(api, backups);
      taskRoutes(api, db);
      todayRoutes(api, db);
      poolRoutes(api, db);
      calendarRoutes(api, db);
      contactRoutes(api, db);
      personalDataRoutes(api, db);
      contractRoutes(api, db);
      savedViewRoutes(api, db);
      customFieldRoutes(api, db);
      workingDayRoutes(api, db);
      projectRoutes(api, db);
      briefingRoutes(api, db);
      if (config.testClock) testClockRoutes(api);
      notificationRoutes(api, db, notifications);
    },
    { prefix: '/api/v1' },
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: ZHealth, 503: ZHealth } },
    },
    async (_request, reply) => {
      const ok = await sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      return reply
        .status(ok ? 200 : 503)
        .send({ status: ok ? 'ok' : 'degraded', db: ok ? 'ok' : 'error', version: VERSION });
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  serveWeb(app, options.webDir);
  return app;
}

function serveWeb(app: FastifyInstance, webDir: string | undefined): void {
  const index = webDir ? path.join(webDir, 'index.html') : undefined;
  if (webDir && index && fs.existsSync(index)) {
    void app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, maxAge: '1h' });
    app.get('/', { config: { access: 'public' } }, (_request, reply) =>
      reply.sendFile('index.html', { maxAge: 0 }),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' && !request.url.startsWith('/api') && index && fs.existsSync(index);
    if (wantsPage) return reply.type('text/html; charset=utf-8').sendFile('index.html', { maxAge: 0 });
    return notFoundHandler(request, reply);
  });
}
