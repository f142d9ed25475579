import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`customer bulk actions, merge, views and dictionaries (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('changes many customers at once, counts them, and undoes the batch', async () => {
      owner = await setupOwner(t().app);
      const a = await createCustomer(owner);
      const b = await createCustomer(owner);
      const tagged = await owner.post('/api/v1/customers/bulk', {
        ids: [a.id, b.id, 'missing'],
        action: 'addTag',
        value: '战略合作伙伴',
      });
      expect(tagged.json()).toMatchObject({ updated: 2, skipped: [{ id: 'missing', reason: 'notFound' }] });
      expect((await owner.get('/api/v1/customers?tag=strategic_partner')).json().total).toBe(2);
      const staged = (
        await owner.post('/api/v1/customers/bulk', {
          ids: [a.id, b.id],
          action: 'setStage',
          value: '方案报价',
        })
      ).json();
      expect((await owner.get(`/api/v1/customers/${a.id}`)).json().stage.key).toBe('proposal');
      expect((await owner.post(`/api/v1/customers/bulk/${staged.batchId}/undo`)).json()).toEqual({
        restored: 2,
      });
      expect((await owner.get(`/api/v1/customers/${a.id}`)).json().stage).toBeNull();
      expect((await owner.post(`/api/v1/customers/bulk/${staged.batchId}/undo`)).statusCode).toBe(409);

      const deleted = (
        await owner.post('/api/v1/customers/bulk', { ids: [a.id, b.id], action: 'delete' })
      ).json();
      expect((await owner.get(`/api/v1/customers/${a.id}`)).statusCode).toBe(404);
      await owner.post(`/api/v1/customers/bulk/${deleted.batchId}/undo`);
      expect((await owner.get(`/api/v1/customers/${a.id}`)).statusCode).toBe(200);
    });

    it('lets only those who may hand customers over assign them, and shares a customer with a colleague', async () => {
      const sales = await createMember(t().app, owner, 'sales', '销售阿强');
      const c = await createCustomer(owner);
      const assigned = await owner.post('/api/v1/customers/bulk', {
        ids: [c.id],
        action: 'assign',
        value: sales.user.id,
      });
      expect(assigned.json().updated).toBe(1);
      expect((await sales.client.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(200);
      const other = await createMember(t().app, owner, 'sales', '销售阿珍');
      expect((await other.client.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(404);
      const shared = await sales.client.post(`/api/v1/customers/${c.id}/shares`, { userId: other.user.id });
      expect(shared.json().items).toEqual([{ id: other.user.id, name: '销售阿珍' }]);
      expect((await other.client.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(200);
      expect((await other.client.get('/api/v1/customers')).json().total).toBe(1);
      await sales.client.delete(`/api/v1/customers/${c.id}/shares/${other.user.id}`);
      expect((await other.client.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(404);
      expect(
        (
          await sales.client.post('/api/v1/customers/bulk', {
            ids: [c.id],
            action: 'assign',
            value: other.user.id,
          })
        ).statusCode,
      ).toBe(403);
    });

    it('merges two customers keeping every contact, tag and history entry', async () => {
      const keep = await createCustomer(owner, { name: '宁波海曙甬江贸易有限公司', tags: ['重点潜在客户'] });
      const gone = await createCustomer(owner, {
        name: '甬江贸易（宁波）有限公司',
        tags: ['B2B大客户'],
        address: '中山西路 1 号',
        confirm: ['duplicates'],
      });
      await owner.patch(`/api/v1/customers/${gone.id}`, { notes: '老客户转介绍', version: gone.version });
      const merged = await owner.post(`/api/v1/customers/${keep.id}/merge`, { fromId: gone.id });
      expect(merged.statusCode).toBe(200);
      const m = merged.json();
      expect(m.contacts).toHaveLength(2);
      expect(m.contacts.filter((c: { isPrimary: boolean }) => c.isPrimary)).toHaveLength(1);
      expect(m.tags.map((x: { key: string }) => x.key).sort()).toEqual(['b2b_key_account', 'key_prospect']);
      expect(m).toMatchObject({ address: '中山西路 1 号', notes: '老客户转介绍' });
      const actions = (await owner.get(`/api/v1/customers/${keep.id}/history`))
        .json()
        .items.map((h: { action: string }) => h.action);
      expect(actions[0]).toBe('merge');
      expect(actions.filter((a: string) => a === 'create')).toHaveLength(2);
      expect(actions).toContain('update');
      expect((await owner.get(`/api/v1/customers/${gone.id}`)).statusCode).toBe(404);
      expect((await owner.post(`/api/v1/customers/${keep.id}/merge`, { fromId: keep.id })).statusCode).toBe(
        400,
      );
    });

    it('saves views for oneself or the workspace', async () => {
      const manager = await createMember(t().app, owner, 'manager', '经理老何');
      const mine = await owner.post('/api/v1/saved-views', {
        name: 'A 级客户',
        entity: 'customers',
        query: { grade: 'A' },
        columns: ['name', 'grade'],
      });
      expect(mine.statusCode).toBe(201);
      await owner.post('/api/v1/saved-views', {
        name: '全员：本月新增',
        entity: 'customers',
        query: { sort: '-createdAt' },
        columns: [],
        shared: true,
      });
      const seen = (await manager.client.get('/api/v1/saved-views?entity=customers')).json().items;
      expect(seen.map((v: { name: string }) => v.name)).toEqual(['全员：本月新增']);
      expect(seen[0]).toMatchObject({ mine: false, owner: { name: '王芳' } });
      expect((await manager.client.delete(`/api/v1/saved-views/${seen[0].id}`)).statusCode).toBe(404);
      const renamed = await owner.patch(`/api/v1/saved-views/${mine.json().id}`, {
        name: 'A 级重点',
        version: 1,
      });
      expect(renamed.json().name).toBe('A 级重点');
    });

    it('renames a dictionary entry without touching the records that use it', async () => {
      const c = await createCustomer(owner, { sourceChannel: '抖音' });
      const dicts = (await owner.get('/api/v1/dictionaries')).json();
      const douyin = dicts.sourceChannel.find((e: { key: string }) => e.key === 'douyin');
      const renamed = await owner.patch('/api/v1/dictionaries/sourceChannel/douyin', {
        labels: { 'zh-CN': '抖音短视频', 'en-US': 'Douyin video' },
        version: douyin.version,
      });
      expect(renamed.statusCode).toBe(200);
      expect((await owner.get(`/api/v1/customers/${c.id}`)).json().sourceChannel).toEqual({
        key: 'douyin',
        label: '抖音短视频',
      });
      const added = await owner.post('/api/v1/dictionaries/sourceChannel', {
        labels: { 'zh-CN': '小红书', 'en-US': 'Xiaohongshu' },
      });
      expect(added.statusCode).toBe(201);
      const created = await createCustomer(owner, { sourceChannel: '小红书' });
      expect((await owner.get(`/api/v1/customers/${created.id}`)).json().sourceChannel.label).toBe('小红书');
      const sales = await createMember(t().app, owner, 'sales', '销售小吴');
      expect(
        (
          await sales.client.post('/api/v1/dictionaries/tag', {
            labels: { 'zh-CN': '新标签', 'en-US': 'New' },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('groups customers and contacts in the global search, masked for service', async () => {
      await createCustomer(owner, {
        name: '苏州金鸡湖咨询有限公司',
        contacts: [{ name: '金晓峰', mobile: '13611112222' }],
        confirm: ['duplicates'],
      });
      const service = await createMember(t().app, owner, 'service', '客服小钱');
      const groups = (await service.client.get(`/api/v1/search?q=${encodeURIComponent('金')}`)).json().groups;
      expect(groups.map((g: { type: string }) => g.type)).toEqual(['customers', 'contacts']);
      expect(groups[1].items[0]).toMatchObject({
        title: '金晓峰',
        subtitle: '苏州金鸡湖咨询有限公司 · 136****2222',
      });
      const byInitials = (await owner.get('/api/v1/search?q=jxf')).json().groups;
      expect(byInitials[0].items[0].title).toBe('苏州金鸡湖咨询有限公司');
    });
  });
}
