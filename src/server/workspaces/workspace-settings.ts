import { DEFAULT_SCORING, type TScoring } from '../../domain/assessment';
import {
  DEFAULT_CADENCE,
  DEFAULT_HEALTH,
  type TCadenceRule,
  type THealthThresholds,
} from '../../domain/cadence';
import { DEFAULT_CUSTOMER_NUMBER_PATTERN } from '../../domain/numbering';
import {
  DEFAULT_DEAL_SETTINGS,
  DEFAULT_POOL,
  type TDealSettings,
  type TPoolSettings,
} from '../../domain/workspace';
import { fromJson } from '../db/dialect';
import type { DB } from '../db/schema';
import type { WorkspaceRow } from './workspace.table';

/** Settings modules read from the workspace row's JSON; anything unset takes the product's default. */
export interface WorkspaceSettings {
  timeZone: string;
  scoring: TScoring;
  customerNumberPattern: string;
  cadence: TCadenceRule[];
  health: THealthThresholds;
  pool: TPoolSettings;
  deals: TDealSettings;
}

interface Stored {
  scoring?: Partial<TScoring>;
  customerNumberPattern?: string;
  cadence?: TCadenceRule[];
  health?: THealthThresholds;
  pool?: TPoolSettings;
  deals?: Partial<TDealSettings>;
}

export function settingsOf(row: Pick<WorkspaceRow, 'time_zone' | 'settings'>): WorkspaceSettings {
  const stored = fromJson<Stored>(row.settings) ?? {};
  return {
    timeZone: row.time_zone,
    scoring: {
      ...DEFAULT_SCORING,
      ...stored.scoring,
      weights: { ...DEFAULT_SCORING.weights, ...stored.scoring?.weights },
    },
    customerNumberPattern: stored.customerNumberPattern ?? DEFAULT_CUSTOMER_NUMBER_PATTERN,
    cadence: stored.cadence ?? DEFAULT_CADENCE,
    health: stored.health ?? DEFAULT_HEALTH,
    pool: stored.pool ?? DEFAULT_POOL,
    deals: { ...DEFAULT_DEAL_SETTINGS, ...stored.deals },
  };
}

export async function loadWorkspaceSettings(db: DB, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db
    .selectFrom('workspaces')
    .select(['time_zone', 'settings'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return settingsOf(row);
}
