import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyMaterialInput } from '../../../../shared/domain/material';
import { db } from '../../db';
import { createMaterial } from './commands';
import { MaterialForm } from './MaterialForm';
import { useWriteContext } from '../shared-ui';

export function MaterialCreatePage() {
  const { t } = useTranslation('materials');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.createTitle')}</Typography.Title>
      <MaterialForm
        initial={emptyMaterialInput()}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const material = await createMaterial(db, values, writeContext());
          void message.success(t('form.saved', { title: material.title }));
          navigate(`/materials/${material.id}`, { replace: true });
        }}
      />
    </div>
  );
}
