import { createDatabase } from './database';

export { createDatabase, DATABASE_NAME, type Counter, type TrainDeskDatabase } from './database';
export { LATEST_VERSION } from './schema';

/** One connection for the app's whole life: reopening a large database costs about a second. */
export const db = createDatabase();

// Opening a large database takes a while: start now, alongside the first calls to the main process,
// rather than at the first query. A failure surfaces again at that query, where a screen handles it.
db.open().catch(() => undefined);
