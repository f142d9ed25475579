import { describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { LIBRARY_LAST_YEAR } from '../../domain/working-days';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { workingDaysWarning } from './working-day.service';

const LAST = LIBRARY_LAST_YEAR;

for (const dialect of DIALECTS) {
  describe(`working days (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let workspaceId: string;
    const put = (client: Client, day: string, body: Record<string, unknown>) =>
      client.request('PUT', `/api/v1/working-days/${day}`, body);

    it('lists the statutory days of a year and says whether next year is known', async () => {
      owner = await setupOwner(t().app);
      workspaceId = (await owner.get('/api/v1/workspace')).json().id;
      const res = await owner.get('/api/v1/working-days?year=2026');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const byDay = new Map(body.items.map((d: { day: string }) => [d.day, d]));
      expect(byDay.get('2026-02-17')).toMatchObject({ kind: 'rest', source: 'holiday', name: '春节' });
      expect(byDay.get('2026-02-14')).toMatchObject({ kind: 'work', source: 'makeUpWorkday' });
      expect(byDay.get('2026-10-01')).toMatchObject({ nameEn: 'National Day', library: null, version: null });
      expect(byDay.has('2026-03-02')).toBe(false);
      const nextYear = Number(todayIn('Asia/Shanghai').slice(0, 4)) + 1;
      expect(body).toMatchObject({
        year: 2026,
        covered: true,
        lastCoveredYear: LAST,
        nextYearMissing: nextYear > LAST,
      });
      expect((await owner.get('/api/v1/working-days')).json().year).toBe(nextYear - 1);
      expect((await owner.get('/api/v1/working-days?year=abc')).statusCode).toBe(400);
    });

    it('adds working days over holidays and tells when the result is outside the known years', async () => {
      const add = async (from: string, days: number) =>
        (await owner.get(`/api/v1/working-days/add?from=${from}&days=${days}`)).json();
      expect(await add('2026-02-13', 3)).toEqual({ date: '2026-02-25', covered: true });
      expect(await add('2026-10-08', -1)).toEqual({ date: '2026-09-30', covered: true });
      expect((await add(`${LAST}-12-31`, 5)).covered).toBe(false);
      expect((await owner.get('/api/v1/working-days/add?from=2026-02-30&days=1')).statusCode).toBe(400);
    });

    it('lets owners and admins override a day, with history, conflicts and removal', async () => {
      const created = await put(owner, '2026-10-09', { kind: 'rest', name: ' 公司年假 ' });
      expect(created.statusCode).toBe(200);
      expect(created.json()).toMatchObject({
        day: '2026-10-09',
        kind: 'rest',
        source: 'override',
        name: '公司年假',
        library: null,
        version: 1,
      });
      const add = () => owner.get('/api/v1/working-days/add?from=2026-09-30&days=2');
      expect((await add()).json().date).toBe('2026-10-10');

      // An admin cancels the make-up Saturday; the schedule's own entry stays visible beside the override.
      const admin = (await createMember(t().app, owner, 'admin')).client;
      const cancelled = await put(admin, '2026-10-10', { kind: 'rest', name: '不调休' });
      expect(cancelled.json()).toMatchObject({ library: { kind: 'work', source: 'makeUpWorkday' } });
      expect((await add()).json().date).toBe('2026-10-12');

      const edited = await put(owner, '2026-10-09', { kind: 'work', name: null, version: 1 });
      expect(edited.json()).toMatchObject({ kind: 'work', name: null, version: 2 });
      const stale = await put(owner, '2026-10-09', { kind: 'rest', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ kind: 'work', version: 2 });

      expect((await owner.delete('/api/v1/working-days/2026-10-10')).statusCode).toBe(204);
      expect((await owner.delete('/api/v1/working-days/2026-10-10')).statusCode).toBe(404);
      expect((await put(owner, '2026-10-10', { kind: 'rest', version: 3 })).statusCode).toBe(404);
      const again = await put(owner, '2026-10-10', { kind: 'rest' });
      expect(again.json()).toMatchObject({ version: 1, source: 'override' });
      const october = (await owner.get('/api/v1/working-days?year=2026'))
        .json()
        .items.filter((d: { source: string }) => d.source === 'override');
      expect(october.map((d: { day: string; kind: string }) => `${d.day} ${d.kind}`)).toEqual([
        '2026-10-09 work',
        '2026-10-10 rest',
      ]);

      const history = await t()
        .database.db.selectFrom('history')
        .select(['entity_id', 'action'])
        .where('entity_type', '=', 'workingDay')
        .orderBy('at')
        .orderBy('id')
        .execute();
      expect(history.map((h) => `${h.entity_id} ${h.action}`)).toEqual([
        '2026-10-09 create',
        '2026-10-10 create',
        '2026-10-09 update',
        '2026-10-10 delete',
        '2026-10-10 create',
      ]);
    });

    it('refuses bad input and members who may not change settings', async () => {
      expect((await put(owner, '2026-02-30', { kind: 'rest' })).statusCode).toBe(400);
      expect((await put(owner, '2026-05-06', { kind: 'holiday' })).statusCode).toBe(400);
      expect((await put(owner, '2026-05-06', { kind: 'rest', name: '很'.repeat(41) })).statusCode).toBe(400);
      const sales = (await createMember(t().app, owner, 'sales')).client;
      expect((await put(sales, '2026-05-06', { kind: 'rest' })).statusCode).toBe(403);
      expect((await sales.delete('/api/v1/working-days/2026-10-09')).statusCode).toBe(403);
      expect((await sales.get('/api/v1/working-days?year=2026')).statusCode).toBe(200);
    });

    it('keeps one override per day when two people add it at once', async () => {
      const both = await Promise.all([
        put(owner, '2026-12-31', { kind: 'rest', name: '年终盘点' }),
        put(owner, '2026-12-31', { kind: 'rest', name: '年终盘点' }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual(
        both.some((r) => r.statusCode === 409) ? [200, 409] : [200, 200],
      );
      const live = await t()
        .database.db.selectFrom('working_day_overrides')
        .select('id')
        .where('day', '=', '2026-12-31')
        .where('deleted_at', 'is', null)
        .execute();
      expect(live).toHaveLength(1);
    });

    it('warns when this year or next is missing until the workspace types it in', async () => {
      const db = t().database.db;
      expect(await workingDaysWarning(db, workspaceId, `${LAST}-11-15`)).toEqual({
        missingYear: LAST + 1,
        lastCoveredYear: LAST,
        daysUntil: 47,
      });
      expect(await workingDaysWarning(db, workspaceId, `${LAST - 1}-06-01`)).toBeNull();
      expect((await workingDaysWarning(db, workspaceId, `${LAST + 3}-01-01`))?.missingYear).toBe(LAST + 3);

      expect((await put(owner, `${LAST + 1}-01-01`, { kind: 'rest', name: '元旦' })).statusCode).toBe(200);
      expect(await workingDaysWarning(db, workspaceId, `${LAST}-11-15`)).toBeNull();
      expect(await workingDaysWarning(db, workspaceId, `${LAST + 1}-06-01`)).toMatchObject({
        missingYear: LAST + 2,
        lastCoveredYear: LAST + 1,
      });
      const year = (await owner.get(`/api/v1/working-days?year=${LAST + 1}`)).json();
      expect(year).toMatchObject({ covered: true, lastCoveredYear: LAST + 1 });
      expect((await owner.get(`/api/v1/working-days?year=${LAST + 3}`)).json().covered).toBe(false);
      expect(year.items).toHaveLength(1);
    });
  });
}
