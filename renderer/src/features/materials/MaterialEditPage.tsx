import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { materialInputFromFields } from '../../../../shared/domain/material';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { updateMaterial } from './commands';
import { MaterialForm } from './MaterialForm';
import { useMaterial } from './use-material';
import { useWriteContext } from '../shared-ui';

export function MaterialEditPage() {
  const { t } = useTranslation('materials');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const material = useMaterial(id);
  if (material === undefined) return <Spin />;
  if (material === null) return <NotFound />;
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.editTitle', { title: material.title })}</Typography.Title>
      <MaterialForm
        initial={materialInputFromFields(material)}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const saved = await updateMaterial(db, id, values, writeContext());
          void message.success(t('form.saved', { title: saved.title }));
          navigate(`/materials/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
