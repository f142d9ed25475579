import { Card, Flex, Skeleton, Spin } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** Whole-screen wait, used before we know who is signed in. */
export function FullPageLoading() {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t.common.loading} />
    </Flex>
  );
}

/** A card-shaped placeholder while a section loads, so the page keeps its shape. */
export function SectionLoading({ rows = 4 }: { rows?: number }) {
  return (
    <Card>
      <Skeleton active paragraph={{ rows }} />
    </Card>
  );
}
