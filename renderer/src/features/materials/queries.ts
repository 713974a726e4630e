import type { IndexableType } from 'dexie';
import type { Edition, Material, MaterialType } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { LIVE_MATERIALS_COUNTER } from './counters';
import type { Page } from '../shared-ui';
import { byTitle, readTitlePage, type IndexPlan } from './paged-list';

export interface MaterialsQuery {
  deleted: boolean;
  type?: MaterialType;
  category?: string;
  search?: string;
}

/** A search shows its best hits at once rather than paging: nobody scrolls past this many. */
export const SEARCH_LIMIT = 200;

/** The type's index when a type is chosen (categories hold more titles), else the category's, else titles. */
export function planMaterialsQuery(q: MaterialsQuery): IndexPlan<Material> {
  const del = q.deleted ? 1 : 0;
  if (q.type) {
    const category = q.category;
    return {
      index: '[del+type+titleKey+id]',
      prefix: [del, q.type],
      filter: category ? (m) => m.category === category : undefined,
    };
  }
  if (q.category) return { index: '[del+category+titleKey+id]', prefix: [del, q.category] };
  return { index: '[del+titleKey+id]', prefix: [del] };
}

function matches(m: Material, q: MaterialsQuery) {
  return (
    m.del === (q.deleted ? 1 : 0) &&
    (!q.type || m.type === q.type) &&
    (!q.category || m.category === q.category)
  );
}

/** Full-text hits over title, authors and description, read a page's worth at most. */
export async function searchMaterials(db: TrainDeskDatabase, q: MaterialsQuery): Promise<Material[] | null> {
  const hits = await searchFullText(db, 'material', q.search ?? '');
  if (!hits) return null;
  const rows = await db.materials.bulkGet(hits.slice(0, SEARCH_LIMIT).map((h) => h.id));
  return byTitle(rows.filter((m): m is Material => m !== undefined && matches(m, q)));
}

export async function fetchMaterialsPage(
  db: TrainDeskDatabase,
  q: MaterialsQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<Material>> {
  const found = await searchMaterials(db, q);
  if (found) return { rows: found, after: null };
  return readTitlePage(db.materials, planMaterialsQuery(q), after, limit);
}

export async function liveMaterialsCount(db: TrainDeskDatabase): Promise<number> {
  return (await db.counters.get(LIVE_MATERIALS_COUNTER))?.value ?? 0;
}

/** A material's editions, oldest first, from the `[materialId+number]` index (a handful per material). */
export function editionsOf(db: TrainDeskDatabase, materialId: string): Promise<Edition[]> {
  return db.editions
    .where('[materialId+number]')
    .between([materialId, -Infinity], [materialId, Infinity])
    .toArray();
}
