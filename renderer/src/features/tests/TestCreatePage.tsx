import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyTestPaperInput } from '../../../../shared/domain/test-paper-rules';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { createTest } from './commands';
import { TestForm } from './TestForm';
import './tests.css';

export function TestCreatePage() {
  const { t } = useTranslation('tests');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('builder.createTitle')}</Typography.Title>
      <TestForm
        initial={emptyTestPaperInput()}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const test = await createTest(db, values, writeContext());
          void message.success(t('builder.saved'));
          navigate(`/tests/${test.id}`, { replace: true });
        }}
      />
    </div>
  );
}
