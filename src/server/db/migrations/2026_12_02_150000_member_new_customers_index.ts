import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: a sales member's 新增客户 counted from an index alone, their customers by the instant each was created.
// Through the owner's index the count read each of the member's customers from the table (12,000 at a million).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('customers_owner_created_idx')
    .on('customers')
    .columns(['workspace_id', 'owner_id', 'created_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // SQLite plans by its statistics, and a new index has none until the server's next `pragma optimize`.
  if (!isPostgres(db)) await sql`analyze customers_owner_created_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('customers_owner_created_idx').execute();
}
