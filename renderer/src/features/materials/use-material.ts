import { useLiveQuery } from 'dexie-react-hooks';
import type { Edition, Material } from '../../../../shared/domain/material';
import { db } from '../../db';
import { editionsOf } from './queries';

/** The material with this id as it changes: undefined while loading, null when there is none. */
export function useMaterial(id: string): Material | null | undefined {
  return useLiveQuery(async () => (await db.materials.get(id)) ?? null, [id]);
}

/** Its editions, newest first. */
export function useEditions(materialId: string): Edition[] | undefined {
  return useLiveQuery(async () => (await editionsOf(db, materialId)).reverse(), [materialId]);
}
