import { Alert, App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { questionInputFromFields } from '../../../../shared/domain/question-input';
import { editStartsNewVersion } from '../../../../shared/domain/question-versioning';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { updateQuestion } from './commands';
import { QuestionForm } from './QuestionForm';
import { useQuestion } from './use-question';
import { useWriteContext } from '../shared-ui';
import './questions.css';

export function QuestionEditPage() {
  const { t } = useTranslation('questions');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const question = useQuestion(id);
  if (question === undefined) return <Spin />;
  if (question === null) return <NotFound />;
  const versioned = editStartsNewVersion(question);
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.editTitle', { version: question.version })}</Typography.Title>
      <QuestionForm
        // A new version arriving from elsewhere starts the form again from it.
        key={`${question.id}-${question.version}`}
        initial={questionInputFromFields(question)}
        submitLabel={t('common:actions.save')}
        notice={
          versioned && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('form.newVersionNotice', { version: question.version, next: question.version + 1 })}
            />
          )
        }
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const edit = await updateQuestion(db, id, values, writeContext());
          void message.success(
            edit.newVersion ? t('form.savedNewVersion', { version: edit.question.version }) : t('form.saved'),
          );
          navigate(`/questions/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
