import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { emptyPersonInput } from '../../../../shared/domain/person';
import { db } from '../../db';
import { createPerson } from './commands';
import { PersonForm } from './PersonForm';
import { useWriteContext } from './write-context';

export function PersonCreatePage() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const writeContext = useWriteContext();
  const kind = params.get('kind') === 'external' ? 'external' : 'employee';
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.createTitle')}</Typography.Title>
      <PersonForm
        key={kind}
        initial={emptyPersonInput(kind)}
        kindLocked={false}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const person = await createPerson(db, values, writeContext());
          void message.success(t('form.saved', { name: person.name }));
          navigate(`/people/${person.id}`, { replace: true });
        }}
      />
    </div>
  );
}
