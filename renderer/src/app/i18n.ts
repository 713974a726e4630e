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
import enCourses from '../locales/en/courses.json';
import zhCourses from '../locales/zh-CN/courses.json';
import enMaterials from '../locales/en/materials.json';
import zhMaterials from '../locales/zh-CN/materials.json';
import enQuestions from '../locales/en/questions.json';
import zhQuestions from '../locales/zh-CN/questions.json';
import enTests from '../locales/en/tests.json';
import zhTests from '../locales/zh-CN/tests.json';
import enTrainee from '../locales/en/trainee.json';
import zhTrainee from '../locales/zh-CN/trainee.json';
import enCases from '../locales/en/cases.json';
import zhCases from '../locales/zh-CN/cases.json';
import enLending from '../locales/en/lending.json';
import zhLending from '../locales/zh-CN/lending.json';
import enCopies from '../locales/en/copies.json';
import zhCopies from '../locales/zh-CN/copies.json';
import enOverdue from '../locales/en/overdue.json';
import zhOverdue from '../locales/zh-CN/overdue.json';
import enCirculation from '../locales/en/circulation.json';
import zhCirculation from '../locales/zh-CN/circulation.json';
import enDesk from '../locales/en/desk.json';
import zhDesk from '../locales/zh-CN/desk.json';

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
    courses: zhCourses,
    materials: zhMaterials,
    questions: zhQuestions,
    tests: zhTests,
    trainee: zhTrainee,
    cases: zhCases,
    lending: zhLending,
    copies: zhCopies,
    overdue: zhOverdue,
    circulation: zhCirculation,
    desk: zhDesk,
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
    courses: enCourses,
    materials: enMaterials,
    questions: enQuestions,
    tests: enTests,
    trainee: enTrainee,
    cases: enCases,
    lending: enLending,
    copies: enCopies,
    overdue: enOverdue,
    circulation: enCirculation,
    desk: enDesk,
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
