import { Radio, Typography } from 'antd';
import { LOCALES, type TLocale } from '../../domain/locale';
import { useChangeLocale } from '../auth/useChangeLocale';
import { useLocale, useT } from '../i18n/I18nProvider';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';
import { SettingsBlock } from './SettingsBlock';

export function AccountSettings() {
  const t = useT();
  const [locale] = useLocale();
  const changeLocale = useChangeLocale();
  return (
    <>
      <SettingsBlock title={t.account.profile}>
        <ProfileForm />
      </SettingsBlock>
      <SettingsBlock title={t.account.language}>
        <Radio.Group
          aria-label={t.account.language}
          optionType="button"
          buttonStyle="solid"
          value={locale}
          onChange={(e) => changeLocale(e.target.value as TLocale)}
          options={LOCALES.map((l) => ({ value: l, label: t.languages[l] }))}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t.account.languageHelp}
        </Typography.Paragraph>
      </SettingsBlock>
      <SettingsBlock title={t.account.changePassword}>
        <ChangePasswordForm />
      </SettingsBlock>
    </>
  );
}
