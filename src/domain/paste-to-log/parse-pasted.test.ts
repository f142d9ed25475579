import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, FIXTURE_TIME_ZONE, FIXTURES } from './fixtures';
import { parsePastedText } from './parse-pasted';
import type { TFollowUpProposal } from './proposal';

type Expected = Omit<TFollowUpProposal, 'commitments'> & {
  commitments?: { text: string; side: 'ours' | 'theirs'; dueDate: string }[];
};

// What each fixture must give, read on Monday 30 November 2026 at 10:00 in Shanghai. The comments say which reading
// each one pins down.
const EXPECTED: Record<string, Expected> = {
  // Thursday 26 Nov: 下周三 is 2 Dec, 周五之前 the next day, 下周再约 next Monday.
  'WeChat on a PC: a proposal with a price objection, promises on both sides': {
    at: '2026-11-26T06:38:00.000Z',
    method: 'wechat',
    kind: 'negotiation',
    summary:
      '张总：王经理，上次说的那个方案我们内部看了一下，整体还可以，就是价格有点高\n王芳：我下周三前把调整后的方案发您\n张总：我们这边周五之前把预算确认下来',
    attitude: 'hesitant',
    commitments: [
      { text: '下周三前把调整后的方案发您', side: 'ours', dueDate: '2026-12-02' },
      { text: '周五之前把预算确认下来', side: 'theirs', dueDate: '2026-11-27' },
    ],
    nextDate: '2026-11-30',
  },
  // Stamps 昨天/今天; a customer's demand (最好今天能给我) is our promise, in our voice; 15号 is this month's.
  'WeChat on a phone: yesterday and today, the customer hesitates over the price': {
    at: '2026-11-30T01:12:00.000Z',
    method: 'wechat',
    kind: 'negotiation',
    summary:
      '刘姐：行，最好今天能给我，明天上午我要跟老板汇报\n刘姐：报价收到了，比去年贵了不少啊，老板说要再考虑考虑\n我：理解，今年课程多了两门实操，我给您申请个老客户折扣，15号前给您回复',
    attitude: 'hesitant',
    commitments: [
      { text: '今天能给您', side: 'ours', dueDate: '2026-11-29' },
      { text: '今天下班前一定发您', side: 'ours', dueDate: '2026-11-29' },
      { text: '给您申请个老客户折扣，15号前给您回复', side: 'ours', dueDate: '2026-12-15' },
    ],
    nextDate: '2026-12-15',
  },
  // No stamp: dates count from today. 他们… is the customer's promise; 再打个电话 is the next date, not a promise.
  'Voice-to-text after a call, words apart with spaces and no punctuation': {
    method: 'phone',
    summary:
      '刚跟华信科技的李总打完电话，他说老板对我们的方案挺满意的，就是预算还要走个流程，他们月底前给我答复，我这边下周一前先把合同模板发过去，下周三再打个电话跟进一下',
    attitude: 'positive',
    commitments: [
      { text: '月底前给我答复', side: 'theirs', dueDate: '2026-11-30' },
      { text: '下周一前先把合同模板发过去', side: 'ours', dueDate: '2026-12-07' },
    ],
    nextDate: '2026-12-09',
  },
  // One run with no punctuation; 今天上午 with 拜访 dates the visit; 过完年 is after the 2027 Spring Festival.
  'Voice-to-text after a visit, one long run with no punctuation at all': {
    at: '2026-11-30T02:00:00.000Z',
    method: 'visit',
    summary:
      '今天上午去拜访了恒达物流的赵经理聊了一个多小时他们现在用的系统太老了想换一套新的预算大概在二十万左右，但是要等年后才能立项，我答应他，这周五前把报价单和案例发给他，过完年再约他们技术负责人一起聊',
    commitments: [{ text: '这周五前把报价单和案例发给他', side: 'ours', dueDate: '2026-12-04' }],
    nextDate: '2027-02-14',
  },
  // Offsets (00:18) are not times; the title's stamp is; 说话人1 introduces himself, so he is us.
  'A call transcript with speaker labels and time offsets': {
    at: '2026-11-27T07:02:00.000Z',
    method: 'phone',
    kind: 'proposal',
    summary:
      '我：上次您说想给学校老师做一次AI教学的培训，我们方案已经出来了，想跟您约个时间当面汇报一下\n客户：最近期末比较忙，下个月初吧，你先把方案发我看看\n我：好的，我今天下午就发到您邮箱，那我们下个月初再约时间',
    attitude: 'neutral',
    commitments: [{ text: '今天下午就发到您邮箱', side: 'ours', dueDate: '2026-11-27' }],
    nextDate: '2026-12-01',
  },
  // No stamp and no promise; 暂时不需要 is negative; the last agreed contact (3月初) is the next date.
  'Typed-up chat: the customer has no need this year': {
    method: 'wechat',
    summary:
      '孙总：说实话暂时不需要，我们今年预算已经用完了\n我：明白孙总，那明年有预算的时候我再联系您？\n孙总：可以，明年3月份你再找我吧\n我：好的，那我明年3月初再跟您联系，先不打扰了',
    attitude: 'negative',
    nextDate: '2027-03-01',
  },
  // Saturday 28 Nov: 两个工作日内 skips the weekend, 本周内 ends on Sunday, 下周二 is 1 Dec.
  'WeChat: a contract on its way to signing': {
    at: '2026-11-28T02:15:00.000Z',
    method: 'wechat',
    kind: 'closing',
    summary:
      '陈经理：王老师，合同我们法务看完了，有两处条款要改一下，我等下把修改意见发您\n王芳：好的陈经理，收到后我这边两个工作日内给您回复\n陈经理：OK，我们争取本周内把合同盖章寄回给您，首付款走流程大概要到下个月中旬',
    attitude: 'positive',
    commitments: [
      { text: '等下把修改意见发您', side: 'theirs', dueDate: '2026-11-28' },
      { text: '收到后我这边两个工作日内给您回复', side: 'ours', dueDate: '2026-12-01' },
      { text: '争取本周内把合同盖章寄回给您', side: 'theirs', dueDate: '2026-11-29' },
      { text: '首付款走流程大概要到下个月中旬', side: 'theirs', dueDate: '2026-12-20' },
    ],
    nextDate: '2026-12-01',
  },
  // Bare times later than now are yesterday's (WeChat prints only the time for today).
  'WeChat with bare times: the customer asks for an answer in two days': {
    at: '2026-11-29T03:26:00.000Z',
    method: 'wechat',
    summary:
      '李总：小张，方案收到了，整体思路挺好的，就是交付周期能不能压缩到两个月？另外报价里的运维费用我们觉得偏高，你们内部再商量一下，过两天给我个答复\n王芳：收到李总，我下午跟技术确认一下交付周期，周三前给您答复',
    attitude: 'hesitant',
    commitments: [
      { text: '过两天给您个答复', side: 'ours', dueDate: '2026-12-01' },
      { text: '下午跟技术确认一下交付周期', side: 'ours', dueDate: '2026-11-29' },
      { text: '周三前给您答复', side: 'ours', dueDate: '2026-12-02' },
    ],
    nextDate: '2026-12-01',
  },
  // 星期六 is the Saturday before; a demo at the shop is both a promise and the next contact.
  'WeChat: a demo at the shop the day after tomorrow': {
    at: '2026-11-28T12:41:00.000Z',
    method: 'wechat',
    summary:
      '赵姐：小王，你们那个门店收银系统，我想让我们老板也看看，后天下午3点你们能来店里演示一下吗\n我：可以的赵姐！后天下午3点我带设备过去演示，明早我先把产品资料发您，您可以先给老板过一下',
    attitude: 'neutral',
    commitments: [
      { text: '后天下午3点我带设备过去演示', side: 'ours', dueDate: '2026-11-30' },
      { text: '明早我先把产品资料发您', side: 'ours', dueDate: '2026-11-29' },
    ],
    nextDate: '2026-11-30',
  },
  // An e-mail: its sent time, its subject without 回复：, no signature; a polite request (能否…) is ours to keep.
  'An e-mail from the customer, copied from the mail client': {
    at: '2026-11-27T08:40:00.000Z',
    method: 'email',
    kind: 'negotiation',
    summary:
      '关于年度IT运维服务的报价，报价单已收到，我们对服务内容比较认可，但年费比预算高了15%左右。能否在12月10日前提供一个调整后的报价？我们计划月底前完成供应商评审。',
    attitude: 'hesitant',
    commitments: [
      { text: '12月10日前提供一个调整后的报价', side: 'ours', dueDate: '2026-12-10' },
      { text: '计划月底前完成供应商评审', side: 'theirs', dueDate: '2026-11-30' },
    ],
  },
  // English notes: the call's date and time come from the first line, and relative dates count from it.
  'Typed notes of a call, in English': {
    at: '2026-11-24T07:00:00.000Z',
    method: 'phone',
    kind: 'negotiation',
    summary:
      "Call with Tom Becker (Northwind) on Nov 24 at 3pm. They liked the demo but think the price is a bit high. Tom will confirm the budget with finance by Friday. I'll send a revised quote by Wednesday. Follow up next week.",
    attitude: 'hesitant',
    commitments: [
      { text: 'Tom will confirm the budget with finance by Friday', side: 'theirs', dueDate: '2026-11-27' },
      { text: "I'll send a revised quote by Wednesday", side: 'ours', dueDate: '2026-11-25' },
    ],
    nextDate: '2026-11-30',
  },
  // English chat: WhatsApp stamps; an English chat with no WeChat marks is method 'other'.
  'A WhatsApp chat, in English': {
    at: '2026-11-26T06:40:00.000Z',
    method: 'other',
    summary:
      "Emma Clarke: Alex, thanks for the demo yesterday. The team really liked it\nAlex Chen: Great to hear! I'll send the proposal by Monday\nEmma Clarke: Sounds good. We need sign-off from our CFO, I'll let you know by Dec 4\nAlex Chen: Perfect, let's talk again next week",
    attitude: 'positive',
    commitments: [
      { text: "I'll send the proposal by Monday", side: 'ours', dueDate: '2026-11-30' },
      { text: "I'll let you know by Dec 4", side: 'theirs', dueDate: '2026-12-04' },
    ],
    nextDate: '2026-11-30',
  },
};

const parse = (text: string, selfNames?: string[]) =>
  parsePastedText(text, { now: FIXTURE_NOW, timeZone: FIXTURE_TIME_ZONE, selfNames });

describe('parsePastedText: pasted chats, transcripts, e-mails and notes', () => {
  it('has at least ten fixtures, each with its expected proposal', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(EXPECTED).sort()).toEqual(FIXTURES.map((f) => f.name).sort());
  });

  for (const fixture of FIXTURES) {
    it(fixture.name, () => {
      const expected = EXPECTED[fixture.name] ?? {};
      expect(parse(fixture.text, fixture.selfNames)).toEqual({
        ...expected,
        ...(expected.commitments && {
          commitments: expected.commitments.map((c) => ({ ...c, done: false })),
        }),
      });
    });
  }

  it("gives the same answer whatever the server's own time zone", () => {
    const before = process.env.TZ;
    const fixture = FIXTURES[0];
    if (!fixture) throw new Error('no fixture');
    const baseline = parse(fixture.text, fixture.selfNames);
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(parse(fixture.text, fixture.selfNames)).toEqual(baseline);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('proposes nothing it did not find', () => {
    expect(parse('客户换了办公地址')).toEqual({ summary: '客户换了办公地址' });
    expect(parse('好的')).toEqual({ summary: '好的', attitude: 'neutral' });
    expect(parse('[图片]')).toEqual({ method: 'wechat' });
  });

  it('without our name, tells us apart by who introduces themselves or who is called 总', () => {
    const proposal = parse(['刘总：方案我看了，挺好的', '小王：谢谢刘总！我明天把合同发您'].join('\n'));
    expect(proposal.commitments).toEqual([
      { text: '明天把合同发您', side: 'ours', dueDate: '2026-12-01', done: false },
    ]);
    expect(proposal.attitude).toBe('positive');
  });
});
