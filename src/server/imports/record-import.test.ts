import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { importSheet } from '../../../test/imports';

/** Seed 000's 跟进日志 as a workbook: its headers, people's dates and methods, one customer by number. */
async function followUpWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('跟进日志');
  sheet.getRow(1).values = [
    '客户名称',
    '日期',
    '跟进方式',
    '沟通内容摘要',
    '承诺事项',
    '下一步行动',
    '下次跟进日期',
  ];
  rows.forEach((row, i) => (sheet.getRow(2 + i).values = row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Seed 000's delivery sheets (4.1–4.3) as the Markdown template keeps them. */
const DELIVERY = `# 客户管理

## 四、交付进度追踪

### 4.1 项目/服务交付看板

| 客户名称 | 项目名称 | 合同金额 | 已收金额 | 交付状态 | 关键里程碑 | 预计完成 |
|----------|----------|:--------:|:--------:|:--------:|------------|----------|
| 云帆科技 | 官网改版 | ¥120,000 | ¥36,000 | 进行中 | 设计稿确认 | 2026-12-31 |
| 云帆科技 | 小程序 | 8万 | | 待启动 | | 2027/3/1 |
| | | ¥ | ¥ | 待启动/进行中/验收中/已完成 | | |

### 4.2 交付里程碑详情

**客户**：云帆科技
**项目**：官网改版

| 里程碑 | 内容 | 计划完成日期 | 实际完成日期 | 状态 | 交付物 |
|:------:|------|:------------:|:------------:|:----:|--------|
| M1 | 需求调研 | 2026-10-15 | 2026-10-14 | 已完成 | 需求文档 |
| M2 | 设计稿确认 | 2027年1月20日 | | 待完成 | 设计稿 |
| M3 | | | | | |

### 4.3 收款进度

**项目**：官网改版

| 期次 | 应付金额 | 应付日期 | 关联里程碑 | 实际收款日期 | 状态 | 备注 |
|:----:|:--------:|:--------:|:--------:|:------------:|:----:|------|
| 首付款 | 36,000 | 2026-10-01 | | 2026-10-02 | 已收 | 对公转账 |
| 进度款 | 48,000 | | M2 | | 待收 | |
| 尾款 | 36,000 | 2026-12-31 | M2 | | 待收 | 日期和里程碑只能选一个 |
`;

for (const dialect of DIALECTS) {
  describe(`imports of follow-ups, deals and projects (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let yunfan: { id: string; number: string };
    let chenguang: { id: string; number: string };

    /** Uploads a file of a kind and answers the draft (settings suggested from its headers). */
    const upload = async (client: Client, kind: string, name: string, data: Buffer) => {
      const response = await client.upload(`/api/v1/imports?kind=${kind}`, [{ name, data }]);
      expect(response.statusCode).toBe(201);
      return response.json();
    };
    const rejectedRows = async (client: Client, batchId: string) =>
      (await client.get(`/api/v1/imports/${batchId}/rejected`)).json() as {
        line: number;
        problems: { field: string; code: string; error?: string }[];
      }[];

    it('imports a follow-up log: customers by name or number, checked whole, repeats skipped, undone', async () => {
      owner = await setupOwner(t().app);
      yunfan = await createCustomer(owner, { name: '杭州云帆科技有限公司', contacts: [] });
      chenguang = await createCustomer(owner, { name: '苏州晨光文化传媒', contacts: [] });
      const earlier = await owner.post('/api/v1/follow-ups', {
        customerId: yunfan.id,
        at: '2026-11-02T03:00:00.000Z',
        method: 'phone',
        summary: '电话沟通需求',
      });
      expect(earlier.statusCode).toBe(201);
      const file = await followUpWorkbook([
        ['云帆科技', '2026年11月2日', '电话', '电话沟通需求', null, null, null],
        [
          '云帆科技',
          '2026/11/9',
          '微信',
          '发送报价单',
          '三天内给正式报价；\n安排演示',
          '跟进报价反馈',
          '2026-11-16',
        ],
        [chenguang.number, 45975, '邮件', '寄送合同草稿', null, null, null],
        [chenguang.number, 45975, '邮件', '寄送合同草稿', null, null, null],
        ['没有这家公司', '2026-11-10', '电话', '打错了', null, null, null],
        ['云帆科技', '下周', '电话', '日期看不懂', null, null, null],
      ]);
      const draft = await upload(owner, 'followUps', '跟进日志.xlsx', file);
      expect(draft.batch.kind).toBe('followUps');
      expect(draft.batch.settings.mapping).toEqual([
        'customer',
        'day',
        'method',
        'summary',
        'commitments',
        'nextAction',
        'nextDate',
      ]);
      const check = (
        await owner.post(`/api/v1/imports/${draft.batch.id}/check`, draft.batch.settings)
      ).json();
      expect(check).toMatchObject({
        totalRows: 6,
        readyRows: 4,
        problemRows: 2,
        duplicates: { existing: 1, inFile: 1 },
      });
      expect(check.problems.map((p: { problems: { code: string }[] }) => p.problems[0]!.code).sort()).toEqual(
        ['badDate', 'unknownCustomer'],
      );
      // The check wrote nothing.
      const listed = async (customerId: string) =>
        (await owner.get(`/api/v1/follow-ups?customerId=${customerId}`)).json().items as {
          summary: string;
          at: string;
          commitments: { text: string; side: string }[];
          nextActions: { text: string; dueDate: string | null }[];
          nextDate: string | null;
        }[];
      expect(await listed(yunfan.id)).toHaveLength(1);

      const run = await owner.post(`/api/v1/imports/${draft.batch.id}/run`, draft.batch.settings);
      expect(run.statusCode).toBe(202);
      const { importFinished } = await import('./import-run');
      await importFinished(draft.batch.id);
      const batch = (await owner.get(`/api/v1/imports/${draft.batch.id}`)).json();
      expect(batch).toMatchObject({ status: 'done', created: 2, skipped: 2, rejected: 2 });
      const quote = (await listed(yunfan.id)).find((f) => f.summary === '发送报价单')!;
      expect(quote.commitments).toEqual([
        expect.objectContaining({ text: '三天内给正式报价', side: 'ours' }),
        expect.objectContaining({ text: '安排演示', side: 'ours' }),
      ]);
      expect(quote.nextActions).toEqual([
        expect.objectContaining({ text: '跟进报价反馈', dueDate: '2026-11-16' }),
      ]);
      expect(quote.nextDate).toBe('2026-11-16');
      // Midday in Shanghai of the day written: 04:00 UTC.
      expect(quote.at).toBe('2026-11-09T04:00:00.000Z');
      expect((await listed(chenguang.id)).map((f) => f.summary)).toEqual(['寄送合同草稿']);
      const customer = (await owner.get(`/api/v1/customers/${yunfan.id}`)).json();
      expect(customer.lastFollowUpAt).toBe('2026-11-09T04:00:00.000Z');
      expect((await rejectedRows(owner, draft.batch.id)).map((r) => r.problems[0]!.code).sort()).toEqual([
        'badDate',
        'duplicate',
        'duplicate',
        'unknownCustomer',
      ]);

      const undone = await owner.post(`/api/v1/imports/${draft.batch.id}/undo`);
      expect(undone.json().status).toBe('undone');
      expect((await listed(yunfan.id)).map((f) => f.summary)).toEqual(['电话沟通需求']);
      expect(await listed(chenguang.id)).toEqual([]);
      const bin = (await owner.get('/api/v1/recycle-bin?type=followUp')).json();
      expect(bin.items.length).toBeGreaterThanOrEqual(2);
    });

    it('imports deals from a GBK CSV through the deal rules: a lost deal needs its reason', async () => {
      const csv = iconv.encode(
        [
          '客户,商机名称,阶段,预计金额,预计成交日期,流失原因',
          `云帆科技,官网改版,方案,"￥120,000",2026-12-20,`,
          `苏州晨光文化传媒,年度框架,流失,5万,,`,
          `苏州晨光文化传媒,短视频代运营,意向,1.5万元,2027年1月10日,`,
        ].join('\r\n'),
        'gbk',
      );
      const draft = await upload(owner, 'deals', '商机.csv', csv);
      expect(draft.batch.settings.mapping).toEqual([
        'customer',
        'title',
        'stage',
        'expectedAmount',
        'expectedCloseDate',
        'lossReason',
      ]);
      const refused = await owner.post(`/api/v1/imports/${draft.batch.id}/run`, {
        ...draft.batch.settings,
        duplicates: 'update',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe('IMPORT_UPDATE_CUSTOMERS_ONLY');

      const batch = await importSheet(owner, '商机.csv', csv, {}, 'deals');
      expect(batch).toMatchObject({ status: 'done', created: 2, rejected: 1 });
      const [lost] = await rejectedRows(owner, batch.id);
      expect(lost!.problems).toEqual([
        expect.objectContaining({ field: 'lossReason', code: 'refused', error: 'FIELD_REQUIRED' }),
      ]);
      const deals = (await owner.get(`/api/v1/deals?customerId=${yunfan.id}`)).json().items;
      expect(deals).toEqual([
        expect.objectContaining({
          title: '官网改版',
          stage: expect.objectContaining({ key: 'proposal' }),
          expectedAmount: 12_000_000,
          expectedCloseDate: '2026-12-20',
        }),
      ]);
      // Imported again: the same deals are repeats; created anyway when the person says so.
      const again = await importSheet(owner, '商机.csv', csv, { duplicates: 'create' }, 'deals');
      expect(again).toMatchObject({ created: 2, skipped: 0 });
      const skipped = await importSheet(owner, '商机.csv', csv, {}, 'deals');
      expect(skipped).toMatchObject({ created: 0, skipped: 2 });
    });

    it('imports the delivery template: projects, their milestones and installments with payments', async () => {
      const md = Buffer.from(DELIVERY);
      const board = await upload(owner, 'projects', '客户管理.md', md);
      expect(board.sheets.map((s: { name: string }) => s.name)).toEqual([
        '4.1 项目/服务交付看板',
        '4.2 交付里程碑详情',
        '4.3 收款进度',
      ]);
      const projects = await importSheet(owner, '客户管理.md', md, {}, 'projects');
      // The template's own blank line (¥ and the list of statuses) is a row with problems, not a project.
      expect(projects).toMatchObject({ status: 'done', created: 2, rejected: 1 });
      const list = (await owner.get(`/api/v1/projects?customerId=${yunfan.id}`)).json().items as {
        id: string;
        name: string;
        contractAmount: number;
        status: string;
        expectedEnd: string | null;
      }[];
      const site = list.find((p) => p.name === '官网改版')!;
      expect(site).toMatchObject({
        contractAmount: 12_000_000,
        status: 'in_progress',
        expectedEnd: '2026-12-31',
      });
      expect(list.find((p) => p.name === '小程序')).toMatchObject({
        contractAmount: 8_000_000,
        status: 'not_started',
      });

      const milestones = await importSheet(owner, '客户管理.md', md, { sheet: 1 }, 'milestones');
      expect(milestones).toMatchObject({ status: 'done', created: 2, rejected: 0 });
      const installments = await importSheet(owner, '客户管理.md', md, { sheet: 2 }, 'installments');
      expect(installments).toMatchObject({ status: 'done', created: 2, rejected: 1 });
      const [both] = await rejectedRows(owner, installments.id);
      expect(both!.problems[0]).toMatchObject({ code: 'refused', error: 'INSTALLMENT_DUE_ONE' });

      const detail = (await owner.get(`/api/v1/projects/${site.id}`)).json();
      expect(
        detail.milestones.map((m: { code: string; content: string; actualDate: string | null }) => [
          m.code,
          m.content,
          m.actualDate,
        ]),
      ).toEqual([
        ['M1', '需求调研', '2026-10-14'],
        ['M2', '设计稿确认', null],
      ]);
      const byName = Object.fromEntries(
        detail.installments.map((i: { name: string }) => [i.name, i]),
      ) as Record<string, { amountDue: number; receivedAmount: number; milestoneId: string | null }>;
      expect(byName['首付款']).toMatchObject({ amountDue: 3_600_000, receivedAmount: 3_600_000 });
      expect(byName['进度款']).toMatchObject({ amountDue: 4_800_000, receivedAmount: 0 });
      expect(byName['进度款']!.milestoneId).toBe(detail.milestones[1].id);
      expect(detail.receivedAmount).toBe(3_600_000);

      // Undoing the installments takes their payment with them.
      await owner.post(`/api/v1/imports/${installments.id}/undo`);
      const after = (await owner.get(`/api/v1/projects/${site.id}`)).json();
      expect(after.installments).toEqual([]);
      expect(after.receivedAmount).toBe(0);
    });

    it("a sales member's sheet finds only the customers they may see", async () => {
      const { client: member } = await createMember(t().app, owner, 'sales');
      const own = await createCustomer(member, { name: '宁波海岸贸易', contacts: [] });
      const file = await followUpWorkbook([
        ['宁波海岸贸易', '2026-11-10', '电话', '确认需求', null, null, null],
        ['云帆科技', '2026-11-10', '电话', '不是我的客户', null, null, null],
      ]);
      const batch = await importSheet(member, '跟进.xlsx', file, {}, 'followUps');
      expect(batch).toMatchObject({ created: 1, rejected: 1 });
      expect((await rejectedRows(member, batch.id))[0]!.problems[0]!.code).toBe('unknownCustomer');
      const mine = (await member.get(`/api/v1/follow-ups?customerId=${own.id}`)).json().items;
      expect(mine).toHaveLength(1);
    });
  });
}
