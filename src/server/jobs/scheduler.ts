import type { FastifyBaseLogger } from 'fastify';
import { deleteExpiredSessions } from '../auth/session.repository';
import { deleteFailuresBefore } from '../auth/throttle.repository';
import { THROTTLE_WINDOW_MS } from '../auth/throttle.service';
import { reindexOutdated } from '../customers/customer-search';
import { newId, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { acquireLease } from './lease';

interface Job {
  name: string;
  everyMs: number;
  run(db: DB): Promise<Record<string, number>>;
}

const JOBS: readonly Job[] = [
  {
    // Customers indexed by an older version of the search tokens, 200 at a time so requests keep flowing.
    name: 'search-reindex',
    everyMs: 60 * 1000,
    async run(db) {
      let reindexed = 0;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        const n = await reindexOutdated(db, 200);
        reindexed += n;
        if (n < 200) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { reindexed };
    },
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
];

/** Runs each job on its interval in whichever instance holds its lease; returns a handle to stop them. */
export function startJobs(db: DB, log: FastifyBaseLogger): { stop(): void } {
  const holder = newId();
  const timers = JOBS.map((job) => {
    const tick = async () => {
      try {
        if (!(await acquireLease(db, job.name, holder, job.everyMs))) return;
        log.info({ job: job.name, ...(await job.run(db)) }, 'job done');
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
