import type { TLocale } from '../../domain/locale';
import type { TToday } from '../../domain/today';

/** How many customers and tasks a digest lists by name; the rest are counted. */
const LISTED = 10;

const WORDS = {
  'zh-CN': {
    title: (customers: number, tasks: number) =>
      [customers && `${customers} 位客户该跟进了`, tasks && `${tasks} 项待办到期`].filter(Boolean).join('，'),
    prefix: '今日待办：',
    customers: '【待跟进】',
    tasks: '【到期待办】',
    dormant: (n: number) => `另有 ${n} 位客户一周内将转为休眠。`,
    more: (n: number) => `……还有 ${n} 项`,
    due: (date: string) => `截止 ${date}`,
    agreed: (name: string) => `今天约了跟进：${name}`,
    task: (title: string) => `今天到期：${title}`,
    holidays: (year: number, days: number) =>
      `${year} 年的法定节假日安排还没有录入（${days} 天后开始），“N 个工作日后”的日期可能不准。请到 设置 → 工作日 补上。`,
    holidaysTitle: (year: number) => `请补充 ${year} 年的节假日安排`,
  },
  'en-US': {
    title: (customers: number, tasks: number) =>
      [
        customers && `${customers} customer${customers === 1 ? '' : 's'} to follow up`,
        tasks && `${tasks} task${tasks === 1 ? '' : 's'} due`,
      ]
        .filter(Boolean)
        .join(', '),
    prefix: 'Today: ',
    customers: '[Follow up]',
    tasks: '[Tasks due]',
    dormant: (n: number) => `${n} more customer${n === 1 ? '' : 's'} go dormant within a week.`,
    more: (n: number) => `…and ${n} more`,
    due: (date: string) => `due ${date}`,
    agreed: (name: string) => `Follow-up agreed for today: ${name}`,
    task: (title: string) => `Due today: ${title}`,
    holidays: (year: number, days: number) =>
      `China's public holidays for ${year} are not in Keyi yet (the year starts in ${days} days), so "in N working days" may be off. Add them under Settings → Working days.`,
    holidaysTitle: (year: number) => `Add the public holidays of ${year}`,
  },
} satisfies Record<TLocale, unknown>;

export function wordsFor(locale: TLocale) {
  return WORDS[locale];
}

/** The morning digest of one member's Today, in their language; null when there is nothing to say. */
export function digestOf(today: TToday, locale: TLocale): { title: string; body: string } | null {
  const w = WORDS[locale];
  const customers = today.counts.overdue + today.counts.dueToday;
  const tasks = today.counts.tasks;
  if (!customers && !tasks && !today.turningDormant.length) return null;
  const lines: string[] = [];
  const list = (heading: string, items: string[], total: number) => {
    if (!items.length) return;
    lines.push(heading, ...items.slice(0, LISTED).map((line) => `· ${line}`));
    if (total > LISTED) lines.push(w.more(total - LISTED));
  };
  list(
    w.customers,
    today.dueCustomers.map((c) => `${c.name}：${c.reason}`),
    customers,
  );
  list(
    w.tasks,
    today.tasks.map((t) =>
      [t.title, t.customer?.name, t.dueDate && w.due(t.dueDate)].filter(Boolean).join(' · '),
    ),
    tasks,
  );
  if (today.turningDormant.length) lines.push(w.dormant(today.turningDormant.length));
  return {
    title: `${w.prefix}${w.title(customers, tasks) || w.dormant(today.turningDormant.length)}`,
    body: lines.join('\n'),
  };
}
