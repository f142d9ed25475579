import type { ThemeConfig } from 'antd';
import type { TLocale } from '../domain/locale';

/** Keyi blue: a calm, trustworthy blue that reads well on white and in Chinese business software. */
export const BRAND = '#1f5eff';

const SYSTEM = "-apple-system, BlinkMacSystemFont, 'Segoe UI'";
const CHINESE = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC'";
const LATIN = "'Helvetica Neue', Arial";

/**
 * Where the system font is missing (Linux), the first font that has a glyph draws it: Chinese pages want Chinese
 * punctuation (，“”) from a Chinese font, English pages want quotes and apostrophes from a Latin one, not full-width.
 */
const FONTS: Record<TLocale, string> = {
  'zh-CN': `${SYSTEM}, ${CHINESE}, ${LATIN}, sans-serif`,
  'en-US': `${SYSTEM}, ${LATIN}, ${CHINESE}, sans-serif`,
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND,
    colorInfo: BRAND,
    borderRadius: 8,
    colorBgLayout: '#f4f6fa',
    fontFamily: FONTS['zh-CN'],
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px', headerHeight: 56 },
    Menu: { itemBorderRadius: 8, itemMarginInline: 8 },
    Card: { headerFontSize: 15 },
  },
};

/** The theme of each interface language (they differ in the font stack only). */
export const THEMES: Record<TLocale, ThemeConfig> = {
  'zh-CN': theme,
  'en-US': { ...theme, token: { ...theme.token, fontFamily: FONTS['en-US'] } },
};
