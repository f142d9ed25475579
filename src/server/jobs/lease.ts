import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';

/**
 * Takes or renews the named lease for `holder` until `ms` from now; true when this holder has it. Several app
 * instances share one database, so exactly one of them runs each scheduled job.
 */
export async function acquireLease(db: DB, name: string, holder: string, ms: number): Promise<boolean> {
  const now = nowIso();
  const until = new Date(Date.now() + ms).toISOString();
  await db
    .insertInto('job_leases')
    .values({ name, holder, expires_at: until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: until })
        .where((eb) => eb.or([eb('job_leases.holder', '=', holder), eb('job_leases.expires_at', '<', now)])),
    )
    .execute();
  const row = await db.selectFrom('job_leases').select('holder').where('name', '=', name).executeTakeFirst();
  return row?.holder === holder;
}
