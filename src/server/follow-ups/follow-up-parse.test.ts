import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, FIXTURES } from '../../domain/paste-to-log/fixtures';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const NOW = FIXTURE_NOW.toISOString();
const PC_CHAT = FIXTURES[0]?.text ?? '';

for (const dialect of DIALECTS) {
  describe(`paste to log: POST /follow-ups/parse (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it("proposes a follow-up from a pasted WeChat chat, telling the caller's lines by their name", async () => {
      owner = await setupOwner(t().app);
      const response = await owner.post('/api/v1/follow-ups/parse', { text: PC_CHAT, now: NOW });
      expect(response.statusCode).toBe(200);
      // The harness owner is 王芳, the salesperson of the chat.
      expect(response.json()).toEqual({
        at: '2026-11-26T06:38:00.000Z',
        method: 'wechat',
        kind: 'negotiation',
        summary:
          '张总：王经理，上次说的那个方案我们内部看了一下，整体还可以，就是价格有点高\n王芳：我下周三前把调整后的方案发您\n张总：我们这边周五之前把预算确认下来',
        attitude: 'hesitant',
        commitments: [
          { text: '下周三前把调整后的方案发您', side: 'ours', dueDate: '2026-12-02', done: false },
          { text: '周五之前把预算确认下来', side: 'theirs', dueDate: '2026-11-27', done: false },
        ],
        nextDate: '2026-11-30',
      });
    });

    it('gives a proposal the follow-up API accepts as it is, once a customer is chosen', async () => {
      const proposal = (await owner.post('/api/v1/follow-ups/parse', { text: PC_CHAT, now: NOW })).json();
      const customer = await createCustomer(owner);
      const saved = await owner.post('/api/v1/follow-ups', { customerId: customer.id, ...proposal });
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toMatchObject({
        method: { key: 'wechat' },
        kind: { key: 'negotiation' },
        nextDate: '2026-11-30',
        commitments: proposal.commitments,
      });
    });

    it('counts from now when no moment is sent, and leaves out what the text does not say', async () => {
      const response = await owner.post('/api/v1/follow-ups/parse', { text: '客户换了办公地址' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ summary: '客户换了办公地址' });
    });

    it('answers empty or oversized text with a field error', async () => {
      for (const text of ['', '   \n  ']) {
        const bad = await owner.post('/api/v1/follow-ups/parse', { text });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['text']);
      }
      const long = await owner.post('/api/v1/follow-ups/parse', { text: '好'.repeat(20_001) });
      expect(long.statusCode).toBe(400);
      expect(long.json().errors[0].path).toBe('text');
      const badNow = await owner.post('/api/v1/follow-ups/parse', { text: '明天发您', now: '下周一' });
      expect(badNow.statusCode).toBe(400);
      expect(badNow.json().errors[0].path).toBe('now');
    });

    it('proposes the after-sales kind to service, the only kind they may log', async () => {
      const { client } = await createMember(t().app, owner, 'service');
      const response = await client.post('/api/v1/follow-ups/parse', { text: PC_CHAT, now: NOW });
      expect(response.statusCode).toBe(200);
      expect(response.json().kind).toBe('after_sales');
    });

    it('reads the chat in the workspace time zone', async () => {
      const ws = (await owner.get('/api/v1/workspace')).json();
      const changed = await owner.patch('/api/v1/workspace', {
        timeZone: 'Europe/Berlin',
        version: ws.version,
      });
      expect(changed.statusCode).toBe(200);
      const text = ['昨天 14:32', '刘总：方案收到了，明天给你答复'].join('\n');
      // 02:00 UTC on the 30th is 03:00 in Berlin: 昨天 is the 29th there, and 14:32 Berlin is 13:32 UTC.
      const response = await owner.post('/api/v1/follow-ups/parse', { text, now: NOW });
      expect(response.json()).toMatchObject({
        at: '2026-11-29T13:32:00.000Z',
        nextDate: '2026-11-30',
        commitments: [{ text: '明天给你答复', side: 'theirs', dueDate: '2026-11-30', done: false }],
      });
    });
  });
}
