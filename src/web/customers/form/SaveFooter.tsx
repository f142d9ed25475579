import { Alert, Button, Flex, Spin, Typography } from 'antd';
import type { TDuplicateCandidate } from '../../../domain/customer';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { DuplicateList } from '../DuplicateList';

interface Props {
  live: TDuplicateCandidate[];
  checking: boolean;
  pending: { creditCode: boolean; candidates: TDuplicateCandidate[] | null };
  saving: boolean;
  onSaveAnyway: (warning: 'creditCodeCheckDigit' | 'duplicates') => void;
  onCancel: () => void;
}

/** Above the save button: possible duplicates as the person types, and the warnings a save came back with. */
export function SaveFooter({ live, checking, pending, saving, onSaveAnyway, onCancel }: Props) {
  const t = useT();
  const d = t.customers.duplicates;
  const blocking = pending.candidates;
  const candidates = blocking ?? live;
  const isPhone = useIsPhone();
  const notice = candidates.length
    ? d.found(candidates.length)
    : pending.creditCode
      ? t.customers.form.creditCodeWarningTitle
      : null;
  const alerts = (
    <>
      {candidates.length > 0 && (
        <Alert
          type={blocking ? 'error' : 'warning'}
          showIcon
          className="keyi-duplicates-alert"
          title={
            <Flex justify="space-between" align="center" gap={8}>
              <span>{d.title}</span>
              {checking && <Spin size="small" />}
            </Flex>
          }
          description={
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {blocking ? d.blocking : d.hint}
              </Typography.Paragraph>
              <DuplicateList candidates={candidates} />
              {blocking && (
                <Button
                  danger
                  style={{ marginTop: 12 }}
                  loading={saving}
                  onClick={() => onSaveAnyway('duplicates')}
                >
                  {t.customers.form.saveAnyway}
                </Button>
              )}
            </>
          }
        />
      )}
      {pending.creditCode && (
        <Alert
          type="warning"
          showIcon
          title={t.customers.form.creditCodeWarningTitle}
          description={t.customers.form.creditCodeWarning}
          action={
            <Button size="small" danger loading={saving} onClick={() => onSaveAnyway('creditCodeCheckDigit')}>
              {t.customers.form.saveAnyway}
            </Button>
          }
        />
      )}
    </>
  );
  const buttons = (
    <Flex justify="flex-end" align="center" gap={8}>
      {isPhone && notice && (
        <Button
          type="link"
          danger={!!blocking || pending.creditCode}
          className="keyi-duplicates-jump"
          onClick={() => document.querySelector('.keyi-form-alerts')?.scrollIntoView({ block: 'start' })}
        >
          {notice}
        </Button>
      )}
      <Button onClick={onCancel}>{t.common.cancel}</Button>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t.common.save}
      </Button>
    </Flex>
  );
  // Desktop: the warnings ride along with the save button, in view while the person types.
  // Phones: they would cover the form, so they sit at its end and the bar only points to them.
  if (!isPhone)
    return (
      <div className="keyi-form-footer">
        {alerts}
        {buttons}
      </div>
    );
  return (
    <>
      <div className="keyi-form-alerts">{alerts}</div>
      <div className="keyi-form-footer">{buttons}</div>
    </>
  );
}
