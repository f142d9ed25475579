import { z } from 'zod';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import type { Api } from '../http/routes';
import { contactSearch, customerSearch } from '../customers/customer.search';
import { userSearch } from '../users/user.search';
import { ZSearchHit, type SearchProvider } from './search-provider';

/** Every group of the global search, in the order they are shown; modules add theirs here. */
const PROVIDERS: readonly SearchProvider[] = [customerSearch, contactSearch, userSearch];

const ZSearchResult = z.object({
  groups: z.array(z.object({ type: z.string(), items: z.array(ZSearchHit) })),
});

export function searchRoutes(api: Api, db: DB): void {
  api.get(
    '/search',
    {
      config: { access: 'member' },
      schema: {
        tags: ['search'],
        querystring: z.object({
          q: z.string().trim().min(1).max(100),
          limit: z.coerce.number().int().min(1).max(20).default(8),
        }),
        response: { 200: ZSearchResult },
      },
    },
    async (request) => {
      const { scope } = authOf(request);
      const { q, limit } = request.query;
      const groups = await Promise.all(
        PROVIDERS.filter((p) => p.visibleTo(scope)).map(async (p) => ({
          type: p.type,
          items: await p.search(db, scope, q, limit),
        })),
      );
      return { groups: groups.filter((g) => g.items.length > 0) };
    },
  );
}
