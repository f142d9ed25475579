import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { importSheet } from '../../../test/imports';

const MOBILE = '13812345678';
const EMAIL = 'hanmeimei@chenguang.cn';

for (const dialect of DIALECTS) {
  describe(`personal data on request (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let customerId: string;
    let contact: { id: string; version: number };
    const history = async () =>
      JSON.stringify((await owner.get(`/api/v1/customers/${customerId}/history`)).json());

    beforeAll(async () => {
      owner = await setupOwner(t().app);
      const customer = await createCustomer(owner, {
        name: '苏州晨光文化传媒有限公司',
        contacts: [
          { name: '韩梅梅', mobile: MOBILE, email: EMAIL, wechat: 'hmm_2026', dataSource: 'business_card' },
        ],
      });
      customerId = customer.id;
      contact = customer.contacts[0] as { id: string; version: number };
      await owner.post('/api/v1/follow-ups', {
        customerId,
        contactId: contact.id,
        method: '电话',
        summary: '约了下周面谈',
      });
      const updated = await owner.patch(`/api/v1/contacts/${contact.id}`, {
        title: '市场总监',
        version: contact.version,
      });
      contact = updated.json();
      const service = await createMember(t().app, owner, 'service');
      expect(
        (await service.client.post(`/api/v1/contacts/${contact.id}/reveal`, { field: 'mobile' })).statusCode,
      ).toBe(200);
      // A row an import refused (no customer name) that carries her number.
      const csv = Buffer.from(`客户名称,联系人,手机\n,韩梅梅,${MOBILE}\n南京青禾咨询,周三,13900000003\n`);
      const batch = await importSheet(owner, '名单.csv', csv, { duplicates: 'skip' });
      const rejected = (await owner.get(`/api/v1/imports/${batch.id}/rejected`)).json();
      expect(JSON.stringify(rejected)).toContain(MOBILE);
    });

    it('gives a copy of everything held about the person, to an owner or admin only', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      expect((await sales.client.get(`/api/v1/contacts/${contact.id}/personal-data`)).statusCode).toBe(403);
      const response = await owner.get(`/api/v1/contacts/${contact.id}/personal-data`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('.json');
      const copy = response.json();
      expect(copy.person).toMatchObject({
        name: '韩梅梅',
        mobile: MOBILE,
        email: EMAIL,
        title: '市场总监',
        erasedAt: null,
      });
      expect(copy.person.dataSource).toBeTruthy();
      expect(copy.customer.name).toBe('苏州晨光文化传媒有限公司');
      expect(copy.followUps).toHaveLength(1);
      expect(copy.followUps[0].summary).toBe('约了下周面谈');
      expect(copy.history.map((h: { action: string }) => h.action)).toEqual(
        expect.arrayContaining(['reveal']),
      );
    });

    it('erases the person for good: fields, history, refused import rows and search, keeping the follow-up', async () => {
      expect(await history()).toContain(MOBILE);
      expect(
        (await owner.post(`/api/v1/contacts/${contact.id}/erase`, { version: contact.version - 1 }))
          .statusCode,
      ).toBe(409);
      expect(
        (await owner.post(`/api/v1/contacts/${contact.id}/erase`, { version: contact.version })).statusCode,
      ).toBe(204);

      const [erased] = (await owner.get(`/api/v1/customers/${customerId}/contacts`)).json().items;
      expect(erased).toMatchObject({ name: '***', mobile: null, email: null, wechat: null, title: null });
      expect(erased.erasedAt).not.toBeNull();
      const text = await history();
      for (const value of [MOBILE, EMAIL, 'hmm_2026', '韩梅梅']) expect(text).not.toContain(value);
      expect(text).toContain('contact.erase');
      const imports = (await owner.get('/api/v1/imports')).json();
      const rejected = JSON.stringify((await owner.get(`/api/v1/imports/${imports[0].id}/rejected`)).json());
      expect(rejected).not.toContain(MOBILE);
      expect(rejected).toContain('"line":2');
      expect((await owner.get(`/api/v1/customers?q=${MOBILE}`)).json().total).toBe(0);
      expect((await owner.get(`/api/v1/customers?q=${encodeURIComponent('晨光')}`)).json().total).toBe(1);
      const followUps = (await owner.get(`/api/v1/customers/${customerId}/timeline`)).json();
      expect(JSON.stringify(followUps)).toContain('约了下周面谈');
      const again = await owner.post(`/api/v1/contacts/${contact.id}/erase`, { version: erased.version });
      expect(again.json().code).toBe('PERSON_ALREADY_ERASED');
    });

    it('lists a deleted contact in the recycle bin, restores it, and purges it for good as an erasure', async () => {
      const mobile = '13698765432';
      const customer = await createCustomer(owner, {
        name: '无锡远帆科技有限公司',
        contacts: [{ name: '李雷', mobile }],
      });
      const person = customer.contacts[0] as { id: string };
      const contacts = async () =>
        (await owner.get(`/api/v1/customers/${customer.id}/contacts`)).json().items as { id: string }[];
      const inBin = async () =>
        (
          (await owner.get('/api/v1/recycle-bin')).json().items as {
            type: string;
            id: string;
            title: string;
          }[]
        ).filter((item) => item.id === person.id);
      const found = async () => (await owner.get(`/api/v1/customers?q=${mobile}`)).json().total;
      const historyOf = async () =>
        JSON.stringify((await owner.get(`/api/v1/customers/${customer.id}/history`)).json());

      expect((await owner.delete(`/api/v1/contacts/${person.id}`)).statusCode).toBe(204);
      expect(await inBin()).toEqual([
        expect.objectContaining({ type: 'contact', title: '李雷 (无锡远帆科技有限公司)' }),
      ]);
      // A sales member does not see a colleague's customer, nor its contacts in the bin.
      const sales = await createMember(t().app, owner, 'sales');
      const theirs = (await sales.client.get('/api/v1/recycle-bin')).json().items as { id: string }[];
      expect(theirs.map((item) => item.id)).not.toContain(person.id);
      expect((await sales.client.post(`/api/v1/recycle-bin/contact/${person.id}/restore`)).statusCode).toBe(
        404,
      );

      expect((await owner.post(`/api/v1/recycle-bin/contact/${person.id}/restore`)).statusCode).toBe(204);
      expect((await contacts()).map((c) => c.id)).toEqual([person.id]);
      expect(await found()).toBe(1);
      expect(await inBin()).toEqual([]);

      await owner.delete(`/api/v1/contacts/${person.id}`);
      expect(await historyOf()).toContain(mobile);
      expect((await owner.delete(`/api/v1/recycle-bin/contact/${person.id}`)).statusCode).toBe(204);
      expect(await inBin()).toEqual([]);
      expect(await contacts()).toEqual([]);
      expect(await found()).toBe(0);
      const text = await historyOf();
      for (const value of [mobile, '李雷']) expect(text).not.toContain(value);
      expect(text).toContain('contact.purge');
    });
  });
}
