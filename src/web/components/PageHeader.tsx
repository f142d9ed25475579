import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

/** Title row of a page; also names the browser tab (documentTitle when it should say more than the title). */
export function PageHeader(props: {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
  documentTitle?: string;
}) {
  const { title, subtitle, extra, documentTitle } = props;
  usePageTitle(documentTitle ?? title);
  return (
    <Flex className="keyi-page-header" justify="space-between" align="flex-start" gap={12} wrap>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
