/** Counter row holding the number of live questions (see Counter in db/database.ts). */
export const LIVE_QUESTIONS_COUNTER = 'questions.live';
