import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import enCatalog from '../locales/en/catalog.json';
import enCommon from '../locales/en/common.json';
import enPeople from '../locales/en/people.json';
import enSettings from '../locales/en/settings.json';
import zhCatalog from '../locales/zh-CN/catalog.json';
import zhCommon from '../locales/zh-CN/common.json';
import zhPeople from '../locales/zh-CN/people.json';
import zhSettings from '../locales/zh-CN/settings.json';
import enAttachments from '../locales/en/attachments.json';
import enBackup from '../locales/en/backup.json';
import enImport from '../locales/en/import.json';
import enPrint from '../locales/en/print.json';
import zhAttachments from '../locales/zh-CN/attachments.json';
import zhBackup from '../locales/zh-CN/backup.json';
import zhImport from '../locales/zh-CN/import.json';
import zhPrint from '../locales/zh-CN/print.json';

export const resources = {
  'zh-CN': {
    common: zhCommon,
    people: zhPeople,
    settings: zhSettings,
    catalog: zhCatalog,
    attachments: zhAttachments,
    backup: zhBackup,
    import: zhImport,
    print: zhPrint,
  },
  en: {
    common: enCommon,
    people: enPeople,
    settings: enSettings,
    catalog: enCatalog,
    attachments: enAttachments,
    backup: enBackup,
    import: enImport,
    print: enPrint,
  },
} as const;

/** The user's choice wins; otherwise Chinese wherever the operating system speaks Chinese. */
export function pickLanguage(chosen: Language | null, osLocale: string): Language {
  if (chosen) return chosen;
  return osLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function initI18n(language: Language) {
  return i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18n };
