import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { updateTest } from './commands';
import { TestForm } from './TestForm';
import { useTest } from './use-test';
import './tests.css';

export function TestEditPage() {
  const { t } = useTranslation('tests');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const test = useTest(id);
  if (test === undefined) return <Spin />;
  if (test === null) return <NotFound />;
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    updatedBy: _b,
    deletedAt: _d,
    del: _del,
    titleKey: _k,
    ...fields
  } = test;
  return (
    <div className="page">
      <Typography.Title level={3}>{t('builder.editTitle')}</Typography.Title>
      <TestForm
        initial={fields}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          await updateTest(db, id, values, writeContext());
          void message.success(t('builder.saved'));
          navigate(`/tests/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
