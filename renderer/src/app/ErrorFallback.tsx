import { Button, Result, Space } from 'antd';
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

/** Shown instead of a screen that threw: a plain message in the user's language, never a stack trace. */
export function ErrorFallback({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errorBoundary.title')}
      subTitle={t('errorBoundary.description')}
      extra={
        <Space>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </Button>
          <Button
            onClick={() => {
              window.location.hash = '#/';
              resetErrorBoundary();
            }}
          >
            {t('actions.home')}
          </Button>
        </Space>
      }
    />
  );
}
