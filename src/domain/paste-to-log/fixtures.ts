/**
 * Pasted conversations as salespeople really copy them (WeChat on a PC or a phone, call transcripts, voice-to-text,
 * e-mail, typed notes), for the paste-to-log tests. Each is read at FIXTURE_NOW in Asia/Shanghai: Monday 30 November
 * 2026, 10:00.
 */
export const FIXTURE_NOW = new Date('2026-11-30T02:00:00Z');
export const FIXTURE_TIME_ZONE = 'Asia/Shanghai';

export interface PasteFixture {
  name: string;
  text: string;
  selfNames?: string[];
}

const lines = (...l: string[]) => l.join('\n');

export const FIXTURES: PasteFixture[] = [
  {
    name: 'WeChat on a PC: a proposal with a price objection, promises on both sides',
    selfNames: ['王芳'],
    text: lines(
      '张总 2026/11/26 14:32',
      '王经理，上次说的那个方案我们内部看了一下',
      '整体还可以，就是价格有点高[捂脸]',
      '王芳 2026/11/26 14:35',
      '理解理解，价格这块我再跟领导申请一下',
      '我下周三前把调整后的方案发您',
      '张总 2026/11/26 14:36',
      '好的👌',
      '我们这边周五之前把预算确认下来',
      '王芳 2026/11/26 14:38',
      '好的张总，那下周再约您详细聊[抱拳]',
    ),
  },
  {
    name: 'WeChat on a phone: yesterday and today, the customer hesitates over the price',
    text: lines(
      '昨天 下午4:05',
      '刘姐：小李，你们那个年度培训的报价出来没',
      '我：刘姐好，已经做好了',
      '刘姐：行，最好今天能给我，明天上午我要跟老板汇报',
      '我：没问题👌 今天下班前一定发您',
      '今天 09:12',
      '刘姐：报价收到了，比去年贵了不少啊',
      '刘姐：老板说要再考虑考虑',
      '我：理解，今年课程多了两门实操，我给您申请个老客户折扣，15号前给您回复',
      '刘姐：好，那你尽快',
    ),
  },
  {
    name: 'Voice-to-text after a call, words apart with spaces and no punctuation',
    text: '刚跟华信科技的李总打完电话 他说老板对我们的方案挺满意的 就是预算还要走个流程 他们月底前给我答复 我这边下周一前先把合同模板发过去 下周三再打个电话跟进一下',
  },
  {
    name: 'Voice-to-text after a visit, one long run with no punctuation at all',
    text: '今天上午去拜访了恒达物流的赵经理聊了一个多小时他们现在用的系统太老了想换一套新的预算大概在二十万左右但是要等年后才能立项我答应他这周五前把报价单和案例发给他过完年再约他们技术负责人一起聊',
  },
  {
    name: 'A call transcript with speaker labels and time offsets',
    text: lines(
      '通话录音 2026-11-27 15:02',
      '说话人1 00:00',
      '喂，您好，是陈老师吗？我是知行教育的小周',
      '说话人2 00:04',
      '对，你说',
      '说话人1 00:06',
      '上次您说想给学校老师做一次AI教学的培训，我们方案已经出来了，想跟您约个时间当面汇报一下',
      '说话人2 00:18',
      '最近期末比较忙，下个月初吧，你先把方案发我看看',
      '说话人1 00:25',
      '好的，我今天下午就发到您邮箱，那我们下个月初再约时间',
      '说话人2 00:31',
      '行',
    ),
  },
  {
    name: 'Typed-up chat: the customer has no need this year',
    text: lines(
      '孙总：小王啊，你们的系统我们看过了',
      '孙总：说实话暂时不需要，我们今年预算已经用完了',
      '我：明白孙总，那明年有预算的时候我再联系您？',
      '孙总：可以，明年3月份你再找我吧',
      '我：好的，那我明年3月初再跟您联系，先不打扰了🙏',
    ),
  },
  {
    name: 'WeChat: a contract on its way to signing',
    selfNames: ['王芳'],
    text: lines(
      '2026年11月28日 上午10:15',
      '陈经理：王老师，合同我们法务看完了，有两处条款要改一下，我等下把修改意见发您',
      '王芳：好的陈经理，收到后我这边两个工作日内给您回复',
      '陈经理：OK，我们争取本周内把合同盖章寄回给您',
      '陈经理：首付款走流程大概要到下个月中旬',
      '王芳：那元旦前能把项目启动会开了吗？',
      '陈经理：应该可以，元旦后第一周吧',
      '王芳：好的👍 那下周二我再跟您确认一下进度',
    ),
  },
  {
    name: 'WeChat with bare times: the customer asks for an answer in two days',
    selfNames: ['王芳'],
    text: lines(
      '李总 11:20',
      '小张，方案收到了，整体思路挺好的，就是交付周期能不能压缩到两个月？另外报价里的运维费用我们觉得偏高，你们内部再商量一下，过两天给我个答复',
      '王芳 11:26',
      '收到李总，我下午跟技术确认一下交付周期，周三前给您答复[抱拳]',
    ),
  },
  {
    name: 'WeChat: a demo at the shop the day after tomorrow',
    text: lines(
      '星期六 20:41',
      '赵姐：小王，你们那个门店收银系统，我想让我们老板也看看',
      '赵姐：后天下午3点你们能来店里演示一下吗',
      '我：可以的赵姐！后天下午3点我带设备过去演示[愉快]',
      '我：明早我先把产品资料发您，您可以先给老板过一下',
      '赵姐：好滴 辛苦啦',
    ),
  },
  {
    name: 'An e-mail from the customer, copied from the mail client',
    selfNames: ['王芳'],
    text: lines(
      '发件人: 周明 <zhouming@hengtai.com>',
      '发送时间: 2026年11月27日 16:40',
      '收件人: 王芳',
      '主题: 回复：关于年度IT运维服务的报价',
      '',
      '王经理您好：',
      '',
      '报价单已收到，我们对服务内容比较认可，但年费比预算高了15%左右。',
      '能否在12月10日前提供一个调整后的报价？我们计划月底前完成供应商评审。',
      '',
      '周明',
      '恒泰制造 采购部',
    ),
  },
  {
    name: 'Typed notes of a call, in English',
    text: lines(
      'Call with Tom Becker (Northwind) on Nov 24 at 3pm.',
      '- They liked the demo but think the price is a bit high.',
      '- Tom will confirm the budget with finance by Friday.',
      "- I'll send a revised quote by Wednesday.",
      '- Follow up next week.',
    ),
  },
  {
    name: 'A WhatsApp chat, in English',
    selfNames: ['Alex Chen'],
    text: lines(
      '[11/26/26, 2:32 PM] Emma Clarke: Hi Alex, thanks for the demo yesterday. The team really liked it',
      "[11/26/26, 2:35 PM] Alex Chen: Great to hear! I'll send the proposal by Monday",
      "[11/26/26, 2:36 PM] Emma Clarke: Sounds good. We need sign-off from our CFO, I'll let you know by Dec 4",
      "[11/26/26, 2:40 PM] Alex Chen: Perfect, let's talk again next week",
    ),
  },
];
