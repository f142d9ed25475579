import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { sendPaymentReminders } from './installment-reminders';

const TODAY = todayIn('Asia/Shanghai');
/** 09:00 and 07:00 in Shanghai today: reminders go out from the morning digest's hour. */
const NINE = new Date(`${TODAY}T01:00:00Z`);
const SEVEN = new Date(Date.parse(`${TODAY}T01:00:00Z`) - 2 * 3600_000);
const TOMORROW_NINE = new Date(NINE.getTime() + 86_400_000);

for (const dialect of DIALECTS) {
  describe(`payment and delivery reminders (${dialect})`, () => {
    const t = useTestApp(dialect);
    const db = () => t().database.db;
    const bell = async (client: Client) =>
      (
        (await client.get('/api/v1/notifications')).json().items as {
          kind: string;
          title: string;
          body: string;
        }[]
      )
        .filter((n) => n.kind === 'payment' || n.kind === 'due')
        .map((n) => [n.kind, n.title, n.body]);

    it('tells the owner, in their language and once, what falls due today, what went overdue, and what runs late', async () => {
      const owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales', 'Li Ming');
      const me = (await sales.client.get('/api/v1/me')).json();
      await sales.client.patch('/api/v1/me', { locale: 'en-US', version: me.user.version });
      const a = await createCustomer(owner, { name: '甲公司' });
      const b = await createCustomer(sales.client, { name: 'Beta Ltd' });
      const p = (
        await owner.post('/api/v1/projects', {
          customerId: a.id,
          name: '官网',
          contractAmount: 1_000_000,
          milestones: [
            { content: '设计稿', plannedDate: addDays(TODAY, -2), delayReason: '客户未确认' },
            { content: '上线', plannedDate: addDays(TODAY, 20) },
          ],
          installments: [
            { name: '首付款', amountDue: 300_000, dueDate: TODAY },
            { name: '进度款', amountDue: 200_000, dueDate: addDays(TODAY, -1) },
            { name: '旧账', amountDue: 100_000, dueDate: addDays(TODAY, -40) },
            { name: '已付清', amountDue: 50_000, dueDate: TODAY },
            { name: '尾款', amountDue: 350_000, milestoneSeq: 2 },
          ],
        })
      ).json();
      await owner.post(`/api/v1/installments/${p.installments[3].id}/payments`, {
        amount: 50_000,
        date: TODAY,
      });
      await sales.client.post('/api/v1/projects', {
        customerId: b.id,
        name: 'Website',
        contractAmount: 100_000,
        installments: [{ name: 'Deposit', amountDue: 100_000, dueDate: TODAY }],
      });

      expect(await sendPaymentReminders(db(), SEVEN)).toEqual({ due: 0, overdue: 0, delayed: 0 });
      const [x, y] = await Promise.all([sendPaymentReminders(db(), NINE), sendPaymentReminders(db(), NINE)]);
      expect({ due: x.due + y.due, overdue: x.overdue + y.overdue, delayed: x.delayed + y.delayed }).toEqual({
        due: 2,
        overdue: 1,
        delayed: 1,
      });
      expect(await sendPaymentReminders(db(), NINE)).toEqual({ due: 0, overdue: 0, delayed: 0 });

      expect((await bell(owner)).sort()).toEqual(
        [
          [
            'due',
            '里程碑延期：官网 M1 设计稿',
            `计划 ${addDays(TODAY, -2)} 完成，尚未完成；保存时请填写延期原因`,
          ],
          ['payment', '今天到期收款：甲公司 · 官网 · 首付款', `待收 3,000 元，到期日 ${TODAY}`],
          ['payment', '收款已逾期：甲公司 · 官网 · 进度款', `待收 2,000 元，到期日 ${addDays(TODAY, -1)}`],
        ].sort(),
      );
      expect(await bell(sales.client)).toEqual([
        ['payment', 'Payment due today: Beta Ltd · Website · Deposit', `¥1,000 outstanding, due ${TODAY}`],
      ]);

      // The next day, what fell due today and is still unpaid is overdue: news once more, and only that.
      const next = await sendPaymentReminders(db(), TOMORROW_NINE);
      expect(next).toEqual({ due: 0, overdue: 2, delayed: 0 });
    });
  });
}
