import type { Selectable } from 'kysely';
import type { Instant } from '../db/common.table';

export interface SessionTable {
  id: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
}
export type SessionRow = Selectable<SessionTable>;

export interface LoginFailureTable {
  id: string;
  key: string;
  at: Instant;
}
