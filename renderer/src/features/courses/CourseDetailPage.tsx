import {
  ArrowLeftOutlined,
  CopyOutlined,
  EditOutlined,
  InboxOutlined,
  PlusOutlined,
  SendOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Course, Lesson } from '../../../../shared/domain/course';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { archiveCourse, duplicateCourse, unarchiveCourse } from './course-commands';
import { CourseFieldsView } from './CourseFieldsView';
import { HistoryPanel } from './HistoryPanel';
import { LessonDrawer } from './LessonDrawer';
import { LessonList } from './LessonList';
import { PublishDialog } from './PublishDialog';
import { StatusTags } from './StatusTags';
import { useCourse, useLessons } from './use-course';
import { useWriteContext } from './write-context';
import './courses.css';

type Editing = { lesson: Lesson | null } | null;

function Actions({ course, lessonCount }: { course: Course; lessonCount: number }) {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const [publishing, setPublishing] = useState(false);
  const archived = course.status === 'archived';
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const duplicate = async () => {
    try {
      const copy = await duplicateCourse(db, course.id, (title) => t('copyOf', { title }), writeContext());
      void message.success(t('detail.duplicated'));
      navigate(`/courses/${copy.id}`);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  return (
    <Space wrap>
      {!archived && (
        <>
          <Button icon={<EditOutlined />} onClick={() => navigate(`/courses/${course.id}/edit`)}>
            {t('common:actions.edit')}
          </Button>
          <Button type="primary" icon={<SendOutlined />} onClick={() => setPublishing(true)}>
            {t('detail.publish')}
          </Button>
        </>
      )}
      <Button icon={<CopyOutlined />} onClick={() => void duplicate()}>
        {t('detail.duplicate')}
      </Button>
      {archived ? (
        <Button
          icon={<UndoOutlined />}
          onClick={() => run(() => unarchiveCourse(db, course.id, writeContext()), t('detail.unarchived'))}
        >
          {t('detail.unarchive')}
        </Button>
      ) : (
        <Popconfirm
          title={t('detail.archiveConfirm')}
          description={t('detail.archiveHint')}
          okText={t('detail.archive')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() => run(() => archiveCourse(db, course.id, writeContext()), t('detail.archived'))}
        >
          <Button icon={<InboxOutlined />}>{t('detail.archive')}</Button>
        </Popconfirm>
      )}
      {publishing && (
        <PublishDialog
          course={course}
          lessonCount={lessonCount}
          onClose={(version) => {
            setPublishing(false);
            if (version !== null) void message.success(t('publish.done', { version }));
          }}
        />
      )}
    </Space>
  );
}

export function CourseDetailPage() {
  const { t } = useTranslation('courses');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const course = useCourse(id);
  const lessons = useLessons(id);
  const [editing, setEditing] = useState<Editing>(null);
  if (course === undefined || lessons === undefined) return <Spin />;
  if (course === null) return <NotFound />;
  const editable = course.status !== 'archived';
  const minutes = lessons.reduce((sum, l) => sum + l.durationMinutes, 0);

  return (
    <div className="page course-page">
      <div className="page-head">
        <Space align="center" wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/courses')}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {course.title || t('untitled')}
          </Typography.Title>
          <StatusTags course={course} />
        </Space>
        <Actions course={course} lessonCount={lessons.length} />
      </div>
      {!editable && <Alert type="warning" showIcon title={t('detail.archivedBanner')} />}
      <Tabs
        activeKey={params.get('tab') ?? 'overview'}
        onChange={(tab) => setParams(tab === 'overview' ? {} : { tab }, { replace: true })}
        items={[
          {
            key: 'overview',
            label: t('detail.overview'),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Card title={t('detail.about')}>
                  <CourseFieldsView fields={course} />
                </Card>
                <Card
                  title={t('lessons.heading', { count: lessons.length, minutes })}
                  extra={
                    editable && (
                      <Button icon={<PlusOutlined />} onClick={() => setEditing({ lesson: null })}>
                        {t('lessons.add')}
                      </Button>
                    )
                  }
                >
                  <LessonList
                    lessons={lessons}
                    editable={editable}
                    onOpen={(lesson) => setEditing({ lesson })}
                  />
                </Card>
              </Space>
            ),
          },
          {
            key: 'history',
            label: t('detail.history', { count: course.latestVersion }),
            children: <HistoryPanel course={course} />,
          },
        ]}
      />
      {editing && editable && (
        <LessonDrawer courseId={course.id} lesson={editing.lesson} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
