import type { Migration } from 'kysely';
import * as foundation from './2026_11_23_100000_foundation';

/** Listed by hand so the bundled server carries them; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_100000_foundation': foundation,
};
