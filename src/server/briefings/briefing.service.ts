import type { TBriefing, TBriefingKind } from '../../domain/briefing';
import { daysBetween, healthOf } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { maskText } from '../../domain/masking';
import { now } from '../clock';
import { listContracts, ZContractListQuery } from '../contracts/contract-list.service';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow, userNames } from '../customers/customer.repository';
import { getCustomer } from '../customers/customer.service';
import type { DB } from '../db/schema';
import { listDeals, ZDealListQuery } from '../deals/deal-list.service';
import { listFollowUps } from '../follow-ups/follow-up-list.service';
import { can } from '../http/policy';
import { receivablesSummary } from '../projects/receivables-summary';
import { listTasks, ZTaskListQuery } from '../tasks/task-list.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { blockersOf, nextActionsOf, supportOf, toBriefingTask } from './briefing-sections';

/** How many follow-ups the report lists (the seeds' hand-over note looks back this far). */
const RECENT_FOLLOW_UPS = 5;

/**
 * 客户汇报 / 交接汇报 of one customer, read through the same services as the card, the timeline, the task list, the
 * deal list and the receivables view, so scope (404 for a customer the caller may not see) and masking are theirs.
 * The needs come masked from the customer serializer; titles typed into promises, deals and contracts are masked
 * here as the follow-up serializer masks a summary.
 */
export async function getBriefing(
  db: DB,
  reader: Reader,
  id: string,
  kind: TBriefingKind,
): Promise<TBriefing> {
  const customer = await getCustomer(db, reader, id);
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  const today = todayIn(settings.timeZone, now());
  const dayOf = (iso: string) => todayIn(settings.timeZone, new Date(iso));
  const masked = !can(reader.actor, 'personalData.view');
  const text = (value: string | null | undefined) => (value ? (masked ? maskText(value) : value) : null);

  const [followUps, tasks, deals, contracts, receivables] = await Promise.all([
    listFollowUps(db, reader, { customerId: id, limit: RECENT_FOLLOW_UPS }),
    listTasks(db, reader, ZTaskListQuery.parse({ view: 'team', state: 'open', customerId: id, limit: 200 })),
    listDeals(db, reader, ZDealListQuery.parse({ customerId: id, stageKind: 'open', limit: 100 })),
    listContracts(db, reader, ZContractListQuery.parse({ customerId: id, limit: 50 })),
    receivablesSummary(db, reader, { customerId: id }),
  ]);
  const recent = followUps.items.map((f) => ({ ...f, day: dayOf(f.at) }));
  const openTasks = tasks.items.map((task) => toBriefingTask(task, today));
  const promises = openTasks.filter((task) => task.source === 'commitment');
  const latest = followUps.items[0];
  const names = await userNames(
    db,
    reader.scope.workspaceId,
    (latest?.nextActions ?? []).flatMap((a) => (a.assigneeId ? [a.assigneeId] : [])),
  );
  const lastDay = customer.lastFollowUpAt ? dayOf(customer.lastFollowUpAt) : null;
  const { needs } = customer;

  return {
    kind,
    today,
    masked,
    customer: {
      id: customer.id,
      name: customer.name,
      number: customer.number,
      type: customer.type,
      stage: customer.stage,
      status: customer.status,
      grade: customer.grade,
      owner: customer.owner,
      source: customer.sourceChannel,
      industry: customer.industry,
    },
    status: {
      health: healthOf(lastDay, today, settings.health),
      lastFollowUpDay: lastDay,
      daysSinceFollowUp: lastDay ? daysBetween(lastDay, today) : null,
      nextDueDate: customer.nextDueDate,
      dueOverdue: customer.nextDueDate !== null && customer.nextDueDate < today,
    },
    needs: {
      coreNeed: needs.coreNeed ?? null,
      painPoints: needs.painPoints ?? null,
      budgetMin: needs.budgetMin ?? null,
      budgetMax: needs.budgetMax ?? null,
      expectedDelivery: needs.expectedDelivery ?? null,
      decisionMaker: needs.decisionMaker ?? null,
    },
    blockers: blockersOf(recent, promises, needs.competition ?? null),
    support: supportOf(deals.items, receivables.overdue, promises, today).map((s) => ({
      ...s,
      title: text(s.title),
    })),
    nextStep: {
      nextFollowUpDate: customer.nextFollowUpDate,
      nextDueDate: customer.nextDueDate,
      actions: nextActionsOf(latest, names),
    },
    followUps: recent.map((f) => ({
      day: f.day,
      method: f.method,
      summary: f.summary,
      feedback: f.feedback,
      user: f.user.name,
    })),
    promises,
    money: {
      openDeals: deals.items.map((d) => ({
        number: d.number,
        title: text(d.title) ?? '',
        stage: { key: d.stage.key, label: d.stage.label },
        expectedAmount: d.expectedAmount,
        expectedCloseDate: d.expectedCloseDate,
      })),
      won: { amount: customer.wonAmount, count: customer.wonCount },
      contracts: contracts.items.map((c) => ({
        number: c.number,
        title: text(c.title) ?? '',
        amount: c.amount,
        signedDate: c.signedDate,
        endDate: c.endDate,
      })),
      receivables: {
        outstanding: receivables.owed.amount,
        installments: receivables.owed.count,
        overdue: receivables.overdue.amount,
        overdueInstallments: receivables.overdue.count,
      },
    },
    // The customer serializer has already masked the numbers for this reader.
    contacts: customer.contacts.map((c) => ({
      name: c.name,
      title: c.title,
      role: c.role,
      phone: c.mobile ?? c.phone,
      isPrimary: c.isPrimary,
    })),
    handover:
      kind === 'handover'
        ? { since: (await findCustomerRow(db, reader.scope, id))?.owner_since ?? null, openTasks }
        : null,
  };
}
