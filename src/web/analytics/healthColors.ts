import type { THealth } from '../../domain/cadence';

/** The seed's traffic lights: 🟢 活跃, 🟡 休眠, 🔴 风险. */
export const HEALTH_COLORS: Record<THealth, string> = {
  active: '#52c41a',
  dormant: '#faad14',
  atRisk: '#f5222d',
};
