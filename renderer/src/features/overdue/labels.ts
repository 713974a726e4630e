import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import type { Notice } from '../../../../shared/domain/lending';

/** "第一次催还 · 2026-11-20" (with the time when asked): a notice as the lists name it. */
export function noticeLine(t: TFunction, notice: Notice, withTime = false): string {
  return t('overdue:list.noticeOn', {
    stage: t(`lending:noticeStage.${notice.stage}`),
    date: dayjs(notice.sentAt).format(withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'),
  });
}

/** Colour of a stage's tag: the later the stage, the louder. */
export const STAGE_COLOURS = { first: 'gold', second: 'orange', final: 'red', recall: 'purple' } as const;
