import { describe, expect, it } from 'vitest';
import { Client, createTestApp, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

for (const dialect of DIALECTS) {
  describe(`bad input (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    async function send(payload: string, contentType = 'application/json') {
      return t().app.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload,
        headers: {
          'content-type': contentType,
          cookie: owner.cookie ?? '',
          'x-keyi-csrf': owner.csrfToken ?? '',
          'accept-language': 'zh-CN',
        },
      });
    }

    function expectProblem(
      response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
      status: number,
      code: string,
    ) {
      expect(response.statusCode).toBe(status);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status, code });
    }

    it('answers malformed JSON with 400, not 500', async () => {
      owner = await setupOwner(t().app);
      expectProblem(await send('{"name": "张三", '), 400, 'INVALID_JSON');
    });

    it('answers wrong types with field errors', async () => {
      const response = await send(JSON.stringify({ name: 42, login: ['x'], password: true, role: null }));
      expectProblem(response, 400, 'VALIDATION_FAILED');
      const paths = (response.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
      expect(paths).toEqual(['name', 'login', 'password', 'role']);
    });

    it('refuses unknown fields rather than ignoring them', async () => {
      const response = await send(
        JSON.stringify({
          name: '周杰',
          login: 'zhoujie',
          password: 'Sales2026go',
          role: 'sales',
          isAdmin: true,
        }),
      );
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.json()).toMatchObject({
        errors: [{ path: '', code: 'unrecognized_keys', message: '不认识的字段：isAdmin' }],
      });
    });

    it('refuses an oversize body with 413', async () => {
      const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
      expectProblem(await send(huge), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a body that is not JSON with 415', async () => {
      expectProblem(await send('name=x', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers unknown API routes and bad query values with problem+json', async () => {
      expectProblem(await owner.get('/api/v1/no-such-thing'), 404, 'ROUTE_NOT_FOUND');
      const badLimit = await owner.get('/api/v1/users?limit=abc');
      expectProblem(badLimit, 400, 'VALIDATION_FAILED');
      expect(badLimit.json()).toMatchObject({ errors: [{ path: 'querystring.limit' }] });
      expectProblem(await owner.get('/api/v1/users?limit=100000'), 400, 'VALIDATION_FAILED');
    });

    it('never leaks internals: unknown errors are a bare 500', async () => {
      const fresh = await createTestApp(dialect);
      fresh.app.get('/api/test-boom', { config: { access: 'public' } }, async () => {
        throw new Error('SELECT secret FROM users -- driver text');
      });
      const response = await new Client(fresh.app).get('/api/test-boom');
      await fresh.close();
      expectProblem(response, 500, 'INTERNAL');
      expect(response.body).not.toMatch(/SELECT|driver|at .*\.ts/);
    });
  });
}
