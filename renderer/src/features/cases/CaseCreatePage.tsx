import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyCaseInput } from '../../../../shared/domain/complaint-case';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { CaseForm } from './CaseForm';
import { createCase } from './commands';

export function CaseCreatePage() {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.createTitle')}</Typography.Title>
      <CaseForm
        initial={emptyCaseInput()}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const saved = await createCase(db, values, writeContext());
          void message.success(t('form.saved', { title: saved.title }));
          navigate(`/cases/${saved.id}`, { replace: true });
        }}
      />
    </div>
  );
}
