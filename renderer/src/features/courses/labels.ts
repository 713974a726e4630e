import { useTranslation } from 'react-i18next';
import { KNOWN_POSITIONS } from '../../../../shared/domain/person';
import { useVocabulary } from '../vocabularies';

/** Labels of a course's list-backed fields in the user's language (editable lists and positions). */
export function useCourseLabels() {
  const { t } = useTranslation(['courses', 'people']);
  const category = useVocabulary('courseCategory');
  const level = useVocabulary('courseLevel');
  const delivery = useVocabulary('deliveryMode');
  const method = useVocabulary('teachingMethod');
  const position = (p: string) =>
    (KNOWN_POSITIONS as readonly string[]).includes(p) ? t(`people:position.${p}`) : p;
  return { category, level, delivery, method, position };
}
