import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { archiveKind } from '../server/backups/backup-archive';
import { backupPath } from '../server/backups/backup-folder';
import { backupDir, createBackup, restoreFromFile, type BackupPlace } from '../server/backups/backup-runner';
import type { BackupProgress } from '../server/backups/backup-write';
import type { Config } from '../server/config';
import type { DB } from '../server/db/schema';
import { AppError } from '../server/http/errors';
import { notificationContextOf } from '../server/notifications/notification-context';
import { ERROR_MESSAGES, formatMessage } from '../domain/error-codes';
import { withDatabase, type GlobalOptions } from './with-database';

/** The passphrase comes from the environment (never a flag: others on the machine see a command's arguments). */
const PASSPHRASE_ENV = 'KEYI_BACKUP_PASSPHRASE';

function placeOf(db: DB, config: Config): BackupPlace {
  return {
    db,
    sqliteFile: config.databaseUrl ? null : path.join(config.dataDir, 'keyi.db'),
    dataDir: config.dataDir,
    secretBox: notificationContextOf(config).secretBox,
    job: null,
  };
}

/** One bar over the tables, then one over the files; the check after writing is said in words. */
function progressBar(): { update(p: BackupProgress): void; stop(): void } {
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', hideCursor: true });
  let phase = '';
  return {
    update(p) {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        if (p.phase === 'verify') console.log('checking the backup against its manifest …');
        else bar.start(p.total, p.done, { phase: p.phase });
      } else bar.update(p.done);
    },
    stop: () => bar.stop(),
  };
}

async function ask(question: string, hidden = false): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing of what is typed after the question (readline has no option for it).
    const write = (prompt as unknown as { _writeToOutput(s: string): void })._writeToOutput;
    (prompt as unknown as { _writeToOutput(s: string): void })._writeToOutput = (s: string) =>
      s.startsWith(question) ? write.call(prompt, s) : undefined;
  }
  try {
    return await prompt.question(question);
  } finally {
    if (hidden) process.stdout.write('\n');
    prompt.close();
  }
}

/** A refusal (wrong passphrase, damaged file …) in words, in the terminal's language, not as a stack. */
function explained(error: unknown): Error {
  if (!(error instanceof AppError)) return error as Error;
  const locale = /^zh/i.test(process.env.LANG ?? '') ? 'zh-CN' : 'en-US';
  return new Error(formatMessage(ERROR_MESSAGES[locale][error.code], error.params));
}

export function backupCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup')
    .description(
      `back up the database and attached files into backups/ in the data folder (or --out), checked after writing; encrypted with ${PASSPHRASE_ENV}, else with the scheduled backups' passphrase`,
    )
    .option('--out <file>', 'write the backup to this file instead')
    .option('--no-encrypt', 'write it unencrypted even where a passphrase is set')
    .action(async (opts: { out?: string; encrypt: boolean }) => {
      await withDatabase(globals(), async (db, config) => {
        const place = placeOf(db, config);
        const passphrase = opts.encrypt ? (process.env[PASSPHRASE_ENV] ?? undefined) : null;
        const bar = progressBar();
        const made = await createBackup(place, 'manual', passphrase, bar.update).finally(bar.stop);
        const from = path.join(backupDir(place), made.name);
        if (opts.out)
          await fs.promises.rename(from, opts.out).catch(() => fs.promises.copyFile(from, opts.out!));
        const where = opts.out ?? from;
        console.log(
          `${where}  ${(made.bytes / 1024 / 1024).toFixed(1)} MB${made.encrypted ? ', encrypted' : ''}`,
        );
      });
    });

  program
    .command('restore <file>')
    .description(
      `restore a backup (a file, or the name of one in backups/): loaded and checked in a new database first, then swapped in; what it replaces is backed up first. An encrypted one takes ${PASSPHRASE_ENV} or asks`,
    )
    .option('--yes', 'do not ask for confirmation')
    .action(async (file: string, opts: { yes?: boolean }) => {
      await withDatabase(globals(), async (db, config) => {
        const place = placeOf(db, config);
        const found = fs.existsSync(file)
          ? file
          : (
              await backupPath(backupDir(place), file).catch(() => {
                throw new Error(`no backup ${file}`);
              })
            ).path;
        let passphrase = process.env[PASSPHRASE_ENV] ?? null;
        if (!passphrase && (await archiveKind(found)) === 'encrypted') {
          if (!process.stdin.isTTY) throw new Error(`the backup is encrypted: set ${PASSPHRASE_ENV}`);
          passphrase = await ask('passphrase: ', true);
        }
        if (!opts.yes) {
          if (!process.stdin.isTTY) throw new Error('restoring replaces every record: add --yes to confirm');
          const answer = await ask(`replace all of Keyi's data with ${path.basename(found)}? (yes/no) `);
          if (answer.trim().toLowerCase() !== 'yes') return console.log('nothing was changed');
        }
        const bar = progressBar();
        await restoreFromFile(place, found, passphrase, bar.update)
          .catch((error: unknown) => Promise.reject(explained(error)))
          .finally(bar.stop);
        console.log(`restored ${path.basename(found)}; what was there before is in ${backupDir(place)}`);
      });
    });
}
