import type { TLocale } from '../../domain/locale';
import { formatYuan } from '../../domain/money';

/** What the project owner reads about money falling due and delivery running late, in their language. */
const WORDS = {
  'zh-CN': {
    due: (what: string) => `今天到期收款：${what}`,
    overdue: (what: string) => `收款已逾期：${what}`,
    owed: (fen: number, date: string) => `待收 ${formatYuan(fen, 'zh-CN')}，到期日 ${date}`,
    delayed: (project: string, code: string, content: string) => `里程碑延期：${project} ${code} ${content}`,
    planned: (date: string) => `计划 ${date} 完成，尚未完成；保存时请填写延期原因`,
  },
  'en-US': {
    due: (what: string) => `Payment due today: ${what}`,
    overdue: (what: string) => `Payment overdue: ${what}`,
    owed: (fen: number, date: string) => `${formatYuan(fen, 'en-US')} outstanding, due ${date}`,
    delayed: (project: string, code: string, content: string) =>
      `Milestone delayed: ${project} ${code} ${content}`,
    planned: (date: string) =>
      `Planned for ${date} and not done yet; give a reason for the delay when saving it`,
  },
} satisfies Record<TLocale, unknown>;

export function reminderWords(locale: TLocale) {
  return WORDS[locale];
}
