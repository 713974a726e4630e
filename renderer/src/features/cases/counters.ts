/** Counter row holding the number of live cases (see Counter in db/database.ts). */
export const LIVE_CASES_COUNTER = 'cases.live';
