import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { apply, BINNED, factsOf } from './2026_12_01_120000_analytics_facts';

// Frozen: on PostgreSQL the follow-up day counts' trigger on customers asks first whether the statement moved any
// customer into or out of the recycle bin. Its upsert's plan read every follow-up of the updated customers before
// finding that none had moved: 0.8 s for each thousand customers updated (a bulk tag, the deal fields' refresh).

const body = (guarded: boolean) => {
  const upsert = apply([factsOf(BINNED, 'f.sign', false)]);
  const moved = `(select 1 from old_rows o join new_rows n on n.id = o.id
    where (o.deleted_at is null) <> (n.deleted_at is null))`;
  return guarded ? `if exists ${moved} then ${upsert} end if;` : upsert;
};

const replace = (db: Kysely<any>, guarded: boolean) =>
  sql
    .raw(
      `create or replace function follow_up_day_counts_customer_bin() returns trigger language plpgsql as $$
    begin ${body(guarded)} return null; end $$`,
    )
    .execute(db);

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await replace(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await replace(db, false);
}
