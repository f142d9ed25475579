import type { TCustomer } from './customer';
import type { TLocale } from './locale';

type Value = string | number | null;

export interface ExportColumn {
  key: string;
  labels: Record<TLocale, string>;
  value: (customer: TCustomer) => Value;
  /** Money in fen, written as 元 with two decimals. */
  yuan?: boolean;
}

const primary = (c: TCustomer) => c.contacts.find((contact) => contact.isPrimary) ?? c.contacts[0];
const col = (
  key: string,
  zh: string,
  en: string,
  value: ExportColumn['value'],
  yuan = false,
): ExportColumn => ({
  key,
  labels: { 'zh-CN': zh, 'en-US': en },
  value,
  ...(yuan && { yuan }),
});

/**
 * The columns a customer list can be exported with, headed as the list and the import name them (a file exported
 * from Keyi imports back with every column recognised). Contacts' numbers come as the caller may see them: masked
 * for roles without personal data.
 */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  col('number', '客户编号', 'Customer number', (c) => c.number),
  col('name', '客户名称', 'Customer name', (c) => c.name),
  col('type', '客户类型', 'Customer type', (c) => c.type?.label ?? null),
  col('status', '状态', 'Status', (c) => c.status?.label ?? null),
  col('stage', '客户阶段', 'Stage', (c) => c.stage?.label ?? null),
  col('grade', '客户等级', 'Grade', (c) => c.grade),
  col('sourceChannel', '来源渠道', 'Source channel', (c) => c.sourceChannel?.label ?? null),
  col('industry', '所属行业', 'Industry', (c) => c.industry?.label ?? null),
  col('province', '省份', 'Province', (c) => c.province),
  col('city', '所在城市', 'City', (c) => c.city),
  col('owner', '负责人', 'Owner', (c) => c.owner?.name ?? null),
  col('contactName', '联系人', 'Contact', (c) => primary(c)?.name ?? null),
  col('mobile', '手机', 'Mobile', (c) => primary(c)?.mobile ?? null),
  col('email', '邮箱', 'E-mail', (c) => primary(c)?.email ?? null),
  col('wechat', '微信', 'WeChat', (c) => primary(c)?.wechat ?? null),
  col('tags', '标签', 'Tags', (c) => c.tags.map((t) => t.label).join('、') || null),
  col('firstContactDate', '初次接触', 'First contact', (c) => c.firstContactDate),
  col('lastFollowUpAt', '最近跟进', 'Last follow-up', (c) => c.lastFollowUpAt?.slice(0, 10) ?? null),
  col('nextDueDate', '下次跟进日期', 'Next follow-up date', (c) => c.nextDueDate),
  col('wonAmount', '成交金额', 'Won amount', (c) => c.wonAmount, true),
  col('notes', '备注', 'Notes', (c) => c.notes),
  col('createdAt', '创建时间', 'Created', (c) => c.createdAt.slice(0, 10)),
];

export const DEFAULT_EXPORT_COLUMNS = EXPORT_COLUMNS.map((c) => c.key);

/** A cell as the file carries it: 元 as a number with two decimals, the rest as the list shows it. */
export function exportCell(column: ExportColumn, customer: TCustomer): Value {
  const value = column.value(customer);
  return column.yuan && typeof value === 'number' ? Math.round(value) / 100 : value;
}
