import { describe, expect, it } from 'vitest';
import { Client, createMember, DIALECTS, OWNER, setupOwner, useTestApp } from '../../../test/harness';
import { MAX_FAILURES_PER_LOGIN } from './throttle.service';

for (const dialect of DIALECTS) {
  describe(`auth (${dialect})`, () => {
    const t = useTestApp(dialect);

    it('needs set-up once, signs the owner in, and refuses a second set-up', async () => {
      const anon = new Client(t().app);
      expect((await anon.get('/api/v1/setup')).json()).toEqual({ needed: true });
      expect((await anon.get('/api/v1/me')).statusCode).toBe(401);

      const owner = await setupOwner(t().app);
      const me = await owner.get('/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        user: { name: OWNER.ownerName, login: OWNER.login, role: 'owner' },
        workspace: { name: OWNER.workspaceName, timeZone: 'Asia/Shanghai' },
      });
      expect(me.json().permissions).toContain('users.manage');

      expect((await anon.get('/api/v1/setup')).json()).toEqual({ needed: false });
      const again = await anon.post('/api/v1/setup', { ...OWNER, login: 'someone' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('SETUP_ALREADY_DONE');
    });

    it('answers 401 problem+json without a session', async () => {
      const response = await new Client(t().app).get('/api/v1/users');
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: '请先登录' });
    });

    it('sets an HttpOnly SameSite=Lax session cookie on login and ends it on logout', async () => {
      const client = new Client(t().app);
      const response = await client.post('/api/v1/auth/login', {
        login: OWNER.login,
        password: OWNER.password,
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'keyi_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.json().csrfToken).toEqual(expect.any(String));
      expect(response.json().user.lastLoginAt).toEqual(expect.any(String));

      const session = client.cookie;
      expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
      const stale = await t().app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: session ?? '' },
      });
      expect(stale.statusCode).toBe(401);
    });

    it('gives the same answer for a wrong password and an unknown login', async () => {
      const anon = new Client(t().app);
      const wrong = await anon.post('/api/v1/auth/login', {
        login: OWNER.login,
        password: 'not-the-password1',
      });
      const unknown = await anon.post('/api/v1/auth/login', {
        login: 'nobody-here',
        password: 'not-the-password1',
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json().code).toBe('LOGIN_FAILED');
    });

    it('throttles repeated failures with 429 and Retry-After, even for the right password', async () => {
      const owner = await new Client(t().app);
      await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      const { user, password } = await createMember(t().app, owner, 'sales');
      const anon = new Client(t().app);
      for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
        expect(
          (await anon.post('/api/v1/auth/login', { login: user.login, password: 'wrong-pass-1' })).statusCode,
        ).toBe(401);
      }
      const blocked = await anon.post('/api/v1/auth/login', { login: user.login, password });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      anon.locale = 'en-US';
      const english = await anon.post('/api/v1/auth/login', { login: user.login, password });
      expect(english.json().title).toMatch(/^Too many attempts; try again in \d+ minutes$/);
      // Another member is not affected by this member's lock.
      const other = await anon.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      expect(other.statusCode).toBe(200);
    });

    it('refuses a cookie write without the CSRF header, and accepts it with the header', async () => {
      const owner = new Client(t().app);
      await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      const me = (await owner.get('/api/v1/me')).json();
      const body = { name: '王芳', version: me.user.version };
      const without = await owner.patch('/api/v1/me', body, { 'x-keyi-csrf': '' });
      expect(without.statusCode).toBe(403);
      expect(without.json().code).toBe('CSRF_TOKEN_INVALID');
      const forged = await owner.patch('/api/v1/me', body, { 'x-keyi-csrf': 'forged-token' });
      expect(forged.statusCode).toBe(403);
      expect((await owner.patch('/api/v1/me', body)).statusCode).toBe(200);
    });

    it('authenticates API tokens without CSRF, shows the secret once, and stops them when revoked', async () => {
      const owner = new Client(t().app);
      await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      const created = await owner.post('/api/v1/api-tokens', { name: '集成脚本' });
      expect(created.statusCode).toBe(201);
      const { token, id, prefix } = created.json();
      expect(token.startsWith(prefix)).toBe(true);
      const listed = (await owner.get('/api/v1/api-tokens')).json().items;
      expect(listed).toContainEqual(expect.objectContaining({ id, name: '集成脚本' }));
      expect(JSON.stringify(listed)).not.toContain(token);

      const script = new Client(t().app);
      script.bearer = token;
      expect((await script.get('/api/v1/me')).json().csrfToken).toBeNull();
      const write = await script.patch('/api/v1/workspace', { name: '客易测试工作室', version: 1 });
      expect([200, 409]).toContain(write.statusCode);

      expect((await owner.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
      expect((await script.get('/api/v1/me')).statusCode).toBe(401);
      script.bearer = 'keyi_made-up-token';
      expect((await script.get('/api/v1/me')).statusCode).toBe(401);
    });

    it('changes a password: this device stays in, other devices and the old password are out', async () => {
      const owner = new Client(t().app);
      await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      const { user, password } = await createMember(t().app, owner, 'manager');
      const phone = new Client(t().app);
      const laptop = new Client(t().app);
      await phone.post('/api/v1/auth/login', { login: user.login, password });
      await laptop.post('/api/v1/auth/login', { login: user.login, password });

      const wrong = await laptop.post('/api/v1/me/password', {
        currentPassword: 'nope-1234',
        newPassword: 'NewPass2026',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors).toEqual([
        { path: 'currentPassword', code: 'PASSWORD_INCORRECT', message: '当前密码不正确' },
      ]);
      const weak = await laptop.post('/api/v1/me/password', {
        currentPassword: password,
        newPassword: 'abcdefgh',
      });
      expect(weak.json().errors[0]).toMatchObject({ path: 'newPassword', code: 'passwordWeak' });

      expect(
        (await laptop.post('/api/v1/me/password', { currentPassword: password, newPassword: 'NewPass2026' }))
          .statusCode,
      ).toBe(204);
      expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);
      expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
      const anon = new Client(t().app);
      expect((await anon.post('/api/v1/auth/login', { login: user.login, password })).statusCode).toBe(401);
      expect(
        (await anon.post('/api/v1/auth/login', { login: user.login, password: 'NewPass2026' })).statusCode,
      ).toBe(200);
    });

    it('remembers the language a member chooses', async () => {
      const owner = new Client(t().app);
      await owner.post('/api/v1/auth/login', { login: OWNER.login, password: OWNER.password });
      const me = (await owner.get('/api/v1/me')).json();
      const saved = await owner.patch('/api/v1/me', { locale: 'en-US', version: me.user.version });
      expect(saved.json().locale).toBe('en-US');
      expect((await owner.get('/api/v1/me')).json().user.locale).toBe('en-US');
    });
  });
}
