import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { personInputFromFields } from '../../../../shared/domain/person';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { updatePerson } from './commands';
import { PersonForm } from './PersonForm';
import { usePerson } from './use-person';
import { useWriteContext } from './write-context';

export function PersonEditPage() {
  const { t } = useTranslation('people');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const person = usePerson(id);
  if (person === undefined) return <Spin />;
  if (person === null) return <NotFound />;
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.editTitle', { name: person.name })}</Typography.Title>
      <PersonForm
        initial={personInputFromFields(person)}
        kindLocked
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const saved = await updatePerson(db, id, values, writeContext());
          void message.success(t('form.saved', { name: saved.name }));
          navigate(`/people/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
