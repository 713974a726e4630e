import type { RouteObject } from 'react-router';
import { questionsImportRoute } from '../import';

export { createQuestion } from './commands';
export { QuestionView } from './QuestionView';
export { fetchQuestionsPage, knownTags } from './queries';

/** Every screen loads when opened. */
export const questionsRoutes: RouteObject[] = [
  {
    path: 'questions',
    lazy: () => import('./QuestionsListPage').then((m) => ({ Component: m.QuestionsListPage })),
  },
  questionsImportRoute,
  {
    path: 'questions/new',
    lazy: () => import('./QuestionCreatePage').then((m) => ({ Component: m.QuestionCreatePage })),
  },
  {
    path: 'questions/:id',
    lazy: () => import('./QuestionDetailPage').then((m) => ({ Component: m.QuestionDetailPage })),
  },
  {
    path: 'questions/:id/edit',
    lazy: () => import('./QuestionEditPage').then((m) => ({ Component: m.QuestionEditPage })),
  },
];
