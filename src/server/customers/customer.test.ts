import { describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { buildCustomer, createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`customers (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('creates a company with two contacts, a number, labels, a score and a grade', async () => {
      owner = await setupOwner(t().app);
      const response = await owner.post('/api/v1/customers', {
        name: '北京星河咨询有限公司',
        creditCode: '91350100M000100Y43',
        sourceChannel: 'WeChat',
        industry: '信息技术服务',
        type: 'prospect',
        tags: ['重点潜在客户'],
        assessment: { intent: 5, budgetFit: 4, feasibility: 4, longTermValue: 4, referralPotential: 3 },
        contacts: [
          {
            name: '张三',
            mobile: '+86 138-0013-8000',
            email: 'Zhang.San@Example.com',
            role: '决策者',
            dataSource: '名片',
          },
          { name: '李四', phone: '（010）8888-6666', wechat: 'lisi_bj', isPrimary: false },
        ],
      });
      expect(response.statusCode).toBe(201);
      const c = response.json();
      const today = todayIn('Asia/Shanghai').replaceAll('-', '');
      expect(c.number).toBe(`C${today}001`);
      expect(c).toMatchObject({
        sourceChannel: { key: 'wechat', label: '微信' },
        industry: { key: 'it', label: '信息技术服务' },
        type: { key: 'prospect', label: '潜在客户' },
        tags: [{ key: 'key_prospect', label: '重点潜在客户' }],
        score: 80,
        grade: 'A',
        gradeIsManual: false,
        owner: { name: '王芳' },
      });
      expect(c.contacts).toHaveLength(2);
      expect(c.contacts[0]).toMatchObject({
        name: '张三',
        mobile: '13800138000',
        email: 'zhang.san@example.com',
        isPrimary: true,
      });
      expect(c.contacts[1]).toMatchObject({ name: '李四', phone: '01088886666', isPrimary: false });
    });

    it('explains bad input field by field, including inside contacts, and writes nothing', async () => {
      const before = (await owner.get('/api/v1/customers')).json().total;
      const response = await owner.post('/api/v1/customers', {
        name: '坏数据公司',
        creditCode: 'ABC',
        sourceChannel: '飞鸽传书',
        contacts: [
          { name: '王五', mobile: '12345' },
          { name: '赵六', email: 'not-an-email' },
        ],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        {
          path: 'sourceChannel',
          code: 'UNKNOWN_DICTIONARY_VALUE',
          message: '不是字典中的选项，请先在设置中添加',
        },
        {
          path: 'creditCode',
          code: 'CREDIT_CODE_INVALID',
          message: '统一社会信用代码应为 18 位数字或大写字母',
        },
        { path: 'contacts.0.mobile', code: 'PHONE_INVALID', message: '不是有效的手机号或固定电话' },
        { path: 'contacts.1.email', code: 'EMAIL_INVALID', message: '邮箱格式不正确' },
      ]);
      expect((await owner.get('/api/v1/customers')).json().total).toBe(before);
    });

    it('warns on a failed credit-code check digit and saves when the person confirms', async () => {
      const body = buildCustomer({ creditCode: '91350100M000100Y44' });
      const warned = await owner.post('/api/v1/customers', body);
      expect(warned.json().errors).toEqual([
        expect.objectContaining({ path: 'creditCode', code: 'CREDIT_CODE_CHECK_DIGIT' }),
      ]);
      const saved = await owner.post('/api/v1/customers', { ...body, confirm: ['creditCodeCheckDigit'] });
      expect(saved.statusCode).toBe(201);
      const history = (await owner.get(`/api/v1/customers/${saved.json().id}/history`)).json().items;
      expect(history[0].changes.confirmed).toEqual(['creditCodeCheckDigit']);
    });

    it('shows duplicates with their owner before saving, and saves anyway when confirmed', async () => {
      const sales = await createMember(t().app, owner, 'sales', '销售小陈');
      const existing = await createCustomer(owner, { name: '深圳市腾飞科技有限公司' });
      const same = buildCustomer({ name: '腾飞科技（深圳）有限公司' });
      const refused = await sales.client.post('/api/v1/customers', same);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'DUPLICATE_CANDIDATES',
        candidates: [{ id: existing.id, owner: { name: '王芳' }, reasons: ['name'], canOpen: false }],
      });
      const saved = await sales.client.post('/api/v1/customers', { ...same, confirm: ['duplicates'] });
      expect(saved.statusCode).toBe(201);

      const byPhone = await sales.client.post('/api/v1/customers/duplicates', { phones: ['138 0013 8000'] });
      expect(byPhone.json().items).toEqual([
        expect.objectContaining({ name: '北京星河咨询有限公司', reasons: ['phone'] }),
      ]);
      const taken = await owner.post(
        '/api/v1/customers',
        buildCustomer({ creditCode: '91350100M000100Y43', confirm: ['duplicates'] }),
      );
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({
        code: 'CUSTOMER_CREDIT_CODE_TAKEN',
        errors: [{ path: 'creditCode' }],
        candidates: [{ name: '北京星河咨询有限公司', reasons: ['creditCode'] }],
      });
    });

    it('finds customers by pinyin, initials, 1- and 2-character Chinese, and the last four phone digits', async () => {
      const hits = async (q: string) =>
        (await owner.get(`/api/v1/customers?q=${encodeURIComponent(q)}`))
          .json()
          .items.map((c: { name: string }) => c.name);
      for (const q of ['星河', '星', '北京星河咨询', 'zhangsan', 'zs', '8000', 'xinghe', 'lisi_bj']) {
        expect(await hits(q), q).toContain('北京星河咨询有限公司');
      }
      expect(await hits('不存在的公司')).toEqual([]);
    });

    it('lets a sales member see only their own customers', async () => {
      const sales = await createMember(t().app, owner, 'sales', '销售小林');
      const mine = await createCustomer(sales.client);
      const others = await createCustomer(owner);
      const list = (await sales.client.get('/api/v1/customers?limit=200')).json();
      expect(list.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      expect(list.total).toBe(1);
      expect((await sales.client.get(`/api/v1/customers/${others.id}`)).statusCode).toBe(404);
      expect(
        (await sales.client.patch(`/api/v1/customers/${others.id}`, { name: 'x', version: 1 })).statusCode,
      ).toBe(404);
    });

    it('masks personal data for the service role in the card, the list and the history', async () => {
      const service = await createMember(t().app, owner, 'service', '客服小赵');
      const [star] = (await service.client.get(`/api/v1/customers?q=${encodeURIComponent('星河')}`)).json()
        .items;
      // A phone typed into the needs and the notes is personal data too.
      const typed = await owner.patch(`/api/v1/customers/${star.id}`, {
        version: star.version,
        notes: '老板手机 13912345678，周末勿扰',
        needs: { ...star.needs, painPoints: '财务王姐 13912345678 反馈对账慢' },
      });
      expect(typed.statusCode, typed.body).toBe(200);
      const seen = (await service.client.get(`/api/v1/customers/${star.id}`)).json();
      expect(seen.notes).toBe('老板手机 139****5678，周末勿扰');
      expect(seen.needs.painPoints).toBe('财务王姐 139****5678 反馈对账慢');
      expect((await owner.get(`/api/v1/customers/${star.id}`)).json().notes).toContain('13912345678');
      expect(star.contacts[0]).toMatchObject({
        mobile: '138****8000',
        email: 'z***@example.com',
        masked: true,
      });
      expect(star.contacts[1]).toMatchObject({ phone: '010****6666', wechat: 'l***j' });
      const card = (await service.client.get(`/api/v1/customers/${star.id}`)).json();
      expect(JSON.stringify(card)).not.toContain('13800138000');
      const history = (await service.client.get(`/api/v1/customers/${star.id}/history`)).json();
      expect(JSON.stringify(history)).not.toContain('13800138000');
      expect((await service.client.post('/api/v1/customers', buildCustomer())).statusCode).toBe(403);
    });

    it('refuses a stale edit with 409 and the current record', async () => {
      const c = await createCustomer(owner);
      const first = await owner.patch(`/api/v1/customers/${c.id}`, { city: '宁波', version: c.version });
      expect(first.statusCode).toBe(200);
      const second = await owner.patch(`/api/v1/customers/${c.id}`, { city: '温州', version: c.version });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        current: { city: '宁波', version: c.version + 1 },
      });
      const history = (await owner.get(`/api/v1/customers/${c.id}/history`)).json().items;
      expect(history[0]).toMatchObject({ action: 'update', changes: { city: { from: '杭州', to: '宁波' } } });
    });

    it('keeps a manual grade over the computed one until it is cleared', async () => {
      const c = await createCustomer(owner, { assessment: { intent: 1, budgetFit: 1 } });
      const manual = (
        await owner.patch(`/api/v1/customers/${c.id}`, { grade: 'A', version: c.version })
      ).json();
      expect(manual).toMatchObject({ grade: 'A', gradeIsManual: true, score: 8 });
      const rescored = (
        await owner.patch(`/api/v1/customers/${c.id}`, { assessment: { intent: 2 }, version: manual.version })
      ).json();
      expect(rescored).toMatchObject({ grade: 'A', gradeIsManual: true });
      const cleared = (
        await owner.patch(`/api/v1/customers/${c.id}`, { grade: null, version: rescored.version })
      ).json();
      expect(cleared).toMatchObject({ grade: 'C', gradeIsManual: false, score: 8 });
    });

    it('deletes to the recycle bin and restores, search included', async () => {
      const c = await createCustomer(owner, { name: '回收站测试文化传媒有限公司' });
      expect((await owner.delete(`/api/v1/customers/${c.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(404);
      expect(
        (await owner.get(`/api/v1/customers?q=${encodeURIComponent('回收站测试')}`)).json().items,
      ).toEqual([]);
      const bin = (await owner.get('/api/v1/recycle-bin')).json();
      expect(bin.items[0]).toMatchObject({ type: 'customer', id: c.id });
      expect((await owner.post(`/api/v1/recycle-bin/customer/${c.id}/restore`)).statusCode).toBe(204);
      expect(
        (await owner.get(`/api/v1/customers?q=${encodeURIComponent('回收站测试')}`)).json().items,
      ).toHaveLength(1);
    });

    it('gives 50 concurrent creates 50 distinct numbers', async () => {
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          owner.post(
            '/api/v1/customers',
            buildCustomer({ name: `并发测试${i}号餐饮店`, kind: 'person', confirm: ['duplicates'] }),
          ),
        ),
      );
      expect(created.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
      const numbers = created.map((r) => r.json().number as string);
      expect(new Set(numbers).size).toBe(50);
    });

    it('pages with a keyset cursor in any sort order without repeats', async () => {
      // Scores are empty for some customers: nullable sorts page through values, then the empty ones.
      const sorts = ['-createdAt', 'createdAt', 'name', '-score', 'score', 'lastFollowUpAt'];
      for (const search of ['', '&q=餐饮', '&q=号餐饮店']) {
        for (const sort of sorts) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let total = 0;
          do {
            const page: { items: { id: string }[]; nextCursor: string | null; total: number } = (
              await owner.get(
                `/api/v1/customers?limit=7&sort=${sort}${search}${cursor ? `&cursor=${cursor}` : ''}`,
              )
            ).json();
            total = page.total;
            seen.push(...page.items.map((c) => c.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(total, `${sort}${search}`).toBeGreaterThan(7);
          expect(seen.length, `${sort}${search}`).toBe(total);
          expect(new Set(seen).size, `${sort}${search}`).toBe(total);
        }
      }
    });
  });
}
