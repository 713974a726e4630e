import type { IndexableType } from 'dexie';

/** Bounds for the open ends of a compound-key range: numbers sort below strings, arrays above both. */
export const KEY_MIN = -Infinity;
// A fresh array each time: IndexedDB refuses a key that holds the same array object twice, which
// rules out Dexie.maxKey in a key with two open ends.
export const keyMax = (): IndexableType => [];
