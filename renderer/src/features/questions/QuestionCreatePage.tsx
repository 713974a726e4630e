import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyQuestionInput } from '../../../../shared/domain/question-input';
import { db } from '../../db';
import { createQuestion } from './commands';
import { QuestionForm } from './QuestionForm';
import { useWriteContext } from '../shared-ui';
import './questions.css';

export function QuestionCreatePage() {
  const { t } = useTranslation('questions');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.createTitle')}</Typography.Title>
      <QuestionForm
        initial={emptyQuestionInput('single')}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const question = await createQuestion(db, values, writeContext());
          void message.success(t('form.saved'));
          navigate(`/questions/${question.id}`, { replace: true });
        }}
      />
    </div>
  );
}
