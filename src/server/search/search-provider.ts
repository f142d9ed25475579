import { z } from 'zod';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';

export const ZSearchHit = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  url: z.string(),
});
export type TSearchHit = z.infer<typeof ZSearchHit>;

/** One group of the global search (Ctrl+K); each module that has searchable records provides one. */
export interface SearchProvider {
  type: string;
  visibleTo(scope: Scope): boolean;
  /** Results already masked and scoped for this caller. */
  search(db: DB, scope: Scope, q: string, limit: number): Promise<TSearchHit[]>;
}
