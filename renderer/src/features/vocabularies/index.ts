import type { RouteObject } from 'react-router';

export { useVocabulary, type Vocabulary, type VocabularyOption } from './use-vocabulary';
export { VocabularySelect } from './VocabularySelect';

export const listsRoute: RouteObject = {
  path: 'settings/lists',
  lazy: () => import('./ListsPage').then((m) => ({ Component: m.ListsPage })),
};
