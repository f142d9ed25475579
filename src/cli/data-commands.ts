import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DUPLICATE_POLICIES, type TDuplicatePolicy } from '../domain/import/import-batch';
import { IMPORT_KINDS, type TImportKind } from '../domain/import/import-fields';
import { fileStoreOf } from '../server/attachments/file-store';
import type { Reader } from '../server/customers/customer-context';
import { exportCustomers, ZCustomerExportQuery } from '../server/customers/customer-export';
import type { DB } from '../server/db/schema';
import { scopeOf } from '../server/http/policy';
import { findBatch } from '../server/imports/import-batches';
import { importFinished, startImport } from '../server/imports/import-run';
import { checkImport, chooseSheet, uploadImport } from '../server/imports/import.service';
import { withDatabase, type GlobalOptions } from './with-database';

/** Whom the command acts as: the member named by --as, else the workspace's owner (imports need an owner for rows). */
export async function actingMember(db: DB, login?: string): Promise<Reader> {
  const users = db
    .selectFrom('users')
    .select(['id', 'workspace_id', 'role', 'login'])
    .where('deleted_at', 'is', null);
  const user = await (
    login ? users.where('login', '=', login) : users.where('role', '=', 'owner')
  ).executeTakeFirst();
  if (!user)
    throw new Error(
      login ? `no member with the login ${login}` : 'Keyi is not set up yet: open it in a browser first',
    );
  const actor = { id: user.id, workspaceId: user.workspace_id, role: user.role };
  return { actor, scope: scopeOf(actor), locale: 'zh-CN' };
}

export function dataCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import <file>')
    .description(
      'import customers, follow-ups, deals, projects, milestones or installments from .xlsx, CSV or a Markdown table, with a progress bar (checks the file first)',
    )
    .option('--kind <kind>', `what the file holds: ${IMPORT_KINDS.join(', ')}`, 'customers')
    .option('--as <login>', 'act as this member (default: the owner)')
    .option('--sheet <n>', 'the sheet to read, counting from 1', '1')
    .option(
      '--duplicates <policy>',
      `what to do with a record already there: ${DUPLICATE_POLICIES.join(', ')} (update: customers only)`,
      'skip',
    )
    .option('--dry-run', 'check the file and say what an import would do, without writing')
    .action(
      async (
        file: string,
        opts: { as?: string; kind: string; sheet: string; duplicates: string; dryRun?: boolean },
      ) => {
        if (!DUPLICATE_POLICIES.includes(opts.duplicates as TDuplicatePolicy))
          throw new Error(`--duplicates: one of ${DUPLICATE_POLICIES.join(', ')}`);
        if (!IMPORT_KINDS.includes(opts.kind as TImportKind))
          throw new Error(`--kind: one of ${IMPORT_KINDS.join(', ')}`);
        await withDatabase(globals(), async (db, config) => {
          const reader = await actingMember(db, opts.as);
          const files = fileStoreOf(config);
          // The upload is moved into the data folder: the person's own file stays where it is.
          const copy = path.join(os.tmpdir(), `keyi-import-${process.pid}`);
          await fs.promises.copyFile(file, copy);
          const uploaded = await uploadImport(db, reader, files, opts.kind as TImportKind, {
            tempPath: copy,
            fileName: path.basename(file),
          });
          // Another sheet has its own header row and mapping.
          const sheet = Number(opts.sheet) - 1;
          const draft = sheet ? await chooseSheet(db, reader, files, uploaded.batch.id, sheet) : uploaded;
          const settings = { ...draft.batch.settings, duplicates: opts.duplicates as TDuplicatePolicy };
          draft.headers.forEach((header, i) =>
            console.log(`  ${header || `(${i + 1})`} → ${settings.mapping[i] ?? '—'}`),
          );
          const check = await checkImport(db, reader, files, draft.batch.id, settings);
          console.log(
            `${check.totalRows} rows: ${check.readyRows} ready, ${check.problemRows} with problems; ` +
              `${check.duplicates.existing} match existing records, ${check.duplicates.inFile} repeat an earlier row`,
          );
          for (const row of check.problems.slice(0, 10))
            console.log(
              `  row ${row.line}: ${row.problems.map((p) => `${p.field} ${p.error ?? p.code}${p.value ? ` (${p.value})` : ''}`).join('; ')}`,
            );
          for (const value of check.unknownValues)
            console.log(`  not in ${value.dictionary}: ${value.label} (${value.rows} rows)`);
          if (opts.dryRun) return;
          await startImport(db, reader, files, draft.batch.id, settings);
          const bar = new SingleBar({
            format: 'importing [{bar}] {percentage}% | {value}/{total} rows',
            hideCursor: true,
          });
          bar.start(check.totalRows, 0);
          const timer = setInterval(() => {
            void findBatch(db, reader, draft.batch.id).then((b) => bar.update(b.done_rows));
          }, 250);
          await importFinished(draft.batch.id);
          clearInterval(timer);
          const done = await findBatch(db, reader, draft.batch.id);
          bar.update(done.done_rows);
          bar.stop();
          console.log(
            `${done.status}: ${done.created_count} created, ${done.updated_count} updated, ` +
              `${done.skipped_count} duplicates skipped, ${done.rejected_count} rejected (batch ${done.id})`,
          );
          if (done.status !== 'done') process.exitCode = 1;
        });
      },
    );

  program
    .command('export')
    .description('export the customer list (as a member sees it) to .xlsx or CSV')
    .option('--as <login>', 'act as this member, with what they may see (default: the owner)')
    .option('--format <format>', 'xlsx or csv', 'xlsx')
    .option('--out <file>', 'where to write (default: customers-<date>.<format>)')
    .option('--q <text>', 'only customers matching this search')
    .action(async (opts: { as?: string; format: string; out?: string; q?: string }) => {
      await withDatabase(globals(), async (db) => {
        const reader = await actingMember(db, opts.as);
        const query = ZCustomerExportQuery.parse({ format: opts.format, ...(opts.q && { q: opts.q }) });
        const out = opts.out ?? `customers-${new Date().toISOString().slice(0, 10)}.${query.format}`;
        const { stream } = exportCustomers(db, reader, query, {});
        let bytes = 0;
        stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
        const progress = setInterval(
          () => process.stderr.write(`\rwriting ${out}: ${(bytes / 1024 / 1024).toFixed(1)} MB`),
          500,
        );
        await pipeline(stream, fs.createWriteStream(out));
        clearInterval(progress);
        process.stderr.write(`\rwrote ${out}: ${(bytes / 1024 / 1024).toFixed(1)} MB\n`);
      });
    });
}
