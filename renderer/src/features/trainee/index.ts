import type { RouteObject } from 'react-router';

/** Screens inside the app's layout (grading queue, results, item statistics), loaded when opened. */
export const attemptsRoutes: RouteObject[] = [
  {
    path: 'attempts',
    lazy: () => import('./AttemptsHomePage').then((m) => ({ Component: m.AttemptsHomePage })),
  },
  {
    path: 'attempts/test/:testId',
    lazy: () => import('./TestResultsPage').then((m) => ({ Component: m.TestResultsPage })),
  },
  {
    path: 'attempts/test/:testId/stats',
    lazy: () => import('./ItemStatsPage').then((m) => ({ Component: m.ItemStatsPage })),
  },
  {
    path: 'attempts/:attemptId',
    lazy: () => import('./AttemptDetailPage').then((m) => ({ Component: m.AttemptDetailPage })),
  },
];

/** Full-screen trainee mode, outside the layout: a trainee sees only their test. */
export const traineeRoutes: RouteObject[] = [
  {
    path: 'trainee/:testId',
    lazy: () => import('./TraineeModePage').then((m) => ({ Component: m.TraineeModePage })),
  },
];
