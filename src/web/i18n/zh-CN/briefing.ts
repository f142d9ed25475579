/** 客户汇报 / 交接汇报的中文文案（页面与生成的汇报正文）；en-US/briefing.ts 必须与此结构一致。 */
export const briefingZh = {
  button: '汇报',
  buttonHint: '生成客户汇报或交接汇报',
  kinds: { briefing: '客户汇报', handover: '交接汇报' },
  subtitle: (name: string) => `${name} · 根据客户档案生成，修改后可复制或打印`,
  back: '返回客户',
  editor: '汇报内容（可修改）',
  editHint: '内容根据客户档案自动生成，发送前可以直接修改；刷新页面不会丢失修改。',
  edited: '已修改',
  preview: '预览',
  copyMarkdown: '复制 Markdown',
  copyPlain: '复制纯文本（微信）',
  print: '打印 / 导出 PDF',
  regenerate: '重新生成',
  regenerateTitle: '重新生成汇报？',
  regenerateContent: '将按客户档案的最新内容重新生成，你对汇报所做的修改会被丢弃。',
  regenerated: '已按最新档案重新生成',
  maskedNotice: '你的角色不能查看完整的个人信息，电话、邮箱等已脱敏显示。',
  doc: {
    heading: (kind: string, name: string) => `【${kind}】${name}`,
    meta: (number: string, owner: string, date: string) =>
      `客户编号：${number}｜负责人：${owner}｜生成日期：${date}`,
    noOwner: '未分配',
    sections: {
      status: '当前状态',
      coreNeed: '核心需求',
      blockers: '当前卡点',
      support: '需要的支持',
      nextStep: '建议下一步',
      handover: '交接事项',
      followUps: '最近跟进',
      promises: '未兑现的承诺',
      money: '商机与回款',
      contacts: '联系人',
    },
    list: '；',
    labelled: (label: string, value: string) => `${label}：${value}`,
    fields: {
      type: '客户类型',
      status: '状态',
      stage: '阶段',
      grade: '客户等级',
      source: '来源渠道',
      industry: '所属行业',
      health: '客户健康度',
      painPoints: '痛点',
      budget: '预算范围',
      expectedDelivery: '期望交付',
      decisionMaker: '决策人',
    },
    healths: { active: '活跃', dormant: '休眠', atRisk: '风险' },
    lastFollowUp: (day: string, days: number) =>
      `最近跟进：${day}（${days === 0 ? '今天' : `${days} 天前`}）`,
    noFollowUpYet: '最近跟进：还没有跟进过',
    nextDue: (date: string, overdue: boolean) =>
      overdue ? `应跟进日期：${date}（已逾期）` : `下次应跟进：${date}`,
    budgetRange: (min: string, max: string) => `${min} – ${max}`,
    budgetFrom: (min: string) => `${min} 以上`,
    budgetUpTo: (max: string) => `${max} 以内`,
    noCoreNeed: '尚未填写核心需求',
    attitudes: { positive: '积极', neutral: '中立', hesitant: '犹豫', negative: '消极' },
    blocker: {
      feedback: (day: string, text: string) => `${day} 客户反馈：${text}`,
      attitude: (day: string, attitude: string, note: string | null) =>
        note ? `${day} 客户态度${attitude}：${note}` : `${day} 客户态度${attitude}`,
      theirPromise: (text: string, date: string) => `等客户兑现：${text}（原定 ${date}，已逾期）`,
      competition: (text: string) => `竞争情况：${text}`,
    },
    noBlockers: '暂未发现明显卡点',
    support: {
      approvalPending: (title: string, amount: string) =>
        `商机「${title}」的成交审批还在等待决定（报价 ${amount}），请经理尽快审批`,
      dealPastClose: (title: string, date: string) =>
        `商机「${title}」已过预计成交日期（${date}），需要一起商量如何推进或调整计划`,
      receivableOverdue: (amount: string, count: number) =>
        `有 ${count} 笔款项逾期未收，共 ${amount}，可能需要协助催收`,
      promiseOverdue: (count: number) => `我方有 ${count} 项承诺已过期未兑现，需要协调资源尽快落实`,
    },
    noSupport: '暂时不需要额外支持',
    action: (text: string, assignee: string | null, due: string | null) => {
      const who = [assignee, due && `${due} 前`].filter(Boolean).join('，');
      return who ? `${text}（${who}）` : text;
    },
    nextDate: (date: string) => `下次跟进：${date}`,
    cadenceDue: (date: string) => `按跟进频率，应在 ${date} 前再次跟进`,
    noNextStep: '还没有安排下一步，建议尽快约下一次沟通',
    followUp: (day: string, method: string, user: string, summary: string) =>
      `${day}｜${method}｜${user}：${summary}`,
    followUpFeedback: (text: string) => `客户反馈：${text}`,
    noFollowUps: '还没有跟进记录',
    sides: { ours: '我方', theirs: '客户' },
    promise: (side: string, title: string, due: string | null, overdue: boolean) =>
      `${side}：${title}${due ? `（${due} 到期${overdue ? '，已逾期' : ''}）` : ''}`,
    noPromises: '没有未兑现的承诺',
    openDeals: '进行中的商机',
    deal: (title: string, stage: string, amount: string | null, close: string | null) =>
      `${title}（${stage}）${amount ? `，预计金额 ${amount}` : ''}${close ? `，预计 ${close} 成交` : ''}`,
    noOpenDeals: '进行中的商机：无',
    won: (amount: string, count: number) => (count ? `已成交：${count} 单，共 ${amount}` : '已成交：暂无'),
    contracts: '合同',
    contract: (number: string, title: string, amount: string, signed: string | null, end: string | null) =>
      `${number}「${title}」${amount}${signed ? `，${signed} 签订` : ''}${end ? `，${end} 到期` : ''}`,
    receivables: (outstanding: string, count: number, overdue: string | null, overdueCount: number) =>
      `回款：待收 ${outstanding}（${count} 笔）${overdue ? `，其中逾期 ${overdue}（${overdueCount} 笔）` : ''}`,
    noReceivables: '回款：没有待收款项',
    contact: (name: string, details: string[], phone: string | null, primary: boolean) =>
      `${name}${details.length ? `（${details.join('，')}）` : ''}${phone ? `：${phone}` : ''}${primary ? '　★主要联系人' : ''}`,
    noContacts: '还没有联系人',
    since: (owner: string, date: string) => `${owner}自 ${date} 起负责该客户`,
    currentOwner: (owner: string) => `当前负责人：${owner}`,
    inherit: '需要接手的未完成待办',
    taskSources: { manual: '待办', nextAction: '下一步行动', commitment: '承诺事项', handover: '售后交接' },
    task: (source: string | null, title: string, assignee: string, due: string | null, overdue: boolean) =>
      `${source ? `${source}：` : ''}${title}（${assignee}${due ? `，${due} 到期` : ''}${overdue ? '，已逾期' : ''}）`,
    noTasks: '没有未完成的待办',
    handoverNote: '接手后请核对上面的商机与回款，并尽快联系客户、告知新的对接人。',
  },
};
