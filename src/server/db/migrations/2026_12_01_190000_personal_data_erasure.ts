import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: 个人信息删除 (PIPL). A contact whose personal data was erased keeps its place in the customer's records
// (follow-ups point at it) with its identifying fields emptied and the moment of erasure here.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const instant = isPostgres(db) ? sql`timestamptz` : sql`text`;
  await db.schema.alterTable('contacts').addColumn('erased_at', instant).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').dropColumn('erased_at').execute();
}
