import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`custom fields (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('defines fields, checks values per type, and filters and sorts on them', async () => {
      owner = await setupOwner(t().app);
      const defs = [
        {
          key: 'contract_value',
          labels: { 'zh-CN': '历史合作金额', 'en-US': 'Past contract value' },
          type: 'money',
        },
        {
          key: 'level',
          labels: { 'zh-CN': '会员等级', 'en-US': 'Membership' },
          type: 'select',
          options: [
            { key: 'vip', labels: { 'zh-CN': 'VIP', 'en-US': 'VIP' } },
            { key: 'normal', labels: { 'zh-CN': '普通', 'en-US': 'Regular' } },
          ],
        },
        {
          key: 'products',
          labels: { 'zh-CN': '合作产品', 'en-US': 'Products' },
          type: 'multiSelect',
          options: [
            { key: 'crm', labels: { 'zh-CN': 'CRM', 'en-US': 'CRM' } },
            { key: 'erp', labels: { 'zh-CN': 'ERP', 'en-US': 'ERP' } },
          ],
        },
        { key: 'signed', labels: { 'zh-CN': '已签框架协议', 'en-US': 'Framework signed' }, type: 'checkbox' },
      ];
      for (const def of defs) expect((await owner.post('/api/v1/custom-fields', def)).statusCode).toBe(201);
      expect((await owner.post('/api/v1/custom-fields', { ...defs[0] })).statusCode).toBe(409);

      const bad = await owner.post('/api/v1/customers', {
        name: '自定义字段测试公司',
        custom: { contract_value: '十万', level: 'gold', nope: 1 },
      });
      expect(bad.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
        'custom.contract_value:CUSTOM_VALUE_INVALID',
        'custom.level:CUSTOM_VALUE_INVALID',
        'custom.nope:CUSTOM_VALUE_INVALID',
      ]);
      const big = await createCustomer(owner, {
        custom: { contract_value: 5_000_000, level: 'vip', products: ['crm', 'erp'], signed: true },
      });
      const small = await createCustomer(owner, {
        custom: { contract_value: 800_000, level: 'normal', products: ['crm'], signed: false },
      });
      await createCustomer(owner);
      const ids = async (qs: string) =>
        (await owner.get(`/api/v1/customers?${qs}`)).json().items.map((c: { id: string }) => c.id);
      expect(await ids('custom.level=vip')).toEqual([big.id]);
      expect(await ids('custom.products=crm&sort=name')).toHaveLength(2);
      expect(await ids('custom.products=erp')).toEqual([big.id]);
      expect(await ids('custom.signed=false')).toEqual([small.id]);
      expect(await ids('custom.contract_value=800000')).toEqual([small.id]);
      const sorted = await ids('sort=-custom.contract_value&limit=1');
      expect(sorted).toEqual([big.id]);
      const next = (await owner.get('/api/v1/customers?sort=-custom.contract_value&limit=1')).json()
        .nextCursor;
      expect(await ids(`sort=-custom.contract_value&limit=5&cursor=${next}`)).toEqual([
        small.id,
        expect.any(String),
      ]);
      expect((await owner.get('/api/v1/customers?custom.unknown=1')).statusCode).toBe(400);

      const edited = await owner.patch(`/api/v1/customers/${small.id}`, {
        custom: { level: null },
        version: 1,
      });
      expect(edited.json().custom).toEqual({ contract_value: 800_000, products: ['crm'], signed: false });
    });

    it('renames a field and stops an option while the customers keep their values; never drops a saved option', async () => {
      const level = (await owner.get('/api/v1/custom-fields'))
        .json()
        .items.find((f: { key: string }) => f.key === 'level');
      const [vip, normal] = level.options;
      const held = await createCustomer(owner, { custom: { level: 'normal' } });

      const dropped = await owner.patch('/api/v1/custom-fields/level', {
        options: [vip],
        version: level.version,
      });
      expect(dropped.statusCode).toBe(409);
      expect(dropped.json().errors).toEqual([
        expect.objectContaining({ path: 'options', code: 'CUSTOM_OPTION_REMOVED' }),
      ]);
      const twice = await owner.patch('/api/v1/custom-fields/level', {
        options: [vip, vip, normal],
        version: level.version,
      });
      expect(twice.statusCode).toBe(400);

      const gold = { key: 'gold', labels: { 'zh-CN': '金卡', 'en-US': 'Gold' } };
      const saved = await owner.patch('/api/v1/custom-fields/level', {
        labels: { 'zh-CN': '会员级别', 'en-US': 'Member level' },
        options: [vip, { ...normal, archived: true }, gold],
        required: false,
        version: level.version,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ labels: { 'zh-CN': '会员级别' }, version: level.version + 1 });
      expect(
        saved
          .json()
          .options.map((o: { key: string; archived?: boolean }) => `${o.key}:${o.archived ?? false}`),
      ).toEqual(['vip:false', 'normal:true', 'gold:false']);

      const stale = await owner.patch('/api/v1/custom-fields/level', { sort: 0, version: level.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.labels['zh-CN']).toBe('会员级别');

      // The stopped option still holds on its customer and still validates when the card is saved again.
      const card = (await owner.get(`/api/v1/customers/${held.id}`)).json();
      expect(card.custom.level).toBe('normal');
      const resaved = await owner.patch(`/api/v1/customers/${held.id}`, {
        custom: { level: 'normal' },
        version: card.version,
      });
      expect(resaved.statusCode).toBe(200);

      const { client: sales } = await createMember(t().app, owner, 'sales');
      expect((await sales.patch('/api/v1/custom-fields/level', { sort: 3, version: 2 })).statusCode).toBe(
        403,
      );
      expect((await owner.patch('/api/v1/custom-fields/nope', { sort: 3, version: 1 })).statusCode).toBe(404);
    });
  });
}
