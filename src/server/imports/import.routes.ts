import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZImportBatch,
  ZImportCheck,
  ZImportDraft,
  ZImportSettings,
  ZProblemRow,
} from '../../domain/import/import-batch';
import { IMPORT_KINDS } from '../../domain/import/import-fields';
import { cleanFileName } from '../attachments/file-name';
import { removeFile, stageFile, type FileStore } from '../attachments/file-store';
import { readerOf } from '../customers/customer.routes';
import { fromJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { findBatch, listBatches, serializeBatch } from './import-batches';
import { refuse } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';
import { startImport } from './import-run';
import { undoImport } from './import-undo';
import { checkImport, chooseSheet, uploadImport } from './import.service';

const ZKind = z.enum(IMPORT_KINDS);

/**
 * 导入: upload a file (multipart `file`, query `kind`), choose its sheet, check it whole, run it (progress on the
 * batch), undo it from the history, and fetch the rows it refused.
 */
export function importRoutes(api: Api, db: DB, files: FileStore): void {
  const tags = ['imports'];
  void api.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: IMPORT_LIMITS.fileBytes, files: 1, fields: 5, parts: 6 },
    });
    const routes = scope.withTypeProvider<ZodTypeProvider>();
    routes.post(
      '/imports',
      {
        config: { access: 'customers.write' },
        schema: {
          tags,
          querystring: z.object({ kind: ZKind.default('customers') }),
          response: { 201: ZImportDraft },
        },
      },
      async (request, reply) => {
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part)
          throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', code: 'FIELD_REQUIRED' }] });
        const fileName = cleanFileName(part.filename);
        const staged = await stageFile(files, part.file);
        try {
          if (part.file.truncated)
            refuse('IMPORT_FILE_TOO_LARGE', fileName, Math.floor(IMPORT_LIMITS.fileBytes / 1024 / 1024));
          const draft = await uploadImport(db, readerOf(request), files, request.query.kind, {
            tempPath: staged.tempPath,
            fileName,
          });
          return reply.status(201).send(draft);
        } finally {
          await removeFile(staged.tempPath);
        }
      },
    );
  });
  const routes = api;
  routes.get(
    '/imports',
    {
      config: { access: 'customers.write' },
      schema: {
        tags,
        querystring: z.object({ kind: ZKind.optional() }),
        response: { 200: z.array(ZImportBatch) },
      },
    },
    async (request) => listBatches(db, readerOf(request), request.query.kind),
  );
  routes.get(
    '/imports/:id',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, response: { 200: ZImportBatch } },
    },
    async (request) => {
      const reader = readerOf(request);
      return serializeBatch(db, reader, await findBatch(db, reader, request.params.id));
    },
  );
  routes.post(
    '/imports/:id/sheet',
    {
      config: { access: 'customers.write' },
      schema: {
        tags,
        params: ZIdParams,
        body: z.strictObject({ sheet: z.number().int().min(0) }),
        response: { 200: ZImportDraft },
      },
    },
    async (request) => chooseSheet(db, readerOf(request), files, request.params.id, request.body.sheet),
  );
  routes.post(
    '/imports/:id/check',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, body: ZImportSettings, response: { 200: ZImportCheck } },
    },
    async (request) => checkImport(db, readerOf(request), files, request.params.id, request.body),
  );
  routes.post(
    '/imports/:id/run',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, body: ZImportSettings, response: { 202: ZImportBatch } },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startImport(db, readerOf(request), files, request.params.id, request.body)),
  );
  routes.post(
    '/imports/:id/undo',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, response: { 200: ZImportBatch } },
    },
    async (request) => undoImport(db, readerOf(request), request.params.id),
  );
  routes.get(
    '/imports/:id/rejected',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, response: { 200: z.array(ZProblemRow) } },
    },
    async (request) => {
      const batch = await findBatch(db, readerOf(request), request.params.id);
      const rows = await db
        .selectFrom('import_rejections')
        .selectAll()
        .where('batch_id', '=', batch.id)
        .orderBy('line')
        .execute();
      return rows.map((r) => ({ line: r.line, cells: fromJson(r.cells), problems: fromJson(r.problems) }));
    },
  );
}
