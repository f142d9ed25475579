import fs from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { setClockOffset } from '../clock';
import { backupDir } from './backup-runner';
import { runScheduledBackup } from './backup-schedule';

const PASSPHRASE = '每天备份的口令 keyi-2026';

for (const dialect of DIALECTS) {
  // age derives each key with scrypt, about a second of CPU, several times a test: slow on a busy machine.
  describe(`backups API (${dialect})`, { timeout: 120_000 }, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    afterAll(() => setClockOffset(0));

    /** Waits for the running backup or restore and answers how it ended. */
    async function finished(client: Client) {
      for (;;) {
        const { job } = (await client.get('/api/v1/backups')).json();
        if (job.finishedAt) return job;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const names = async () =>
      ((await owner.get('/api/v1/backups')).json().backups as { name: string; kind: string }[]).map(
        (b) => b.kind,
      );

    beforeAll(async () => {
      owner = await setupOwner(t().app);
      await createCustomer(owner, { name: '杭州云帆科技有限公司' });
    });

    it('keeps the schedule with an encryption passphrase it never sends back, and refuses a stale save', async () => {
      const initial = (await owner.get('/api/v1/backups')).json();
      expect(initial.settings).toMatchObject({
        enabled: true,
        hour: 2,
        keepDaily: 7,
        keepWeekly: 4,
        keepMonthly: 12,
        encrypted: false,
        version: 1,
      });
      expect(initial.backups).toEqual([]);
      const body = { enabled: true, hour: 3, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, version: 1 };
      expect(
        (await owner.patch('/api/v1/backups/settings', { ...body, passphrase: 'short' })).statusCode,
      ).toBe(400);
      const saved = await owner.patch('/api/v1/backups/settings', { ...body, passphrase: PASSPHRASE });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ hour: 3, encrypted: true, version: 2 });
      expect(saved.body).not.toContain(PASSPHRASE);
      expect((await owner.patch('/api/v1/backups/settings', body)).statusCode).toBe(409);
    });

    it('backs up with progress, restores with the passphrase after a backup of what it replaces', async () => {
      const started = await owner.post('/api/v1/backups', {});
      expect(started.statusCode).toBe(202);
      const job = await finished(owner);
      expect(job).toMatchObject({ action: 'backup', phase: 'done', error: null });
      const listed = (await owner.get('/api/v1/backups')).json().backups;
      expect(listed[0]).toMatchObject({ name: job.name, kind: 'manual', encrypted: true });
      const download = await owner.get(`/api/v1/backups/${job.name}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      expect(Number(download.headers['content-length'])).toBe(listed[0].bytes);

      await createCustomer(owner, { name: '备份之后新建的客户' });
      const wrong = await owner.post(`/api/v1/backups/${job.name}/restore`, {
        passphrase: 'not the passphrase',
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().code).toBe('BACKUP_WRONG_PASSPHRASE');
      expect((await owner.post(`/api/v1/backups/${job.name}/restore`, {})).json().code).toBe(
        'BACKUP_PASSPHRASE_NEEDED',
      );
      expect((await owner.get('/api/v1/customers')).json().total).toBe(2);

      const restore = await owner.post(`/api/v1/backups/${job.name}/restore`, { passphrase: PASSPHRASE });
      expect(restore.statusCode).toBe(202);
      expect(await finished(owner)).toMatchObject({ action: 'restore', phase: 'done', error: null });
      const customers = (await owner.get('/api/v1/customers')).json();
      expect(customers.items.map((c: { name: string }) => c.name)).toEqual(['杭州云帆科技有限公司']);
      expect(await names()).toContain('before-restore');
    });

    it('takes an uploaded backup onto the list and refuses a file that is none', async () => {
      const [first] = (await owner.get('/api/v1/backups')).json().backups;
      const bytes = (await owner.get(`/api/v1/backups/${first.name}/file`)).rawPayload;
      const uploaded = await owner.upload('/api/v1/backups/upload', [
        { name: 'keyi-备份.tar.gz.age', data: bytes },
      ]);
      expect(uploaded.statusCode).toBe(201);
      expect(uploaded.json()).toMatchObject({ kind: 'uploaded', encrypted: true, bytes: bytes.length });
      const sheet = await owner.upload('/api/v1/backups/upload', [
        { name: '客户.csv', data: Buffer.from('客户名称\n云帆\n') },
      ]);
      expect(sheet.statusCode).toBe(422);
      expect(sheet.json().code).toBe('BACKUP_NOT_KEYI');
      expect((await owner.delete(`/api/v1/backups/${uploaded.json().name}`)).statusCode).toBe(204);
      expect((await owner.get('/api/v1/backups/..%2Fkeyi.db/file')).statusCode).toBe(404);
    });

    it('exports the workspace’s own records and files as JSON lines, without secrets, and refuses to restore it', async () => {
      // Another workspace in the same installation, whose records must not come along.
      const db = t().database.db;
      const [mine] = await db.selectFrom('workspaces').selectAll().execute();
      await db
        .insertInto('workspaces')
        .values({ ...mine!, settings: '{}', id: 'other-workspace', name: '别人的工作区' })
        .execute();
      await db
        .insertInto('history')
        .values({
          id: 'other-entry',
          workspace_id: 'other-workspace',
          entity_type: 'customer',
          entity_id: 'x',
          action: 'create',
          changes: '{}',
          at: mine!.created_at,
        })
        .execute();
      const response = await owner.get('/api/v1/workspace/export');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('.tar.gz');
      const entries = new Map<string, string>();
      const extract = tar.extract();
      const reading = (async () => {
        for await (const entry of extract) {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          entries.set(entry.header.name, Buffer.concat(chunks).toString('utf8'));
        }
      })();
      Readable.from([response.rawPayload]).pipe(createGunzip()).pipe(extract);
      await reading;
      const meta = JSON.parse(entries.get('keyi-backup.json')!);
      expect(meta.kind).toBe('workspace-export');
      const names = meta.tables.map((table: { name: string }) => table.name);
      expect(names).toEqual(
        expect.arrayContaining(['workspaces', 'users', 'customers', 'contacts', 'history']),
      );
      expect(names).not.toContain('sessions');
      const users = meta.tables.find((table: { name: string }) => table.name === 'users');
      expect(users.columns).not.toContain('password_hash');
      const rows = (table: string) =>
        [...entries]
          .filter(([name]) => name.startsWith(`tables/${table}/`))
          .flatMap(([, body]) => body.trim().split('\n'));
      expect(rows('customers').join()).toContain('杭州云帆科技有限公司');
      expect(rows('workspaces')).toHaveLength(1);
      expect(rows('history').join()).not.toContain('other-entry');

      const uploaded = await owner.upload('/api/v1/backups/upload', [
        { name: 'data.tar.gz', data: response.rawPayload },
      ]);
      expect(uploaded.statusCode).toBe(201);
      // Two workspaces: a restore through the page would replace the other's data too.
      const refused = await owner.post(`/api/v1/backups/${uploaded.json().name}/restore`, {});
      expect(refused.json().code).toBe('BACKUP_SEVERAL_WORKSPACES');
      await db.deleteFrom('history').where('workspace_id', '=', 'other-workspace').execute();
      await db.deleteFrom('workspaces').where('id', '=', 'other-workspace').execute();
      expect((await owner.post(`/api/v1/backups/${uploaded.json().name}/restore`, {})).statusCode).toBe(202);
      expect((await finished(owner)).error).toContain('不是备份');
      await owner.delete(`/api/v1/backups/${uploaded.json().name}`);
    });

    it('is the owner’s alone', async () => {
      const admin = await createMember(t().app, owner, 'admin');
      expect((await admin.client.get('/api/v1/backups')).statusCode).toBe(403);
      expect((await admin.client.post('/api/v1/backups', {})).statusCode).toBe(403);
    });

    it('runs the daily backup once a day from its hour and keeps what the settings say', async () => {
      const place = t().app.backups;
      // Unencrypted, to spare the test eleven key derivations.
      const { settings } = (await owner.get('/api/v1/backups')).json();
      const plain = {
        enabled: true,
        hour: 3,
        keepDaily: 7,
        keepWeekly: 4,
        keepMonthly: 12,
        passphrase: null,
      };
      expect(
        (await owner.patch('/api/v1/backups/settings', { ...plain, version: settings.version })).statusCode,
      ).toBe(200);
      const before = fs.readdirSync(backupDir(place)).length;
      // 02:30 in Shanghai: before the chosen hour (03:00).
      setClockOffset(Date.parse('2026-12-01T18:30:00Z') - Date.now());
      expect(await runScheduledBackup(place)).toEqual({ written: 0, removed: 0 });
      for (let day = 2; day <= 12; day++) {
        setClockOffset(Date.parse(`2026-12-${String(day).padStart(2, '0')}T19:05:00Z`) - Date.now());
        expect((await runScheduledBackup(place)).written).toBe(1);
        expect((await runScheduledBackup(place)).written).toBe(0);
      }
      setClockOffset(0);
      const scheduled = (
        (await owner.get('/api/v1/backups')).json().backups as { kind: string; createdAt: string }[]
      )
        .filter((b) => b.kind === 'scheduled')
        .map((b) => b.createdAt.slice(0, 10));
      // Made 19:05 UTC on 12-02 to 12-12, which is 03:05 on 12-03 to 12-13 in Shanghai. Kept: the last seven
      // Shanghai days (12-07 to 12-13), the newest of the week before (Monday 11-30 to Sunday 12-06: 12-06), December's
      // newest (12-13). Listed by their UTC instants, newest first: 12-12 back to 12-05.
      expect(scheduled).toEqual(
        ['12', '11', '10', '09', '08', '07', '06', '05'].map((day) => `2026-12-${day}`),
      );
      expect(fs.readdirSync(backupDir(place)).length).toBe(before + scheduled.length);
      expect((await owner.get('/api/v1/backups')).json().settings.lastRunAt).not.toBeNull();
    });
  });
}
