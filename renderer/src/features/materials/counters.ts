/** Counter row holding the number of live materials (see Counter in db/database.ts). */
export const LIVE_MATERIALS_COUNTER = 'materials.live';
