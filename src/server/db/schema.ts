import type { Kysely } from 'kysely';
import type { AnalyticsMonthTable, FollowUpDayCountTable } from '../analytics/analytics.table';
import type { ApiTokenTable } from '../api-tokens/api-token.table';
import type { AttachmentTable } from '../attachments/attachment.table';
import type { BackupSettingsTable } from '../backups/backup-settings.table';
import type { ImportBatchTable, ImportRecordTable, ImportRejectionTable } from '../imports/import.table';
import type { LoginFailureTable, SessionTable } from '../auth/session.table';
import type { ContactTable } from '../contacts/contact.table';
import type { ContractTable, InvoiceTable } from '../contracts/contract.table';
import type { CustomFieldTable } from '../custom-fields/custom-field.table';
import type { BulkOperationTable } from '../customers/bulk.table';
import type {
  CustomerCountTable,
  CustomerSearchTable,
  CustomerShareTable,
  CustomerTable,
  CustomerTagTable,
  NumberSequenceTable,
} from '../customers/customer.table';
import type {
  DealApprovalTable,
  DealLineTable,
  DealStageChangeTable,
  DealTable,
  PipelineStageTable,
  PipelineTable,
} from '../deals/deal.table';
import type { DictionaryEntryTable } from '../dictionaries/dictionary.table';
import type { FollowUpTable } from '../follow-ups/follow-up.table';
import type { HistoryTable } from '../history/history.table';
import type { JobLeaseTable } from '../jobs/job-lease.table';
import type {
  NotificationChannelTable,
  NotificationDeliveryTable,
  NotificationTable,
} from '../notifications/notification.table';
import type { InstallmentTable, MilestoneTable, PaymentTable, ProjectTable } from '../projects/project.table';
import type { SavedViewTable } from '../saved-views/saved-view.table';
import type { TaskTable } from '../tasks/task.table';
import type { UserTable } from '../users/user.table';
import type { WorkingDayOverrideTable } from '../working-days/working-day.table';
import type { WorkspaceTable } from '../workspaces/workspace.table';

/** Every table, composed from the modules that own them. */
export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  api_tokens: ApiTokenTable;
  history: HistoryTable;
  job_leases: JobLeaseTable;
  backup_settings: BackupSettingsTable;
  dictionary_entries: DictionaryEntryTable;
  number_sequences: NumberSequenceTable;
  customers: CustomerTable;
  customer_tags: CustomerTagTable;
  customer_shares: CustomerShareTable;
  customer_counts: CustomerCountTable;
  customer_search: CustomerSearchTable;
  customer_grams: CustomerSearchTable;
  contacts: ContactTable;
  bulk_operations: BulkOperationTable;
  saved_views: SavedViewTable;
  custom_fields: CustomFieldTable;
  follow_ups: FollowUpTable;
  follow_up_day_counts: FollowUpDayCountTable;
  analytics_months: AnalyticsMonthTable;
  notifications: NotificationTable;
  notification_channels: NotificationChannelTable;
  notification_deliveries: NotificationDeliveryTable;
  tasks: TaskTable;
  working_day_overrides: WorkingDayOverrideTable;
  attachments: AttachmentTable;
  import_batches: ImportBatchTable;
  import_records: ImportRecordTable;
  import_rejections: ImportRejectionTable;
  pipelines: PipelineTable;
  pipeline_stages: PipelineStageTable;
  deals: DealTable;
  deal_lines: DealLineTable;
  deal_approvals: DealApprovalTable;
  deal_stage_changes: DealStageChangeTable;
  contracts: ContractTable;
  invoices: InvoiceTable;
  projects: ProjectTable;
  milestones: MilestoneTable;
  installments: InstallmentTable;
  payments: PaymentTable;
}

/** A database handle or a transaction: repositories accept either. */
export type DB = Kysely<Database>;
