import { gradeOf, scoreOf, type TAssessment, type TScoring } from '../../domain/assessment';
import { fromJson, isTrue } from '../db/dialect';
import type { DB } from '../db/schema';

/**
 * Recomputes these customers' scores (and grades where they are not set by hand) after the workspace changes its
 * weights or thresholds, touching only rows that change. The workspace-wide walk is in derived-refresh.ts.
 */
export async function rescoreCustomers(
  db: DB,
  workspaceId: string,
  scoring: TScoring,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'assessment', 'score', 'grade', 'grade_manual'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const score = scoreOf(fromJson<TAssessment>(row.assessment) ?? {}, scoring);
    const grade = isTrue(row.grade_manual) ? row.grade : gradeOf(score, scoring);
    if (score === row.score && grade === row.grade) continue;
    await db.updateTable('customers').set({ score, grade }).where('id', '=', row.id).execute();
    changed += 1;
  }
  return changed;
}
