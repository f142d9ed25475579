import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logFollowUp } from '../../../test/analytics-builders';
import { createCustomer } from '../../../test/builders';
import { Client, DIALECTS, OWNER, setupOwner, useTestApp } from '../../../test/harness';
import { reindexOutdated } from '../customers/customer-search';
import type { AppError } from '../http/errors';
import { readCatalog } from './backup-catalog';
import { restoreBackup } from './backup-restore';
import { writeBackup, type BackupSource } from './backup-write';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('报价单第二版'.repeat(200))]);

/** Every row of every table, each table's rows sorted, so two databases holding the same data compare equal. */
async function everyTable(source: BackupSource): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await readCatalog(source.db)) {
    const rows = await source.db.selectFrom(table.name).selectAll().execute();
    result[table.name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

function filesUnder(root: string): Record<string, string> {
  const base = path.join(root, 'files');
  if (!fs.existsSync(base)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.includes('.tmp'))
      .map((e) => [
        path.relative(base, path.join(e.parentPath, e.name)),
        fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64'),
      ]),
  );
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as AppError).code;
  }
  return 'restored';
}

for (const dialect of DIALECTS) {
  // age derives each key with scrypt, about a second of CPU, several times a test: slow on a busy machine.
  describe(`backup and restore (${dialect})`, { timeout: 120_000 }, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-backup-'));
    const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-backup-files-'));
    // SQLite on a file, as Keyi runs: the snapshot is read through a second connection.
    const sqliteFile = path.join(dataDir, 'keyi.db');
    const t = useTestApp(dialect, { dataDir }, sqliteFile);
    afterAll(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(backups, { recursive: true, force: true });
    });
    let owner: Client;
    let source: BackupSource;
    let before: Record<string, string[]>;
    let beforeFiles: Record<string, string>;
    const plain = path.join(backups, 'plain.tar.gz');
    const sealed = path.join(backups, 'sealed.tar.gz.age');

    beforeAll(async () => {
      owner = await setupOwner(t().app);
      source = {
        db: t().database.db,
        sqliteFile: dialect === 'sqlite' ? sqliteFile : null,
        filesRoot: dataDir,
      };
      for (const [i, name] of ['杭州云帆科技有限公司', '苏州晨光文化传媒', '南京青禾咨询'].entries()) {
        const customer = await createCustomer(owner, { name });
        const followUp = await logFollowUp(owner, customer.id, `2026-11-2${i}T02:00:00.000Z`, {
          nextDate: '2026-12-08',
        });
        if (i === 0) {
          const uploaded = await owner.upload(`/api/v1/follow-ups/${followUp.id}/attachments`, [
            { name: '报价单.pdf', data: PDF },
          ]);
          expect(uploaded.statusCode).toBe(201);
        }
      }
      before = await everyTable(source);
      beforeFiles = filesUnder(dataDir);
      expect(Object.keys(beforeFiles)).toHaveLength(1);
    });

    it('restores a backup to exactly the data it was taken from, files included', async () => {
      const written = await writeBackup(source, plain, { passphrase: null, kind: 'manual' });
      expect(written.manifest.tables.customers!.rows).toBe(3);
      expect(Object.keys(written.manifest.files)).toHaveLength(1);

      // Life goes on: a customer deleted, another added, the attached file lost.
      const list = (await owner.get('/api/v1/customers')).json();
      expect((await owner.delete(`/api/v1/customers/${list.items[0].id}`)).statusCode).toBeLessThan(300);
      await createCustomer(owner, { name: '宁波海岸贸易' });
      fs.rmSync(path.join(dataDir, 'files'), { recursive: true });
      expect(await everyTable(source)).not.toEqual(before);

      await restoreBackup(source, plain, 'plain.tar.gz', { passphrase: null });
      expect(await everyTable(source)).toEqual(before);
      expect(filesUnder(dataDir)).toEqual(beforeFiles);
      // The app goes on working on the restored data: the same session, the same list, a new customer numbered on.
      const after = (await owner.get('/api/v1/customers')).json();
      expect(after.total).toBe(3);
      expect((await createCustomer(owner, { name: '合肥新客户' })).number).toBeTruthy();
      await restoreBackup(source, plain, 'plain.tar.gz', { passphrase: null });
    });

    it('encrypts with a passphrase and refuses a wrong one, a missing one and a changed byte before anything changes', async () => {
      await writeBackup(source, sealed, { passphrase: '客易 backup 口令 2026', kind: 'manual' });
      expect(fs.readFileSync(sealed).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      expect(fs.readFileSync(sealed).includes(Buffer.from('杭州云帆'))).toBe(false);
      await createCustomer(owner, { name: '宁波海岸贸易' });
      const changed = await everyTable(source);

      expect(await refusal(restoreBackup(source, sealed, 's', { passphrase: 'wrong' }))).toBe(
        'BACKUP_WRONG_PASSPHRASE',
      );
      expect(await refusal(restoreBackup(source, sealed, 's', { passphrase: null }))).toBe(
        'BACKUP_PASSPHRASE_NEEDED',
      );
      const tampered = path.join(backups, 'tampered.age');
      const bytes = fs.readFileSync(sealed);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
      fs.writeFileSync(tampered, bytes);
      expect(
        await refusal(restoreBackup(source, tampered, 't', { passphrase: '客易 backup 口令 2026' })),
      ).toBe('BACKUP_DAMAGED');
      const plainTampered = path.join(backups, 'tampered.tar.gz');
      const plainBytes = fs.readFileSync(plain);
      plainBytes[Math.floor(plainBytes.length / 2)]! ^= 0x01;
      fs.writeFileSync(plainTampered, plainBytes);
      expect(await refusal(restoreBackup(source, plainTampered, 't', { passphrase: null }))).toBe(
        'BACKUP_DAMAGED',
      );
      const notBackup = path.join(backups, 'notes.txt');
      fs.writeFileSync(notBackup, '客户名称,联系人\n');
      expect(await refusal(restoreBackup(source, notBackup, 'notes.txt', { passphrase: null }))).toBe(
        'BACKUP_NOT_KEYI',
      );
      expect(await everyTable(source)).toEqual(changed);

      await restoreBackup(source, sealed, 's', { passphrase: '客易 backup 口令 2026' });
      expect(await everyTable(source)).toEqual(before);
    });

    it('takes a consistent snapshot while customers are being written', async () => {
      const during = path.join(backups, 'during.tar.gz');
      let writing = true;
      const writer = (async () => {
        let n = 0;
        while (writing)
          await createCustomer(owner, {
            name: `并发写入客户${n++}`,
            contacts: [{ name: `并发联系人${n}`, mobile: `1390000${String(n).padStart(4, '0')}` }],
          });
        return n;
      })();
      await writeBackup(source, during, { passphrase: null, kind: 'manual' });
      writing = false;
      expect(await writer).toBeGreaterThan(0);
      await restoreBackup(source, during, 'during.tar.gz', { passphrase: null });
      const db = source.db;
      // Each customer came with its contact and its number in one transaction: the snapshot holds both or neither.
      const customers = await db
        .selectFrom('customers')
        .select(['id', 'number'])
        .where('name', 'like', '并发写入客户%')
        .execute();
      const contacts = await db
        .selectFrom('contacts')
        .select('customer_id')
        .where('name', 'like', '并发联系人%')
        .execute();
      expect(new Set(contacts.map((c) => c.customer_id))).toEqual(new Set(customers.map((c) => c.id)));
      const created = await createCustomer(owner, { name: '恢复后新建的客户' });
      const numbers = (await db.selectFrom('customers').select('number').execute()).map((c) => c.number);
      expect(numbers.filter((n) => n === created.number)).toHaveLength(1);
    });
  });
}

describe.runIf(DIALECTS.includes('postgres'))('a backup of SQLite restored into PostgreSQL and back', () => {
  const dirs = ['sqlite', 'postgres'].map((d) => fs.mkdtempSync(path.join(os.tmpdir(), `keyi-move-${d}-`)));
  const lite = useTestApp('sqlite', { dataDir: dirs[0]! }, path.join(dirs[0]!, 'keyi.db'));
  const pg = useTestApp('postgres', { dataDir: dirs[1]! });
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const sourceOf = (t: typeof lite, dir: string, file: string | null): BackupSource => ({
    db: t().database.db,
    sqliteFile: file,
    filesRoot: dir,
  });
  /** A value as both databases mean it: booleans as 0/1, JSON (text or jsonb) parsed with its keys in order. */
  const canonical = (value: unknown): unknown => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        return canonical(JSON.parse(value));
      } catch {
        return value;
      }
    }
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  /** Every table but the search index, which each database keeps its own way and builds again after a move. */
  const comparable = async (source: BackupSource) => {
    const tables: Record<string, string[]> = {};
    for (const table of await readCatalog(source.db)) {
      if (table.name === 'customer_search' || table.name === 'customer_grams') continue;
      const rows = await source.db.selectFrom(table.name).selectAll().execute();
      tables[table.name] = rows
        .map((row) => {
          const { search_text: _t, search_grams: _g, search_rowid: _r, search_version: _v, ...rest } = row;
          return JSON.stringify(canonical(table.name === 'customers' ? rest : row));
        })
        .sort();
    }
    return tables;
  };

  it('moves every record, and search works on the other side once indexed again', async () => {
    const owner = await setupOwner(lite().app);
    const customer = await createCustomer(owner, { name: '杭州云帆科技有限公司' });
    await logFollowUp(owner, customer.id, '2026-11-20T02:00:00.000Z', { nextDate: '2026-12-08' });
    const fromLite = sourceOf(lite, dirs[0]!, path.join(dirs[0]!, 'keyi.db'));
    const file = path.join(dirs[0]!, 'move.tar.gz');
    await writeBackup(fromLite, file, { passphrase: null, kind: 'manual' });
    const toPg = sourceOf(pg, dirs[1]!, null);
    await restoreBackup(toPg, file, 'move.tar.gz', { passphrase: null });
    const moved = await comparable(toPg);
    expect(moved).toEqual(await comparable(fromLite));
    expect(moved.customers).toHaveLength(1);
    expect(moved.follow_ups).toHaveLength(1);
    while ((await reindexOutdated(toPg.db, 200)) > 0);
    const pgOwner = new Client(pg().app);
    expect(
      (await pgOwner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password })).statusCode,
    ).toBe(200);
    const found = (await pgOwner.get(`/api/v1/customers?q=${encodeURIComponent('云帆')}`)).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([customer.id]);

    const back = path.join(dirs[1]!, 'back.tar.gz');
    await writeBackup(toPg, back, { passphrase: null, kind: 'manual' });
    await restoreBackup(fromLite, back, 'back.tar.gz', { passphrase: null });
    while ((await reindexOutdated(fromLite.db, 200)) > 0);
    expect((await owner.get(`/api/v1/customers?q=${encodeURIComponent('云帆')}`)).json().total).toBe(1);
  });
});
