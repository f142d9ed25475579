import { CheckOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { LOCALES, type TLocale } from '../../domain/locale';
import { useLocale, useT } from '../i18n/I18nProvider';

/** A compact language picker for pages without a user menu (login, set-up). */
export function LanguageSwitch({ onChange }: { onChange?: (locale: TLocale) => void }) {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const change = onChange ?? setLocale;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectedKeys: [locale],
        items: LOCALES.map((l) => ({
          key: l,
          label: t.languages[l],
          icon: l === locale ? <CheckOutlined /> : <span style={{ width: 14, display: 'inline-block' }} />,
        })),
        onClick: ({ key }) => change(key as TLocale),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t.header.language}>
        {t.languages[locale]}
      </Button>
    </Dropdown>
  );
}
