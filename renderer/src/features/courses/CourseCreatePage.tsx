import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyCourseInput } from '../../../../shared/domain/course';
import { db } from '../../db';
import { createCourse } from './course-commands';
import { CourseForm } from './CourseForm';
import { useWriteContext } from './write-context';
import './courses.css';

export function CourseCreatePage() {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('form.newTitle')}</Typography.Title>
      <CourseForm
        initial={emptyCourseInput()}
        submitLabel={t('form.create')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const course = await createCourse(db, values, writeContext());
          void message.success(t('form.created'));
          navigate(`/courses/${course.id}`, { replace: true });
        }}
      />
    </div>
  );
}
