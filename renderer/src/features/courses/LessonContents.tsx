import { Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LessonSnapshot } from '../../../../shared/domain/course';
import { RichTextView } from '../rich-text';
import { useCourseLabels } from './labels';

/** A version's lessons, read-only, each opening to its content. */
export function LessonContents({ lessons }: { lessons: readonly LessonSnapshot[] }) {
  const { t } = useTranslation('courses');
  const labels = useCourseLabels();
  return (
    <Collapse
      items={lessons.map((lesson, i) => ({
        key: lesson.id,
        label: (
          <span className="lesson-main">
            <span>
              {i + 1}. {lesson.title}
            </span>
            <span className="lesson-meta">
              {lesson.method && <Tag>{labels.method.labelOf(lesson.method)}</Tag>}
              <Typography.Text type="secondary">
                {t('lessons.minutes', { count: lesson.durationMinutes })}
              </Typography.Text>
            </span>
          </span>
        ),
        children: lesson.contentHtml ? (
          <RichTextView html={lesson.contentHtml} images={lesson.images} />
        ) : (
          <Typography.Text type="secondary">{t('lessons.noContent')}</Typography.Text>
        ),
      }))}
    />
  );
}
