import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { caseInputFromCase } from '../../../../shared/domain/complaint-case';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { CaseForm } from './CaseForm';
import { updateCase } from './commands';
import { useCase } from './use-case';

export function CaseEditPage() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const record = useCase(id);
  if (record === undefined) return <Spin />;
  if (record === null) return <NotFound />;
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.editTitle', { title: record.title })}</Typography.Title>
      <CaseForm
        initial={caseInputFromCase(record)}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const saved = await updateCase(db, id, values, writeContext());
          void message.success(t('form.saved', { title: saved.title }));
          navigate(`/cases/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
