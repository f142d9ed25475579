import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { continueRefresh, refreshPendingWorkspaces, startRefresh } from './derived-refresh';

for (const dialect of DIALECTS) {
  describe(`recompute after new rules (${dialect})`, () => {
    const t = useTestApp(dialect);

    it('walks the customers in batches across runs, restarts when rules change meanwhile, and says when it is done', async () => {
      const owner = await setupOwner(t().app);
      const db = t().database.db;
      const customers = [];
      for (let i = 0; i < 5; i++) customers.push(await createCustomer(owner, { grade: 'C' }));
      const ws = (await owner.get('/api/v1/workspace')).json();
      const workspaceId: string = ws.id;
      const cadenceOf = async () =>
        (
          await db
            .selectFrom('customers')
            .select('cadence_days')
            .where('workspace_id', '=', workspaceId)
            .orderBy('id')
            .execute()
        ).map((c) => c.cadence_days);
      expect(await cadenceOf()).toEqual([14, 14, 14, 14, 14]);

      // New rules stored without their recompute, as a save over a big workspace leaves them.
      const rules = JSON.stringify({ cadence: [{ grade: 'C', days: 5 }] });
      await db.updateTable('workspaces').set({ settings: rules }).where('id', '=', workspaceId).execute();
      await startRefresh(db, workspaceId);
      expect((await owner.get('/api/v1/workspace')).json().recomputing).toBe(true);

      // Out of time after the first batch of two: the rest waits, and the first two already follow the new rules.
      expect(await continueRefresh(db, workspaceId, 0, 2)).toEqual({ customers: 2, done: false });
      expect(await cadenceOf()).toEqual([5, 5, 14, 14, 14]);

      // Rules change again meanwhile: the walk starts over, so no customer keeps a cadence from the rules in between.
      const newer = JSON.stringify({ cadence: [{ grade: 'C', days: 9 }] });
      await db.updateTable('workspaces').set({ settings: newer }).where('id', '=', workspaceId).execute();
      await startRefresh(db, workspaceId);
      expect(await refreshPendingWorkspaces(db)).toEqual({ customers: 5, unfinished: 0 });
      expect(await cadenceOf()).toEqual([9, 9, 9, 9, 9]);
      expect((await owner.get('/api/v1/workspace')).json().recomputing).toBe(false);
      expect(await refreshPendingWorkspaces(db)).toEqual({ customers: 0, unfinished: 0 });

      // Through the API a small workspace is done before the answer, grades included (but not those set by hand).
      const scored = await createCustomer(owner, { assessment: { intent: 1 } });
      expect((await owner.get(`/api/v1/customers/${scored.id}`)).json().grade).toBe('C');
      const latest = (await owner.get('/api/v1/workspace')).json();
      const saved = await owner.patch('/api/v1/workspace', {
        version: latest.version,
        settings: { scoring: { ...latest.settings.scoring, gradeA: 1, gradeB: 0 } },
      });
      expect(saved.json()).toMatchObject({ recomputing: false });
      expect((await owner.get(`/api/v1/customers/${scored.id}`)).json().grade).toBe('A');
      expect((await owner.get(`/api/v1/customers/${customers[0]!.id}`)).json().grade).toBe('C');
    });
  });
}
