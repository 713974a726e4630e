import { Descriptions, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { CourseFields } from '../../../../shared/domain/course';
import { db } from '../../db';
import { useCourseLabels } from './labels';

/** Names of owner trainers; a person since removed from the registry shows as unknown. */
export function useOwnerNames(ids: readonly string[]): string[] {
  const { t } = useTranslation('courses');
  const people = useLiveQuery(() => db.people.bulkGet([...ids]), [ids.join()]);
  return ids.map((_, i) => people?.[i]?.name ?? (people ? t('form.unknownPerson') : ''));
}

/** A course's own fields, read-only: the draft's on its page, a version's on the version page. */
export function CourseFieldsView({ fields }: { fields: CourseFields }) {
  const { t } = useTranslation('courses');
  const labels = useCourseLabels();
  const owners = useOwnerNames(fields.ownerIds);
  const none = <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  const tags = (values: string[]) => (values.length ? values.map((v) => <Tag key={v}>{v}</Tag>) : none);
  return (
    <Descriptions column={2} size="middle">
      <Descriptions.Item label={t('fields.code')}>{fields.code || none}</Descriptions.Item>
      <Descriptions.Item label={t('fields.category')}>
        {fields.category ? labels.category.labelOf(fields.category) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.level')}>
        {fields.level ? labels.level.labelOf(fields.level) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.delivery')}>
        {fields.delivery ? labels.delivery.labelOf(fields.delivery) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.durationHours')}>
        {t('hours', { count: fields.durationHours })}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.ownerIds')}>{tags(owners)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.targetPositions')}>
        {tags(fields.targetPositions.map(labels.position))}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.tags')}>{tags(fields.tags)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.objectives')} span={2}>
        <span className="course-objectives">{fields.objectives || none}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
