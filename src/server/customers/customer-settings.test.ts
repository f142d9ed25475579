import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`customer numbering, scoring, counts and links (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('numbers customers from the workspace pattern, per industry and year', async () => {
      owner = await setupOwner(t().app);
      const ws = (await owner.get('/api/v1/workspace')).json();
      expect(ws.settings.customerNumberPattern).toBe('C{YYYYMMDD}{SEQ:3}');
      const bad = await owner.patch('/api/v1/workspace', {
        settings: { customerNumberPattern: 'C{WEEK}' },
        version: ws.version,
      });
      expect(bad.json().errors[0]).toMatchObject({
        path: 'settings.customerNumberPattern',
        code: 'numberPattern',
      });
      await owner.patch('/api/v1/workspace', {
        settings: { customerNumberPattern: '{IND}-{YYYY}-{SEQ:3}' },
        version: ws.version,
      });
      const year = new Date().getFullYear();
      const it1 = await createCustomer(owner, { industry: 'IT' });
      const it2 = await createCustomer(owner, { industry: 'IT' });
      const mf = await createCustomer(owner, { industry: '制造业' });
      expect([it1.number, it2.number, mf.number]).toEqual([
        `IT-${year}-001`,
        `IT-${year}-002`,
        `MF-${year}-001`,
      ]);
    });

    it('re-scores every customer when the weights change, keeping manual grades', async () => {
      const c = await createCustomer(owner, {
        assessment: { intent: 5, budgetFit: 5, feasibility: 1, longTermValue: 1, referralPotential: 1 },
      });
      const manual = await createCustomer(owner, { grade: 'A', assessment: { intent: 1 } });
      expect((await owner.get(`/api/v1/customers/${c.id}`)).json()).toMatchObject({ score: 52, grade: 'B' });
      const ws = (await owner.get('/api/v1/workspace')).json();
      const weights = { intent: 10, budgetFit: 10, feasibility: 0, longTermValue: 0, referralPotential: 0 };
      const saved = await owner.patch('/api/v1/workspace', {
        settings: { scoring: { weights, gradeA: 90, gradeB: 60 } },
        version: ws.version,
      });
      expect(saved.statusCode).toBe(200);
      expect((await owner.get(`/api/v1/customers/${c.id}`)).json()).toMatchObject({ score: 100, grade: 'A' });
      expect((await owner.get(`/api/v1/customers/${manual.id}`)).json()).toMatchObject({
        score: 10,
        grade: 'A',
        gradeIsManual: true,
      });
    });

    it('counts customers by source channel under the list filters', async () => {
      await createCustomer(owner, { sourceChannel: '抖音' });
      const counts = (await owner.get('/api/v1/customers/counts?by=sourceChannel')).json().items;
      const total = (await owner.get('/api/v1/customers')).json().total;
      expect(counts.reduce((sum: number, r: { count: number }) => sum + r.count, 0)).toBe(total);
      expect(counts).toContainEqual({ key: 'douyin', label: '抖音', count: 1 });
      const byGrade = (await owner.get('/api/v1/customers/counts?by=grade&sourceChannel=douyin')).json()
        .items;
      expect(byGrade).toEqual([{ key: null, label: '（未填写）', count: 1 }]);
    });

    it('shows head office, branches and the referral chain', async () => {
      const hq = await createCustomer(owner, { name: '华东建工集团有限公司' });
      const branch = await createCustomer(owner, {
        name: '华东建工集团苏州分公司',
        parentId: hq.id,
        referrerId: hq.id,
        confirm: ['duplicates'],
      });
      const related = (await owner.get(`/api/v1/customers/${hq.id}/related`)).json();
      expect(related.branches).toEqual([expect.objectContaining({ id: branch.id, canOpen: true })]);
      expect(related.referred.map((r: { id: string }) => r.id)).toEqual([branch.id]);
      expect((await owner.get(`/api/v1/customers/${branch.id}/related`)).json().parent.id).toBe(hq.id);
      const self = await owner.patch(`/api/v1/customers/${hq.id}`, { parentId: hq.id, version: 1 });
      expect(self.json().errors).toEqual([
        expect.objectContaining({ path: 'parentId', code: 'CUSTOMER_LINK_INVALID' }),
      ]);
    });

    it('checks duplicates again when a name is changed', async () => {
      const a = await createCustomer(owner, { name: '厦门鹭岛茶业有限公司' });
      const b = await createCustomer(owner, { name: '福州闽江茶业有限公司' });
      const clash = await owner.patch(`/api/v1/customers/${b.id}`, {
        name: '鹭岛茶业（厦门）有限公司',
        version: b.version,
      });
      expect(clash.json()).toMatchObject({ code: 'DUPLICATE_CANDIDATES', candidates: [{ id: a.id }] });
      const forced = await owner.patch(`/api/v1/customers/${b.id}`, {
        name: '鹭岛茶业（厦门）有限公司',
        confirm: ['duplicates'],
        version: b.version,
      });
      expect(forced.statusCode).toBe(200);
    });
  });
}
