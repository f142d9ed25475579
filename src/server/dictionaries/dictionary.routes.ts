import { z } from 'zod';
import { DICTIONARIES, ZEntryUpdate, ZNewEntry } from '../../domain/dictionaries';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import type { Api } from '../http/routes';
import { addEntry, updateEntry } from './dictionary-edit.service';
import {
  loadDictionaries,
  toDictionaryEntry,
  ZDictionaryEntry,
  type TDictionaryEntry,
} from './dictionary.service';

const ZDictionaryParams = z.object({ dictionary: z.enum(DICTIONARIES) });

export function dictionaryRoutes(api: Api, db: DB): void {
  const tags = ['dictionaries'];
  api.get(
    '/dictionaries',
    {
      config: { access: 'member' },
      schema: { tags, response: { 200: z.record(z.enum(DICTIONARIES), z.array(ZDictionaryEntry)) } },
    },
    async (request) => {
      const dicts = await loadDictionaries(db, authOf(request).scope);
      return Object.fromEntries(
        DICTIONARIES.map((d) => [d, dicts.entries(d).map(toDictionaryEntry)]),
      ) as Record<(typeof DICTIONARIES)[number], TDictionaryEntry[]>;
    },
  );
  api.post(
    '/dictionaries/:dictionary',
    {
      config: { access: 'dictionaries.manage' },
      schema: { tags, params: ZDictionaryParams, body: ZNewEntry, response: { 201: ZDictionaryEntry } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addEntry(db, authOf(request).scope, request.params.dictionary, request.body)),
  );
  api.patch(
    '/dictionaries/:dictionary/:key',
    {
      config: { access: 'dictionaries.manage' },
      preValidation: versionFromIfMatch,
      schema: {
        tags,
        params: ZDictionaryParams.extend({ key: z.string().max(60) }),
        body: ZEntryUpdate,
        response: { 200: ZDictionaryEntry },
      },
    },
    async (request) =>
      updateEntry(db, authOf(request).scope, request.params.dictionary, request.params.key, request.body),
  );
}
