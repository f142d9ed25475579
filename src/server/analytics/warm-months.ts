import { DEFAULT_LOCALE } from '../../domain/locale';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { now } from '../clock';
import type { DB } from '../db/schema';
import { scopeOf } from '../http/policy';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { churnReport } from './churn.report';
import { funnelReport } from './funnel.report';
import { healthReport } from './health.report';
import { leaderboardReport } from './leaderboard.report';
import { methodsReport } from './methods.report';
import { monthlyReport } from './monthly.report';
import { orderValueReport } from './order-value.report';
import { repurchaseReport } from './repurchase.report';
import { salesCycleReport } from './sales-cycle.report';
import { sourceChannelsReport } from './source-channels.report';

/** How far back the kept months are made ready: this year's and this quarter's reports need no more. */
const MONTHS_BACK = 12;

/**
 * Makes the last twelve closed months of every report that reads analytics_months ready for the whole workspace, as
 * the owner sees them, so that the monthly meeting's reports open at once: after a month ends, after a change dated
 * in a past month dropped some, and on a first start over existing data. Months already kept cost one lookup.
 */
export async function warmKeptMonths(db: DB): Promise<{ workspaces: number }> {
  const owners = await db
    .selectFrom('users')
    .select(['id', 'workspace_id'])
    .where('role', '=', 'owner')
    .where('deleted_at', 'is', null)
    .execute();
  for (const owner of owners) {
    const actor = { id: owner.id, workspaceId: owner.workspace_id, role: 'owner' as const };
    const reader = { actor, scope: scopeOf(actor), locale: DEFAULT_LOCALE };
    const { timeZone } = await loadWorkspaceSettings(db, owner.workspace_id);
    const thisMonth = `${todayIn(timeZone, now()).slice(0, 7)}-01`;
    const [year, month] = thisMonth.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(year, month - 1 - MONTHS_BACK, 1)).toISOString().slice(0, 10);
    const query = { period: 'custom' as const, from, to: addDays(thisMonth, -1) };
    await healthReport(db, reader, query);
    await churnReport(db, reader, query);
    await methodsReport(db, reader, query);
    await monthlyReport(db, reader, query);
    await leaderboardReport(db, reader, query);
    await sourceChannelsReport(db, reader, query);
    await salesCycleReport(db, reader, query);
    await repurchaseReport(db, reader, query);
    await orderValueReport(db, reader, query);
    const pipelines = await db
      .selectFrom('pipelines')
      .select('id')
      .where('workspace_id', '=', owner.workspace_id)
      .where('deleted_at', 'is', null)
      .execute();
    for (const pipeline of pipelines) await funnelReport(db, reader, { ...query, pipelineId: pipeline.id });
  }
  return { workspaces: owners.length };
}
