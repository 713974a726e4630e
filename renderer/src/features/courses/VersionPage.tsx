import { ArrowLeftOutlined, DiffOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { CourseFieldsView } from './CourseFieldsView';
import { LessonContents } from './LessonContents';
import { courseVersion } from './queries';
import './courses.css';

/** One published version, read-only: it never changes. */
export function VersionPage() {
  const { t } = useTranslation('courses');
  const { id = '', version: param = '' } = useParams();
  const navigate = useNavigate();
  const number = Number(param);
  const version = useLiveQuery(
    () => (Number.isInteger(number) ? courseVersion(db, id, number) : null),
    [id, number],
  );
  if (version === undefined) return <Spin />;
  if (version === null) return <NotFound />;
  return (
    <div className="page course-page">
      <div className="page-head">
        <Space align="center" wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(`/courses/${id}?tab=history`)}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {version.course.title}
          </Typography.Title>
          <Tag color="blue">{t('versionLabel', { version: version.version })}</Tag>
          <Tag>{t('version.readOnly')}</Tag>
        </Space>
        {version.version > 1 && (
          <Button
            icon={<DiffOutlined />}
            onClick={() =>
              navigate(`/courses/${id}/compare?from=${version.version - 1}&to=${version.version}`)
            }
          >
            {t('version.comparePrevious')}
          </Button>
        )}
      </div>
      <Typography.Text type="secondary">
        {t('history.published', {
          date: dayjs(version.publishedAt).format('YYYY-MM-DD HH:mm'),
          by: version.publishedBy,
        })}
        {' · '}
        {version.changeNote || t('history.noNote')}
      </Typography.Text>
      <Card title={t('detail.about')}>
        <CourseFieldsView fields={version.course} />
      </Card>
      <Card
        title={t('lessons.heading', {
          count: version.lessons.length,
          minutes: version.lessons.reduce((s, l) => s + l.durationMinutes, 0),
        })}
      >
        <LessonContents lessons={version.lessons} />
      </Card>
    </div>
  );
}
