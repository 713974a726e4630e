import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { courseInputFromFields } from '../../../../shared/domain/course';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { updateCourse } from './course-commands';
import { CourseForm } from './CourseForm';
import { useCourse } from './use-course';
import { useWriteContext } from './write-context';
import './courses.css';

export function CourseEditPage() {
  const { t } = useTranslation('courses');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const course = useCourse(id);
  if (course === undefined) return <Spin />;
  if (course === null) return <NotFound />;
  return (
    <div className="page">
      <Typography.Title level={3}>
        {t('form.editTitle', { title: course.title || t('untitled') })}
      </Typography.Title>
      <CourseForm
        initial={courseInputFromFields(course)}
        submitLabel={t('common:actions.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          await updateCourse(db, id, values, writeContext());
          void message.success(t('form.saved'));
          navigate(`/courses/${id}`, { replace: true });
        }}
      />
    </div>
  );
}
