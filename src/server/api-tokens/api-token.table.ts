import type { Selectable } from 'kysely';
import type { Instant } from '../db/common.table';

export interface ApiTokenTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Instant;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
}
export type ApiTokenRow = Selectable<ApiTokenTable>;
