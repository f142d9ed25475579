/** 工作日设置的中文文案；en-US/workingDays.ts 必须与此结构一致。 */
export const workingDaysZh = {
  description:
    '“N 个工作日内”的到期日按这里的日历计算：周一至周五上班，法定节假日休息，调休上班日照常上班。公司自己的放假或加班也可以在这里调整。',
  year: '年份',
  add: '添加调整',
  listTitle: (year: number) => `${year} 年节假日与调整`,
  empty: '这一年没有节假日或调整',
  sources: { holiday: '法定节假日', makeUpWorkday: '调休上班', override: '公司调整' },
  kinds: { work: '上班', rest: '休息' },
  /** 日历格子里的一个字。 */
  marks: { work: '班', rest: '休' },
  days: (n: number) => `共 ${n} 天`,
  was: (text: string) => `国家安排：${text}`,
  plainWorkday: '普通工作日',
  weekend: '周末',
  prevMonth: '上个月',
  nextMonth: '下个月',
  modal: {
    addTitle: '添加工作日调整',
    editTitle: '修改工作日调整',
    day: '日期',
    kind: '这一天',
    name: '说明',
    namePlaceholder: '如：公司年会、展会值班',
    remove: '删除调整',
    saved: '工作日调整已保存',
    removed: '已删除调整，这一天恢复为国家安排',
  },
  warning: {
    title: (year: number) => `尚未收录 ${year} 年的法定节假日安排`,
    description: (year: number, last: number) =>
      `客易目前只收录到 ${last} 年，${year} 年的日期暂时只按周末计算，春节、国庆等假期和调休上班都不会被考虑。国务院通常在每年秋冬公布次年的放假安排，公布后请升级客易，或在下方手动添加 ${year} 年的放假和调休上班日期。`,
  },
  uncoveredYear: (year: number) =>
    `${year} 年不在收录范围内，只按周末计算。如已公布放假安排，可以在下方手动添加。`,
};

export type TWorkingDaysMessages = typeof workingDaysZh;
