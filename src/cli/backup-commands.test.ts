import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/builders';
import { Client, OWNER, setupOwner, TEST_APP_CONFIG } from '../../test/harness';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

const run = promisify(execFile);
const keyi = (dataDir: string, env: Record<string, string>, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/keyi.ts', ...args, '--data-dir', dataDir], {
    timeout: 120_000,
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
  });
const failure = (work: Promise<unknown>) =>
  work.then(
    () => '',
    (error: { stderr: string }) => error.stderr,
  );

describe('keyi backup and keyi restore', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-cli-backup-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  /** The app on the data folder's SQLite file, for a moment, as a person uses it between two commands. */
  async function withApp<T>(work: (owner: Client) => Promise<T>, setup = false): Promise<T> {
    const database = openDatabase({ databaseUrl: null, sqliteFile: path.join(dataDir, 'keyi.db') });
    await migrateToLatest(database.db);
    const app = await buildApp({ config: { ...TEST_APP_CONFIG, dataDir }, db: database.db });
    try {
      const owner = setup ? await setupOwner(app) : new Client(app);
      if (!setup)
        expect(
          (await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password }))
            .statusCode,
        ).toBe(200);
      return await work(owner);
    } finally {
      await app.close();
      await database.close();
    }
  }

  it('backs up encrypted with a progress bar and restores from the command line', async () => {
    await withApp((owner) => createCustomer(owner, { name: '命令行备份客户' }), true);

    const env = { KEYI_BACKUP_PASSPHRASE: 'terminal passphrase 2026' };
    const made = await keyi(dataDir, env, 'backup');
    expect(made.stdout).toMatch(/keyi-\d{8}-\d{6}-manual\.tar\.gz\.age .* MB, encrypted/);
    const name = path.basename(made.stdout.trim().split('\n').at(-1)!.split(/\s+/)[0]!);
    const out = path.join(dataDir, 'elsewhere.tar.gz');
    expect((await keyi(dataDir, {}, 'backup', '--out', out, '--no-encrypt')).stdout).toContain(out);
    expect(fs.readFileSync(out).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    await withApp((owner) => createCustomer(owner, { name: '备份之后的客户' }));
    expect(await failure(keyi(dataDir, {}, 'restore', name, '--yes'))).toContain(
      'set KEYI_BACKUP_PASSPHRASE',
    );
    expect(
      await failure(keyi(dataDir, { KEYI_BACKUP_PASSPHRASE: 'not it at all' }, 'restore', name, '--yes')),
    ).toContain('Wrong passphrase for this backup; nothing was changed');
    expect(await failure(keyi(dataDir, env, 'restore', name))).toContain('add --yes');
    const restored = await keyi(dataDir, env, 'restore', name, '--yes');
    expect(restored.stdout).toContain(`restored ${name}`);
    const names = await withApp(async (owner) =>
      (await owner.get('/api/v1/customers')).json().items.map((c: { name: string }) => c.name),
    );
    expect(names).toEqual(['命令行备份客户']);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.includes('before-restore'))).toBe(
      true,
    );
    // Seven runs of the command, each starting Node with tsx and deriving an age key: slow on a busy machine.
  }, 240_000);
});
