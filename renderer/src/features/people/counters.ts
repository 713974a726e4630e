/** Counter row holding the number of live people (see Counter in db/database.ts). */
export const LIVE_PEOPLE_COUNTER = 'people.live';
