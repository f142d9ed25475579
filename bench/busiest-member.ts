import { sql } from 'kysely';
import type { DB } from '../src/server/db/schema';

/** The sales member owning the most live customers (or the one with this login): a sales user's worst case. */
export async function busiestMember(db: DB, login?: string) {
  let member = db
    .selectFrom('users')
    .innerJoin('customers', 'customers.owner_id', 'users.id')
    .select(['users.id', 'users.login', sql<number>`count(*)`.as('n')])
    .where('users.role', '=', 'sales')
    .where('customers.deleted_at', 'is', null)
    .groupBy(['users.id', 'users.login'])
    .orderBy('n', 'desc')
    .orderBy('users.login')
    .limit(1);
  if (login) member = member.where('users.login', '=', login);
  const chosen = await member.executeTakeFirst();
  if (!chosen) throw new Error('no sales member owns customers: pass --member');
  return { id: chosen.id, login: chosen.login, customers: Number(chosen.n) };
}
