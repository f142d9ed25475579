import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { loadConfig, type SettingName } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { startJobs } from './jobs/scheduler';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/web next to dist/server when built; the same path from src/server when run with tsx. */
const WEB_DIR = path.resolve(here, '../../dist/web');

export async function startServer(overrides: Partial<Record<SettingName, string>> = {}): Promise<void> {
  const config = loadConfig(process.env, overrides);
  const sqliteFile = path.join(config.dataDir, 'keyi.db');
  const database = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile });
  await migrateToLatest(database.db);
  const app = await buildApp({
    config,
    db: database.db,
    webDir: WEB_DIR,
    sqliteFile: config.databaseUrl ? null : sqliteFile,
  });
  const jobs = startJobs(database.db, app.log, {
    notifications: app.notifications,
    files: app.files,
    backups: app.backups,
  });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : path.join(config.dataDir, 'keyi.db');
  // Plain words on the console for the person who just typed `npm start`; the JSON log is for machines.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`客易 Keyi is running at http://${config.host}:${port}  (database: ${where})`);
}
