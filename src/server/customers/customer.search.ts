import { searchTokens } from '../../domain/search-text';
import { maskPhone } from '../../domain/masking';
import { can } from '../http/policy';
import type { SearchProvider } from '../search/search-provider';
import {
  filterCustomers,
  pageCustomers,
  resolveSort,
  scopeCustomers,
  ZCustomerListQuery,
} from './customer-list';

export const customerSearch: SearchProvider = {
  type: 'customers',
  visibleTo: () => true,
  async search(db, scope, q, limit) {
    const query = ZCustomerListQuery.parse({ q, limit: String(limit) });
    const [newestFirst] = pageCustomers(
      filterCustomers(db, scopeCustomers(db.selectFrom('customers'), scope), query).select([
        'customers.id',
        'customers.name',
        'customers.number',
        'customers.city',
      ]),
      resolveSort(db, '-createdAt', [], true),
      undefined,
      limit,
    );
    const rows = newestFirst ? await newestFirst.execute() : [];
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      subtitle: [r.number, r.city].filter(Boolean).join(' · '),
      url: `/customers/${r.id}`,
    }));
  },
};

/** Contacts of the customers that match, narrowed to the contacts that match themselves; masked as on the card. */
export const contactSearch: SearchProvider = {
  type: 'contacts',
  visibleTo: () => true,
  async search(db, scope, q, limit) {
    const query = ZCustomerListQuery.parse({ q, limit: '50' });
    const customers = filterCustomers(db, scopeCustomers(db.selectFrom('customers'), scope), query).select(
      'customers.id',
    );
    const rows = await db
      .selectFrom('contacts')
      .innerJoin('customers', 'customers.id', 'contacts.customer_id')
      .select([
        'contacts.id',
        'contacts.name',
        'contacts.mobile',
        'contacts.phone',
        'contacts.email',
        'contacts.wechat',
        'contacts.customer_id',
        'customers.name as customer_name',
      ])
      .where('contacts.customer_id', 'in', customers)
      .where('contacts.deleted_at', 'is', null)
      .limit(200)
      .execute();
    const needle = q.trim().toLowerCase();
    const masked = !can(
      { id: scope.userId, workspaceId: scope.workspaceId, role: scope.role },
      'personalData.view',
    );
    return rows
      .filter((c) => {
        const { text, grams } = searchTokens({
          names: [c.name],
          numbers: [],
          phones: [c.mobile, c.phone].filter((p): p is string => !!p),
          emails: c.email ? [c.email] : [],
          wechats: c.wechat ? [c.wechat] : [],
        });
        return text.includes(needle) || grams.includes(needle);
      })
      .slice(0, limit)
      .map((c) => {
        const phone = c.mobile ?? c.phone;
        const shown = phone ? (masked ? maskPhone(phone) : phone) : '';
        return {
          id: c.id,
          title: c.name,
          subtitle: [c.customer_name, shown].filter(Boolean).join(' · '),
          url: `/customers/${c.customer_id}`,
        };
      });
  },
};
