import type { RouteObject } from 'react-router';

export { defineImporter, type Importer, type ImportColumn } from './importer';

/** The people import wizard; it loads when opened, with the write path and its pinyin dictionary. */
export const peopleImportRoute: RouteObject = {
  path: 'people/import',
  lazy: () => import('./PeopleImportPage').then((m) => ({ Component: m.PeopleImportPage })),
};

/** The question-bank import wizard, loaded when opened. */
export const questionsImportRoute: RouteObject = {
  path: 'questions/import',
  lazy: () => import('./importers/questions-import-page').then((m) => ({ Component: m.QuestionsImportPage })),
};
