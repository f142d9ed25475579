import { gradeOf, scoreOf, type TAssessment, type TScoring } from '../../domain/assessment';
import { fromJson, isTrue } from '../db/dialect';
import type { DB } from '../db/schema';

/**
 * Recomputes every customer's score (and grade where it is not set by hand) after the workspace changes its
 * weights or thresholds. Walks the table in id order, a thousand rows at a time, touching only rows that change.
 */
export async function rescoreCustomers(db: DB, workspaceId: string, scoring: TScoring): Promise<number> {
  let after = '';
  let changed = 0;
  for (;;) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'assessment', 'score', 'grade', 'grade_manual'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const score = scoreOf(fromJson<TAssessment>(row.assessment) ?? {}, scoring);
      const grade = isTrue(row.grade_manual) ? row.grade : gradeOf(score, scoring);
      if (score === row.score && grade === row.grade) continue;
      await db.updateTable('customers').set({ score, grade }).where('id', '=', row.id).execute();
      changed += 1;
    }
    after = rows.at(-1)?.id ?? after;
  }
}
