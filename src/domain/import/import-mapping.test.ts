import { describe, expect, it } from 'vitest';
import { splitContact } from './import-contact';
import { suggestMapping } from './import-fields';
import { headerKey } from './import-headers';
import { isBlankRow, readRow, type RowLookups } from './import-rows';

const lookups: RowLookups = {
  today: '2026-11-23',
  dictionary: (dictionary, label) =>
    ({
      sourceChannel: { 知乎: 'zhihu', 微信: 'wechat' },
      customerType: { 潜在客户: 'potential' },
      tag: { VIP: 'vip', 老客户: 'old' },
    })[dictionary as 'sourceChannel']?.[label as '知乎'],
  user: (name) => (name === '王芳' ? 'u-wang' : undefined),
};

describe('the mapping the wizard suggests', () => {
  it('reads seed 000 customer table headers', () => {
    const headers = ['序号', '客户名称', '联系方式', '来源渠道', '客户类型', '初次接触', '状态', '备注'];
    expect(suggestMapping('customers', headers, [])).toEqual([
      null,
      'name',
      'contact',
      'sourceChannel',
      'type',
      'firstContactDate',
      'status',
      'notes',
    ]);
  });

  it('reads English headers and marks around names', () => {
    const headers = ['Company', 'E-mail', '**Source**', 'First contact date', '备注（选填）', 'Owner*'];
    expect(suggestMapping('customers', headers, [])).toEqual([
      'name',
      'email',
      'sourceChannel',
      'firstContactDate',
      'notes',
      'ownerId',
    ]);
  });

  it('tells a 联系方式 column of phones or of e-mails by its cells', () => {
    const headers = ['名称', '联系方式', '联系方式'];
    const samples = [
      ['甲', '138 0013 8000', 'a@example.cn'],
      ['乙', '+86 139-0013-8000', 'b@example.cn'],
    ];
    expect(suggestMapping('customers', headers, samples)).toEqual(['name', 'mobile', 'email']);
  });

  it('uses a field once and leaves unknown headers out', () => {
    expect(suggestMapping('customers', ['公司名称', '客户名称', '随便'], [])).toEqual(['name', null, null]);
  });

  it('reads the follow-up log of seed 000', () => {
    const headers = [
      '客户',
      '日期',
      '跟进方式',
      '跟进人',
      '沟通内容摘要',
      '承诺事项',
      '下一步行动',
      '下次跟进日期',
    ];
    expect(suggestMapping('followUps', headers, [])).toEqual([
      'customer',
      'day',
      'method',
      'userId',
      'summary',
      'commitments',
      'nextAction',
      'nextDate',
    ]);
  });

  it('reduces headers for matching', () => {
    expect(headerKey(' **客户名称** ')).toBe('客户名称');
    expect(headerKey('合同金额（元）')).toBe('合同金额');
    expect(headerKey('Ｅｍａｉｌ')).toBe('email');
  });
});

describe('a 联系方式 cell', () => {
  it('splits labelled pieces', () => {
    expect(splitContact('电话：138 0013 8000 / 邮箱：Li@Example.cn / 微信：li_lei88')).toEqual({
      mobile: '13800138000',
      email: 'li@example.cn',
      wechat: 'li_lei88',
    });
  });

  it('tells pieces by their look', () => {
    expect(splitContact('010-8888 6666，wang@example.cn')).toEqual({
      phone: '01088886666',
      email: 'wang@example.cn',
    });
    expect(splitContact('wxid_abc123')).toEqual({ wechat: 'wxid_abc123' });
  });

  it('refuses what it cannot read', () => {
    expect(splitContact('找前台')).toBeNull();
    expect(splitContact('138 0013 8000 / 139 0013 8000')).toBeNull();
  });
});

describe('a row read through its mapping', () => {
  const mapping = [
    'name',
    'contact',
    'sourceChannel',
    'firstContactDate',
    'tags',
    'ownerId',
    'budget',
    'grade',
  ];

  it('parses every cell as its field wants', () => {
    const row = readRow(
      'customers',
      mapping,
      [
        '  杭州云帆科技 ',
        '１３８００１３８０００',
        '知乎',
        '2024年5月1日',
        'VIP、老客户',
        '王芳',
        '5-10万',
        'a级',
      ],
      lookups,
    );
    expect(row.problems).toEqual([]);
    expect(row.values).toEqual({
      name: '杭州云帆科技',
      contact: { mobile: '13800138000' },
      sourceChannel: 'zhihu',
      firstContactDate: '2024-05-01',
      tags: ['vip', 'old'],
      ownerId: 'u-wang',
      budget: { min: '5000000', max: '10000000' },
      grade: 'A',
    });
  });

  it('names each cell it cannot read', () => {
    const row = readRow(
      'customers',
      mapping,
      [null, '前台', '小红书', '上周', '新客户', '李雷', '很多', 'S'],
      lookups,
    );
    expect(row.problems.map((p) => [p.column, p.field, p.code])).toEqual([
      [1, 'contact', 'badContact'],
      [2, 'sourceChannel', 'unknownValue'],
      [3, 'firstContactDate', 'badDate'],
      [4, 'tags', 'unknownValue'],
      [5, 'ownerId', 'unknownUser'],
      [6, 'budget', 'badAmount'],
      [7, 'grade', 'badGrade'],
      [0, 'name', 'required'],
    ]);
    expect(row.problems[1]).toMatchObject({ value: '小红书' });
  });

  it('knows a blank row and a missing required column', () => {
    expect(isBlankRow([null, ' ', ''])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
    // A follow-up needs its day and method: a log without them cannot say when or how.
    const row = readRow('followUps', ['customer', 'summary'], ['甲', '电话沟通'], lookups);
    expect(row.problems).toEqual([
      { column: null, field: 'day', code: 'required' },
      { column: null, field: 'method', code: 'required' },
    ]);
    const deal = readRow('deals', ['customer', 'title', 'expectedAmount'], ['甲', '官网', '5万'], lookups);
    expect(deal).toEqual({
      values: { customer: '甲', title: '官网', expectedAmount: 5_000_000 },
      problems: [],
    });
    const project = readRow(
      'projects',
      ['customer', 'name', 'contractAmount', 'status'],
      ['甲', '官网', '¥1', '验收中'],
      lookups,
    );
    expect(project.values.status).toBe('acceptance');
  });
});
