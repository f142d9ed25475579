import { z } from 'zod';
import { ZCustomField, ZCustomFieldInput, ZCustomFieldUpdate } from '../../domain/custom-fields';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import type { Api } from '../http/routes';
import {
  createCustomField,
  listCustomFields,
  retireCustomField,
  updateCustomField,
} from './custom-field.service';

export function customFieldRoutes(api: Api, db: DB): void {
  const tags = ['custom-fields'];
  api.get(
    '/custom-fields',
    {
      config: { access: 'member' },
      schema: { tags, response: { 200: z.object({ items: z.array(ZCustomField) }) } },
    },
    async (request) => ({ items: await listCustomFields(db, authOf(request).scope) }),
  );
  api.post(
    '/custom-fields',
    {
      config: { access: 'dictionaries.manage' },
      schema: { tags, body: ZCustomFieldInput, response: { 201: ZCustomField } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCustomField(db, authOf(request).scope, request.body)),
  );
  api.patch(
    '/custom-fields/:key',
    {
      config: { access: 'dictionaries.manage' },
      preValidation: versionFromIfMatch,
      schema: {
        tags,
        params: z.object({ key: z.string().max(40) }),
        body: ZCustomFieldUpdate,
        response: { 200: ZCustomField },
      },
    },
    async (request) => updateCustomField(db, authOf(request).scope, request.params.key, request.body),
  );
  api.delete(
    '/custom-fields/:key',
    {
      config: { access: 'dictionaries.manage' },
      schema: { tags, params: z.object({ key: z.string().max(40) }) },
    },
    async (request, reply) => {
      await retireCustomField(db, authOf(request).scope, request.params.key);
      return reply.status(204).send();
    },
  );
}
