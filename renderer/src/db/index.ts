import { createDatabase } from './database';

export { createDatabase, DATABASE_NAME, type Counter, type TrainDeskDatabase } from './database';
export { LATEST_VERSION } from './schema';

/** One connection for the app's whole life: reopening a large database costs about a second. */
export const db = createDatabase();
