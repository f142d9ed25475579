import { z } from 'zod';
import { ZContact, ZContactFields, ZContactUpdate } from '../../domain/contact';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import * as contacts from './contact-crud.service';

export function contactRoutes(api: Api, db: DB): void {
  const tags = ['contacts'];

  api.get(
    '/customers/:id/contacts',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZContact) }) } },
    },
    async (request) => ({ items: await contacts.listContacts(db, readerOf(request), request.params.id) }),
  );

  api.post(
    '/customers/:id/contacts',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, body: ZContactFields, response: { 201: ZContact } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await contacts.addContact(db, readerOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/contacts/:id',
    {
      config: { access: 'customers.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZContactUpdate, response: { 200: ZContact } },
    },
    async (request) => contacts.updateContact(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/contacts/:id',
    { config: { access: 'customers.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await contacts.deleteContact(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.post(
    '/contacts/:id/reveal',
    {
      config: { access: 'personalData.reveal' },
      schema: {
        tags,
        params: ZIdParams,
        body: z.strictObject({ field: z.enum(['mobile', 'phone', 'email', 'wechat']) }),
        response: { 200: z.object({ value: z.string().nullable() }) },
      },
    },
    async (request) =>
      contacts.revealContactField(db, readerOf(request), request.params.id, request.body.field),
  );
}
