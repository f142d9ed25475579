import type { SearchProvider } from '../search/search-provider';
import { listUsers } from './user.repository';

export const userSearch: SearchProvider = {
  type: 'users',
  visibleTo: () => true,
  async search(db, scope, q, limit) {
    const rows = await listUsers(db, scope, { q, limit });
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      subtitle: r.login,
      url: `/settings/members?focus=${r.id}`,
    }));
  },
};
