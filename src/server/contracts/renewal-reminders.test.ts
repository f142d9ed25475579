import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { endingContracts, sendRenewalReminders } from './renewal-reminders';

const TODAY = todayIn('Asia/Shanghai');

for (const dialect of DIALECTS) {
  describe(`renewal reminders (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const db = () => t().database.db;
    const reminders = async () =>
      db()
        .selectFrom('notifications')
        .select(['user_id', 'kind', 'title', 'body', 'link', 'dedupe_key'])
        .where('dedupe_key', 'like', 'renewal:%')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    const contract = async (client: Client, body: Record<string, unknown>) =>
      (await client.post('/api/v1/contracts', { amount: 100, ...body })).json() as {
        id: string;
        version: number;
        number: string;
      };

    it("tells the customer's owner once, in their language, and again when the end moves", async () => {
      owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales', '李雷');
      await db().updateTable('users').set({ locale: 'en-US' }).where('id', '=', sales.user.id).execute();
      const c = await createCustomer(sales.client);
      const soon = await contract(sales.client, {
        customerId: c.id,
        title: '年度服务',
        endDate: addDays(TODAY, 10),
      });
      await contract(sales.client, { customerId: c.id, title: '还早', endDate: addDays(TODAY, 31) });
      await contract(sales.client, { customerId: c.id, title: '已结束', endDate: addDays(TODAY, -1) });
      await contract(sales.client, { customerId: c.id, title: '无期限' });

      expect(await sendRenewalReminders(db())).toEqual({ renewals: 1 });
      expect(await reminders()).toEqual([
        {
          user_id: sales.user.id,
          kind: 'due',
          title: `Contract ending soon: 年度服务, ends ${addDays(TODAY, 10)}; follow up on the renewal`,
          body: `${c.name} · ${soon.number} · 10 days left`,
          link: `/customers/${c.id}`,
          dedupe_key: `renewal:${soon.id}:${addDays(TODAY, 10)}`,
        },
      ]);
      // The next run, or another instance's, sends nothing new.
      expect(await sendRenewalReminders(db())).toEqual({ renewals: 0 });

      // Extended to a new end inside the window: reminded again for that end.
      const moved = addDays(TODAY, 25);
      await sales.client.patch(`/api/v1/contracts/${soon.id}`, { version: soon.version, endDate: moved });
      expect(await sendRenewalReminders(db())).toEqual({ renewals: 1 });
      expect((await reminders()).map((r) => r.dedupe_key)).toEqual([
        `renewal:${soon.id}:${addDays(TODAY, 10)}`,
        `renewal:${soon.id}:${moved}`,
      ]);
      // A day later the 31-day contract comes into the window.
      const tomorrow = new Date(Date.now() + 86_400_000);
      expect(await sendRenewalReminders(db(), tomorrow)).toEqual({ renewals: 1 });
    });

    it('falls back to the workspace owner for a customer with no owner, in Chinese; skips the bin', async () => {
      const c = await createCustomer(owner);
      await db().updateTable('customers').set({ owner_id: null }).where('id', '=', c.id).execute();
      const k = await contract(owner, { customerId: c.id, title: '托管服务', endDate: TODAY });
      const binned = await contract(owner, { customerId: c.id, title: '删掉的', endDate: TODAY });
      await owner.delete(`/api/v1/contracts/${binned.id}`);
      expect(await sendRenewalReminders(db())).toEqual({ renewals: 1 });
      const me = (await owner.get('/api/v1/me')).json();
      expect((await reminders()).at(-1)).toMatchObject({
        user_id: me.user.id,
        title: `合同即将到期：托管服务，${TODAY} 到期，请跟进续费`,
        body: `${c.name} · ${k.number} · 今天到期`,
      });
    });

    // SQLite plans from the query's shape alone; PostgreSQL from table statistics, which a test's few rows make
    // meaningless (it then reads whichever index is smallest), so the plan is checked where it is deterministic.
    it.runIf(dialect === 'sqlite')('reads contracts through the end-date index', async () => {
      const ws = await db().selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
      const query = endingContracts(db(), ws.id, TODAY, addDays(TODAY, 30)).compile();
      const { rows } = await db().executeQuery<{ detail: string }>({
        ...query,
        sql: `explain query plan ${query.sql}`,
      });
      const plan = rows.map((r) => r.detail).join('\n');
      expect(plan).toMatch(
        /SEARCH contracts USING INDEX contracts_end_idx \(workspace_id=\? AND end_date>\? AND end_date<\?\)/,
      );
    });
  });
}
