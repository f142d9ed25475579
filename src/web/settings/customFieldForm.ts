import type { TCustomField, TCustomFieldType } from '../../domain/custom-fields';

/** One option row of the field form; `saved` options came from the server and can only be stopped, not removed. */
export interface TOptionRow {
  key?: string;
  saved?: boolean;
  zh: string;
  en?: string;
  archived?: boolean;
}

export interface TCustomFieldValues {
  zh: string;
  en?: string;
  key: string;
  type: TCustomFieldType;
  required: boolean;
  options?: TOptionRow[];
}

/** A key made of what an English name says ('Contract value' → contract_value), or '' when it says nothing usable. */
export function slugOf(text: string | undefined): string {
  const slug = (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug;
}

/** The first key not taken: the English name's slug, else `<fallback>_<n>`. */
export function freeKey(wanted: string, fallback: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (wanted && !used.has(wanted)) return wanted;
  const base = wanted || fallback;
  for (let n = wanted ? 2 : 1; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

export function toFieldValues(field: TCustomField): TCustomFieldValues {
  return {
    zh: field.labels['zh-CN'],
    en: field.labels['en-US'] === field.labels['zh-CN'] ? '' : field.labels['en-US'],
    key: field.key,
    type: field.type,
    required: field.required,
    options: field.options.map((o) => ({
      key: o.key,
      saved: true,
      zh: o.labels['zh-CN'],
      en: o.labels['en-US'] === o.labels['zh-CN'] ? '' : o.labels['en-US'],
      archived: !!o.archived,
    })),
  };
}

const labelsOf = (zh: string, en: string | undefined) => {
  const name = zh.trim();
  // Most names are written once in Chinese; English readers then see the same words.
  return { 'zh-CN': name, 'en-US': en?.trim() || name };
};

/** The form's values as the API takes them; new options get keys from their English (or position) names. */
export function toFieldInput(values: TCustomFieldValues) {
  const rows = values.options ?? [];
  const taken = rows.flatMap((o) => (o.key ? [o.key] : []));
  const options = rows.map((o) => {
    const key = o.key ?? freeKey(slugOf(o.en), 'option', taken);
    taken.push(key);
    return { key, labels: labelsOf(o.zh, o.en), ...(o.archived && { archived: true }) };
  });
  return { labels: labelsOf(values.zh, values.en), required: values.required, options };
}

/** The server names fields by the request; the form by its own values. */
export function formPathOf(path: string): string {
  return path
    .replace(/^labels\.zh-CN$/, 'zh')
    .replace(/^labels\.en-US$/, 'en')
    .replace(/^options\.(\d+)\.labels\.zh-CN$/, 'options.$1.zh')
    .replace(/^options\.(\d+)\.labels\.en-US$/, 'options.$1.en');
}
