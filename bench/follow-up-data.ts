// Words for bench/generate-follow-ups.ts: what a Chinese sales team writes in its follow-ups 跟进记录, and a cheap
// per-row random source so that any row can be made again from its index alone (rows are written in time order,
// not in the order they were planned).
import { Weighted, type Random } from './customer-data';

/** mulberry32 seeded by (seed, row): the same row gets the same words whatever order rows are written in. */
export class RowRandom {
  private s = 0;

  constructor(private readonly base: number) {}

  at(row: number): this {
    let h = (this.base ^ Math.imul(row + 1, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.s = (h ^ (h >>> 16)) >>> 0;
    return this;
  }

  float(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Random implements the same four methods: Weighted.pick takes either. */
  asRandom(): Random {
    return this as unknown as Random;
  }
}

/** A 32-bit hash of a string (the seed). */
export function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const table = (spec: string) =>
  spec.split(' ').map((pair) => {
    const [key = '', weight = '1'] = pair.split(':');
    return [key, Number(weight)] as const;
  });

export const METHODS = new Weighted(table('wechat:40 phone:30 visit:12 online_meeting:7 email:6 other:5'));
export const KINDS = ['first_contact', 'needs', 'proposal', 'negotiation', 'closing', 'after_sales', 'other'];
export const ATTITUDES = new Weighted(table('positive:30 neutral:40 hesitant:20 negative:10'));

export const PRODUCTS = [
  'CRM系统',
  '进销存模块',
  '财务软件',
  '私有化部署方案',
  '年度服务包',
  '小程序商城',
  '数据大屏',
  '企业微信集成',
  '培训课程',
  '设备维保',
  '定制开发',
  '云服务器',
];
const DOCS = ['报价单', '产品手册', '方案PPT', '合同草稿', '案例资料', '演示视频', '技术白皮书', '发票'];
const PEOPLE = [
  '王总',
  '李经理',
  '张主管',
  '刘总监',
  '陈工',
  '采购部',
  '财务',
  '老板',
  '技术负责人',
  'IT部门',
];
const WHEN = ['本周五', '下周一', '下周', '月底', '节后', '下个月初', '两周内', '季度末'];
const AMOUNTS = ['3万', '5万', '8万', '12万', '20万', '35万', '50万', '80万'];

const SUMMARIES: Record<string, string[]> = {
  first_contact: [
    '第一次电话沟通，对方对{p}有兴趣，约了{w}详细聊。',
    '通过{s}加了微信，简单介绍了公司和{p}，{m}让先发资料看看。',
    '首次拜访，见了{m}，了解了现有流程，对方目前在用Excel管理。',
    '展会上认识的客户，回访确认需求，主要关心{p}的价格。',
  ],
  needs: [
    '和{m}确认需求：重点是{p}，预算大概{a}，{w}前要定下来。',
    '需求沟通，对方希望和现有系统打通，{m}会整理需求清单发过来。',
    '电话了解到客户今年有{p}的采购计划，决策人是{m}。',
    '线上会议梳理了需求，共三个部门使用，约{n}个账号。',
  ],
  proposal: [
    '发送了{d}，{m}说内部先评估，{w}给反馈。',
    '上门演示{p}，{m}比较满意，提出要看同行业案例。',
    '根据反馈修改了方案，调整了实施周期，重新报价{a}。',
    '方案讲解会，对方技术负责人提了几个集成方面的问题，已记录待回复。',
  ],
  negotiation: [
    '商务谈判，客户希望价格再降一些，目前报价{a}，答应向领导申请折扣。',
    '{m}提出付款方式改为分三期，需要和财务确认。',
    '合同条款沟通，对方法务对违约条款有意见，约{w}再谈。',
    '客户拿了竞品报价来比，强调我们的售后优势，对方表示会综合考虑。',
  ],
  closing: [
    '催签合同，{m}说已走到审批最后一步，预计{w}盖章。',
    '合同已寄出，跟进回寄进度。',
    '电话确认首付款安排，财务{w}打款。',
    '客户确认采购{p}，金额{a}，准备签约。',
  ],
  after_sales: [
    '售后回访，系统使用正常，{m}反馈报表导出有点慢。',
    '回访培训效果，新员工已能独立操作，提出增加两个账号。',
    '季度回访，客户满意度较高，有意向续费并增购{p}。',
    '处理客户反馈的问题，已远程解决，客户确认没问题了。',
  ],
  other: [
    '节日问候，顺便了解近况，对方最近比较忙。',
    '客户来电咨询{p}，已解答。',
    '微信沟通了几句，对方暂时没有新需求。',
    '转介绍来的联系人，先建立联系，后续再约。',
  ],
};
const FEEDBACK = [
  '客户对价格比较敏感',
  '认可方案，但需要老板拍板',
  '对交付周期有顾虑',
  '希望先试用一个月',
  '对售后服务很满意',
  '竞争对手也在接触',
  '预算要等下个季度',
  '技术部门比较支持',
];
const ATTITUDE_NOTES = ['语气积极', '有点犹豫', '比较冷淡', '很感兴趣', '在观望'];
export const OUR_PROMISES = [
  '发送正式报价单',
  '安排技术人员上门演示',
  '提供同行业案例',
  '申请价格折扣',
  '准备合同草稿',
  '安排产品培训',
  '寄送样品',
];
export const THEIR_PROMISES = [
  '确认预算',
  '提供需求清单',
  '内部评审方案',
  '安排老板见面',
  '回寄合同',
  '安排首付款',
  '提供开票信息',
];
export const NEXT_ACTIONS = [
  '电话确认合同条款',
  '发送产品手册',
  '预约下次拜访',
  '跟进报价反馈',
  '回访使用情况',
  '约线上演示',
  '确认付款进度',
];

export function summaryOf(r: RowRandom, kind: string | null): string {
  const template = r.pick(SUMMARIES[kind ?? 'other'] ?? SUMMARIES.other ?? []);
  let text = template
    .replaceAll('{p}', r.pick(PRODUCTS))
    .replaceAll('{d}', r.pick(DOCS))
    .replaceAll('{m}', r.pick(PEOPLE))
    .replaceAll('{w}', r.pick(WHEN))
    .replaceAll('{a}', r.pick(AMOUNTS))
    .replaceAll('{s}', r.pick(['朋友介绍', '官网留言', '展会', '老客户']))
    .replaceAll('{n}', String(r.int(5, 80)));
  // Some people write more: a second sentence.
  if (r.chance(0.3))
    text += r.pick(['对方态度还可以。', '需要持续跟进。', '已同步给经理。', '下次带上技术同事。']);
  return text;
}

export function feedbackOf(r: RowRandom): string | null {
  return r.chance(0.35) ? r.pick(FEEDBACK) : null;
}

export function attitudeNoteOf(r: RowRandom): string | null {
  return r.chance(0.08) ? r.pick(ATTITUDE_NOTES) : null;
}
