import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBackupFile,
  ZBackupJob,
  ZBackupOverview,
  ZBackupSettings,
  ZPassphrase,
  ZUpdateBackupSettings,
  type TBackupJob,
} from '../../domain/backup';
import type { TLocale } from '../../domain/locale';
import { contentDisposition } from '../attachments/file-name';
import { now } from '../clock';
import { AppError, failureMessage } from '../http/errors';
import { authOf } from '../http/auth';
import { requestLocale } from '../http/i18n';
import type { Api } from '../http/routes';
import { archiveKind } from './backup-archive';
import { backupName, backupPath } from './backup-folder';
import { exportWorkspace } from './workspace-export';
import { backupDir, backupsOf, sourceOf, startBackup, startRestore, type BackupPlace } from './backup-runner';
import { readBackupSettings, saveBackupSettings } from './backup-settings';

const ZNameParams = z.object({ name: z.string().max(100) });
const ZPassphraseBody = z.object({ passphrase: ZPassphrase.nullable().optional() });
/** A backup made elsewhere (the CLI, an older setting) may have any passphrase: the file decides. */
const ZRestoreBody = z.object({ passphrase: z.string().min(1).max(1000).nullable().optional() });
/** A backup uploaded to be restored may be as large as the data it holds. */
const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024 * 1024;

/** The job as the reader reads it: a failure in their language. */
function jobOf(job: TBackupJob, locale: TLocale): TBackupJob {
  return { ...job, error: job.error === null ? null : failureMessage(job.error, locale) };
}

/**
 * 数据备份 (the owner's): the backups in the data folder with the daily schedule, a backup now, download, delete,
 * upload one made elsewhere, and restore (progress on `job`). Backups hold the whole installation, so a restore
 * through the page is refused where the installation holds more than one workspace (the CLI does that).
 */
export function backupRoutes(api: Api, place: BackupPlace): void {
  const tags = ['backups'];
  const access = 'backups.manage' as const;
  api.get(
    '/backups',
    { config: { access }, schema: { tags, response: { 200: ZBackupOverview } } },
    async (request) => ({
      backups: await backupsOf(place),
      settings: await readBackupSettings(place.db),
      job: place.job && jobOf(place.job, requestLocale(request)),
    }),
  );
  api.post(
    '/backups',
    { config: { access }, schema: { tags, body: ZPassphraseBody, response: { 202: ZBackupJob } } },
    async (request, reply) =>
      reply.status(202).send(jobOf(startBackup(place, request.body.passphrase), requestLocale(request))),
  );
  api.patch(
    '/backups/settings',
    { config: { access }, schema: { tags, body: ZUpdateBackupSettings, response: { 200: ZBackupSettings } } },
    async (request) => saveBackupSettings(place.db, place.secretBox, request.body, authOf(request).user.id),
  );
  api.get(
    '/backups/:name/file',
    { config: { access }, schema: { tags, params: ZNameParams } },
    async (request, reply) => {
      const { path: file, file: backup } = await backupPath(backupDir(place), request.params.name);
      return reply
        .type('application/octet-stream')
        .header('content-length', backup.bytes)
        .header('content-disposition', contentDisposition(backup.name))
        .header('cache-control', 'private, no-store')
        .send(createReadStream(file));
    },
  );
  api.delete(
    '/backups/:name',
    { config: { access }, schema: { tags, params: ZNameParams } },
    async (request, reply) => {
      const { path: file } = await backupPath(backupDir(place), request.params.name);
      await fs.rm(file);
      return reply.status(204).send();
    },
  );
  api.get('/workspace/export', { config: { access }, schema: { tags } }, async (request, reply) => {
    const { workspaceId } = authOf(request).actor;
    const file = await exportWorkspace(sourceOf(place), workspaceId);
    const stream = createReadStream(file).on(
      'close',
      () => void fs.rm(path.dirname(file), { recursive: true, force: true }),
    );
    const name = `${requestLocale(request) === 'en-US' ? 'keyi-data' : '客易数据'}-${new Date().toISOString().slice(0, 10)}.tar.gz`;
    return reply
      .type('application/gzip')
      .header('content-length', (await fs.stat(file)).size)
      .header('content-disposition', contentDisposition(name))
      .header('cache-control', 'private, no-store')
      .send(stream);
  });
  api.post(
    '/backups/:name/restore',
    {
      config: { access },
      schema: { tags, params: ZNameParams, body: ZRestoreBody, response: { 202: ZBackupJob } },
    },
    async (request, reply) => {
      const workspaces = await place.db.selectFrom('workspaces').select('id').limit(2).execute();
      if (workspaces.length > 1) throw new AppError('BACKUP_SEVERAL_WORKSPACES');
      const job = await startRestore(place, request.params.name, request.body.passphrase ?? null);
      return reply.status(202).send(jobOf(job, requestLocale(request)));
    },
  );
  void api.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 0, parts: 1 },
    });
    scope
      .withTypeProvider<ZodTypeProvider>()
      .post(
        '/backups/upload',
        { config: { access }, schema: { tags, response: { 201: ZBackupFile } } },
        async (request, reply) => {
          const part = request.isMultipart() ? await request.file() : undefined;
          if (!part)
            throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', code: 'FIELD_REQUIRED' }] });
          await fs.mkdir(backupDir(place), { recursive: true });
          const partial = path.join(backupDir(place), `upload-${Date.now()}.partial`);
          try {
            await pipeline(part.file, createWriteStream(partial, { flags: 'wx' }));
            if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
            const kind = await archiveKind(partial);
            if (!kind) throw new AppError('BACKUP_NOT_KEYI', { params: { fileName: part.filename } });
            const name = backupName('uploaded', now(), kind === 'encrypted');
            await fs.rename(partial, path.join(backupDir(place), name));
            return reply.status(201).send((await backupPath(backupDir(place), name)).file);
          } finally {
            await fs.rm(partial, { force: true });
          }
        },
      );
  });
}
