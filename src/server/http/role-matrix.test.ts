import { describe, expect, it } from 'vitest';
import { ROLES, type TRole } from '../../domain/roles';
import { Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { ACTIONS, can, FIELD_LEVEL_ACTIONS } from './policy';

/** Any id that matches no record: allowed callers get 400/404, forbidden ones 403 before anything is looked up. */
const MISSING_ID = '00000000-0000-7000-8000-000000000000';

function concreteUrl(url: string): string {
  return url.replace(':type', 'user').replace(':dictionary', 'tag').replace(/:\w+/g, MISSING_ID);
}

for (const dialect of DIALECTS) {
  describe(`role matrix: every route × every role (${dialect})`, () => {
    const t = useTestApp(dialect);

    it('each route answers each role exactly as the policy says', async () => {
      const owner = await setupOwner(t().app);
      // API tokens, so that walking /auth/logout or /me/password does not end the walk's own sessions.
      const tokens = new Map<TRole, string>();
      for (const role of ROLES) {
        const client = role === 'owner' ? owner : (await createMember(t().app, owner, role)).client;
        const created = await client.post('/api/v1/api-tokens', { name: `matrix ${role}` });
        tokens.set(role, created.json().token);
      }

      const routes = t().app.apiRoutes;
      expect(routes.length).toBeGreaterThan(15);
      const usedActions = new Set(routes.map((r) => r.access));
      for (const action of ACTIONS.filter((a) => !FIELD_LEVEL_ACTIONS.includes(a))) {
        expect(usedActions, `no route requires ${action}`).toContain(action);
      }

      const failures: string[] = [];
      for (const route of routes) {
        const url = concreteUrl(route.url);
        const anon = await new Client(t().app).request(
          route.method as 'GET',
          url,
          route.method === 'GET' ? undefined : {},
        );
        if (route.access === 'public') {
          if (anon.statusCode === 401 || anon.statusCode === 403)
            failures.push(`anonymous ${route.method} ${url}: ${anon.statusCode}`);
          continue;
        }
        if (anon.statusCode !== 401)
          failures.push(`anonymous ${route.method} ${url}: ${anon.statusCode}, expected 401`);

        for (const role of ROLES) {
          const client = new Client(t().app);
          client.bearer = tokens.get(role);
          const response = await client.request(
            route.method as 'GET',
            url,
            route.method === 'GET' ? undefined : {},
          );
          const allowed = route.access === 'member' || can({ id: '', workspaceId: '', role }, route.access);
          const label = `${role} ${route.method} ${url} (${route.access}): ${response.statusCode}`;
          if (response.statusCode >= 500) failures.push(`${label}, a server error`);
          else if (allowed && (response.statusCode === 401 || response.statusCode === 403))
            failures.push(`${label}, expected access`);
          else if (!allowed && response.statusCode !== 403) failures.push(`${label}, expected 403`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
