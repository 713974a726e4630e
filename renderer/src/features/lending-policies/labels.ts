import type { TFunction } from 'i18next';
import { ANY } from '../../../../shared/domain/lending';
import { KNOWN_POSITIONS } from '../../../../shared/domain/person';

/** A rule's material type in the user's words; ANY is "any type". */
export function materialTypeLabel(t: TFunction, type: string): string {
  return type === ANY ? t('overdue:rules.anyType') : t(`materials:type.${type}`);
}

/** A rule's position: known positions in the user's language, titles as typed, ANY as "any position". */
export function positionLabel(t: TFunction, position: string): string {
  if (position === ANY) return t('overdue:rules.anyPosition');
  return (KNOWN_POSITIONS as readonly string[]).includes(position)
    ? t(`people:position.${position}`)
    : position;
}
