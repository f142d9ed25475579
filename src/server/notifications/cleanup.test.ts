import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { stageFile, sweepStagedFiles } from '../attachments/file-store';
import { Readable } from 'node:stream';
import { deleteOldNotifications } from './cleanup.service';
import { notify } from './notify.service';

const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`clean-up of old notifications (${dialect})`, () => {
    const t = useTestApp(dialect);

    it('deletes read notifications after 90 days and unread ones after a year, and nothing newer', async () => {
      const owner = await setupOwner(t().app);
      const me = (await owner.get('/api/v1/me')).json();
      const db = t().database.db;
      const now = new Date();
      const make = async (title: string, ageDays: number, read: boolean) => {
        const { id } = await notify(db, {
          workspaceId: me.workspace.id,
          userId: me.user.id,
          kind: 'task',
          title,
        });
        const at = new Date(now.getTime() - ageDays * DAY).toISOString();
        await db
          .updateTable('notifications')
          .set({ created_at: at, read_at: read ? at : null } as never)
          .where('id', '=', id)
          .execute();
      };
      await make('上季度已读', 100, true);
      await make('上月已读', 30, true);
      await make('上季度未读', 100, false);
      await make('去年未读', 400, false);
      expect(await deleteOldNotifications(db, now)).toEqual({ notifications: 2, deliveries: 0 });
      const left = await db.selectFrom('notifications').select('title').orderBy('title').execute();
      expect(left.map((n) => n.title).sort()).toEqual(['上季度未读', '上月已读'].sort());
      expect(await deleteOldNotifications(db, now)).toEqual({ notifications: 0, deliveries: 0 });
    });
  });
}

describe('sweeping half-written uploads', () => {
  it('removes staged files older than a day and leaves newer ones', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-sweep-'));
    const store = { root, maxBytes: 1024 };
    const old = await stageFile(store, Readable.from([Buffer.from('旧的半截上传')]));
    const fresh = await stageFile(store, Readable.from([Buffer.from('正在上传')]));
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    fs.utimesSync(old.tempPath, twoDaysAgo, twoDaysAgo);
    expect(await sweepStagedFiles(store)).toBe(1);
    expect(fs.existsSync(old.tempPath)).toBe(false);
    expect(fs.existsSync(fresh.tempPath)).toBe(true);
    expect(await sweepStagedFiles({ root: path.join(root, 'none'), maxBytes: 1 })).toBe(0);
  });
});
