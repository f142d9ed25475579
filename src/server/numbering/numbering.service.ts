import { renderNumber, renderPrefix, type NumberContext } from '../../domain/numbering';
import type { DB } from '../db/schema';

/**
 * Takes the next number from the counter of this pattern's prefix. Runs inside the caller's transaction: the
 * counter row stays locked until commit (PostgreSQL), so concurrent creates get distinct numbers; a rolled-back
 * create gives its number back, a committed one never loses it, and the unique index on the number is the last word.
 */
export async function nextNumber(
  db: DB,
  workspaceId: string,
  pattern: string,
  context: NumberContext,
): Promise<string> {
  const prefixed = renderPrefix(pattern, context);
  const row = await db
    .insertInto('number_sequences')
    .values({ workspace_id: workspaceId, name: prefixed, value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'name'])
        .doUpdateSet((eb) => ({ value: eb('number_sequences.value', '+', 1) })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return renderNumber(prefixed, row.value);
}
