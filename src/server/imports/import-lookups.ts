import type { TImportSettings } from '../../domain/import/import-batch';
import type { RowLookups } from '../../domain/import/import-rows';
import { todayIn } from '../../domain/dates';
import { now as clockNow } from '../clock';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import { can } from '../http/policy';

/**
 * What rows are read with: dictionary labels (the person's own answers for unknown ones first, then the workspace's
 * entries by key or label), and members by name or login. A member who may not hand customers to others finds only
 * themselves: any other owner in the sheet is a problem of that row.
 */
export async function importLookups(
  db: DB,
  reader: Reader,
  dicts: Dictionaries,
  settings: Pick<TImportSettings, 'valueMap'>,
  timeZone: string,
): Promise<RowLookups> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'login'])
    .where('workspace_id', '=', reader.scope.workspaceId)
    .where('deleted_at', 'is', null)
    .execute();
  const mayAssign = can(reader.actor, 'customers.assign');
  const byName = new Map<string, string>();
  for (const user of users) {
    if (!mayAssign && user.id !== reader.actor.id) continue;
    byName.set(user.login.toLowerCase(), user.id);
    if (!byName.has(user.name.trim().toLowerCase())) byName.set(user.name.trim().toLowerCase(), user.id);
  }
  return {
    today: todayIn(timeZone, clockNow()),
    dictionary: (dictionary, label) => {
      const mapped = settings.valueMap[dictionary]?.[label];
      return dicts.resolve(dictionary, mapped ?? label);
    },
    user: (name) => byName.get(name.trim().toLowerCase()),
  };
}
