import { attachmentShas } from '../../../../shared/domain/attachment';
import { DomainError } from '../../../../shared/domain/errors';
import {
  materialInputSchema,
  materialSearchTexts,
  type Edition,
  type Material,
  type MaterialInput,
} from '../../../../shared/domain/material';
import {
  editionInputSchema,
  publishEdition,
  withdrawEdition,
  type EditionInput,
} from '../../../../shared/domain/material-editions';
import { nameSortKey } from '../../../../shared/domain/pinyin-search';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { LIVE_MATERIALS_COUNTER } from './counters';
import { editionsOf } from './queries';
import { bumpCounter, newId, type WriteContext } from '../shared-ui';

function validate(input: MaterialInput) {
  const parsed = materialInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  return parsed.data;
}

const ref = (id: string) => ({ kind: 'material' as const, id });

export async function createMaterial(
  db: TrainDeskDatabase,
  input: MaterialInput,
  ctx: WriteContext,
): Promise<Material> {
  const fields = validate(input);
  const material: Material = {
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    ...fields,
    currentEdition: 0,
    del: 0,
    titleKey: nameSortKey(fields.title),
  };
  await db.transaction('rw', [db.materials, db.counters, db.searchTerms], async () => {
    await db.materials.add(material);
    await bumpCounter(db, LIVE_MATERIALS_COUNTER, 1);
    await reindexTexts(db, ref(material.id), null, materialSearchTexts(material));
  });
  return material;
}

async function storedMaterial(db: TrainDeskDatabase, id: string): Promise<Material> {
  const current = await db.materials.get(id);
  if (!current) throw new DomainError('materials:errors.notFound');
  return current;
}

export async function updateMaterial(
  db: TrainDeskDatabase,
  id: string,
  input: MaterialInput,
  ctx: WriteContext,
): Promise<Material> {
  const fields = validate(input);
  return db.transaction('rw', [db.materials, db.searchTerms], async () => {
    const current = await storedMaterial(db, id);
    const next: Material = {
      ...current,
      ...fields,
      titleKey: nameSortKey(fields.title),
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    };
    await db.materials.put(next);
    await reindexTexts(db, ref(id), materialSearchTexts(current), materialSearchTexts(next));
    return next;
  });
}

async function setDeleted(
  db: TrainDeskDatabase,
  id: string,
  deletedAt: number | undefined,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.materials, db.counters], async () => {
    const current = await storedMaterial(db, id);
    if ((current.deletedAt !== undefined) === (deletedAt !== undefined)) return;
    const { deletedAt: _previous, ...rest } = current;
    await db.materials.put({
      ...rest,
      ...(deletedAt === undefined ? {} : { deletedAt }),
      del: deletedAt === undefined ? 0 : 1,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await bumpCounter(db, LIVE_MATERIALS_COUNTER, deletedAt === undefined ? 1 : -1);
  });
}

/**
 * Soft delete: the material and its editions stay (lending records point at them by id) and it can
 * be restored. Its words stay in the search index; searches drop tombstones when they read the hits.
 */
export function deleteMaterial(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, ctx.now, ctx);
}

export function restoreMaterial(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, undefined, ctx);
}

/**
 * Publishes the next edition; in the same transaction the previous current edition becomes
 * superseded and the material points at the new one. Existing editions keep their ids.
 */
export async function publishNewEdition(
  db: TrainDeskDatabase,
  materialId: string,
  input: EditionInput,
  ctx: WriteContext,
): Promise<Edition> {
  return db
    .transaction('rw', [db.materials, db.editions], async () => {
      const material = await storedMaterial(db, materialId);
      if (material.deletedAt !== undefined) throw new DomainError('materials:errors.notFound');
      const plan = publishEdition(await editionsOf(db, materialId), input);
      // publishEdition has refused bad input, so this parse only trims.
      const fields = editionInputSchema.parse(input);
      for (const change of plan.changes) {
        await db.editions.update(change.id, {
          status: change.status,
          updatedAt: ctx.now,
          updatedBy: ctx.actor,
        });
      }
      const edition: Edition = {
        id: newId(ctx),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
        materialId,
        number: plan.number,
        date: fields.date,
        files: fields.files,
        changeNote: fields.changeNote,
        status: 'current',
        attachmentShas: attachmentShas(fields.files),
      };
      await db.editions.add(edition);
      await db.materials.put({
        ...material,
        currentEdition: plan.number,
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
      });
      return edition;
    })
    .catch(asDomainError);
}

/** The unique `[materialId+number]` index refuses a number another window published a moment ago. */
function asDomainError(error: unknown): never {
  if ((error as { name?: string }).name === 'ConstraintError') {
    throw new DomainError('materials:errors.publishedElsewhere');
  }
  throw error;
}

/** Withdraws an edition with a reason; withdrawing the current one leaves the material with none. */
export async function withdrawMaterialEdition(
  db: TrainDeskDatabase,
  materialId: string,
  editionId: string,
  reason: string,
  ctx: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.materials, db.editions], async () => {
    const material = await storedMaterial(db, materialId);
    const plan = withdrawEdition(await editionsOf(db, materialId), editionId, reason);
    await db.editions.update(plan.id, {
      status: 'withdrawn',
      withdrawnReason: plan.reason,
      withdrawnAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await db.materials.put({
      ...material,
      currentEdition: plan.currentEdition,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
  });
}
