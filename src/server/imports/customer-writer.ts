import type { TDuplicatePolicy } from '../../domain/import/import-batch';
import type { CellValue } from '../../domain/import/import-dates';
import type { RowProblem } from '../../domain/import/import-rows';
import { cadenceOf } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { now as clockNow } from '../clock';
import { insertContactRows } from '../contacts/contact.service';
import type { Reader } from '../customers/customer-context';
import { searchColumns } from '../customers/customer-search';
import { encodeCustomerFields } from '../customers/customer.repository';
import { newId, nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import { nextNumbers } from '../numbering/numbering.service';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';
import type { CustomerDraft } from './customer-drafts';
import { existingMatches, keysOf } from './customer-matches';
import { updateMatched, type Before, type Update } from './customer-updates';
import { recordImported } from './import-records';

export interface WriteContext {
  reader: Reader;
  batchId: string;
  policy: TDuplicatePolicy;
  settings: WorkspaceSettings;
  dicts: Dictionaries;
  /** Keys of the customers this batch created so far → their ids: a file naming a customer twice. */
  seen: Map<string, string>;
  /** The customers this batch created so far. */
  created: Set<string>;
  /** What the customers this batch updated held before its first change to them (kept across chunks for undo). */
  updated: Map<string, Before>;
}

export interface Rejection {
  line: number;
  cells: CellValue[];
  problems: RowProblem[];
}

export interface WriteOutcome {
  created: number;
  updated: number;
  skipped: Rejection[];
  rejected: Rejection[];
}

/** Rows per INSERT: well under SQLite's bound-parameter limit at ~40 columns a customer. */
const ROWS_PER_INSERT = 200;

/**
 * Writes a chunk of drafts in the caller's transaction: each is matched against the workspace and the batch so far
 * (keysOf), then created, skipped as a duplicate, used to update the match, or created anyway as the policy says
 * (never a second customer with a credit code already taken). Everything written is recorded for undo.
 */
export async function writeCustomers(
  trx: DB,
  ctx: WriteContext,
  drafts: readonly CustomerDraft[],
): Promise<WriteOutcome> {
  const { scope } = ctx.reader;
  const existing = await existingMatches(trx, scope.workspaceId, drafts);
  const outcome: WriteOutcome = { created: 0, updated: 0, skipped: [], rejected: [] };
  const creates: (CustomerDraft & { id: string })[] = [];
  const updates: Update[] = [];
  const nameColumn = (draft: CustomerDraft) => ({ line: draft.line, cells: draft.cells });
  for (const draft of drafts) {
    const keys = keysOf(draft);
    const matchKey = keys.find((key) => ctx.seen.has(key) || existing.has(key));
    const match = matchKey ? (ctx.seen.get(matchKey) ?? existing.get(matchKey)) : undefined;
    const duplicate = (code: 'duplicate' | 'creditCodeTaken'): Rejection => ({
      ...nameColumn(draft),
      // No id of the match: a sales member may not see a colleague's customer.
      problems: [{ column: null, field: 'name', code }],
    });
    if (match && matchKey?.startsWith('c:') && ctx.policy === 'create') {
      outcome.rejected.push(duplicate('creditCodeTaken'));
    } else if (match && ctx.policy === 'skip') {
      outcome.skipped.push(duplicate('duplicate'));
    } else if (match && ctx.policy === 'update') {
      updates.push({ draft, id: match, createdByBatch: ctx.created.has(match) });
    } else {
      const id = newId();
      creates.push({ ...draft, id });
      ctx.created.add(id);
      for (const key of keys) if (!ctx.seen.has(key)) ctx.seen.set(key, id);
    }
  }
  outcome.created = await insertCustomers(trx, ctx, creates);
  const updated = await updateMatched(trx, ctx, updates);
  outcome.updated = updated.updated;
  outcome.skipped.push(
    ...updated.notAllowed.map((draft) => ({
      ...nameColumn(draft),
      problems: [{ column: null, field: 'name', code: 'duplicate' as const }],
    })),
  );
  return outcome;
}

/**
 * A new customer's cadence and first due date, as refreshFollowUpFields would set them for a customer without
 * follow-ups (due the day it was added when a rule matches): written with the row, where an update of every new
 * row after the insert was a quarter of an import's time at 100,000 rows.
 */
function firstDue(settings: WorkspaceSettings, draft: CustomerDraft, today: string) {
  const rule = cadenceOf(settings.cadence, {
    grade: draft.fields.grade ?? null,
    stage: draft.fields.stage ?? null,
    tags: draft.tags,
  });
  return { cadence_days: rule?.days ?? null, next_due_date: rule ? today : null };
}

async function insertCustomers(trx: DB, ctx: WriteContext, creates: (CustomerDraft & { id: string })[]) {
  if (!creates.length) return 0;
  const { scope, actor } = ctx.reader;
  const today = todayIn(ctx.settings.timeZone, clockNow());
  const numbers = await nextNumbers(
    trx,
    scope.workspaceId,
    ctx.settings.customerNumberPattern,
    creates.map((c) => ({
      date: today,
      industry: c.fields.industry ? ctx.dicts.find('industry', c.fields.industry)?.code : null,
    })),
  );
  const now = nowIso();
  // The search columns go in with the row: an update of each new row after it cost more than the insert.
  const search = await searchColumns(
    trx,
    creates.map((c, i) => ({
      id: c.id,
      name: c.fields.name ?? '',
      number: numbers[i]!,
      search_rowid: null,
      contacts: c.contacts,
    })),
  );
  const rows = creates.map((c, i) => ({
    ...newRecord(scope, now),
    ...search.get(c.id),
    id: c.id,
    ...encodeCustomerFields(trx, { grade_manual: false, needs: {}, assessment: {}, custom: {}, ...c.fields }),
    ...firstDue(ctx.settings, c, today),
    owner_id: c.fields.owner_id ?? actor.id,
    owner_since: today,
    number: numbers[i]!,
    kind: c.fields.kind ?? 'company',
  }));
  // One INSERT names one set of columns: a column some rows leave out is null in them (SQLite has no DEFAULT there).
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const full = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c] ?? null])),
  );
  for (let i = 0; i < full.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('customers')
      .values(full.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
  await insertContactRows(
    trx,
    scope,
    creates.flatMap((c) => c.contacts.map((contact) => ({ customerId: c.id, contact }))),
  );
  const tags = creates.flatMap((c) =>
    [...new Set(c.tags)].map((tag) => ({ workspace_id: scope.workspaceId, customer_id: c.id, tag })),
  );
  for (let i = 0; i < tags.length; i += 500)
    await trx
      .insertInto('customer_tags')
      .values(tags.slice(i, i + 500))
      .execute();
  const ids = creates.map((c) => c.id);
  await recordImported(
    trx,
    ctx,
    ids.map((id) => ({ id, action: 'created' as const, before: null })),
  );
  return creates.length;
}
