import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useLocale } from './i18n/I18nProvider';
import { router } from './routes';
import { THEMES } from './theme';

/**
 * antd follows our locale, so its built-in words (pagination, empty, confirm) match the rest of the page.
 * No space inside two-character Chinese buttons (登 录): it reads oddly and breaks finding buttons by text.
 */
export function AppRoot() {
  const [locale] = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={THEMES[locale]}
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
