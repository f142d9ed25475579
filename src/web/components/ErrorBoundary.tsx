import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** The friendly page shown instead of a blank screen when rendering fails. */
export function ErrorFallback() {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh', padding: 16 }}>
      <Result
        status="500"
        title={t.errors.boundaryTitle}
        subTitle={t.errors.boundaryDescription}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
            {t.errors.reload}
          </Button>
        }
      />
    </Flex>
  );
}

/** Route-level errors (a lazy chunk failed, a loader threw) get the same page. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return <ErrorFallback />;
}

interface State {
  failed: boolean;
}

// React still offers error boundaries only as class components.
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorFallback /> : this.props.children;
  }
}
