import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { TLocale } from '../../domain/locale';
import type { TRole } from '../../domain/roles';
import type { CommonColumns, Instant } from '../db/common.table';

export interface UserTable extends CommonColumns {
  name: string;
  login: string;
  password_hash: string;
  role: TRole;
  locale: TLocale | null;
  last_login_at: Instant | null;
  /** Digest of the private calendar feed's token; null when the member has none (or revoked it). */
  calendar_token: ColumnType<string | null, string | null | undefined, string | null>;
}
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserRowUpdate = Updateable<UserTable>;
