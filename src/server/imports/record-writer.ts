import type { TDuplicatePolicy, TImportSettings } from '../../domain/import/import-batch';
import type { CellValue } from '../../domain/import/import-dates';
import type { ColumnMapping, TImportKind } from '../../domain/import/import-fields';
import type { RowProblem } from '../../domain/import/import-rows';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { withSavepoint } from '../db/transaction';
import { AppError } from '../http/errors';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import type { Rejection, WriteOutcome } from './customer-writer';
import { keepRecords } from './import-records';
import { followUpImport } from './record-follow-ups';
import { dealImport } from './record-deals';
import { text, type RecordKind, type RowRefs, type Values } from './record-kind';
import { installmentImport, milestoneImport, projectImport } from './record-projects';
import { loadRefs, type Found, type RecordRefs } from './record-refs';

export const RECORD_KINDS: Record<Exclude<TImportKind, 'customers'>, RecordKind> = {
  followUps: followUpImport as RecordKind,
  deals: dealImport as RecordKind,
  projects: projectImport as RecordKind,
  milestones: milestoneImport as RecordKind,
  installments: installmentImport as RecordKind,
};

export const isRecordKind = (kind: TImportKind): kind is keyof typeof RECORD_KINDS => kind !== 'customers';

export interface RecordRow {
  line: number;
  cells: CellValue[];
  values: Values;
}

export interface RecordWriteContext {
  reader: Reader;
  batchId: string;
  /** skip or create: a sheet does not update follow-ups, deals or projects (uploadedBatch refuses it). */
  policy: TDuplicatePolicy;
  timeZone: string;
  mapping: ColumnMapping;
  /** The keys of the records this batch wrote so far: a file naming one twice. */
  seen: Set<string>;
}

/** A batch's context for writing records: its settings and the workspace's time zone. */
export async function recordWriteContext(
  db: DB,
  reader: Reader,
  batchId: string,
  settings: TImportSettings,
): Promise<RecordWriteContext> {
  const { timeZone } = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  return {
    reader,
    batchId,
    policy: settings.duplicates,
    timeZone,
    mapping: settings.mapping,
    seen: new Set(),
  };
}

export interface RecordOutcome extends WriteOutcome {
  duplicates: { existing: number; inFile: number };
}

/**
 * Writes a chunk of rows in the caller's transaction, each through its module's own create on a savepoint: a row
 * the module refuses (a won stage that needs approval, an installment with both a date and a milestone…) is rolled
 * back alone and reported with the module's reason. The references (customer, project, milestone) are found first,
 * among what the importer may see; a repeat of a live record or of an earlier row is skipped unless the policy says
 * create anyway.
 */
export async function writeRecords(
  trx: DB,
  ctx: RecordWriteContext,
  kind: keyof typeof RECORD_KINDS,
  rows: readonly RecordRow[],
): Promise<RecordOutcome> {
  const def = RECORD_KINDS[kind];
  const refs = await loadRefs(trx, ctx.reader, {
    customers: rows.flatMap((r) => text(r.values, 'customer') ?? []),
    projects: rows.flatMap((r) => text(r.values, 'project') ?? []),
  });
  const outcome: RecordOutcome = {
    created: 0,
    updated: 0,
    skipped: [],
    rejected: [],
    duplicates: { existing: 0, inFile: 0 },
  };
  const found = rows.map((row) => ({ row, ...resolve(row.values, refs, ctx.mapping) }));
  const existing = await def.existing(
    trx,
    found.filter((f) => !f.problems.length).map((f) => ({ values: f.row.values, refs: f.refs })),
  );
  const created: string[] = [];
  const when = { timeZone: ctx.timeZone, now: new Date() };
  for (const { row, refs: rowRefs, problems } of found) {
    const reject = (list: RowProblem[]) =>
      outcome.rejected.push({ line: row.line, cells: row.cells, problems: list });
    if (problems.length) {
      reject(problems);
      continue;
    }
    const key = def.key(row.values, rowRefs);
    const repeat = existing.has(key) ? 'existing' : ctx.seen.has(key) ? 'inFile' : null;
    if (repeat) outcome.duplicates[repeat]++;
    if (repeat && ctx.policy !== 'create') {
      outcome.skipped.push(duplicateOf(row));
      continue;
    }
    const problem = (path: string, code: RowProblem['code'], error?: string): RowProblem => {
      const field = path ? def.fieldOf(path) : '';
      const column = ctx.mapping.indexOf(field);
      return { column: column >= 0 ? column : null, field, code, ...(error && { error }) };
    };
    const parsed = def.schema.safeParse(def.input(row.values, rowRefs, when));
    if (!parsed.success) {
      reject(
        parsed.error.issues.map((issue) =>
          problem(issue.path.join('.'), issue.code === 'too_big' ? 'tooLong' : 'invalid'),
        ),
      );
      continue;
    }
    try {
      created.push(await withSavepoint(trx, () => def.create(trx, ctx.reader, parsed.data)));
      ctx.seen.add(key);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      reject(
        error.fields.length
          ? error.fields.map((f) => problem(f.path, 'refused', f.code))
          : [problem('', 'refused', error.code)],
      );
    }
  }
  await keepRecords(
    trx,
    ctx.batchId,
    def.entity,
    created.map((id) => ({ id, action: 'created' as const, before: null })),
  );
  outcome.created = created.length;
  return outcome;
}

const duplicateOf = (row: RecordRow): Rejection => ({
  line: row.line,
  cells: row.cells,
  problems: [{ column: null, field: '', code: 'duplicate' }],
});

/** The row's customer, project and milestone as its cells name them, or the problems of those cells. */
function resolve(values: Values, refs: RecordRefs, mapping: ColumnMapping) {
  const rowRefs: RowRefs = {};
  const problems: RowProblem[] = [];
  const take = (field: string, found: Found, ref: keyof RowRefs) => {
    if ('id' in found) rowRefs[ref] = found.id;
    else
      problems.push({
        column: mapping.indexOf(field),
        field,
        code: found.problem,
        value: text(values, field),
      });
  };
  const customer = text(values, 'customer');
  if (customer) take('customer', refs.customer(customer), 'customerId');
  const project = text(values, 'project');
  if (project && !problems.length) take('project', refs.project(project, rowRefs.customerId), 'projectId');
  const milestone = text(values, 'milestone');
  if (milestone && rowRefs.projectId)
    take('milestone', refs.milestone(rowRefs.projectId, milestone), 'milestoneId');
  return { refs: rowRefs, problems };
}
