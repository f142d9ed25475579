import { describe, expect, it } from 'vitest';
import { Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`members (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('an owner adds a member who can then sign in with the role given', async () => {
      owner = await setupOwner(t().app);
      const created = await owner.post('/api/v1/users', {
        name: '李娜',
        login: 'Li.Na',
        password: 'Sales2026go',
        role: 'sales',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ name: '李娜', login: 'li.na', role: 'sales', version: 1 });
      expect(JSON.stringify(created.json())).not.toMatch(/password|scrypt/);

      const member = new Client(t().app);
      expect(
        (await member.post('/api/v1/auth/login', { login: 'LI.NA', password: 'Sales2026go' })).statusCode,
      ).toBe(200);
      expect((await member.get('/api/v1/me')).json().user.role).toBe('sales');
      const list = (await owner.get('/api/v1/users?q=li')).json();
      expect(list.items.map((u: { login: string }) => u.login)).toContain('li.na');
    });

    it('explains bad input field by field in the reader’s language, and writes nothing', async () => {
      const bad = { name: '', login: 'a b', password: 'short', role: 'owner' };
      const zh = await owner.post('/api/v1/users', bad);
      expect(zh.statusCode).toBe(400);
      expect(zh.json().code).toBe('VALIDATION_FAILED');
      expect(zh.json().errors).toEqual([
        { path: 'name', code: 'required', message: '必填' },
        { path: 'login', code: 'login', message: '只能包含字母、数字和 . _ @ -' },
        { path: 'password', code: 'too_small_string', message: '至少 8 个字符' },
        { path: 'role', code: 'invalid_value', message: '不是可选的值' },
      ]);
      owner.locale = 'en-US';
      const en = await owner.post('/api/v1/users', bad);
      expect(en.json().title).toBe('Some fields need correcting');
      expect(en.json().errors[0]).toEqual({ path: 'name', code: 'required', message: 'Required' });
      owner.locale = 'zh-CN';
      const total = (await owner.get('/api/v1/users')).json().total;
      expect(total).toBe(2);
    });

    it('refuses a login that is taken, on the login field', async () => {
      const taken = await owner.post('/api/v1/users', {
        name: '另一个',
        login: 'li.na',
        password: 'Sales2026go',
        role: 'sales',
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({
        code: 'LOGIN_TAKEN',
        errors: [{ path: 'login', code: 'LOGIN_TAKEN' }],
      });
    });

    it('refuses a stale save with 409 and the current record; If-Match works as the version', async () => {
      const { user } = await createMember(t().app, owner, 'sales', '张伟');
      const first = await owner.patch(`/api/v1/users/${user.id}`, {
        name: '张伟（华东）',
        version: user.version,
      });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(user.version + 1);

      const second = await owner.patch(`/api/v1/users/${user.id}`, {
        role: 'manager',
        version: user.version,
      });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        current: { name: '张伟（华东）', role: 'sales' },
      });

      const viaHeader = await owner.patch(
        `/api/v1/users/${user.id}`,
        { role: 'manager' },
        { 'if-match': `"${user.version + 1}"` },
      );
      expect(viaHeader.statusCode).toBe(200);
      expect(viaHeader.json().role).toBe('manager');

      const history = (await owner.get(`/api/v1/users/${user.id}/history`)).json().items;
      expect(history[0]).toMatchObject({
        action: 'update',
        changes: { role: { from: 'sales', to: 'manager' } },
        user: { name: '王芳' },
      });
      expect(history[1]).toMatchObject({
        action: 'update',
        changes: { name: { from: '张伟', to: '张伟（华东）' } },
      });
      expect(history.at(-1).action).toBe('create');
    });

    it('deletes a member to the recycle bin, signs them out, and restores them', async () => {
      const { user, client, password } = await createMember(t().app, owner, 'service', '赵敏');
      expect((await owner.delete(`/api/v1/users/${user.id}`)).statusCode).toBe(204);
      expect((await client.get('/api/v1/me')).statusCode).toBe(401);
      expect((await owner.get(`/api/v1/users/${user.id}`)).statusCode).toBe(404);
      const relogin = new Client(t().app);
      expect((await relogin.post('/api/v1/auth/login', { login: user.login, password })).statusCode).toBe(
        401,
      );

      const bin = (await owner.get('/api/v1/recycle-bin')).json();
      expect(bin.items[0]).toMatchObject({
        type: 'user',
        id: user.id,
        title: `赵敏 (${user.login})`,
        deletedBy: { name: '王芳' },
      });

      expect((await owner.post(`/api/v1/recycle-bin/user/${user.id}/restore`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/users/${user.id}`)).statusCode).toBe(200);
      expect((await relogin.post('/api/v1/auth/login', { login: user.login, password })).statusCode).toBe(
        200,
      );
      const actions = (await owner.get(`/api/v1/users/${user.id}/history`))
        .json()
        .items.map((h: { action: string }) => h.action);
      expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
    });

    it('purges forever only for the owner, and only from the recycle bin', async () => {
      const { user } = await createMember(t().app, owner, 'sales', '钱多多');
      const admin = await createMember(t().app, owner, 'admin', '管理员甲');
      expect((await owner.delete(`/api/v1/recycle-bin/user/${user.id}`)).statusCode).toBe(404);
      await admin.client.delete(`/api/v1/users/${user.id}`);
      expect((await admin.client.delete(`/api/v1/recycle-bin/user/${user.id}`)).statusCode).toBe(403);
      expect((await owner.delete(`/api/v1/recycle-bin/user/${user.id}`)).statusCode).toBe(204);
      const bin = (await owner.get('/api/v1/recycle-bin')).json();
      expect(bin.items.map((i: { id: string }) => i.id)).not.toContain(user.id);
    });

    it('protects the owner and stops members from demoting or deleting themselves', async () => {
      const admin = await createMember(t().app, owner, 'admin', '管理员乙');
      const me = (await owner.get('/api/v1/me')).json().user;
      expect((await admin.client.delete(`/api/v1/users/${me.id}`)).json().code).toBe('OWNER_PROTECTED');
      expect(
        (await admin.client.patch(`/api/v1/users/${me.id}`, { role: 'sales', version: me.version })).json()
          .code,
      ).toBe('OWNER_PROTECTED');
      expect((await admin.client.delete(`/api/v1/users/${admin.user.id}`)).json().code).toBe(
        'CANNOT_CHANGE_SELF',
      );
      expect(
        (
          await admin.client.patch(`/api/v1/users/${admin.user.id}`, {
            role: 'sales',
            version: admin.user.version,
          })
        ).json().code,
      ).toBe('CANNOT_CHANGE_SELF');
    });

    it('pages the member list with a keyset cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const url: string = `/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await owner.get(url)).json();
        total = page.total;
        seen.push(...page.items.map((u: { id: string }) => u.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
      expect((await owner.get('/api/v1/users?cursor=not-a-cursor')).statusCode).toBe(400);
    });

    it('finds members in the global search', async () => {
      const result = (await owner.get(`/api/v1/search?q=${encodeURIComponent('李')}`)).json();
      expect(result.groups[0]).toMatchObject({
        type: 'users',
        items: [expect.objectContaining({ title: '李娜', subtitle: 'li.na' })],
      });
    });
  });
}
