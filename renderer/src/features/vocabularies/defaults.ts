import {
  VOCABULARY_DEFAULT_KEYS,
  type VocabularyDefault,
  type VocabularyLabels,
  type VocabularyList,
} from '../../../../shared/domain/vocabulary';
import enCatalog from '../../locales/en/catalog.json';
import enSettings from '../../locales/en/settings.json';
import zhCatalog from '../../locales/zh-CN/catalog.json';
import zhSettings from '../../locales/zh-CN/settings.json';

type LabelTable = Record<string, string>;

// Both languages at once, whatever the screen shows: the lists editor shows both and the
// uniqueness rule compares both.
function shippedLabels(list: VocabularyList): { 'zh-CN': LabelTable; en: LabelTable } {
  if (list === 'courseCategory') return { 'zh-CN': zhCatalog.category, en: enCatalog.category };
  return { 'zh-CN': zhSettings.lists.defaults[list], en: enSettings.lists.defaults[list] };
}

/** The entries a list ships with, labelled from the locale files. */
export function vocabularyDefaults(list: VocabularyList): VocabularyDefault[] {
  const labels = shippedLabels(list);
  return VOCABULARY_DEFAULT_KEYS[list].map((key) => ({
    key,
    labels: { 'zh-CN': labels['zh-CN'][key] ?? key, en: labels.en[key] ?? key } satisfies VocabularyLabels,
  }));
}
