import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

type Deal = {
  id: string;
  number: string;
  version: number;
  stage: { key: string; kind: string; probability: number };
  expectedAmount: number | null;
  actualAmount: number | null;
  closedDate: string | null;
  lossReason: { key: string; label: string } | null;
  lines: { name: string; quantity: string; unitPrice: number; amount: number }[];
};
type Customer = {
  type: { key: string } | null;
  stage: { key: string } | null;
  version: number;
  deals?: unknown;
};

for (const dialect of DIALECTS) {
  describe(`deals (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const deal = async (client: Client, body: Record<string, unknown>) => {
      const response = await client.post('/api/v1/deals', body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Deal;
    };
    const move = (client: Client, d: Deal, body: Record<string, unknown>) =>
      client.patch(`/api/v1/deals/${d.id}`, { version: d.version, ...body });
    const customerOf = async (id: string) => (await owner.get(`/api/v1/customers/${id}`)).json() as Customer;
    const wonFields = async (id: string) => {
      const row = await t()
        .database.db.selectFrom('customers')
        .select(['first_won_date', 'last_won_date', 'won_amount', 'won_count', 'type', 'stage'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return { ...row, won_amount: Number(row.won_amount), won_count: Number(row.won_count) };
    };

    it('checks stage rules: required fields, the loss reason, unknown and stopped stages', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner);
      const d = await deal(owner, { customerId: c.id, title: '年度咨询服务' });
      expect(d.stage).toMatchObject({ key: 'lead', kind: 'open', probability: 10 });
      expect(d.number).toMatch(/^S\d{8}\d{3}$/);

      // 方案 asks for an expected amount.
      const noAmount = await move(owner, d, { stage: '方案' });
      expect(noAmount.statusCode).toBe(400);
      expect(noAmount.json().errors).toEqual([
        expect.objectContaining({ path: 'expectedAmount', code: 'FIELD_REQUIRED' }),
      ]);
      const proposal = await move(owner, d, { stage: 'Proposal', expectedAmount: 5_000_000 });
      expect(proposal.statusCode, proposal.body).toBe(200);

      // Lost needs a reason from the dictionary; unknown stages and reasons are field errors.
      const p = proposal.json() as Deal;
      const noReason = await move(owner, p, { stage: 'lost' });
      expect(noReason.json().errors).toEqual([
        expect.objectContaining({ path: 'lossReason', code: 'FIELD_REQUIRED' }),
      ]);
      const bad = await move(owner, p, { stage: '不存在', lossReason: '天气' });
      expect(
        bad
          .json()
          .errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)
          .sort(),
      ).toEqual(['lossReason:UNKNOWN_DICTIONARY_VALUE', 'stage:STAGE_UNKNOWN']);
      const lost = await move(owner, p, {
        stage: '流失',
        lossReason: '选择了竞争对手',
        lossNote: '对方报价低 20%',
      });
      expect(lost.json()).toMatchObject({
        stage: { key: 'lost', kind: 'lost' },
        lossReason: { key: 'competitor', label: '选择了竞争对手' },
        closedDate: expect.any(String),
      });

      // Reopening clears the closed date and the reason.
      const reopened = await move(owner, lost.json(), { stage: 'negotiation' });
      expect(reopened.json()).toMatchObject({
        stage: { key: 'negotiation' },
        closedDate: null,
        lossReason: null,
      });

      // A stopped stage is not offered for moves, but its deals stay; a used stage cannot be dropped.
      const pipeline = (await owner.get('/api/v1/pipelines')).json()[0];
      const stages = pipeline.stages.map((s: Record<string, unknown>) => ({
        key: s.key,
        labels: s.labels,
        probability: s.probability,
        kind: s.kind,
        requiredFields: s.requiredFields,
        archived: s.key === 'intent',
      }));
      const stopped = await owner.patch(`/api/v1/pipelines/${pipeline.id}`, {
        version: pipeline.version,
        stages,
      });
      expect(stopped.statusCode, stopped.body).toBe(200);
      const intoStopped = await move(owner, reopened.json(), { stage: 'intent' });
      expect(intoStopped.json().errors[0]).toMatchObject({ path: 'stage', code: 'STAGE_ARCHIVED' });
      const dropNegotiation = await owner.patch(`/api/v1/pipelines/${pipeline.id}`, {
        version: stopped.json().version,
        stages: stages.filter((s: { key: string }) => s.key !== 'negotiation'),
      });
      expect(dropNegotiation.statusCode).toBe(409);
      expect(dropNegotiation.json().code).toBe('STAGE_IN_USE');
      const stale = await owner.patch(`/api/v1/pipelines/${pipeline.id}`, {
        version: pipeline.version,
        stages,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.version).toBe(stopped.json().version);
    });

    it('computes line amounts in fen and makes their sum the expected amount', async () => {
      const c = await createCustomer(owner);
      const d = await deal(owner, {
        customerId: c.id,
        title: '培训课程',
        lines: [
          { name: '企业内训（天）', quantity: '2.5', unitPrice: 1_200_000 },
          { name: '课件', quantity: 3, unitPrice: 33_333 },
          { name: '差旅（按 1/3 天计）', quantity: '0.333', unitPrice: 100_001 },
        ],
      });
      expect(d.lines.map((l) => l.amount)).toEqual([3_000_000, 99_999, 33_300]);
      expect(d.expectedAmount).toBe(3_133_299);
      const bad = await owner.post('/api/v1/deals', {
        customerId: c.id,
        title: 'x',
        lines: [{ name: 'a', quantity: '1.2345', unitPrice: 1 }],
      });
      expect(bad.json().errors[0]).toMatchObject({ path: 'lines.0.quantity' });
    });

    it("keeps the customer's won totals, type and stage following its deals", async () => {
      const c = await createCustomer(owner, { type: '潜在客户' });
      expect(await wonFields(c.id)).toMatchObject({ won_count: 0, type: 'prospect' });
      const first = await deal(owner, {
        customerId: c.id,
        title: '一期',
        stage: 'proposal',
        expectedAmount: 100_000,
      });
      expect(await wonFields(c.id)).toMatchObject({ type: 'intent', stage: 'proposal', won_count: 0 });

      const won = await move(owner, first, { stage: 'won', closedDate: '2026-10-08' });
      expect(won.json()).toMatchObject({ actualAmount: 100_000, closedDate: '2026-10-08' });
      expect(await wonFields(c.id)).toEqual({
        first_won_date: '2026-10-08',
        last_won_date: '2026-10-08',
        won_amount: 100_000,
        won_count: 1,
        type: 'customer',
        stage: 'won',
      });
      const before = await customerOf(c.id);

      const second = await deal(owner, {
        customerId: c.id,
        title: '二期',
        stage: '成交',
        actualAmount: 250_000,
        closedDate: '2026-11-20',
      });
      expect(await wonFields(c.id)).toMatchObject({
        first_won_date: '2026-10-08',
        last_won_date: '2026-11-20',
        won_amount: 350_000,
        won_count: 2,
        type: 'repeat',
      });
      // A colleague's deal does not make an open edit of the card stale.
      expect((await customerOf(c.id)).version).toBe(before.version);

      // Reopened: back to one won deal, and the open one leads the stage.
      await move(owner, second, { stage: 'negotiation', expectedAmount: 250_000 });
      expect(await wonFields(c.id)).toMatchObject({
        last_won_date: '2026-10-08',
        won_amount: 100_000,
        won_count: 1,
        type: 'customer',
        stage: 'negotiation',
      });

      // Deleted deals no longer count; back from the recycle bin, they do again.
      expect((await owner.delete(`/api/v1/deals/${first.id}`)).statusCode).toBe(204);
      expect(await wonFields(c.id)).toMatchObject({ won_count: 0, won_amount: 0, type: 'intent' });
      expect((await owner.post(`/api/v1/recycle-bin/deal/${first.id}/restore`)).statusCode).toBe(204);
      expect(await wonFields(c.id)).toMatchObject({ won_count: 1, type: 'customer' });

      // Merging a duplicate brings its deals along, and its won totals.
      const twin = await createCustomer(owner);
      await deal(owner, {
        customerId: twin.id,
        title: '三期',
        stage: 'won',
        actualAmount: 50_000,
        closedDate: '2026-11-25',
      });
      const merged = await owner.post(`/api/v1/customers/${c.id}/merge`, { fromId: twin.id });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(await wonFields(c.id)).toMatchObject({
        won_count: 2,
        won_amount: 150_000,
        last_won_date: '2026-11-25',
      });
      expect((await owner.get(`/api/v1/deals?customerId=${c.id}`)).json().total).toBe(3);

      // Every deal lost and none open: 流失客户.
      const other = await createCustomer(owner);
      const only = await deal(owner, { customerId: other.id, title: '试用' });
      await move(owner, only, { stage: 'lost', lossReason: 'budget' });
      expect(await wonFields(other.id)).toMatchObject({ type: 'lost', stage: 'lost', won_count: 0 });
    });

    it('shows a board with totals per column and pages each column by expected close date', async () => {
      const c = await createCustomer(owner);
      const dates = ['2026-12-20', null, '2026-12-05', '2026-12-05', null];
      for (const [i, date] of dates.entries())
        await deal(owner, {
          customerId: c.id,
          title: `看板${i}`,
          stage: 'negotiation',
          expectedAmount: 10_000 * (i + 1),
          expectedCloseDate: date,
        });
      const board = (await owner.get(`/api/v1/deals/board?limit=2&customerId=${c.id}`)).json();
      const column = board.columns.find((col: { stage: string }) => col.stage === 'negotiation');
      expect(column).toMatchObject({ count: 5, amount: 150_000, weighted: 112_500 });
      expect(board.columns.map((col: { stage: string }) => col.stage)).toEqual([
        'lead',
        'proposal',
        'negotiation',
        'won',
        'lost',
      ]);
      const titles = [...column.items.map((d: { title: string }) => d.title)];
      let cursor = column.nextCursor;
      while (cursor) {
        const more = (
          await owner.get(
            `/api/v1/deals/board/column?stage=negotiation&limit=2&customerId=${c.id}&cursor=${cursor}`,
          )
        ).json();
        titles.push(...more.items.map((d: { title: string }) => d.title));
        cursor = more.nextCursor;
      }
      expect(titles).toEqual(['看板2', '看板3', '看板0', '看板1', '看板4']);

      // The customer's timeline lists them, newest first, a page at a time.
      const records = (await owner.get(`/api/v1/customers/${c.id}/timeline?kinds=record&limit=3`)).json();
      expect(records.items.map((i: { record: { title: string } }) => i.record.title)).toEqual([
        '看板4',
        '看板3',
        '看板2',
      ]);
      const rest = (
        await owner.get(
          `/api/v1/customers/${c.id}/timeline?kinds=record&limit=3&cursor=${records.nextCursor}`,
        )
      ).json();
      expect(
        rest.items.map(
          (i: { record: { type: string; title: string } }) => `${i.record.type}:${i.record.title}`,
        ),
      ).toEqual(['deal:看板1', 'deal:看板0']);

      // The list filters by the customer's fields, as the customer list does.
      const byGrade = (
        await owner.get(`/api/v1/deals?customerId=${c.id}&sourceChannel=微信&sort=-expectedAmount`)
      ).json();
      expect(byGrade.total).toBe(5);
      expect(byGrade.items[0].title).toBe('看板4');
      const none = (await owner.get(`/api/v1/deals?customerId=${c.id}&sourceChannel=展会`)).json();
      expect(none.total).toBe(0);
    });

    it("builds a sales member's board in one statement with the same cards, totals and cursors", async () => {
      const { client: sales } = await createMember(t().app, owner, 'sales');
      const c = await createCustomer(sales);
      const today = todayIn('Asia/Shanghai');
      const open = ['2026-12-20', null, '2026-12-05', null];
      for (const [i, date] of open.entries())
        await deal(sales, {
          customerId: c.id,
          title: `谈${i}`,
          stage: 'negotiation',
          expectedAmount: 1_000 * (i + 1),
          expectedCloseDate: date,
        });
      const closed = [addDays(today, -1), addDays(today, -3), addDays(today, -1), addDays(today, -90)];
      for (const [i, date] of closed.entries())
        await deal(sales, {
          customerId: c.id,
          title: `成${i}`,
          stage: 'won',
          actualAmount: 500,
          closedDate: date,
        });
      await deal(sales, {
        customerId: c.id,
        title: '丢',
        stage: 'lost',
        lossReason: 'budget',
        expectedAmount: 700,
      });

      const query = `limit=2&customerId=${c.id}`;
      const mine = (await sales.get(`/api/v1/deals/board?${query}`)).json();
      const all = (await owner.get(`/api/v1/deals/board?${query}`)).json();
      const summary = (board: { columns: Record<string, unknown>[] }) =>
        board.columns.map(({ stage, count, amount, weighted, items, nextCursor }) => ({
          stage,
          count,
          amount,
          weighted,
          titles: (items as { title: string }[]).map((d) => d.title),
          nextCursor,
        }));
      expect(summary(mine)).toEqual(summary(all));
      expect(summary(mine)).toEqual([
        expect.objectContaining({ stage: 'lead', count: 0, titles: [], nextCursor: null }),
        expect.objectContaining({ stage: 'proposal', count: 0 }),
        expect.objectContaining({ stage: 'negotiation', count: 4, amount: 10_000, titles: ['谈2', '谈0'] }),
        // The one closed 90 days ago is past the board's 30 days.
        expect.objectContaining({ stage: 'won', count: 3, amount: 1_500, titles: ['成2', '成0'] }),
        expect.objectContaining({ stage: 'lost', count: 1, amount: 700, titles: ['丢'], nextCursor: null }),
      ]);
      const rest = async (stage: string) => {
        const column = mine.columns.find((col: { stage: string }) => col.stage === stage);
        const more = await sales.get(
          `/api/v1/deals/board/column?stage=${stage}&${query}&cursor=${column.nextCursor}`,
        );
        return more.json().items.map((d: { title: string }) => d.title);
      };
      expect(await rest('negotiation')).toEqual(['谈1', '谈3']);
      expect(await rest('won')).toEqual(['成1']);
    });
    it('keeps deals within the customer scope and refuses stale saves', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const theirs = await createCustomer(owner);
      const d = await deal(owner, { customerId: theirs.id, title: '别人的商机' });
      expect((await sales.client.get(`/api/v1/deals/${d.id}`)).statusCode).toBe(404);
      expect((await sales.client.get('/api/v1/deals')).json().items).toEqual([]);
      expect(
        (await sales.client.post('/api/v1/deals', { customerId: theirs.id, title: 'x' })).json().errors[0],
      ).toMatchObject({
        path: 'customerId',
        code: 'NOT_FOUND',
      });
      const mine = await createCustomer(sales.client);
      const own = await deal(sales.client, { customerId: mine.id, title: '我的商机' });
      expect(own).toMatchObject({ owner: { id: sales.user.id } });
      // Text typed into a deal is masked for those who may not see personal data, history included.
      await move(sales.client, own, { notes: '王总手机 13812345678，周五前回复' });
      const seen = (await service.client.get(`/api/v1/deals/${own.id}`)).json();
      expect(seen.notes).toBe('王总手机 138****5678，周五前回复');
      const trail = JSON.stringify((await service.client.get(`/api/v1/deals/${own.id}/history`)).json());
      expect(trail).not.toContain('13812345678');
      own.version += 1;
      expect(
        (await service.client.post('/api/v1/deals', { customerId: mine.id, title: 'x' })).statusCode,
      ).toBe(403);

      const first = await move(owner, own, { title: '改名一' });
      expect(first.statusCode).toBe(200);
      const second = await move(sales.client, own, { title: '改名二' });
      expect(second.statusCode).toBe(409);
      expect(second.json().current).toMatchObject({ title: '改名一', version: own.version + 1 });
    });
  });
}
