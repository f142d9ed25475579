import path from 'node:path';
import { loadConfig, type Config, type SettingName } from '../server/config';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';

export type GlobalOptions = Partial<Record<SettingName, string>>;

/** Opens the configured database, brings it to the latest schema, runs the work and closes it. */
export async function withDatabase<T>(
  overrides: GlobalOptions,
  work: (db: DB, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env, overrides);
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, 'keyi.db'),
  });
  try {
    await migrateToLatest(database.db);
    return await work(database.db, config);
  } finally {
    await database.close();
  }
}
