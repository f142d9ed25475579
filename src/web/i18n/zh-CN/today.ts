/** 今日待办、每周复盘和公海的中文文案；en-US/today.ts 必须与此结构一致。 */
export const todayZh = {
  title: '今日待办',
  counts: { overdue: '逾期未跟进', dueToday: '今天要跟进', tasks: '到期待办' },
  due: '待跟进客户',
  dueEmpty: '今天没有要跟进的客户，可以去看看快休眠的客户。',
  tasks: '到期的待办和承诺',
  tasksEmpty: '今天没有到期的待办。',
  turningDormant: '一周内将转为休眠',
  turningDormantEmpty: '最近没有快要休眠的客户。',
  delivery: '交付与收款',
  deliveryEmpty: '今天没有到期的里程碑和款项，近期也没有要续费的合同。',
  deliveryLate: (days: number) => `逾期 ${days} 天`,
  deliveryToday: '今天',
  deliveryEnds: (days: number) => (days === 0 ? '今天到期' : `${days} 天后到期`),
  more: (n: number) => `还有 ${n} 个，去客户列表查看`,
  log: '记跟进',
  call: '打电话',
  snooze: '推迟',
  snoozeTo: { tomorrow: '明天', dayAfter: '后天', nextMonday: '下周一', pick: '选择日期…' },
  snoozed: (date: string) => `已推迟到 ${date}`,
  done: '完成',
  doneToast: '已标记完成',
  undo: '撤销',
  sides: { ours: '我方承诺', theirs: '客户承诺' },
  weeklyReview: '每周复盘',
  loadFailed: '今日待办没有加载出来',
};

export const reviewZh = {
  title: '每周复盘',
  subtitle: '上周的跟进对照当时该跟进的客户，以及需要关注的休眠、风险客户和没兑现的承诺。',
  week: (from: string, to: string) => `${from} 至 ${to}`,
  pickWeek: '选择周',
  timeliness: '跟进及时率',
  timelinessHelp: '到期当天或之前跟进的客户 ÷ 这一周到期的客户',
  noneDue: '这一周没有到期的客户',
  onTime: '按时跟进',
  late: '逾期后才跟进',
  missed: '至今未跟进',
  followUps: '跟进次数',
  recorded: '24 小时内记录',
  recordedHelp: '沟通后 24 小时内写下跟进记录的比例',
  dormant: '休眠客户',
  atRisk: '风险客户',
  broken: '没兑现的承诺',
  brokenEmpty: '没有过期未完成的承诺。',
  listEmpty: '没有这类客户。',
  member: '成员',
};

export const poolZh = {
  title: '公海',
  subtitle: '没有负责人的客户，领取后由你跟进。',
  claim: '领取',
  claimed: (name: string) => `已领取「${name}」`,
  release: '放回公海',
  releaseConfirm: '放回公海后，其他同事可以领取这个客户，确定吗？',
  released: '已放回公海',
  empty: '公海里暂时没有客户。',
  total: (n: number) => `共 ${n} 个客户`,
  lastFollowUp: '上次跟进',
  never: '从未跟进',
};

export type TTodayMessages = typeof todayZh;
export type TReviewMessages = typeof reviewZh;
export type TPoolMessages = typeof poolZh;
