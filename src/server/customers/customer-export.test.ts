import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`customer list export (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const rawGet = (client: Client, url: string) =>
      t().app.inject({
        method: 'GET',
        url,
        headers: { cookie: client.cookie!, 'accept-language': client.locale },
      });

    it('writes the list with its filters as CSV Excel opens right, and as .xlsx', async () => {
      owner = await setupOwner(t().app);
      await createCustomer(owner, {
        name: '杭州导出甲有限公司',
        sourceChannel: '知乎',
        contacts: [{ name: '李雷', mobile: '13800138000' }],
      });
      await createCustomer(owner, {
        name: '杭州导出乙有限公司',
        sourceChannel: '知乎',
        notes: '含逗号, 和 "引号"',
      });
      await createCustomer(owner, { name: '苏州不导出有限公司', sourceChannel: '微信' });

      const csv = await rawGet(
        owner,
        '/api/v1/customers/export?format=csv&sourceChannel=知乎&sort=name&columns=name,contactName,mobile,sourceChannel,notes',
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toContain('.csv');
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = parse(csv.rawPayload, { bom: true }) as string[][];
      expect(rows).toEqual([
        ['客户名称', '联系人', '手机', '来源渠道', '备注'],
        ['杭州导出甲有限公司', '李雷', '13800138000', '知乎', ''],
        ['杭州导出乙有限公司', expect.any(String), expect.any(String), '知乎', '含逗号, 和 "引号"'],
      ]);

      const xlsx = await rawGet(owner, '/api/v1/customers/export?format=xlsx&q=导出&sort=name');
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as never);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('客户');
      expect(sheet.rowCount).toBe(4);
      expect(sheet.getRow(1).getCell(2).value).toBe('客户名称');
      expect(sheet.getRow(2).getCell(2).value).toBe('杭州导出甲有限公司');
    });

    it('masks personal data for a role that may not see it, and speaks the caller’s language', async () => {
      const { client: service } = await createMember(t().app, owner, 'service');
      service.locale = 'en-US';
      const csv = await rawGet(service, '/api/v1/customers/export?format=csv&q=导出甲&columns=name,mobile');
      const rows = parse(csv.rawPayload, { bom: true }) as string[][];
      expect(rows).toEqual([
        ['Customer name', 'Mobile'],
        ['杭州导出甲有限公司', '138****8000'],
      ]);
    });

    it('exports every match in the list’s order, and refuses unknown columns', async () => {
      for (let i = 0; i < 12; i++)
        await createCustomer(owner, { name: `宁波分页${String(i).padStart(2, '0')}有限公司` });
      const csv = await rawGet(
        owner,
        '/api/v1/customers/export?format=csv&q=宁波分页&sort=name&columns=name',
      );
      const names = (parse(csv.rawPayload, { bom: true }) as string[][]).slice(1).map((r) => r[0]);
      expect(names).toEqual(
        Array.from({ length: 12 }, (_, i) => `宁波分页${String(i).padStart(2, '0')}有限公司`),
      );
      expect((await rawGet(owner, '/api/v1/customers/export?columns=name,secret')).statusCode).toBe(400);
    });
  });
}
