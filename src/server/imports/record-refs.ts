import type { TImportProblem } from '../../domain/import/import-rows';
import { toHalfWidth } from '../../domain/validators/normalize';
import type { Reader } from '../customers/customer-context';
import { nameKeyOf } from '../customers/customer-input';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import { visibleMilestones, visibleProjects } from '../projects/project.repository';

/** A record a cell names: found, or why not. */
export type Found = { id: string } | { problem: TImportProblem };

/** The records the rows of a chunk name, looked up once for the chunk. */
export interface RecordRefs {
  customer(cell: string): Found;
  /** A project by number or name, among the customer's when the row names one. */
  project(cell: string, customerId?: string): Found;
  /** A milestone of the project by its code (M1) or its content. */
  milestone(projectId: string, cell: string): Found;
}

const norm = (text: string) => toHalfWidth(text).replace(/\s+/gu, ' ').trim().toLowerCase();

/** One match, several (the person must write the number instead), or none. */
function pick(candidates: readonly string[], none: TImportProblem, several: TImportProblem): Found {
  const ids = [...new Set(candidates)];
  if (ids.length === 1) return { id: ids[0]! };
  return { problem: ids.length ? several : none };
}

/**
 * Finds what the cells name among the records the caller may see (a sales member: their own and shared customers
 * and their projects): by number first, then by name as written, then (customers) by the core of the company name,
 * so 杭州云帆科技有限公司 finds 云帆科技.
 */
export async function loadRefs(
  db: DB,
  reader: Reader,
  cells: { customers: string[]; projects: string[] },
): Promise<RecordRefs> {
  const { scope } = reader;
  const customerCells = [...new Set(cells.customers.map((c) => c.trim()).filter(Boolean))];
  const keys = customerCells.map((c) => nameKeyOf('company', c));
  const customers = customerCells.length
    ? await scopeCustomers(
        db.selectFrom('customers').select(['customers.id', 'number', 'name', 'name_key']),
        scope,
      )
        .where((eb) =>
          eb.or([
            eb('customers.number', 'in', customerCells),
            eb('customers.name', 'in', customerCells),
            eb('customers.name_key', 'in', keys),
          ]),
        )
        .execute()
    : [];
  const projectCells = [...new Set(cells.projects.map((c) => c.trim()).filter(Boolean))];
  const projects = projectCells.length
    ? await visibleProjects(db, scope)
        .select(['projects.id', 'projects.number', 'projects.name', 'projects.customer_id'])
        .where((eb) =>
          eb.or([eb('projects.number', 'in', projectCells), eb('projects.name', 'in', projectCells)]),
        )
        .execute()
    : [];
  const milestones = projects.length
    ? await visibleMilestones(db, scope)
        .select(['milestones.id', 'milestones.project_id', 'milestones.seq', 'milestones.content'])
        .where(
          'milestones.project_id',
          'in',
          projects.map((p) => p.id),
        )
        .execute()
    : [];

  return {
    customer(cell) {
      const text = cell.trim();
      const byNumber = customers.filter((c) => c.number === text);
      if (byNumber.length)
        return pick(
          byNumber.map((c) => c.id),
          'unknownCustomer',
          'ambiguousCustomer',
        );
      const byName = customers.filter((c) => c.name === text);
      if (byName.length)
        return pick(
          byName.map((c) => c.id),
          'unknownCustomer',
          'ambiguousCustomer',
        );
      const key = nameKeyOf('company', text);
      return pick(
        customers.filter((c) => c.name_key === key).map((c) => c.id),
        'unknownCustomer',
        'ambiguousCustomer',
      );
    },
    project(cell, customerId) {
      const text = cell.trim();
      const mine = projects.filter((p) => !customerId || p.customer_id === customerId);
      const byNumber = mine.filter((p) => p.number === text);
      return pick(
        (byNumber.length ? byNumber : mine.filter((p) => p.name === text)).map((p) => p.id),
        'unknownProject',
        'ambiguousProject',
      );
    },
    milestone(projectId, cell) {
      const text = norm(cell);
      const found = milestones.filter(
        (m) => m.project_id === projectId && (`m${m.seq}` === text || norm(m.content) === text),
      );
      return pick(
        found.map((m) => m.id),
        'unknownMilestone',
        'unknownMilestone',
      );
    },
  };
}
