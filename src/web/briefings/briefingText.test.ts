import { describe, expect, it } from 'vitest';
import type { TBriefing } from '../../domain/briefing';
import { enUS } from '../i18n/en-US';
import { zhCN } from '../i18n/zh-CN';
import { toMarkdown, toPlainText } from './briefingText';
import { parseBlocks } from './MarkdownView';

const BRIEFING: TBriefing = {
  kind: 'handover',
  today: '2026-12-01',
  masked: false,
  customer: {
    id: 'c1',
    name: '杭州晨光教育科技有限公司',
    number: 'KH20261101001',
    type: { key: 'intent', label: '意向客户' },
    stage: null,
    status: { key: 'following', label: '跟进中' },
    grade: 'A',
    owner: { id: 'u1', name: '王芳' },
    source: { key: 'wechat', label: '微信' },
    industry: null,
  },
  status: {
    health: 'active',
    lastFollowUpDay: '2026-11-29',
    daysSinceFollowUp: 2,
    nextDueDate: '2026-12-04',
    dueOverdue: false,
  },
  needs: {
    coreNeed: '搭建线上招生系统',
    painPoints: '线索分散在微信群',
    budgetMin: 5_000_000,
    budgetMax: 8_000_000,
    expectedDelivery: null,
    decisionMaker: '刘校长',
  },
  blockers: [
    { source: 'feedback', day: '2026-11-21', attitude: 'hesitant', text: '觉得价格偏高' },
    { source: 'competition', day: null, attitude: null, text: '另一家报价低 20%' },
  ],
  support: [{ kind: 'receivableOverdue', title: null, date: null, amount: 600_000, count: 1 }],
  nextStep: {
    nextFollowUpDate: '2026-12-04',
    nextDueDate: '2026-12-04',
    actions: [{ text: '准备演示环境', dueDate: '2026-12-03', assignee: '王芳' }],
  },
  followUps: [
    {
      day: '2026-11-29',
      method: { key: 'wechat', label: '微信' },
      summary: '确认演示时间\n下周三下午',
      feedback: null,
      user: '王芳',
    },
  ],
  promises: [
    {
      title: '发修改后的报价',
      source: 'commitment',
      side: 'ours',
      dueDate: '2026-11-28',
      overdue: true,
      assignee: '王芳',
    },
  ],
  money: {
    openDeals: [
      {
        number: 'SJ001',
        title: '招生系统二期',
        stage: { key: 'proposal', label: '方案' },
        expectedAmount: 6_000_000,
        expectedCloseDate: '2026-12-20',
      },
    ],
    won: { amount: 2_000_000, count: 1 },
    contracts: [
      {
        number: 'HT001',
        title: '一期咨询服务合同',
        amount: 2_000_000,
        signedDate: '2026-11-01',
        endDate: null,
      },
    ],
    receivables: { outstanding: 2_000_000, installments: 2, overdue: 600_000, overdueInstallments: 1 },
  },
  contacts: [
    {
      name: '刘校长',
      title: '校长',
      role: { key: 'dm', label: '决策者' },
      phone: '138****8000',
      isPrimary: true,
    },
  ],
  handover: {
    since: '2026-10-01',
    openTasks: [
      {
        title: '准备演示环境',
        source: 'nextAction',
        side: null,
        dueDate: '2026-12-03',
        overdue: false,
        assignee: '王芳',
      },
    ],
  },
};

describe('briefing text', () => {
  const markdown = toMarkdown(BRIEFING, zhCN, 'zh-CN');

  it('writes every section of the template, in order, with the facts', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# 【交接汇报】杭州晨光教育科技有限公司',
      '## 当前状态',
      '## 核心需求',
      '## 当前卡点',
      '## 需要的支持',
      '## 建议下一步',
      '## 交接事项',
      '## 最近跟进',
      '## 未兑现的承诺',
      '## 商机与回款',
      '## 联系人',
    ]);
    expect(markdown).toContain('- 客户类型：意向客户；状态：跟进中；客户等级：A');
    expect(markdown).toContain('- 预算范围：5 万元 – 8 万元');
    expect(markdown).toContain('- 2026-11-21 客户反馈：觉得价格偏高');
    expect(markdown).toContain('- 有 1 笔款项逾期未收，共 6,000 元，可能需要协助催收');
    expect(markdown).toContain('1. 准备演示环境（王芳，2026-12-03 前）\n2. 下次跟进：2026-12-04');
    expect(markdown).toContain('- 王芳自 2026-10-01 起负责该客户');
    expect(markdown).toContain('- 2026-11-29｜微信｜王芳：确认演示时间 下周三下午');
    expect(markdown).toContain('- 我方：发修改后的报价（2026-11-28 到期，已逾期）');
    expect(markdown).toContain('  - 招生系统二期（方案），预计金额 6 万元，预计 2026-12-20 成交');
    expect(markdown).toContain('- 回款：待收 2 万元（2 笔），其中逾期 6,000 元（1 笔）');
    expect(markdown).toContain('- 刘校长（校长，决策者）：138****8000　★主要联系人');
  });

  it('says so when a section has nothing, and writes English from the English catalogue', () => {
    const empty: TBriefing = {
      ...BRIEFING,
      kind: 'briefing',
      blockers: [],
      support: [],
      followUps: [],
      promises: [],
      handover: null,
      nextStep: { nextFollowUpDate: null, nextDueDate: null, actions: [] },
    };
    const zh = toMarkdown(empty, zhCN, 'zh-CN');
    expect(zh).not.toContain('交接事项');
    for (const line of ['暂未发现明显卡点', '暂时不需要额外支持', '还没有安排下一步', '没有未兑现的承诺'])
      expect(zh).toContain(line);
    const en = toMarkdown(empty, enUS, 'en-US');
    expect(en).toContain('# Customer briefing: 杭州晨光教育科技有限公司');
    expect(en).toContain('## Open promises');
    expect(en).toContain('- Payments: ¥20,000 to collect (2 installments), of which ¥6,000 overdue (1)');
  });

  it('turns the Markdown into plain text for WeChat: no #, ** or tables', () => {
    const plain = toPlainText(`${markdown}\n| 项目 | 金额 |\n|---|---|\n| **首付款** | 6,000 元 |\n`);
    // A masked number keeps its asterisks; no other Markdown is left.
    expect(plain).toContain('138****8000');
    expect(plain.replace(/\d\*+\d/g, '')).not.toMatch(/^#|\*\*|^\s*-\s|\|/m);
    expect(plain).toContain('【交接汇报】杭州晨光教育科技有限公司');
    expect(plain).toContain('【当前卡点】\n\n・2026-11-21 客户反馈：觉得价格偏高');
    expect(plain).toContain('1. 准备演示环境（王芳，2026-12-03 前）');
    expect(plain).toContain('　・招生系统二期（方案）');
    expect(plain).toContain('项目｜金额\n首付款｜6,000 元');
    expect(
      toPlainText('## Support needed\n- **Deal** *now* [link](https://x.cn) 138****8000 139****5678'),
    ).toBe('SUPPORT NEEDED\n・Deal now link (https://x.cn) 138****8000 139****5678\n');
  });

  it('reads the report back into blocks for the preview and the printout', () => {
    const blocks = parseBlocks(markdown);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, text: '【交接汇报】杭州晨光教育科技有限公司' });
    const steps = blocks.find((b) => b.type === 'list' && b.ordered);
    expect(steps).toMatchObject({ items: [{ text: '准备演示环境（王芳，2026-12-03 前）' }, {}] });
  });
});
