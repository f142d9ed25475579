import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../components/useIsPhone';

/**
 * One titled block of a settings section: a card on phones, a plain band inside the desktop tab.
 * `plain` blocks hold their own cards (lists of members, tokens…), so on phones they get no outer card.
 */
export function SettingsBlock(props: {
  title?: string;
  extra?: ReactNode;
  plain?: boolean;
  children: ReactNode;
}) {
  const { title, extra, plain, children } = props;
  const isPhone = useIsPhone();
  if (isPhone && plain) return <section>{children}</section>;
  if (isPhone) {
    return (
      <Card title={title} extra={extra} style={{ marginBottom: 16 }} size="small">
        {children}
      </Card>
    );
  }
  return (
    <section className="keyi-settings-block">
      {(title || extra) && (
        <div className="keyi-settings-block-head">
          {title && (
            <Typography.Title level={5} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
          )}
          {extra}
        </div>
      )}
      {children}
    </section>
  );
}
