import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { lessonFieldsOf, type CourseFields } from '../../../../shared/domain/course';
import {
  diffCourse,
  isEmptyDiff,
  type CourseState,
  type FieldChange,
} from '../../../../shared/domain/course-diff';
import { courseFieldsOf } from '../../../../shared/domain/course-versioning';
import { NotFound } from '../../app/NotFound';
import { db, type TrainDeskDatabase } from '../../db';
import { useOwnerNames } from './CourseFieldsView';
import { useCourseLabels } from './labels';
import { courseVersion, liveLessons } from './queries';
import './courses.css';

/** A side of the comparison: a version number, or the draft as it is now. */
async function loadSide(db: TrainDeskDatabase, courseId: string, side: string): Promise<CourseState | null> {
  if (side === 'draft') {
    const [course, lessons] = await Promise.all([db.courses.get(courseId), liveLessons(db, courseId)]);
    if (!course) return null;
    return {
      course: courseFieldsOf(course),
      lessons: lessons.map((l) => ({ id: l.id, ...lessonFieldsOf(l) })),
    };
  }
  const version = await courseVersion(db, courseId, Number(side));
  return version && { course: version.course, lessons: version.lessons };
}

function Owners({ ids }: { ids: string[] }) {
  return <>{useOwnerNames(ids).join('、')}</>;
}

function useFieldValue() {
  const { t } = useTranslation('courses');
  const labels = useCourseLabels();
  return (field: keyof CourseFields, value: FieldChange['before']): ReactNode => {
    const empty = <Typography.Text type="secondary">{t('none')}</Typography.Text>;
    if (Array.isArray(value)) {
      if (value.length === 0) return empty;
      if (field === 'ownerIds') return <Owners ids={value} />;
      return value.map((v) => <Tag key={v}>{field === 'targetPositions' ? labels.position(v) : v}</Tag>);
    }
    if (value === '' || value === null) return empty;
    if (field === 'category') return labels.category.labelOf(String(value));
    if (field === 'level') return labels.level.labelOf(String(value));
    if (field === 'delivery') return labels.delivery.labelOf(String(value));
    if (field === 'durationHours') return t('hours', { count: Number(value) });
    return <span className="course-objectives">{String(value)}</span>;
  };
}

/** What changed between two versions of a course (or a version and the draft). */
export function ComparePage() {
  const { t } = useTranslation('courses');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const formatValue = useFieldValue();
  const sides = useLiveQuery(
    async () => Promise.all([loadSide(db, id, from), loadSide(db, id, to), db.courses.get(id)]),
    [id, from, to],
  );
  if (!sides) return <Spin />;
  const [before, after, course] = sides;
  if (!before || !after || !course) return <NotFound />;
  const diff = diffCourse(before, after);
  const sideLabel = (side: string) =>
    side === 'draft' ? t('history.draft') : t('versionLabel', { version: side });
  const lessonTitle = (title: string) => <Typography.Text strong>{title}</Typography.Text>;

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
            {t('compare.title', { from: sideLabel(from), to: sideLabel(to) })}
          </Typography.Title>
        </Space>
        <Typography.Text type="secondary">{course.title}</Typography.Text>
      </div>
      {isEmptyDiff(diff) && <Empty description={t('compare.same')} />}
      {diff.fields.length > 0 && (
        <Card title={t('compare.fields')}>
          <Table
            rowKey="field"
            size="small"
            pagination={false}
            dataSource={diff.fields}
            columns={[
              {
                title: t('compare.field'),
                dataIndex: 'field',
                render: (f: keyof CourseFields) => t(`fields.${f}`),
                width: 160,
              },
              { title: sideLabel(from), render: (_, c: FieldChange) => formatValue(c.field, c.before) },
              { title: sideLabel(to), render: (_, c: FieldChange) => formatValue(c.field, c.after) },
            ]}
          />
        </Card>
      )}
      {(diff.added.length > 0 ||
        diff.removed.length > 0 ||
        diff.edited.length > 0 ||
        diff.moved.length > 0) && (
        <Card title={t('compare.lessons')}>
          <List size="small" data-testid="lesson-changes">
            {diff.added.map((l) => (
              <List.Item key={`a${l.id}`}>
                <Space>
                  <Tag color="green">{t('compare.added')}</Tag>
                  {lessonTitle(l.title)}
                </Space>
              </List.Item>
            ))}
            {diff.removed.map((l) => (
              <List.Item key={`r${l.id}`}>
                <Space>
                  <Tag color="red">{t('compare.removed')}</Tag>
                  {lessonTitle(l.title)}
                </Space>
              </List.Item>
            ))}
            {diff.edited.map((e) => (
              <List.Item key={`e${e.after.id}`}>
                <Space wrap>
                  <Tag color="orange">{t('compare.edited')}</Tag>
                  {lessonTitle(e.after.title)}
                  <Typography.Text type="secondary">
                    {t('compare.editedFields', {
                      fields: e.fields.map((f) => t(`lesson.${f}`)).join(t('catalogue.listSeparator')),
                    })}
                  </Typography.Text>
                  {e.fields.includes('title') && (
                    <Typography.Text type="secondary">
                      {t('compare.renamed', { title: e.before.title })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            ))}
            {diff.moved.map((m) => (
              <List.Item key={`m${m.lesson.id}`}>
                <Space>
                  <Tag color="blue">{t('compare.moved')}</Tag>
                  {lessonTitle(m.lesson.title)}
                  <Typography.Text type="secondary">
                    {t('compare.movedFromTo', { from: m.from, to: m.to })}
                  </Typography.Text>
                </Space>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </div>
  );
}
