import type { Kysely } from 'kysely';

// Frozen: where a workspace's recompute of its customers' score, grade, cadence and due date stands after its rules
// changed ('' = from the first customer, an id = after that one, null = nothing pending).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspaces').addColumn('refresh_after', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('refresh_after').execute();
}
