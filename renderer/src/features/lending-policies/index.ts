import type { RouteObject } from 'react-router';

// Lending rules 借阅规则: the rules matrix, the office calendar, reminder settings, managers and notice templates.
export const lendingPoliciesRoutes: RouteObject[] = [
  {
    path: 'lending/rules',
    lazy: () => import('./LendingRulesPage').then((m) => ({ Component: m.LendingRulesPage })),
  },
];
