import { useCustomFields } from '../../api/custom-fields';
import { useDictionaries } from '../../api/dictionaries';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { customDisplay } from '../customFieldUi';
import type { THistoryContext } from './historyText';

/** What describeEntry needs to put a history entry into words: dictionary labels and custom fields' values. */
export function useHistoryContext(): THistoryContext {
  const t = useT();
  const [locale] = useLocale();
  const dicts = useDictionaries();
  const custom = useCustomFields();
  return {
    label: dicts.label,
    custom: (key, value) => {
      const field = custom.fields.find((f) => f.key === key);
      if (!field) return { name: key, value: value == null ? '' : String(value) };
      const shown = customDisplay(field, value, custom.options(field), t, locale);
      const text = Array.isArray(value)
        ? value
            .map((v) => custom.options(field).find((o) => o.value === v)?.label ?? String(v))
            .join(locale === 'zh-CN' ? '、' : ', ')
        : typeof shown === 'string'
          ? shown
          : String(value ?? '');
      return { name: custom.label(field), value: text };
    },
  };
}
