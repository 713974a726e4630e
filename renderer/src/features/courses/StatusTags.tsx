import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/domain/course';

const COLOURS = { draft: 'gold', published: 'green', archived: 'default' } as const;

/** Status, latest version and whether the draft has unpublished changes. */
export function StatusTags({
  course,
}: {
  course: Pick<Course, 'status' | 'latestVersion' | 'draftChanged'>;
}) {
  const { t } = useTranslation('courses');
  return (
    <span className="course-status" data-testid="course-status">
      <Tag color={COLOURS[course.status]}>{t(`status.${course.status}`)}</Tag>
      {course.latestVersion > 0 && (
        <Tag color="blue">{t('versionLabel', { version: course.latestVersion })}</Tag>
      )}
      {course.latestVersion > 0 && course.draftChanged && course.status !== 'archived' && (
        <Tag color="orange">{t('unpublishedChanges')}</Tag>
      )}
    </span>
  );
}
