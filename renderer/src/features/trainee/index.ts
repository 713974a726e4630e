import type { RouteObject } from 'react-router';

/** Screens inside the app's layout (grading queue, results, item statistics). */
export const attemptsRoutes: RouteObject[] = [];
/** Full-screen trainee mode, outside the layout: a trainee sees only their test. */
export const traineeRoutes: RouteObject[] = [];
