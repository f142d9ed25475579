import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { isPostgres } from './dialect';
import { MIGRATIONS } from './migrations';

/**
 * Kysely looks for its bookkeeping tables in every schema unless told which; pin it to the connection's current
 * schema so a database shared by several schemas (tests, staging beside production) migrates each one on its own.
 */
async function migrationSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!isPostgres(db)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

async function migratorOf(db: Kysely<any>): Promise<Migrator> {
  const schema = await migrationSchema(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => (isPostgres(db) ? MIGRATIONS : inTransactions(MIGRATIONS)) },
    ...(schema && { migrationTableSchema: schema }),
  });
}

/** Whether this build knows a migration (a backup made by a newer Keyi names one it does not). */
export function isKnownMigration(name: string): boolean {
  return name in MIGRATIONS;
}

/** Brings an empty database up to a given migration: a restore loads a backup into the schema it was made from. */
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const result = await (await migratorOf(db)).migrateTo(name);
  if (result.error) throw result.error;
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const result = await (await migratorOf(db)).migrateToLatest();
  if (result.error) throw result.error;
  // New indexes need statistics before the planner trusts them (PostgreSQL's autovacuum gathers its own).
  if (!isPostgres(db) && result.results?.length) await sql`pragma optimize = 0x10002`.execute(db);
  return result;
}

/**
 * Kysely runs SQLite migrations outside a transaction (its adapter declares no transactional DDL, which SQLite has),
 * so a migration stopped halfway, say while indexing a million rows, would leave a schema that neither it nor its
 * successor can run on. Each one runs in its own transaction instead.
 */
export function inTransactions(migrations: Record<string, Migration>): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(migrations).map(([name, m]) => [
      name,
      {
        up: (db: Kysely<any>) => db.transaction().execute((trx) => m.up(trx)),
        ...(m.down && { down: (db: Kysely<any>) => db.transaction().execute((trx) => m.down!(trx)) }),
      },
    ]),
  );
}
