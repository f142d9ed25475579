import { z } from 'zod';
import { DICTIONARIES } from '../../domain/dictionaries';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import type { Api } from '../http/routes';
import { loadDictionaries, toDictionaryEntry, ZDictionaryEntry } from './dictionary.service';

export function dictionaryRoutes(api: Api, db: DB): void {
  api.get(
    '/dictionaries',
    {
      config: { access: 'member' },
      schema: {
        tags: ['dictionaries'],
        response: { 200: z.record(z.enum(DICTIONARIES), z.array(ZDictionaryEntry)) },
      },
    },
    async (request) => {
      const dicts = await loadDictionaries(db, authOf(request).scope);
      return Object.fromEntries(
        DICTIONARIES.map((d) => [d, dicts.entries(d).map(toDictionaryEntry)]),
      ) as Record<(typeof DICTIONARIES)[number], z.infer<typeof ZDictionaryEntry>[]>;
    },
  );
}
