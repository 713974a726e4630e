import { z } from 'zod';
import { DomainError } from './errors';
import type { MergedVocabularyEntry } from './vocabulary-merge';
import { VOCABULARY_LANGUAGES, type VocabularyDefault, type VocabularyLabels } from './vocabulary';

export const VOCABULARY_LABEL_MAX = 40;

const labelSchema = z
  .string()
  .trim()
  .min(1, 'settings:lists.errors.labelRequired')
  .max(VOCABULARY_LABEL_MAX, 'settings:lists.errors.labelTooLong');

/** The form's first check of an entry's two labels; uniqueness needs the list and is checked by the write. */
export const vocabularyLabelsSchema = z.object({ 'zh-CN': labelSchema, en: labelSchema });

/** Labels compare the way a reader tells them apart: case, width of spaces and edges do not count. */
function sameLabel(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

/**
 * Checks the labels of a new or renamed entry against the rest of its list and returns them trimmed.
 * Both languages are required and each must be unique within the list (hidden entries included, so
 * showing one again never makes two entries look alike).
 */
export function checkVocabularyLabels(
  entries: readonly MergedVocabularyEntry[],
  labels: VocabularyLabels,
  selfKey?: string,
): VocabularyLabels {
  const trimmed: VocabularyLabels = { 'zh-CN': labels['zh-CN'].trim(), en: labels.en.trim() };
  for (const language of VOCABULARY_LANGUAGES) {
    const label = trimmed[language];
    const field = `labels.${language}`;
    if (!label) throw new DomainError('settings:lists.errors.labelRequired', field);
    if (label.length > VOCABULARY_LABEL_MAX) {
      throw new DomainError('settings:lists.errors.labelTooLong', field, { max: VOCABULARY_LABEL_MAX });
    }
    const clash = entries.find((e) => e.key !== selfKey && sameLabel(e.labels[language], label));
    if (clash) throw new DomainError('settings:lists.errors.labelTaken', field, { label });
  }
  return trimmed;
}

/** What to store for a shipped entry's labels: a label equal to the shipped one is stored empty, so it keeps following the locale files. */
export function labelsToStore(
  shipped: VocabularyDefault | undefined,
  labels: VocabularyLabels,
): VocabularyLabels {
  if (!shipped) return labels;
  return {
    'zh-CN': labels['zh-CN'] === shipped.labels['zh-CN'] ? '' : labels['zh-CN'],
    en: labels.en === shipped.labels.en ? '' : labels.en,
  };
}

/** The order a newly added entry takes: after every other one. */
export function nextVocabularyOrder(entries: readonly MergedVocabularyEntry[]): number {
  return entries.reduce((max, e) => Math.max(max, e.order + 1), 0);
}

/**
 * Moves one entry a place up (-1) or down (+1) and numbers the list 0, 1, … again; returns only the
 * entries whose order changes (nothing when the entry is already at that end of the list).
 */
export function planVocabularyMove(
  entries: readonly MergedVocabularyEntry[],
  key: string,
  direction: -1 | 1,
): { key: string; order: number }[] {
  const index = entries.findIndex((e) => e.key === key);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= entries.length) return [];
  const keys = entries.map((e) => e.key);
  [keys[index], keys[target]] = [keys[target]!, keys[index]!];
  const current = new Map(entries.map((e) => [e.key, e.order]));
  return keys
    .map((k, order) => ({ key: k, order }))
    .filter((change) => current.get(change.key) !== change.order);
}
