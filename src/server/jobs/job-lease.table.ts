import type { Instant } from '../db/common.table';

export interface JobLeaseTable {
  name: string;
  holder: string;
  expires_at: Instant;
}
