/** 设置 → 编号与评分的中文文案；en-US/customerRules.ts 必须与此结构一致。 */
export const customerRulesZh = {
  intro:
    '新建客户时怎样自动编号，价值评估各项占多大分量、多少分算 A 级和 B 级，都在这里设置，对整个工作区生效。',
  numbering: {
    title: '客户编号规则',
    explain: '新建客户时，系统按这条规则自动生成客户编号。',
    pattern: '编号规则',
    insert: '点击插入',
    tokens: {
      '{YYYY}': '年（4 位）',
      '{YY}': '年（2 位）',
      '{MM}': '月',
      '{DD}': '日',
      '{YYYYMMDD}': '年月日',
      '{IND}': '行业代码',
      '{SEQ:3}': '流水号',
    },
    insertToken: (token: string, meaning: string) => `插入 ${token}（${meaning}）`,
    seqTaken: '规则里已经有流水号了',
    help: '{SEQ:n} 是 n 位流水号，位数不足时前面补 0，每条规则有且只有一个；其他文字原样保留，整条规则最长 40 个字符。',
    counter:
      '流水号按编号的其余部分分别计数：规则里有 {YYYYMMDD} 时每天从 1 开始，有 {IND} 时各行业分别编号。',
    preview: '编号示例',
    previewContext: (date: string, industry: boolean) =>
      industry
        ? `按今天（${date}）、行业代码 IT 生成；没有填写行业的客户，{IND} 记为 XX`
        : `按今天（${date}）生成`,
    invalid: '填写有效的编号规则后显示示例',
    note: '修改规则只影响之后新建的客户，已有客户的编号保持不变。',
    restore: '恢复默认',
    restored: '已恢复为默认规则，保存后生效',
    saved: '客户编号规则已保存，之后新建的客户将按新规则编号',
  },
  scoring: {
    title: '价值评估权重与等级',
    explain:
      '价值评估的五项各打 1–5 分，按权重加权后折算为 0–100 的综合评分，再按分数线定为 A、B、C 三个等级。',
    weights: '各项权重',
    weightsHelp: '每项 0–20，权重越大，这一项对综合评分的影响越大；设为 0 则不计入评分。',
    share: '占比',
    allZero: '权重全为 0 时，所有客户都是 0 分',
    grades: '等级分数线',
    atLeast: '综合评分 ≥',
    pointsUnit: '分',
    below: (n: number) => `综合评分低于 ${n} 分`,
    example: '示例',
    exampleAll: (n: number) => `五项都打 ${n} 分`,
    exampleMixed: (dimension: string, high: number, low: number) =>
      `${dimension} ${high} 分，其余各 ${low} 分`,
    result: (points: string, grade: string) => `${points}，${grade}`,
    invalid: '填写有效的权重和分数线后显示示例',
    warning:
      '保存后，所有客户的综合评分和等级会按新规则重新计算（手动定级的客户保留原等级）；按等级设置了跟进频率的，下次跟进日期也会随之调整。',
    restore: '恢复默认',
    restored: '已恢复为默认权重和分数线，保存后生效',
    saved: '已保存，所有客户已按新规则重新评分和定级',
  },
};

export type TCustomerRulesMessages = typeof customerRulesZh;
