import { z } from 'zod';
import { ZLabels } from './labels';

/**
 * Workspace-editable dictionaries (字典) and their default entries. Records store an entry's stable `key`; people
 * see its label; the API accepts the key or a label in either language. Renaming an entry changes only its labels.
 */
export const DICTIONARIES = [
  'sourceChannel',
  'industry',
  'customerType',
  'customerStatus',
  'customerStage',
  'companySize',
  'contactRole',
  'personalDataSource',
  'tag',
  'followUpMethod',
  'followUpKind',
  'lossReason',
  'invoiceKind',
] as const;
export type TDictionary = (typeof DICTIONARIES)[number];

export interface DefaultEntry {
  key: string;
  zh: string;
  en: string;
  /** Industries: the short code used in customer numbers ({IND}). */
  code?: string;
  /** Tags: a colour name antd understands. */
  color?: string;
}

const e = (key: string, zh: string, en: string, extra: Partial<DefaultEntry> = {}): DefaultEntry => ({
  key,
  zh,
  en,
  ...extra,
});

export const DEFAULT_ENTRIES: Record<TDictionary, DefaultEntry[]> = {
  sourceChannel: [
    e('zhihu', '知乎', 'Zhihu'),
    e('wechat', '微信', 'WeChat'),
    e('friend', '朋友推荐', 'Friend'),
    e('douyin', '抖音', 'Douyin'),
    e('offline_event', '线下活动', 'Offline event'),
    e('trade_show', '展会', 'Trade show'),
    e('website', '官网咨询', 'Website enquiry'),
    e('search_ads', '搜索引擎推广', 'Search ads'),
    e('online_ads', '线上推广', 'Online promotion'),
    e('cold_visit', '陌拜', 'Cold visit'),
    e('referral', '转介绍', 'Referral'),
    e('other', '其他', 'Other'),
  ],
  industry: [
    e('it', '信息技术服务', 'IT services', { code: 'IT' }),
    e('manufacturing', '制造业', 'Manufacturing', { code: 'MF' }),
    e('retail', '零售业', 'Retail', { code: 'RT' }),
    e('finance', '金融', 'Finance', { code: 'FN' }),
    e('education', '教育培训', 'Education', { code: 'ED' }),
    e('healthcare', '医疗健康', 'Healthcare', { code: 'HC' }),
    e('real_estate', '房地产', 'Real estate', { code: 'RE' }),
    e('consulting', '咨询服务', 'Consulting', { code: 'CS' }),
    e('media', '文化传媒', 'Media', { code: 'MD' }),
    e('logistics', '物流运输', 'Logistics', { code: 'LG' }),
    e('catering', '餐饮', 'Catering', { code: 'CT' }),
    e('other', '其他', 'Other', { code: 'OT' }),
  ],
  customerType: [
    e('prospect', '潜在客户', 'Prospect'),
    e('intent', '意向客户', 'Intent'),
    e('customer', '成交客户', 'Customer'),
    e('repeat', '复购客户', 'Repeat customer'),
    e('lost', '流失客户', 'Lost'),
  ],
  customerStatus: [
    e('new', '新增', 'New'),
    e('following', '跟进中', 'Following up'),
    e('done', '已完成', 'Done'),
    e('lost', '已流失', 'Lost'),
  ],
  customerStage: [
    e('lead', '线索', 'Lead'),
    e('intent', '需求分析', 'Needs analysis'),
    e('proposal', '方案报价', 'Proposal'),
    e('negotiation', '商务谈判', 'Negotiation'),
    e('won', '成交', 'Won'),
    e('lost', '流失', 'Lost'),
  ],
  companySize: [
    e('lt50', '50 人以下', 'Under 50'),
    e('50_200', '50–200 人', '50–200'),
    e('200_500', '200–500 人', '200–500'),
    e('gt500', '500 人以上', 'Over 500'),
  ],
  contactRole: [
    e('decision_maker', '决策者', 'Decision-maker'),
    e('influencer', '影响者', 'Influencer'),
    e('user', '使用者', 'User'),
    e('other', '其他', 'Other'),
  ],
  personalDataSource: [
    e('business_card', '名片', 'Business card'),
    e('trade_show', '展会', 'Trade show'),
    e('referral', '转介绍', 'Referral'),
    e('public', '公开信息', 'Public information'),
    e('self', '本人提供', 'Provided by the person'),
    e('other', '其他', 'Other'),
  ],
  tag: [
    e('key_prospect', '重点潜在客户', 'Key prospect', { color: 'red' }),
    e('high_repeat', '高复购客户', 'High repurchase', { color: 'green' }),
    e('churn_risk', '风险流失客户', 'Churn risk', { color: 'orange' }),
    e('strategic_partner', '战略合作伙伴', 'Strategic partner', { color: 'purple' }),
    e('b2b_key_account', 'B2B大客户', 'B2B key account', { color: 'blue' }),
  ],
  followUpMethod: [
    e('phone', '电话', 'Phone'),
    e('wechat', '微信', 'WeChat'),
    e('visit', '面谈/拜访', 'Meeting / visit'),
    e('email', '邮件', 'E-mail'),
    e('online_meeting', '线上会议', 'Online meeting'),
    e('other', '其他', 'Other'),
  ],
  followUpKind: [
    e('first_contact', '首次沟通', 'First contact'),
    e('needs', '需求确认', 'Needs confirmation'),
    e('proposal', '方案跟进', 'Proposal follow-up'),
    e('negotiation', '商务谈判', 'Negotiation'),
    e('closing', '催签', 'Chasing the signature'),
    e('after_sales', '售后回访', 'After-sales visit'),
    e('other', '其他', 'Other'),
  ],
  lossReason: [
    e('price', '价格偏高', 'Price too high'),
    e('competitor', '选择了竞争对手', 'Chose a competitor'),
    e('budget', '预算不足', 'No budget'),
    e('no_need', '需求取消或变化', 'Need cancelled or changed'),
    e('timing', '时机未到', 'Not the right time'),
    e('no_response', '客户失联', 'Stopped responding'),
    e('other', '其他', 'Other'),
  ],
  invoiceKind: [
    e('normal', '增值税普通发票', 'VAT general invoice'),
    e('special', '增值税专用发票', 'VAT special invoice'),
  ],
};

/** An industry's short code, used for {IND} in customer numbers (IT, MF …). */
const ZIndustryCode = z
  .string()
  .trim()
  .refine((code) => /^[A-Z0-9]{1,6}$/.test(code), { params: { key: 'industryCode' } });

export const ZNewEntry = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/)
    .optional(),
  labels: ZLabels,
  code: ZIndustryCode.nullish(),
  color: z.string().trim().max(20).nullish(),
});

export const ZEntryUpdate = z.strictObject({
  labels: ZLabels.optional(),
  code: ZIndustryCode.nullish(),
  color: z.string().trim().max(20).nullish(),
  sort: z.number().int().min(0).max(10_000).optional(),
  /** Archived entries stay on the records that use them but are no longer offered. */
  archived: z.boolean().optional(),
  version: z.number().int().min(1),
});
