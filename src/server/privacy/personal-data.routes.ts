import { z } from 'zod';
import { ZVersion } from '../../domain/user';
import { contentDisposition } from '../attachments/file-name';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { erasePersonalData, exportPersonalData } from './personal-data.service';

/** 个人信息 requests under PIPL, handled by an owner or admin: a copy of a person's data, and its erasure. */
export function personalDataRoutes(api: Api, db: DB): void {
  const tags = ['contacts'];
  const access = 'personalData.manage' as const;
  api.get(
    '/contacts/:id/personal-data',
    { config: { access }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      const reader = readerOf(request);
      const data = await exportPersonalData(db, reader, request.params.id);
      const day = data.exportedAt.slice(0, 10);
      const name = `${reader.locale === 'en-US' ? 'personal-data' : '个人信息'}-${data.person.name}-${day}.json`;
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );
  api.post(
    '/contacts/:id/erase',
    { config: { access }, schema: { tags, params: ZIdParams, body: z.strictObject({ version: ZVersion }) } },
    async (request, reply) => {
      await erasePersonalData(db, readerOf(request), request.params.id, request.body.version);
      return reply.status(204).send();
    },
  );
}
