import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { multipart, type Part } from '../../../test/multipart';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), randomBytes(300)]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
/** A Windows program: "MZ", then the DOS stub's zeros. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), randomBytes(200)]);
const CHINESE_NAME = '报价单（第二版）.pdf';

/** Every file under the data folder's files/, by name (a stored file is named by its attachment id). */
function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

for (const dialect of DIALECTS) {
  describe(`attachments (${dialect})`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-attachments-'));
    // 1 MB, so that "too large" takes a small test file.
    const t = useTestApp(dialect, { dataDir, maxUploadMb: 1 });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let owner: Client;

    const upload = (client: Client, followUpId: string, parts: Part[]) => {
      const body = multipart(parts);
      return t().app.inject({
        method: 'POST',
        url: `/api/v1/follow-ups/${followUpId}/attachments`,
        headers: {
          'content-type': body.type,
          'accept-language': client.locale,
          ...(client.cookie && { cookie: client.cookie }),
          ...(client.csrfToken && { 'x-keyi-csrf': client.csrfToken }),
        },
        payload: body.payload,
      });
    };
    const logFollowUp = async (client: Client, customerId: string, extra: Record<string, unknown> = {}) =>
      (
        await client.post('/api/v1/follow-ups', { customerId, method: '微信', summary: '发了报价', ...extra })
      ).json();
    const tempFiles = () => storedFiles(dataDir).filter((f) => f.startsWith('.tmp'));

    it('stores a PDF with a Chinese name and gives back the same bytes, named as it was', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const created = await upload(owner, f.id, [{ name: CHINESE_NAME, data: PDF }]);
      expect(created.statusCode).toBe(201);
      const [attachment] = created.json();
      expect(attachment).toMatchObject({
        fileName: CHINESE_NAME,
        contentType: 'application/pdf',
        size: PDF.length,
      });
      // Stored under an id, never under the name the person gave it.
      expect(storedFiles(dataDir)).toEqual([
        expect.stringMatching(new RegExp(`/\\d{4}/\\d{2}/${attachment.id}$`)),
      ]);

      const followUp = (await owner.get(`/api/v1/follow-ups/${f.id}`)).json();
      expect(followUp.attachments).toEqual([attachment]);

      const download = await owner.get(`/api/v1/attachments/${attachment.id}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent(CHINESE_NAME)}`,
      );
      expect(download.headers['accept-ranges']).toBe('bytes');

      // A player seeking in a voice message, or a phone resuming a download, asks for a byte range.
      const url = `/api/v1/attachments/${attachment.id}/download`;
      const part = await owner.get(url, { range: 'bytes=4-9' });
      expect(part.statusCode).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes 4-9/${PDF.length}`);
      expect(part.rawPayload.equals(PDF.subarray(4, 10))).toBe(true);
      const tail = await owner.get(url, { range: 'bytes=-5' });
      expect(tail.rawPayload.equals(PDF.subarray(PDF.length - 5))).toBe(true);
      const beyond = await owner.get(url, { range: `bytes=${PDF.length + 10}-` });
      expect(beyond.statusCode).toBe(416);
      expect(beyond.headers['content-range']).toBe(`bytes */${PDF.length}`);
      // Several ranges: the whole file, which HTTP allows.
      const several = await owner.get(url, { range: 'bytes=0-1,5-6' });
      expect(several.statusCode).toBe(200);
      expect(several.rawPayload.equals(PDF)).toBe(true);
    });

    it("keeps a sales member out of someone else's customer's files, and service to after-sales visits", async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const [attachment] = (await upload(owner, f.id, [{ name: '现场照片.png', data: PNG }])).json();
      expect((await sales.client.get(`/api/v1/attachments/${attachment.id}/download`)).statusCode).toBe(404);
      expect((await upload(sales.client, f.id, [{ name: 'x.png', data: PNG }])).statusCode).toBe(404);
      expect((await sales.client.delete(`/api/v1/attachments/${attachment.id}`)).statusCode).toBe(404);
      // Service sees the follow-up, so the file, but edits after-sales visits only.
      expect((await service.client.get(`/api/v1/attachments/${attachment.id}/download`)).statusCode).toBe(
        200,
      );
      expect((await upload(service.client, f.id, [{ name: 'x.png', data: PNG }])).statusCode).toBe(403);
      const visit = await logFollowUp(service.client, c.id, { kind: '售后回访' });
      expect((await upload(service.client, visit.id, [{ name: '回访.png', data: PNG }])).statusCode).toBe(
        201,
      );
    });

    it('refuses a file over the size limit with a field error, and keeps nothing of it', async () => {
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const before = storedFiles(dataDir);
      const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
      const refused = await upload(owner, f.id, [
        { name: '小图.png', data: PNG },
        { name: '大图.png', data: big },
      ]);
      expect(refused.statusCode).toBe(413);
      expect(refused.json()).toMatchObject({
        code: 'ATTACHMENT_TOO_LARGE',
        errors: [
          { path: 'file', code: 'ATTACHMENT_TOO_LARGE', message: '“大图.png”太大了，单个附件不能超过 1 MB' },
        ],
      });
      expect(storedFiles(dataDir)).toEqual(before);
      expect((await owner.get(`/api/v1/follow-ups/${f.id}`)).json().attachments).toEqual([]);
    });

    it('refuses a program renamed .pdf, and a type not on the list', async () => {
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const disguised = await upload(owner, f.id, [{ name: '合同.pdf', data: EXE }]);
      expect(disguised.statusCode).toBe(415);
      expect(disguised.json()).toMatchObject({
        code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
        errors: [{ path: 'file', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }],
      });
      expect((await upload(owner, f.id, [{ name: 'setup.exe', data: EXE }])).statusCode).toBe(415);
      expect((await upload(owner, f.id, [{ name: 'notes.txt', data: EXE }])).statusCode).toBe(415);
      const json = await owner.post(`/api/v1/follow-ups/${f.id}/attachments`, {});
      expect(json.statusCode).toBe(415);
      expect(tempFiles()).toEqual([]);
    });

    it('deletes to the recycle bin, restores, and purging removes the file from disk', async () => {
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const [attachment] = (await upload(owner, f.id, [{ name: '会议纪要.pdf', data: PDF }])).json();
      const onDisk = () => storedFiles(dataDir).some((file) => file.endsWith(attachment.id));
      expect((await owner.delete(`/api/v1/attachments/${attachment.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/follow-ups/${f.id}`)).json().attachments).toEqual([]);
      expect((await owner.get(`/api/v1/attachments/${attachment.id}/download`)).statusCode).toBe(404);
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin).toContainEqual(
        expect.objectContaining({ type: 'attachment', id: attachment.id, title: '会议纪要.pdf' }),
      );
      expect((await owner.post(`/api/v1/recycle-bin/attachment/${attachment.id}/restore`)).statusCode).toBe(
        204,
      );
      expect((await owner.get(`/api/v1/follow-ups/${f.id}`)).json().attachments).toHaveLength(1);
      expect((await owner.get(`/api/v1/attachments/${attachment.id}/download`)).statusCode).toBe(200);

      await owner.delete(`/api/v1/attachments/${attachment.id}`);
      expect(onDisk()).toBe(true);
      expect((await owner.delete(`/api/v1/recycle-bin/attachment/${attachment.id}`)).statusCode).toBe(204);
      expect(onDisk()).toBe(false);
    });

    it('purging a follow-up removes its files too', async () => {
      const c = await createCustomer(owner);
      const f = await logFollowUp(owner, c.id);
      const created = (
        await upload(owner, f.id, [
          { name: 'a.pdf', data: PDF },
          { name: 'b.png', data: PNG },
        ])
      ).json();
      expect(created).toHaveLength(2);
      await owner.delete(`/api/v1/follow-ups/${f.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/followUp/${f.id}`)).statusCode).toBe(204);
      const left = storedFiles(dataDir);
      expect(created.filter((a: { id: string }) => left.some((file) => file.endsWith(a.id)))).toEqual([]);
    });
  });
}
