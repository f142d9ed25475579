import { addDays, daysBetween } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';
import { maskText } from '../../domain/masking';
import { now as clockNow } from '../clock';
import type { DB } from '../db/schema';
import { can } from '../http/policy';
import { notify } from '../notifications/notify.service';
import { settingsOf } from '../workspaces/workspace-settings';

const WORDS: Record<TLocale, { title(title: string, end: string): string; left(days: number): string }> = {
  'zh-CN': {
    title: (title, end) => `合同即将到期：${title}，${end} 到期，请跟进续费`,
    left: (days) => (days === 0 ? '今天到期' : `还有 ${days} 天`),
  },
  'en-US': {
    title: (title, end) => `Contract ending soon: ${title}, ends ${end}; follow up on the renewal`,
    left: (days) => (days === 0 ? 'ends today' : `${days} day${days === 1 ? '' : 's'} left`),
  },
};

/** One reminder per contract and end date: a contract whose end moves is reminded again for the new one. */
export const renewalKey = (contractId: string, endDate: string) => `renewal:${contractId}:${endDate}`;

/**
 * Live contracts of live customers ending from `from` to `to`, read through contracts_end_idx (workspace, end date),
 * with who to tell: the customer's owner.
 */
export function endingContracts(db: DB, workspaceId: string, from: string, to: string) {
  return db
    .selectFrom('contracts')
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.title',
      'contracts.end_date',
      'contracts.customer_id',
      'customers.name as customer_name',
      'customers.owner_id',
    ])
    .where('contracts.workspace_id', '=', workspaceId)
    .where('contracts.deleted_at', 'is', null)
    .where('contracts.end_date', '>=', from)
    .where('contracts.end_date', '<=', to)
    .where('customers.deleted_at', 'is', null);
}

async function sentKeys(db: DB, workspaceId: string, keys: string[]): Promise<Set<string | null>> {
  const sent = new Set<string | null>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('notifications')
      .select('dedupe_key')
      .where('workspace_id', '=', workspaceId)
      .where('dedupe_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) sent.add(r.dedupe_key);
  }
  return sent;
}

/**
 * 续费提醒: the customer's owner (the workspace owner for a customer in the pool, or whose owner has left) hears about
 * a contract `deals.renewalDays` days before its end, in their language. Cheap enough to run hourly: per workspace,
 * one index range and one lookup of what was already sent.
 */
export async function sendRenewalReminders(db: DB, now = clockNow()): Promise<{ renewals: number }> {
  let renewals = 0;
  for (const workspace of await db
    .selectFrom('workspaces')
    .select(['id', 'time_zone', 'settings'])
    .execute()) {
    const settings = settingsOf(workspace);
    const today = todayIn(settings.timeZone, now);
    const ending = await endingContracts(
      db,
      workspace.id,
      today,
      addDays(today, settings.deals.renewalDays),
    ).execute();
    if (ending.length === 0) continue;
    const sent = await sentKeys(
      db,
      workspace.id,
      ending.map((c) => renewalKey(c.id, c.end_date ?? '')),
    );
    const members = await db
      .selectFrom('users')
      .select(['id', 'role', 'locale'])
      .where('workspace_id', '=', workspace.id)
      .where('deleted_at', 'is', null)
      .execute();
    const byId = new Map(members.map((m) => [m.id, m]));
    const owner = members.find((m) => m.role === 'owner');
    for (const contract of ending) {
      const key = renewalKey(contract.id, contract.end_date ?? '');
      const member = (contract.owner_id && byId.get(contract.owner_id)) || owner;
      if (sent.has(key) || !member) continue;
      const words = WORDS[member.locale ?? DEFAULT_LOCALE];
      const masked = !can(
        { id: member.id, workspaceId: workspace.id, role: member.role },
        'personalData.view',
      );
      const title = masked ? maskText(contract.title) : contract.title;
      const end = contract.end_date ?? today;
      const result = await notify(db, {
        workspaceId: workspace.id,
        userId: member.id,
        kind: 'due',
        title: words.title(title, end),
        body: `${contract.customer_name} · ${contract.number} · ${words.left(daysBetween(today, end))}`,
        link: `/customers/${contract.customer_id}`,
        dedupeKey: key,
      });
      if (result.created) renewals += 1;
    }
  }
  return { renewals };
}
