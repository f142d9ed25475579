import type { ThemeConfig } from 'antd';

/** Keyi blue: a calm, trustworthy blue that reads well on white and in Chinese business software. */
export const BRAND = '#1f5eff';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND,
    colorInfo: BRAND,
    borderRadius: 8,
    colorBgLayout: '#f4f6fa',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px', headerHeight: 56 },
    Menu: { itemBorderRadius: 8, itemMarginInline: 8 },
    Card: { headerFontSize: 15 },
  },
};
