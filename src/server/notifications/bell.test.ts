import { describe, expect, it } from 'vitest';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { notify } from './notify.service';

for (const dialect of DIALECTS) {
  describe(`notifications: the bell (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let sales: Client;
    let ids: { workspace: string; owner: string; sales: string };

    const send = (userId: string, title: string, extra: { dedupeKey?: string } = {}) =>
      notify(t().database.db, { workspaceId: ids.workspace, userId, kind: 'due', title, ...extra });

    it('fills each person’s bell, newest first, keyset-paged, with an unread count', async () => {
      owner = await setupOwner(t().app);
      const member = await createMember(t().app, owner, 'sales', '李娜');
      sales = member.client;
      const me = (await owner.get('/api/v1/me')).json();
      ids = { workspace: me.workspace.id, owner: me.user.id, sales: member.user.id };
      for (const title of ['第一条', '第二条', '第三条']) await send(ids.owner, title);
      await notify(t().database.db, {
        workspaceId: ids.workspace,
        userId: ids.sales,
        kind: 'task',
        title: '李娜的待办',
        body: '给杭州云帆发方案',
        link: '/tasks',
      });

      const first = (await owner.get('/api/v1/notifications?limit=2')).json();
      expect(first.items.map((n: { title: string }) => n.title)).toEqual(['第三条', '第二条']);
      expect(first.unread).toBe(3);
      const rest = (await owner.get(`/api/v1/notifications?limit=2&cursor=${first.nextCursor}`)).json();
      expect(rest).toMatchObject({ items: [{ title: '第一条', readAt: null }], nextCursor: null });
      expect((await sales.get('/api/v1/notifications')).json()).toMatchObject({
        items: [{ kind: 'task', title: '李娜的待办', body: '给杭州云帆发方案', link: '/tasks' }],
        unread: 1,
      });

      const newest = first.items[0].id;
      expect((await owner.post('/api/v1/notifications/read', { ids: [newest] })).json()).toEqual({
        unread: 2,
      });
      expect((await owner.get('/api/v1/notifications?unread=true')).json().items).toHaveLength(2);
      expect((await owner.post('/api/v1/notifications/read', {})).json()).toEqual({ unread: 0 });
      expect((await sales.get('/api/v1/notifications')).json().unread).toBe(1);
    });

    it('creates a notification with a dedupe key once, even from two callers at the same time', async () => {
      const key = `digest:2026-11-30:${ids.sales}`;
      const [a, b] = await Promise.all([
        send(ids.sales, '今日摘要', { dedupeKey: key }),
        send(ids.sales, '今日摘要', { dedupeKey: key }),
      ]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(a.id).toBe(b.id);
      expect((await send(ids.sales, '今日摘要', { dedupeKey: key })).created).toBe(false);
      const titles = (await sales.get('/api/v1/notifications'))
        .json()
        .items.map((n: { title: string }) => n.title);
      expect(titles.filter((x: string) => x === '今日摘要')).toHaveLength(1);
    });
  });
}
