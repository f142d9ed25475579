import type { Migration } from 'kysely';
import * as foundation from './2026_11_23_100000_foundation';
import * as customers from './2026_11_24_090000_customers';
import * as customerListAtScale from './2026_11_24_130000_customer_list_at_scale';
import * as followUps from './2026_11_25_090000_follow_ups';
import * as tasks from './2026_11_30_090000_tasks';
import * as workingDays from './2026_11_30_100000_working_days';
import * as notifications from './2026_11_30_110000_notifications';
import * as attachments from './2026_11_30_120000_attachments';
import * as followUpIndexes from './2026_11_30_130000_follow_up_indexes';
import * as derivedRefresh from './2026_11_30_140000_derived_refresh';
import * as dealsDelivery from './2026_11_30_150000_deals_delivery';
import * as boardIndexes from './2026_12_01_090000_board_indexes';
import * as analyticsFacts from './2026_12_01_120000_analytics_facts';
import * as analyticsMonths from './2026_12_01_130000_analytics_months';
import * as analyticsMonthReports from './2026_12_01_140000_analytics_month_reports';
import * as analyticsIndexOnly from './2026_12_01_150000_analytics_index_only';
import * as customerDayCounts from './2026_12_01_160000_customer_day_counts';
import * as imports from './2026_12_01_170000_imports';
import * as backupSettings from './2026_12_01_180000_backup_settings';
import * as personalDataErasure from './2026_12_01_190000_personal_data_erasure';
import * as analyticsTimelinessMonths from './2026_12_02_090000_analytics_timeliness_months';
import * as ownerFollowUpCounts from './2026_12_02_120000_owner_follow_up_counts';
import * as memberTimelinessCounted from './2026_12_02_130000_member_timeliness_counted';
import * as customerBinTriggerGuard from './2026_12_02_140000_customer_bin_trigger_guard';
import * as memberNewCustomersIndex from './2026_12_02_150000_member_new_customers_index';

/** Listed by hand so the bundled server carries them; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_100000_foundation': foundation,
  '2026_11_24_090000_customers': customers,
  '2026_11_24_130000_customer_list_at_scale': customerListAtScale,
  '2026_11_25_090000_follow_ups': followUps,
  '2026_11_30_090000_tasks': tasks,
  '2026_11_30_100000_working_days': workingDays,
  '2026_11_30_110000_notifications': notifications,
  '2026_11_30_120000_attachments': attachments,
  '2026_11_30_130000_follow_up_indexes': followUpIndexes,
  '2026_11_30_140000_derived_refresh': derivedRefresh,
  '2026_11_30_150000_deals_delivery': dealsDelivery,
  '2026_12_01_090000_board_indexes': boardIndexes,
  '2026_12_01_120000_analytics_facts': analyticsFacts,
  '2026_12_01_130000_analytics_months': analyticsMonths,
  '2026_12_01_140000_analytics_month_reports': analyticsMonthReports,
  '2026_12_01_150000_analytics_index_only': analyticsIndexOnly,
  '2026_12_01_160000_customer_day_counts': customerDayCounts,
  '2026_12_01_170000_imports': imports,
  '2026_12_01_180000_backup_settings': backupSettings,
  '2026_12_01_190000_personal_data_erasure': personalDataErasure,
  '2026_12_02_090000_analytics_timeliness_months': analyticsTimelinessMonths,
  '2026_12_02_120000_owner_follow_up_counts': ownerFollowUpCounts,
  '2026_12_02_130000_member_timeliness_counted': memberTimelinessCounted,
  '2026_12_02_140000_customer_bin_trigger_guard': customerBinTriggerGuard,
  '2026_12_02_150000_member_new_customers_index': memberNewCustomersIndex,
};
