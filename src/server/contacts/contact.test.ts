import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`contacts (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let customerId: string;

    it('adds, edits and deletes contacts; one primary; search follows', async () => {
      owner = await setupOwner(t().app);
      const customer = await createCustomer(owner);
      customerId = customer.id;
      const added = await owner.post(`/api/v1/customers/${customerId}/contacts`, {
        name: '欧阳娜娜',
        mobile: '１５９ ０１２３ ４５６７',
        role: 'influencer',
        isPrimary: true,
        dataSource: '展会',
      });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({
        mobile: '15901234567',
        isPrimary: true,
        dataSource: { key: 'trade_show', label: '展会' },
      });
      const list = (await owner.get(`/api/v1/customers/${customerId}/contacts`)).json().items;
      expect(list.filter((c: { isPrimary: boolean }) => c.isPrimary)).toHaveLength(1);
      expect(list[0].name).toBe('欧阳娜娜');

      const search = async (q: string) =>
        (await owner.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items.length;
      expect(await search('4567')).toBe(1);
      expect(await search('oynn')).toBe(1); // pinyin initials of 欧阳娜娜
      const bad = await owner.patch(`/api/v1/contacts/${added.json().id}`, { email: 'nope', version: 1 });
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'email', code: 'EMAIL_INVALID' })]);
      const edited = await owner.patch(`/api/v1/contacts/${added.json().id}`, {
        mobile: '13900001111',
        version: 1,
      });
      expect(edited.json()).toMatchObject({ mobile: '13900001111', version: 2 });
      expect(await search('4567')).toBe(0);
      expect(await search('1111')).toBe(1);
      const stale = await owner.patch(`/api/v1/contacts/${added.json().id}`, { title: '经理', version: 1 });
      expect(stale.statusCode).toBe(409);

      expect((await owner.delete(`/api/v1/contacts/${added.json().id}`)).statusCode).toBe(204);
      expect(await search('1111')).toBe(0);
      const actions = (await owner.get(`/api/v1/customers/${customerId}/history`))
        .json()
        .items.map((h: { action: string }) => h.action);
      expect(actions.slice(0, 3)).toEqual(['contact.delete', 'contact.update', 'contact.create']);
    });

    it('lets the service role reveal a masked number, and writes the reveal to the history', async () => {
      const service = await createMember(t().app, owner, 'service', '客服小周');
      const [contact] = (await service.client.get(`/api/v1/customers/${customerId}/contacts`)).json().items;
      expect(contact.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
      const revealed = await service.client.post(`/api/v1/contacts/${contact.id}/reveal`, {
        field: 'mobile',
      });
      expect(revealed.json().value).toMatch(/^1\d{10}$/);
      const [entry] = (await owner.get(`/api/v1/customers/${customerId}/history`)).json().items;
      expect(entry).toMatchObject({
        action: 'reveal',
        user: { name: '客服小周' },
        changes: { field: 'mobile' },
      });
    });
  });
}
