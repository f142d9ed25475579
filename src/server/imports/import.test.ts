import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { importSheet } from '../../../test/imports';
import { computeCreditCodeCheckChar } from '../../domain/validators/credit-code';
import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { importFinished } from './import-run';
import { IMPORT_LIMITS, IMPORT_WRITE } from './import-limits';
import { expireUnrunImports } from './import.service';

const CREDIT_CODE = `91330100MA2B3C4D5${computeCreditCodeCheckChar('91330100MA2B3C4D5')}`;

const HEADERS = ['序号', '客户名称', '联系人', '联系方式', '来源渠道', '初次接触', '预算范围', '备注'];

/** A sheet as people keep it: a title, a blank line, the headers on row 3, their own ways of writing things. */
async function customerWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户清单');
  sheet.getCell('A1').value = '2026 年客户清单（导出自 Excel 模板）';
  sheet.mergeCells('A1:H1');
  sheet.getRow(3).values = HEADERS;
  rows.forEach((row, i) => (sheet.getRow(4 + i).values = [i + 1, ...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ROWS: (string | number | null)[][] = [
  [
    '杭州云帆科技有限公司',
    '李雷',
    '电话：138 0013 8000 / 邮箱：lilei@yunfan.cn',
    '知乎',
    '2024年5月1日',
    '5-10万',
    '老客户介绍',
  ],
  ['苏州晨光文化传媒', '韩梅梅', '+86 139-0013-8001', '小红书', '2024/5/2', '¥80,000', null],
  ['南京青禾咨询', null, 'qinghe@example.cn', '微信', 45414, null, '官网询价'],
  [null, '无名', '13900138002', '微信', '2024-05-04', null, '缺少客户名称'],
  ['宁波海岸贸易', null, '138 0013 8000', '朋友推荐', '5月5日', null, '与第一行同一个手机号'],
  ['合肥已有客户', null, '13700137000', '抖音', '下周', null, '日期写错了'],
  ['合肥已有客户有限公司', null, null, '抖音', '2024-05-07', '1.5万元', '与已有客户同名'],
];

for (const dialect of DIALECTS) {
  describe(`imports (${dialect})`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-imports-'));
    const t = useTestApp(dialect, { dataDir });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    /** The uploads kept for batches not yet run, by batch id. */
    const keptFiles = () =>
      fs.existsSync(path.join(dataDir, 'imports'))
        ? fs
            .readdirSync(path.join(dataDir, 'imports'), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name)
        : [];
    let owner: Client;

    const upload = async (client: Client, name: string, data: Buffer) => {
      const response = await client.upload('/api/v1/imports?kind=customers', [{ name, data }]);
      return response;
    };
    const customersNamed = async (client: Client, q: string) =>
      (await client.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items as {
        id: string;
        name: string;
      }[];

    it('reads a workbook the way the person keeps it, checks it whole, imports it and undoes it', async () => {
      owner = await setupOwner(t().app);
      await createCustomer(owner, { name: '合肥已有客户有限公司', contacts: [] });
      const uploaded = await upload(owner, '客户清单.xlsx', await customerWorkbook(ROWS));
      expect(uploaded.statusCode).toBe(201);
      const draft = uploaded.json();
      expect(draft.sheets).toEqual([{ name: '客户清单' }]);
      expect(draft.batch).toMatchObject({ status: 'uploaded', fileName: '客户清单.xlsx', format: 'xlsx' });
      expect(draft.headers).toEqual(HEADERS);
      const settings = draft.batch.settings;
      expect(settings.headerRow).toBe(1);
      expect(settings.mapping).toEqual([
        null,
        'name',
        'contactName',
        'contact',
        'sourceChannel',
        'firstContactDate',
        'budget',
        'notes',
      ]);

      const check = (
        await owner.post(`/api/v1/imports/${draft.batch.id}/check`, { ...settings, duplicates: 'skip' })
      ).json();
      expect(check).toMatchObject({
        totalRows: 7,
        readyRows: 4,
        problemRows: 3,
        duplicates: { existing: 1, inFile: 1 },
      });
      expect(check.unknownValues).toEqual([
        { field: 'sourceChannel', dictionary: 'sourceChannel', label: '小红书', rows: 1 },
      ]);
      expect(
        check.problems.map((p: { line: number; problems: { field: string; code: string }[] }) => [
          p.line,
          p.problems.map((q) => `${q.field}:${q.code}`),
        ]),
      ).toEqual([
        [5, ['sourceChannel:unknownValue']],
        [7, ['name:required']],
        [9, ['firstContactDate:badDate']],
      ]);

      expect(keptFiles()).toContain(draft.batch.id);
      // The person maps 小红书 to 其他 and runs it.
      const run = await owner.post(`/api/v1/imports/${draft.batch.id}/run`, {
        ...settings,
        valueMap: { sourceChannel: { 小红书: '其他' } },
        duplicates: 'skip',
      });
      expect(run.statusCode).toBe(202);
      await importFinished(draft.batch.id);
      // Once run, the upload is gone: the report's rows are in the database.
      expect(keptFiles()).not.toContain(draft.batch.id);
      const done = (await owner.get(`/api/v1/imports/${draft.batch.id}`)).json();
      expect(done.error).toBeNull();
      expect(done).toMatchObject({
        status: 'done',
        totalRows: 7,
        doneRows: 7,
        created: 3,
        updated: 0,
        skipped: 2,
        rejected: 2,
      });

      const [yunfan] = await customersNamed(owner, '云帆');
      const card = (await owner.get(`/api/v1/customers/${yunfan!.id}`)).json();
      expect(card).toMatchObject({
        name: '杭州云帆科技有限公司',
        sourceChannel: { key: 'zhihu' },
        firstContactDate: '2024-05-01',
        notes: '老客户介绍',
        needs: { budgetMin: 5_000_000, budgetMax: 10_000_000 },
      });
      const contacts = (await owner.get(`/api/v1/customers/${yunfan!.id}/contacts`)).json().items;
      expect(contacts).toMatchObject([{ name: '李雷', mobile: '13800138000', email: 'lilei@yunfan.cn' }]);
      expect((await customersNamed(owner, '13900138001')).map((c) => c.name)).toEqual(['苏州晨光文化传媒']);
      const [chenguang] = await customersNamed(owner, '晨光');
      expect((await owner.get(`/api/v1/customers/${chenguang!.id}`)).json().sourceChannel.key).toBe('other');
      expect((await customersNamed(owner, '青禾'))[0]).toBeTruthy();

      const rejected = (await owner.get(`/api/v1/imports/${draft.batch.id}/rejected`)).json();
      expect(
        rejected.map((r: { line: number; problems: { code: string }[] }) => [r.line, r.problems[0]!.code]),
      ).toEqual([
        [7, 'required'],
        [8, 'duplicate'],
        [9, 'badDate'],
        [10, 'duplicate'],
      ]);
      expect(rejected[0].cells).toEqual([
        4,
        null,
        '无名',
        '13900138002',
        '微信',
        '2024-05-04',
        null,
        '缺少客户名称',
      ]);

      const undone = await owner.post(`/api/v1/imports/${draft.batch.id}/undo`);
      expect(undone.statusCode).toBe(200);
      expect(undone.json()).toMatchObject({ status: 'undone' });
      expect(await customersNamed(owner, '云帆')).toEqual([]);
      expect(await customersNamed(owner, '13900138001')).toEqual([]);
      expect((await customersNamed(owner, '合肥')).length).toBe(1);
      const bin = (await owner.get('/api/v1/recycle-bin?type=customer')).json();
      expect(JSON.stringify(bin)).toContain('杭州云帆科技有限公司');
      expect((await owner.post(`/api/v1/imports/${draft.batch.id}/undo`)).json().code).toBe(
        'BATCH_NOT_UNDOABLE',
      );
    });

    it('updates the customers it matches when asked, and undo gives back what they held', async () => {
      const existing = await createCustomer(owner, {
        name: '温州远航贸易有限公司',
        city: '温州',
        contacts: [],
      });
      const csv = '客户名称,手机,所在城市,备注\r\n温州远航贸易有限公司,13600136000,瑞安,展会上补充的电话\r\n';
      const batch = await importSheet(owner, '补充.csv', iconv.encode(csv, 'gbk'), { duplicates: 'update' });
      expect(batch.settings.mapping).toEqual(['name', 'mobile', 'city', 'notes']);
      expect(batch).toMatchObject({ status: 'done', created: 0, updated: 1 });
      const updated = (await owner.get(`/api/v1/customers/${existing.id}`)).json();
      expect(updated).toMatchObject({
        city: '瑞安',
        notes: '展会上补充的电话',
        version: existing.version + 1,
      });
      expect((await customersNamed(owner, '13600136000')).map((c) => c.id)).toEqual([existing.id]);

      await owner.post(`/api/v1/imports/${batch.id}/undo`);
      const restored = (await owner.get(`/api/v1/customers/${existing.id}`)).json();
      expect(restored).toMatchObject({ city: '温州', notes: null });
      expect(await customersNamed(owner, '13600136000')).toEqual([]);
    });

    it('undoes a customer matched by rows in two chunks back to what it held before the first', async () => {
      const existing = await createCustomer(owner, {
        name: '台州两次更新有限公司',
        city: '台州',
        contacts: [],
      });
      const filler = Array.from({ length: 1_000 }, (_, i) => `台州填充${i}号有限公司,\r\n`).join('');
      const csv = `客户名称,所在城市,备注\r\n台州两次更新有限公司,临海,第一次\r\n${filler}台州两次更新有限公司,,第二次\r\n`;
      const batch = await importSheet(owner, '两次.csv', Buffer.from(csv), { duplicates: 'update' });
      expect(batch).toMatchObject({ status: 'done', created: 1_000, updated: 2 });
      expect((await owner.get(`/api/v1/customers/${existing.id}`)).json()).toMatchObject({
        city: '临海',
        notes: '第二次',
      });
      await owner.post(`/api/v1/imports/${batch.id}/undo`);
      expect((await owner.get(`/api/v1/customers/${existing.id}`)).json()).toMatchObject({
        city: '台州',
        notes: null,
      });
    });

    it('refuses a sheet found past the row limit on the run, and leaves nothing of what it had written', async () => {
      const before = { ...IMPORT_LIMITS, ...IMPORT_WRITE };
      // The run writes a first transaction of 1,000 rows, then reads row 1,101 and stops.
      Object.assign(IMPORT_LIMITS, { rows: 1_100 });
      Object.assign(IMPORT_WRITE, { transactionRows: 1_000 });
      try {
        const rows = Array.from({ length: 1_200 }, (_, i) => `丽水超限${i}号有限公司\r\n`).join('');
        const batch = await importSheet(owner, '超限.csv', Buffer.from(`客户名称\r\n${rows}`));
        expect(batch).toMatchObject({ status: 'failed', created: 0, skipped: 0, rejected: 0 });
        expect(batch.error).toContain('1100');
        expect(await customersNamed(owner, '丽水超限')).toEqual([]);
        // The first transaction's rows went in and were sent to the recycle bin by the undo, its last one on top.
        const bin = (await owner.get('/api/v1/recycle-bin?type=customer')).json();
        expect(bin.items[0].title).toContain('丽水超限999号有限公司');
      } finally {
        Object.assign(IMPORT_LIMITS, { rows: before.rows });
        Object.assign(IMPORT_WRITE, { transactionRows: before.transactionRows });
      }
    });

    it('creates anyway when asked, but never a second customer with a credit code already taken', async () => {
      await createCustomer(owner, {
        name: '绍兴同名商贸有限公司',
        creditCode: CREDIT_CODE,
        contacts: [],
      });
      const csv = `客户名称,统一社会信用代码\r\n绍兴同名商贸有限公司,\r\n绍兴另一家商贸有限公司,${CREDIT_CODE}\r\n`;
      const batch = await importSheet(owner, 'same.csv', Buffer.from(csv), { duplicates: 'create' });
      expect(batch).toMatchObject({ created: 1, rejected: 1 });
      expect((await customersNamed(owner, '绍兴同名')).length).toBe(2);
    });

    it('refuses files that are no sheet, with a message naming the file', async () => {
      const old = await upload(
        owner,
        '旧表.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      );
      expect(old.statusCode).toBe(415);
      expect(old.json()).toMatchObject({
        code: 'IMPORT_OLD_EXCEL',
        title: expect.stringContaining('旧表.xls'),
      });
      const photo = await upload(owner, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
      expect(photo.json().code).toBe('IMPORT_NOT_SPREADSHEET');
      expect(
        (await owner.get('/api/v1/imports')).json().map((b: { fileName: string }) => b.fileName),
      ).not.toContain('photo.csv');
    });

    it('lets a sales member import their own customers only, and shows them their own imports', async () => {
      const { client: member } = await createMember(t().app, owner, 'sales', '王芳');
      const csv = '客户名称,负责人\r\n嘉兴新客户有限公司,王芳\r\n湖州别人的客户有限公司,Keyi 管理员\r\n';
      const draft = (await upload(member, 'mine.csv', Buffer.from(csv))).json();
      expect(draft.batch.settings.mapping).toEqual(['name', 'ownerId']);
      const check = (
        await member.post(`/api/v1/imports/${draft.batch.id}/check`, draft.batch.settings)
      ).json();
      expect(check.problems.map((p: { problems: { code: string }[] }) => p.problems[0]!.code)).toEqual([
        'unknownUser',
      ]);
      await member.post(`/api/v1/imports/${draft.batch.id}/run`, draft.batch.settings);
      await importFinished(draft.batch.id);
      const [mine] = await customersNamed(member, '嘉兴新客户');
      expect(mine).toBeTruthy();
      const history = (await member.get('/api/v1/imports')).json();
      expect(history.map((b: { fileName: string }) => b.fileName)).toEqual(['mine.csv']);
      expect((await owner.get('/api/v1/imports')).json().length).toBeGreaterThan(1);
    });

    it('gives imported customers the cadence and first due date a recount gives them', async () => {
      const sheet = Buffer.from(
        [
          '客户名称,客户等级,标签',
          '衢州节奏甲有限公司,A,',
          '衢州节奏乙有限公司,,重点潜在客户',
          '衢州节奏丙有限公司,C,重点潜在客户',
          '衢州节奏丁有限公司,,',
        ].join('\r\n'),
      );
      const batch = await importSheet(owner, '节奏.csv', sheet);
      expect(batch).toMatchObject({ status: 'done', created: 4 });
      const db = t().database.db;
      const imported = () =>
        db
          .selectFrom('customers')
          .select(['name', 'cadence_days', 'next_due_date'])
          .where('name', 'like', '衢州节奏%')
          .orderBy('name')
          .execute();
      const written = await imported();
      // 丁 (no rule), 丙 (C: 14, the tag: 7), 乙 (the tag), 甲 (A: 3), in code-point order.
      expect(written.map((c) => c.cadence_days)).toEqual([null, 7, 7, 3]);
      const { workspace_id: workspaceId } = await db
        .selectFrom('customers')
        .select('workspace_id')
        .where('name', 'like', '衢州节奏%')
        .executeTakeFirstOrThrow();
      const ids = (
        await db.selectFrom('customers').select('id').where('name', 'like', '衢州节奏%').execute()
      ).map((c) => c.id);
      await refreshFollowUpFields(db, workspaceId, await loadWorkspaceSettings(db, workspaceId), ids);
      expect(await imported()).toEqual(written);
    });

    it('forgets a file uploaded and never run after a day, and says so if it is run then', async () => {
      const draft = (
        await upload(owner, '忘了导入.csv', Buffer.from('客户名称\r\n舟山未导入有限公司\r\n'))
      ).json();
      expect(keptFiles()).toContain(draft.batch.id);
      const files = { root: dataDir, maxBytes: 1 << 20 };
      expect(await expireUnrunImports(t().database.db, files)).toBe(0);
      expect(await expireUnrunImports(t().database.db, files, Date.now() + 25 * 3600 * 1000)).toBeGreaterThan(
        0,
      );
      expect(keptFiles()).not.toContain(draft.batch.id);
      expect((await owner.get(`/api/v1/imports/${draft.batch.id}`)).json().status).toBe('expired');
      const late = await owner.post(`/api/v1/imports/${draft.batch.id}/run`, draft.batch.settings);
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('IMPORT_NOT_PENDING');
    });
  });
}
