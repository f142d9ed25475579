import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), randomBytes(200)]);
const SIGNED = '年度服务合同（双方盖章）.pdf';

/** A multipart body as a browser sends it. */
function multipart(name: string, data: Buffer) {
  const boundary = `----keyi${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

for (const dialect of DIALECTS) {
  describe(`contract files (${dialect})`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-contract-files-'));
    const t = useTestApp(dialect, { dataDir });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let owner: Client;

    const upload = (client: Client, contractId: string) => {
      const body = multipart(SIGNED, PDF);
      return t().app.inject({
        method: 'POST',
        url: `/api/v1/contracts/${contractId}/attachments`,
        headers: {
          'content-type': body.type,
          ...(client.cookie && { cookie: client.cookie }),
          ...(client.csrfToken && { 'x-keyi-csrf': client.csrfToken }),
        },
        payload: body.payload,
      });
    };
    const onDisk = (id: string) =>
      fs
        .readdirSync(path.join(dataDir, 'files'), { recursive: true, withFileTypes: true })
        .some((e) => e.isFile() && e.name === id);

    it('attaches the signed copy to a contract, lists it there, and keeps it to those who see the contract', async () => {
      owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const c = await createCustomer(owner);
      const k = (
        await owner.post('/api/v1/contracts', { customerId: c.id, title: '年度服务合同', amount: 100 })
      ).json();

      const created = await upload(owner, k.id);
      expect(created.statusCode, created.body).toBe(201);
      const [file] = created.json();
      expect(file).toMatchObject({ fileName: SIGNED, contentType: 'application/pdf', size: PDF.length });
      expect((await owner.get(`/api/v1/contracts/${k.id}`)).json().attachments).toEqual([file]);
      const download = await owner.get(`/api/v1/attachments/${file.id}/download`);
      expect(download.rawPayload.equals(PDF)).toBe(true);

      // Someone else's customer: out of sight. Service reads the file but may not add or remove one.
      expect((await upload(sales.client, k.id)).statusCode).toBe(404);
      expect((await sales.client.get(`/api/v1/attachments/${file.id}/download`)).statusCode).toBe(404);
      expect((await service.client.get(`/api/v1/attachments/${file.id}/download`)).statusCode).toBe(200);
      expect((await upload(service.client, k.id)).statusCode).toBe(403);
      expect((await service.client.delete(`/api/v1/attachments/${file.id}`)).statusCode).toBe(403);

      // A contract in the bin hides its files; back from the bin, they are there again.
      await owner.delete(`/api/v1/contracts/${k.id}`);
      expect((await owner.get(`/api/v1/attachments/${file.id}/download`)).statusCode).toBe(404);
      await owner.post(`/api/v1/recycle-bin/contract/${k.id}/restore`);
      expect((await owner.get(`/api/v1/attachments/${file.id}/download`)).statusCode).toBe(200);

      // Purged, the contract takes its file off the disk.
      expect(onDisk(file.id)).toBe(true);
      await owner.delete(`/api/v1/contracts/${k.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/contract/${k.id}`)).statusCode).toBe(204);
      expect(onDisk(file.id)).toBe(false);
    });

    it("purging a customer removes its contracts' files too", async () => {
      const c = await createCustomer(owner);
      const k = (
        await owner.post('/api/v1/contracts', { customerId: c.id, title: '合同', amount: 1 })
      ).json();
      const [file] = (await upload(owner, k.id)).json();
      expect(onDisk(file.id)).toBe(true);
      await owner.delete(`/api/v1/customers/${c.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/customer/${c.id}`)).statusCode).toBe(204);
      expect(onDisk(file.id)).toBe(false);
    });
  });
}
