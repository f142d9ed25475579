import { sql, type SqlBool } from 'kysely';
import { addDays } from '../../domain/cadence';
import { hourIn, todayIn } from '../../domain/dates';
import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';
import { milestoneCode } from '../../domain/project';
import { now as clockNow } from '../clock';
import type { DB } from '../db/schema';
import { notify } from '../notifications/notify.service';
import { DIGEST_HOUR } from '../reminders/reminders.service';
import { settingsOf } from '../workspaces/workspace-settings';
import { reminderWords } from './reminder-words';

/** A run reminds of this many of each kind per workspace; the rest wait for the next run (the keys say what was sent). */
const BATCH = 500;
/** Something that went overdue longer ago than this is no news: no reminder after a long pause of the job. */
const LOOKBACK_DAYS = 30;

/** Not yet sent: the dedupe key is looked up in SQL, so a run with nothing new reads no notification rows. */
const unsent = (key: ReturnType<typeof sql<string>>) =>
  sql<SqlBool>`not exists (select 1 from notifications n where n.workspace_id = projects.workspace_id
    and n.dedupe_key = ${key})`;

/**
 * Tells each project's owner, in their language, when an installment falls due (the workspace's today) and when it
 * becomes overdue, and when a milestone becomes delayed; once each, from the morning digest's hour. The dedupe key
 * carries the date it is about, so a moved date is news again and a second app instance sends nothing.
 */
export async function sendPaymentReminders(
  db: DB,
  now = clockNow(),
): Promise<{ due: number; overdue: number; delayed: number }> {
  const sent = { due: 0, overdue: 0, delayed: 0 };
  for (const workspace of await db
    .selectFrom('workspaces')
    .select(['id', 'time_zone', 'settings'])
    .execute()) {
    const { timeZone } = settingsOf(workspace);
    if (hourIn(timeZone, now) < DIGEST_HOUR) continue;
    const today = todayIn(timeZone, now);
    const due = await openInstallments(db, workspace.id, today, 'due');
    const overdue = await openInstallments(db, workspace.id, today, 'overdue');
    const delayed = await delayedMilestones(db, workspace.id, today);
    const locales = await localesOf(
      db,
      workspace.id,
      [...due, ...overdue, ...delayed].map((r) => r.owner_id),
    );
    const send = async (
      userId: string,
      input: { kind: 'payment' | 'due'; title: string; body: string; link: string; dedupeKey: string },
    ) => ((await notify(db, { workspaceId: workspace.id, userId, ...input })).created ? 1 : 0);
    for (const [kind, rows] of [
      ['due', due],
      ['overdue', overdue],
    ] as const)
      for (const r of rows) {
        const locale = locales.get(r.owner_id);
        if (!locale) continue;
        const words = reminderWords(locale);
        sent[kind] += await send(r.owner_id, {
          kind: 'payment',
          title: words[kind](`${r.customer_name} · ${r.project_name} · ${r.name}`),
          body: words.owed(Number(r.owed), r.date),
          link: `/projects/${r.project_id}`,
          dedupeKey: r.key,
        });
      }
    for (const m of delayed) {
      const locale = locales.get(m.owner_id);
      if (!locale) continue;
      const words = reminderWords(locale);
      sent.delayed += await send(m.owner_id, {
        kind: 'due',
        title: words.delayed(m.project_name, milestoneCode(m.seq), m.content),
        body: words.planned(m.planned_date),
        link: `/projects/${m.project_id}`,
        dedupeKey: m.key,
      });
    }
  }
  return sent;
}

/** Open installments falling due today, or gone overdue within the look-back, with no reminder sent yet. */
function openInstallments(db: DB, workspaceId: string, today: string, kind: 'due' | 'overdue') {
  const key = sql<string>`'installment:' || installments.id || ':' || installments.effective_due_date || ${`:${kind}`}`;
  let q = db
    .selectFrom('installments')
    .innerJoin('projects', 'projects.id', 'installments.project_id')
    .innerJoin('customers', 'customers.id', 'installments.customer_id')
    .select([
      'installments.id',
      'installments.name',
      sql<number>`installments.amount_due - installments.received_amount`.as('owed'),
      sql<string>`installments.effective_due_date`.as('date'),
      'projects.id as project_id',
      'projects.name as project_name',
      'projects.owner_id',
      'customers.name as customer_name',
      key.as('key'),
    ])
    .where('installments.workspace_id', '=', workspaceId)
    .where(
      sql<SqlBool>`installments.deleted_at is null and installments.received_amount < installments.amount_due`,
    )
    .where('customers.deleted_at', 'is', null)
    .where(unsent(key));
  q =
    kind === 'due'
      ? q.where('installments.effective_due_date', '=', today)
      : q
          .where('installments.effective_due_date', '<', today)
          .where('installments.effective_due_date', '>=', addDays(today, -LOOKBACK_DAYS));
  return q.orderBy('installments.effective_due_date').limit(BATCH).execute();
}

/** Open milestones past their plan within the look-back, with no reminder sent yet. */
function delayedMilestones(db: DB, workspaceId: string, today: string) {
  const key = sql<string>`'milestone:' || milestones.id || ':' || milestones.planned_date || ':delayed'`;
  return db
    .selectFrom('milestones')
    .innerJoin('projects', 'projects.id', 'milestones.project_id')
    .innerJoin('customers', 'customers.id', 'projects.customer_id')
    .select([
      'milestones.id',
      'milestones.seq',
      'milestones.content',
      'milestones.planned_date',
      'projects.id as project_id',
      'projects.name as project_name',
      'projects.owner_id',
      key.as('key'),
    ])
    .where('milestones.workspace_id', '=', workspaceId)
    .where(sql<SqlBool>`milestones.deleted_at is null and milestones.actual_date is null`)
    .where('milestones.planned_date', '<', today)
    .where('milestones.planned_date', '>=', addDays(today, -LOOKBACK_DAYS))
    .where('projects.deleted_at', 'is', null)
    .where('customers.deleted_at', 'is', null)
    .where(unsent(key))
    .orderBy('milestones.planned_date')
    .limit(BATCH)
    .execute();
}

/** The language each member reads in (users.locale; Chinese unless they chose English). Former members get none. */
async function localesOf(db: DB, workspaceId: string, ids: string[]): Promise<Map<string, TLocale>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.locale ?? DEFAULT_LOCALE]));
}
