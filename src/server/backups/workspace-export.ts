import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CatalogTable } from './backup-catalog';
import type { DumpTable } from './backup-dump';
import { writeBackup, type BackupSource } from './backup-write';

// What a workspace's own data is not: sign-in state, counts kept for speed, the search index, Keyi's bookkeeping.
const NOT_DATA = new Set([
  'sessions',
  'login_failures',
  'job_leases',
  'backup_settings',
  'analytics_months',
  'customer_counts',
  'follow_up_day_counts',
  'bulk_operations',
  'import_batches',
  'import_records',
  'import_rejections',
  'notification_deliveries',
]);
// Secrets (hashes, sealed passwords, calendar links) and index columns stay behind.
const NOT_PORTABLE = new Set([
  'password_hash',
  'calendar_token',
  'token_hash',
  'secret',
  'csrf_token',
  'search_text',
  'search_grams',
  'search_rowid',
  'search_version',
  'name_key',
]);

/** The tables of one workspace with their portable columns, its rows only. */
export function workspaceTables(workspaceId: string) {
  return (catalog: CatalogTable[]): DumpTable[] =>
    catalog.flatMap((table) => {
      const names = table.columns.map((c) => c.name);
      const column =
        table.name === 'workspaces' ? 'id' : names.includes('workspace_id') ? 'workspace_id' : null;
      if (!column || NOT_DATA.has(table.name)) return [];
      const columns = names.filter((c) => !NOT_PORTABLE.has(c));
      return [{ name: table.name, columns, withRowid: false, where: { column, value: workspaceId } }];
    });
}

/**
 * 导出全部数据 for portability: one workspace's records as JSON lines (one file per table, in the backup's layout,
 * with its manifest) and its attached files, in a .tar.gz written to a temporary file the caller streams and
 * removes. Not a backup: it leaves out sign-in secrets and derived counts, and a restore refuses it.
 */
export async function exportWorkspace(source: BackupSource, workspaceId: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keyi-workspace-export-'));
  const file = path.join(dir, 'export.tar.gz');
  await writeBackup(source, file, {
    passphrase: null,
    kind: 'workspace-export',
    only: { tables: workspaceTables(workspaceId), files: `files/${workspaceId}` },
  });
  return file;
}
