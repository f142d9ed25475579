import { Flex, Typography, theme } from 'antd';
import type { THealthThresholds } from '../../domain/cadence';
import { useT } from '../i18n/I18nProvider';

function isThresholds(value: Partial<THealthThresholds> | undefined): value is THealthThresholds {
  const { dormantAfter: n, atRiskAfter: m } = value ?? {};
  return Number.isInteger(n) && Number.isInteger(m) && (n as number) >= 1 && (n as number) < (m as number);
}

/** The three health bands on a bar, as long as the days they cover (the at-risk band has no end: a fixed tail). */
export function HealthPreview({ value }: { value: Partial<THealthThresholds> | undefined }) {
  const h = useT().followUpRules.health;
  const { token } = theme.useToken();
  if (!isThresholds(value))
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {h.invalid}
      </Typography.Text>
    );
  const { dormantAfter: n, atRiskAfter: m } = value;
  const bands = [
    { key: 'active', color: token.colorSuccess, grow: n + 1, text: h.active(n) },
    { key: 'dormant', color: token.colorWarning, grow: m - n, text: h.dormantRange(n + 1, m) },
    {
      key: 'atRisk',
      color: token.colorError,
      grow: Math.max(Math.round(m * 0.35), 10),
      text: h.atRiskRange(m),
    },
  ];
  return (
    <div aria-label={h.preview}>
      <div
        style={{ display: 'flex', gap: 2, height: 10, borderRadius: 5, overflow: 'hidden', marginBottom: 8 }}
        aria-hidden
      >
        {bands.map((b) => (
          <div key={b.key} style={{ flexGrow: b.grow, flexBasis: 0, minWidth: 12, background: b.color }} />
        ))}
      </div>
      <Flex gap="4px 16px" wrap>
        {bands.map((b) => (
          <Flex key={b.key} align="center" gap={6} style={{ fontSize: 13 }}>
            <span
              style={{ width: 8, height: 8, borderRadius: '50%', background: b.color, flex: 'none' }}
              aria-hidden
            />
            <Typography.Text style={{ fontSize: 13 }}>{b.text}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </div>
  );
}
