import type { TReportName, TReports } from '../../api/analytics';
import { churn } from './churn';
import { funnel } from './funnel';
import { health } from './health';
import { leaderboard } from './leaderboard';
import { methods } from './methods';
import { monthly } from './monthly';
import { orderValue } from './orderValue';
import { receivablesAgeing } from './receivablesAgeing';
import { repurchase } from './repurchase';
import type { ReportSpec } from './reportSpec';
import { salesCycle } from './salesCycle';
import { sourceChannels } from './sourceChannels';

/** Each report's page, by the name in its address. */
export const REPORT_SPECS: { [N in TReportName]: ReportSpec<TReports[N]> } = {
  monthly,
  funnel,
  'source-channels': sourceChannels,
  methods,
  'sales-cycle': salesCycle,
  churn,
  repurchase,
  'order-value': orderValue,
  leaderboard,
  'receivables-ageing': receivablesAgeing,
  health,
};
