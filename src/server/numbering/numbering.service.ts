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

/**
 * Numbers for many new records at once (an import): one counter step per prefix for all that share it, so a batch of
 * a thousand customers takes a few statements, not a thousand. Same rules as nextNumber; numbers come in order.
 */
export async function nextNumbers(
  db: DB,
  workspaceId: string,
  pattern: string,
  contexts: readonly NumberContext[],
): Promise<string[]> {
  const prefixes = contexts.map((context) => renderPrefix(pattern, context));
  const wanted = new Map<string, number>();
  for (const prefix of prefixes) wanted.set(prefix, (wanted.get(prefix) ?? 0) + 1);
  const next = new Map<string, number>();
  for (const [prefix, count] of wanted) {
    const row = await db
      .insertInto('number_sequences')
      .values({ workspace_id: workspaceId, name: prefix, value: count })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'name'])
          .doUpdateSet((eb) => ({ value: eb('number_sequences.value', '+', count) })),
      )
      .returning('value')
      .executeTakeFirstOrThrow();
    next.set(prefix, row.value - count + 1);
  }
  return prefixes.map((prefix) => {
    const seq = next.get(prefix)!;
    next.set(prefix, seq + 1);
    return renderNumber(prefix, seq);
  });
}
