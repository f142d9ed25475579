import type { THistoryItem } from '../../api/customers';
import type { TDictionary } from '../../../domain/dictionaries';
import type { TLocale } from '../../../domain/locale';
import type { Messages } from '../../i18n/zh-CN';
import { formatYuan } from '../../../domain/money';

type Change = { from: unknown; to: unknown };
/** Derived or bookkeeping values that say nothing on their own (the grade line already says it). */
const SKIP = new Set([
  'gradeIsManual',
  'contacts',
  'lastFollowUpAt',
  'id',
  'customerId',
  'masked',
  'version',
]);
const MONEY = new Set(['budgetMin', 'budgetMax']);

function isChange(value: unknown): value is Change {
  return !!value && typeof value === 'object' && 'from' in value && 'to' in value;
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A stored value as a person reads it: labels for dictionary entries, names for people, 元 for money. */
export function formatValue(value: unknown, key: string, t: Messages, locale: TLocale): string {
  const sep = locale === 'zh-CN' ? '、' : ', ';
  if (isBlank(value)) return '';
  if (MONEY.has(key) && typeof value === 'number') return formatYuan(value, locale);
  if (typeof value === 'boolean') return value ? t.customers.history.yes : t.customers.history.no;
  if (key === 'priority' && typeof value === 'string') return lookup(t.customers.priorities, value) ?? value;
  if (key === 'kind' && typeof value === 'string') return lookup(t.customers.kinds, value) ?? value;
  if (Array.isArray(value)) return value.map((v) => formatValue(v, key, t, locale)).join(sep);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.label === 'string') return record.label;
    if (typeof record.name === 'string') return record.name;
    return '';
  }
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function lookup(map: object, key: string): string | undefined {
  const value: unknown = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** What a field is called: customer fields, then needs-profile and assessment parts, then contact fields. */
function fieldLabel(key: string, t: Messages, contact = false): string {
  const c = t.customers;
  if (key === 'ownerId') return c.fields.owner;
  return (
    (contact ? lookup(c.contact, key) : undefined) ??
    lookup(c.fields, key) ??
    lookup(c.needs, key) ??
    lookup(c.assessment, key) ??
    lookup(c.contact, key) ??
    key
  );
}

function changeLines(
  changes: Record<string, unknown>,
  user: string,
  t: Messages,
  locale: TLocale,
  contact = false,
  ctx?: THistoryContext,
): string[] {
  const h = t.customers.history;
  const lines: string[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (SKIP.has(key) || !isChange(change)) continue;
    const { from, to } = change;
    // The needs profile and the assessment are stored whole: describe the parts that changed.
    if ((key === 'needs' || key === 'assessment') && (from || to) && typeof (from ?? to) === 'object') {
      const a = (from ?? {}) as Record<string, unknown>;
      const b = (to ?? {}) as Record<string, unknown>;
      const parts = Object.fromEntries(
        [...new Set([...Object.keys(a), ...Object.keys(b)])]
          .filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
          .map((k) => [k, { from: a[k] ?? null, to: b[k] ?? null }]),
      );
      lines.push(...changeLines(parts, user, t, locale, false, ctx));
      continue;
    }
    if (key === 'custom' && ctx) {
      const a = (from ?? {}) as Record<string, unknown>;
      const b = (to ?? {}) as Record<string, unknown>;
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null)) continue;
        const before = a[k] == null ? '' : ctx.custom(k, a[k]).value;
        const after = b[k] == null ? '' : ctx.custom(k, b[k]).value;
        const name = ctx.custom(k, null).name;
        if (!before) lines.push(h.set(user, name, after));
        else if (!after) lines.push(h.cleared(user, name));
        else lines.push(h.changed(user, name, before, after));
      }
      continue;
    }
    const label = fieldLabel(key, t, contact);
    const before = formatValue(from, key, t, locale);
    const after = formatValue(to, key, t, locale);
    if (!before && !after) continue;
    if (!before) lines.push(h.set(user, label, after));
    else if (!after) lines.push(h.cleared(user, label));
    else lines.push(h.changed(user, label, before, after));
  }
  return lines;
}

type Label = (dictionary: TDictionary, key: string) => string;
/** Names what the history cannot know by itself: dictionary entries and custom fields. */
export interface THistoryContext {
  label: Label;
  /** A custom field's name and a value of it as text. */
  custom: (key: string, value: unknown) => { name: string; value: string };
}
const BULK_DICT: Record<string, TDictionary> = {
  addTag: 'tag',
  removeTag: 'tag',
  setType: 'customerType',
  setStatus: 'customerStatus',
  setStage: 'customerStage',
};

function describeBulk(action: string, value: unknown, user: string, t: Messages, label: Label): string {
  const h = t.customers.history;
  if (action === 'undo') return h.bulkUndo(user);
  const what = lookup(t.customers.bulk, action) ?? action;
  const dictionary = BULK_DICT[action];
  if (dictionary && typeof value === 'string')
    return h.bulk(user, h.bulkValue(what, label(dictionary, value)));
  return h.bulk(user, what);
}

/** One history entry as sentences: "王芳 把 城市 从 杭州 改为 宁波". `label` names dictionary keys. */
export function describeEntry(
  entry: THistoryItem,
  t: Messages,
  locale: TLocale,
  ctx: THistoryContext,
): string[] {
  const h = t.customers.history;
  const user = entry.user?.name ?? h.someone;
  const changes = entry.changes;
  const name = (value: unknown) => formatValue(value, 'name', t, locale);
  switch (entry.action) {
    case 'create':
      return [h.created(user) + (changes.confirmed ? h.createdConfirmed : '')];
    case 'update': {
      const lines = changeLines(changes, user, t, locale, false, ctx);
      return lines.length ? lines : [h.other(user, entry.action)];
    }
    case 'delete':
      return [h.deleted(user)];
    case 'restore':
      return [h.restored(user)];
    case 'merge': {
      const from = changes.from as { name?: string; number?: string } | undefined;
      return [h.merged(user, [from?.name, from?.number].filter(Boolean).join(' '))];
    }
    case 'merged':
      return [h.mergedInto(user, name(changes.into))];
    case 'contact.create':
      return [h.contactAdded(user, name(changes.name))];
    case 'contact.update': {
      const contact = isChange(changes.contact) ? name(changes.contact.to) : '';
      const { contact: _skip, ...rest } = changes;
      const details = changeLines(rest, user, t, locale, true).map(
        (line) => `· ${line.replace(`${user} `, '')}`,
      );
      return [h.contactChanged(user, contact), ...details];
    }
    case 'contact.delete':
      return [h.contactRemoved(user, name(changes.contact))];
    case 'contact.restore':
      return [h.contactRestored(user, name(changes.contact))];
    case 'contact.purge':
      return [h.contactPurged(user)];
    case 'contact.erase':
      return [h.contactErased(user)];
    case 'reveal':
      return [h.revealed(user, name(changes.contact), fieldLabel(String(changes.field ?? ''), t, true))];
    case 'claim':
      return [h.claimed(user)];
    case 'release':
      return [h.released(user)];
    case 'reclaim':
      return [h.reclaimed];
    case 'import':
      return [h.imported(user)];
    case 'importUpdate':
      return [h.importUpdated(user)];
    case 'importUndo':
      return [h.importUndone(user)];
    default:
      if (entry.action.startsWith('bulk.'))
        return [describeBulk(entry.action.slice(5), changes.value, user, t, ctx.label)];
      return [h.other(user, entry.action)];
  }
}
