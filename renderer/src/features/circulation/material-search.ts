import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { KEY_MIN, keyMax } from '../shared-ui';

export const PICKER_LIMIT = 50;

/** Live materials for a picker: full-text hits of what was typed, or the first ones by title. */
export async function findMaterials(db: TrainDeskDatabase, text: string): Promise<Material[]> {
  const hits = text.trim() ? await searchFullText(db, 'material', text) : null;
  const rows = hits
    ? (await db.materials.bulkGet(hits.slice(0, PICKER_LIMIT).map((h) => h.id))).filter(
        (m): m is Material => m !== undefined,
      )
    : await db.materials
        .where('[del+titleKey+id]')
        .between([0, KEY_MIN, KEY_MIN], [0, keyMax(), keyMax()])
        .limit(PICKER_LIMIT)
        .toArray();
  return rows.filter((m) => m.del === 0);
}
