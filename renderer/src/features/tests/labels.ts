import type { TFunction } from 'i18next';
import type { RandomRule } from '../../../../shared/domain/test-paper';

/** "5 single-choice questions tagged 投诉流程 of difficulty 2–3, 2 points each", in the user's language. */
export function ruleSummary(t: TFunction, rule: RandomRule, categoryLabel: (key: string) => string): string {
  const range =
    rule.minDifficulty === rule.maxDifficulty
      ? String(rule.minDifficulty)
      : `${rule.minDifficulty}–${rule.maxDifficulty}`;
  return t('tests:rule.summary', {
    count: rule.count,
    type: t(`tests:rule.types.${rule.type}`),
    tags: rule.tags.length ? t('tests:rule.tagged', { tags: rule.tags.join(', ') }) : '',
    category: rule.category ? t('tests:rule.inCategory', { category: categoryLabel(rule.category) }) : '',
    range,
    points: rule.points,
  });
}
