import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../../domain/locale';
import { setApiLocale } from '../api/client';
import { enUS } from './en-US';
import { zhCN, type Messages } from './zh-CN';

dayjs.extend(relativeTime);

const STORAGE_KEY = 'keyi.locale';
const CATALOGUES: Record<TLocale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
const DAYJS_LOCALES: Record<TLocale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

interface I18nValue {
  locale: TLocale;
  messages: Messages;
  /** Changes the interface language on this device only; saving it to the user is useChangeLocale's job. */
  setLocale: (locale: TLocale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): TLocale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Private browsing can forbid storage; Chinese is the default anyway.
    return DEFAULT_LOCALE;
  }
}

/** Applies the locale to everything outside React that formats or sends text. */
function applyLocale(locale: TLocale): void {
  dayjs.locale(DAYJS_LOCALES[locale]);
  setApiLocale(locale);
  document.documentElement.lang = locale;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<TLocale>(() => {
    const initial = readStoredLocale();
    applyLocale(initial);
    return initial;
  });

  useEffect(() => applyLocale(locale), [locale]);

  const setLocale = useCallback((next: TLocale) => {
    applyLocale(next);
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered on this device; the user's saved locale still applies after login.
    }
  }, []);

  const value = useMemo(() => ({ locale, messages: CATALOGUES[locale], setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The catalogue of the current locale: `t.members.add`, `t.members.created(name)`. */
export function useT(): Messages {
  return useI18n().messages;
}

export function useLocale(): [TLocale, (locale: TLocale) => void] {
  const { locale, setLocale } = useI18n();
  return [locale, setLocale];
}

/** Looks up a label in an open-ended map (search group types, record types); undefined when unknown. */
export function lookup(map: object, key: string): string | undefined {
  const value: unknown = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}
