import { z } from 'zod';
import type { FileStore } from '../attachments/file-store';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { pageSchema, ZListQuery } from '../http/pagination';
import type { Api } from '../http/routes';
import { ZBinItem } from './bin-type';
import { listRecycleBin, purgeFromBin, restoreFromBin } from './recycle-bin.service';

const ZBinParams = z.object({ type: z.string().min(1).max(40), id: z.string().min(1).max(64) });

export function recycleBinRoutes(api: Api, db: DB, files: FileStore): void {
  const tags = ['recycle-bin'];
  api.get(
    '/recycle-bin',
    {
      config: { access: 'recycleBin.read' },
      schema: { tags, querystring: ZListQuery.omit({ q: true }), response: { 200: pageSchema(ZBinItem) } },
    },
    async (request) => listRecycleBin(db, authOf(request).scope, request.query),
  );
  api.post(
    '/recycle-bin/:type/:id/restore',
    { config: { access: 'recycleBin.read' }, schema: { tags, params: ZBinParams } },
    async (request, reply) => {
      await restoreFromBin(db, authOf(request).scope, request.params.type, request.params.id);
      return reply.status(204).send();
    },
  );
  api.delete(
    '/recycle-bin/:type/:id',
    { config: { access: 'recycleBin.purge' }, schema: { tags, params: ZBinParams } },
    async (request, reply) => {
      await purgeFromBin(db, authOf(request).scope, request.params.type, request.params.id, files);
      return reply.status(204).send();
    },
  );
}
