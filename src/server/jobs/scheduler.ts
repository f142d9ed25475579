import type { FastifyBaseLogger } from 'fastify';
import { deleteExpiredSessions } from '../auth/session.repository';
import { deleteFailuresBefore } from '../auth/throttle.repository';
import { THROTTLE_WINDOW_MS } from '../auth/throttle.service';
import { sweepStagedFiles, type FileStore } from '../attachments/file-store';
import { expireUnrunImports } from '../imports/import.service';
import type { BackupPlace } from '../backups/backup-runner';
import { runScheduledBackup } from '../backups/backup-schedule';
import { warmKeptMonths } from '../analytics/warm-months';
import { sendRenewalReminders } from '../contracts/renewal-reminders';
import { reindexOutdated } from '../customers/customer-search';
import { newId, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { deliverDueNotifications } from '../notifications/deliver.service';
import { deleteOldNotifications } from '../notifications/cleanup.service';
import type { NotificationContext } from '../notifications/notification-context';
import { reclaimIdleCustomers } from '../pool/reclaim.service';
import { sendPaymentReminders } from '../projects/installment-reminders';
import { sendDigests, sendDueReminders } from '../reminders/reminders.service';
import { refreshPendingWorkspaces } from '../workspaces/derived-refresh';
import { inBatches } from './batches';
import { acquireLease } from './lease';

/** What jobs need besides the database (from the app, so they use the same secret key). */
export interface JobContext {
  notifications: NotificationContext;
  files: FileStore;
  backups: BackupPlace;
}

interface Job {
  name: string;
  everyMs: number;
  run(db: DB, context: JobContext): Promise<Record<string, number>>;
}

const JOBS: readonly Job[] = [
  {
    // The notification outbox: merged per target, paced per platform, retried with back-off.
    name: 'notifications-deliver',
    everyMs: 60 * 1000,
    run: (db, context) => deliverDueNotifications(db, context.notifications),
  },
  {
    // Customers indexed by an older version of the search tokens, 200 at a time so requests keep flowing.
    name: 'search-reindex',
    everyMs: 60 * 1000,
    async run(db) {
      const { n } = await inBatches(Date.now() + 20_000, async () => {
        const reindexed = await reindexOutdated(db, 200);
        return { n: reindexed, done: reindexed < 200 };
      });
      return { reindexed: n };
    },
  },
  {
    // Customers' scores, grades and due dates after a workspace changed its rules, where the save left work over.
    name: 'derived-refresh',
    everyMs: 60 * 1000,
    run: (db) => refreshPendingWorkspaces(db),
  },
  {
    // The morning digest of Today and, later in the day, reminders for what became due since; once per member.
    name: 'reminders',
    everyMs: 10 * 60 * 1000,
    async run(db) {
      return { ...(await sendDigests(db)), ...(await sendDueReminders(db)) };
    },
  },
  {
    // 收款 and delivery: installments falling due today or overdue, milestones running late; once each, to the owner.
    name: 'payment-reminders',
    everyMs: 10 * 60 * 1000,
    run: (db) => sendPaymentReminders(db),
  },
  {
    // 公海: owners who stopped following up lose their customers to the pool, warned 3 days ahead. Every 10 minutes, so
    // that a backlog worked off 30 s a run is done the same day (a run with nothing to do is one index lookup).
    name: 'pool-reclaim',
    everyMs: 10 * 60 * 1000,
    run: (db) => reclaimIdleCustomers(db),
  },
  {
    // Health over time and churn: the last twelve closed months counted ahead for each workspace, again after a
    // change dated in a past month dropped some (a run with nothing to count is a lookup per report).
    name: 'analytics-months',
    everyMs: 10 * 60 * 1000,
    run: (db) => warmKeptMonths(db),
  },
  {
    // 数据备份: the daily backup from the hour the owner chose, thinned out to what they keep (7 daily, 4 weekly …).
    name: 'backups',
    everyMs: 10 * 60 * 1000,
    run: (_db, context) => runScheduledBackup(context.backups),
  },
  {
    // 续费提醒 N days before a contract ends; hourly is plenty for a date and cheap (one index range a workspace).
    name: 'renewal-reminders',
    everyMs: 60 * 60 * 1000,
    run: (db) => sendRenewalReminders(db),
  },
  {
    name: 'cleanup-auth',
    everyMs: 60 * 60 * 1000,
    async run(db) {
      const sessions = await deleteExpiredSessions(db, nowIso());
      const failures = await deleteFailuresBefore(
        db,
        new Date(Date.now() - THROTTLE_WINDOW_MS).toISOString(),
      );
      return { sessions, failures };
    },
  },
  {
    // Old notifications and delivery logs, uploads a stopped process left half-written, imports never run.
    name: 'cleanup-data',
    everyMs: 60 * 60 * 1000,
    async run(db, context) {
      return {
        ...(await deleteOldNotifications(db)),
        stagedFiles: await sweepStagedFiles(context.files),
        expiredImports: await expireUnrunImports(db, context.files),
      };
    },
  },
];

/** Runs each job on its interval in whichever instance holds its lease; returns a handle to stop them. */
export function startJobs(db: DB, log: FastifyBaseLogger, context: JobContext): { stop(): void } {
  const holder = newId();
  const timers = JOBS.map((job) => {
    const tick = async () => {
      try {
        if (!(await acquireLease(db, job.name, holder, job.everyMs))) return;
        log.info({ job: job.name, ...(await job.run(db, context)) }, 'job done');
      } catch (error) {
        log.error({ err: error, job: job.name }, 'job failed');
      }
    };
    const first = setTimeout(() => void tick(), 5_000);
    const timer = setInterval(() => void tick(), job.everyMs);
    first.unref();
    timer.unref();
    return [first, timer] as const;
  });
  return { stop: () => timers.flat().forEach((t) => clearTimeout(t)) };
}
