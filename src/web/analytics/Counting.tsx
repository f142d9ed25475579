import { Flex, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

/** How long a count may take before the page says it is still at work. */
const PATIENCE_MS = 1500;

/**
 * The page's place while figures are counted: a skeleton, and past a moment a line saying the counting goes on (the
 * first look at a member's year counts every month once; later looks read what was kept).
 */
export function Counting({ rows }: { rows: number }) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Flex vertical gap={8}>
      {slow && (
        <Typography.Text type="secondary" role="status">
          {t.analytics.stillCounting}
        </Typography.Text>
      )}
      <Skeleton active paragraph={{ rows }} />
    </Flex>
  );
}
