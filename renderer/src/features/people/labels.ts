import type { TFunction } from 'i18next';
import { KNOWN_POSITIONS } from '../../../../shared/domain/person';

/** Known positions are stored by id and shown in the user's language; free titles as typed. */
export function positionLabel(t: TFunction, position: string | undefined): string {
  if (!position) return '';
  return (KNOWN_POSITIONS as readonly string[]).includes(position)
    ? t(`position.${position}`, { ns: 'people' })
    : position;
}
