import { barcodeProblem, nextGeneratedBarcodes, normalizeBarcode } from '../../../../shared/domain/barcode';
import {
  addCopiesSchema,
  copyChanges,
  editCopySchema,
  type AddCopiesInput,
  type CopyFields,
  type EditCopyInput,
} from '../../../../shared/domain/copy-input';
import { DomainError } from '../../../../shared/domain/errors';
import {
  CURRENCY,
  type Copy,
  type CopyCondition,
  type CopyEvent,
  type CopyEventKind,
} from '../../../../shared/domain/lending';
import type { Edition, Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { bumpCounter, newId, type WriteContext } from '../shared-ui';
import { BARCODE_SEQUENCE_COUNTER, COPIES_COUNTER } from './counters';

/** How many barcodes one duplicate message names before it says "and N more". */
const NAMED_DUPLICATES = 10;

/** The tables a write of new copies touches. */
export const addCopiesTables = (db: TrainDeskDatabase) => [
  db.copies,
  db.copyEvents,
  db.counters,
  db.materials,
  db.editions,
];

/** A new copy of an edition, available on the shelf. */
export function buildCopy(
  material: Pick<Material, 'id' | 'title' | 'type'>,
  edition: Pick<Edition, 'id' | 'number'>,
  barcode: string,
  fields: CopyFields,
  ctx: WriteContext,
): Copy {
  return {
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    barcode,
    materialId: material.id,
    editionId: edition.id,
    editionNumber: edition.number,
    title: material.title,
    materialType: material.type,
    location: fields.location,
    acquiredOn: fields.acquiredOn,
    replacementCost: fields.replacementCost,
    currency: CURRENCY,
    condition: fields.condition,
    status: 'available',
    notes: fields.notes,
    del: 0,
  };
}

export function copyEvent(
  copy: Pick<Copy, 'id'>,
  kind: CopyEventKind,
  ctx: WriteContext,
  detail?: CopyEvent['detail'],
): CopyEvent {
  return {
    id: newId(ctx),
    copyId: copy.id,
    at: ctx.now,
    kind,
    actor: ctx.actor,
    ...(detail ? { detail } : {}),
  };
}

/** Which of these barcodes already belong to a copy, read from the unique barcode index. */
export async function takenBarcodes(
  db: TrainDeskDatabase,
  barcodes: readonly string[],
): Promise<Set<string>> {
  if (barcodes.length === 0) return new Set();
  const keys = await db.copies
    .where('barcode')
    .anyOf([...barcodes])
    .keys();
  return new Set(keys.map(String));
}

/** The refusal that names the barcodes already in use (the first ten, then how many more). */
export function barcodesTakenError(barcodes: readonly string[], field?: string): DomainError {
  const named = barcodes.slice(0, NAMED_DUPLICATES).join('、');
  const more = barcodes.length - NAMED_DUPLICATES;
  return new DomainError(
    more > 0 ? 'copies:errors.barcodesTakenMore' : 'copies:errors.barcodesTaken',
    field,
    { barcodes: named, count: barcodes.length, more },
  );
}

/**
 * Generated barcodes for `count` new copies, the counter row moved past them (inside the caller's
 * transaction). `reserved` are barcodes about to be stored in the same write (an import's typed ones).
 */
export async function generateBarcodes(
  db: TrainDeskDatabase,
  count: number,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const last = (await db.counters.get(BARCODE_SEQUENCE_COUNTER))?.value ?? 0;
  const result = await nextGeneratedBarcodes(last, count, async (candidates) => {
    const taken = await takenBarcodes(db, candidates);
    for (const c of candidates) if (reserved.has(c)) taken.add(c);
    return taken;
  });
  await db.counters.put({ key: BARCODE_SEQUENCE_COUNTER, value: result.lastSequence });
  return result.barcodes;
}

/** The unique barcode index refuses a barcode another window stored a moment ago. */
function duplicateFromElsewhere(error: unknown): never {
  const name = (error as { name?: string }).name;
  const inner = (error as { inner?: { name?: string } }).inner?.name;
  if (name === 'ConstraintError' || inner === 'ConstraintError' || name === 'BulkError')
    throw new DomainError('copies:errors.barcodeStoredElsewhere');
  throw error;
}

async function liveMaterialAndEdition(db: TrainDeskDatabase, materialId: string, editionId: string) {
  const [material, edition] = await Promise.all([db.materials.get(materialId), db.editions.get(editionId)]);
  if (!material || material.deletedAt !== undefined)
    throw new DomainError('copies:errors.materialNotFound', 'materialId');
  if (!edition || edition.materialId !== materialId)
    throw new DomainError('copies:errors.editionNotFound', 'editionId');
  if (edition.status === 'withdrawn')
    throw new DomainError('copies:errors.editionWithdrawn', 'editionId', { edition: edition.number });
  return { material, edition };
}

export interface AddedCopies {
  copies: Copy[];
  /** When they were added: with the material, it names this batch for printing its labels. */
  addedAt: number;
}

/**
 * Adds copies of one edition in ONE transaction: a number of copies with generated barcodes, or the
 * barcodes already on them. A barcode that is already used refuses the whole batch, naming every
 * such barcode, and nothing is written. Each copy gets an 'added' event; the copies counter follows.
 */
export async function addCopies(
  db: TrainDeskDatabase,
  input: AddCopiesInput,
  today: string,
  ctx: WriteContext,
): Promise<AddedCopies> {
  const parsed = addCopiesSchema(today).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  const request = parsed.data;
  return db
    .transaction('rw', addCopiesTables(db), async () => {
      const { material, edition } = await liveMaterialAndEdition(db, request.materialId, request.editionId);
      let barcodes: string[];
      if (request.barcodes) {
        const taken = await takenBarcodes(db, request.barcodes);
        if (taken.size > 0)
          throw barcodesTakenError(
            request.barcodes.filter((b) => taken.has(b)),
            'barcodeText',
          );
        barcodes = request.barcodes;
      } else barcodes = await generateBarcodes(db, request.count);
      const copies = barcodes.map((barcode) => buildCopy(material, edition, barcode, request.fields, ctx));
      await db.copies.bulkAdd(copies);
      await db.copyEvents.bulkAdd(
        copies.map((c) => copyEvent(c, 'added', ctx, { barcode: c.barcode, edition: edition.number })),
      );
      await bumpCounter(db, COPIES_COUNTER, copies.length);
      return { copies, addedAt: ctx.now };
    })
    .catch(duplicateFromElsewhere);
}

async function storedCopy(db: TrainDeskDatabase, id: string): Promise<Copy> {
  const copy = await db.copies.get(id);
  if (!copy) throw new DomainError('copies:errors.notFound');
  return copy;
}

/** Changes a copy's shelf location, acquisition date, replacement cost, condition and notes. */
export async function editCopy(
  db: TrainDeskDatabase,
  id: string,
  input: EditCopyInput,
  today: string,
  ctx: WriteContext,
): Promise<Copy> {
  const parsed = editCopySchema(today).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  return db.transaction('rw', [db.copies, db.copyEvents], async () => {
    const copy = await storedCopy(db, id);
    const changes = copyChanges(copy, parsed.data);
    if (Object.keys(changes).length === 0) return copy;
    const next: Copy = { ...copy, ...parsed.data, updatedAt: ctx.now, updatedBy: ctx.actor };
    await db.copies.put(next);
    await db.copyEvents.add(copyEvent(copy, 'edited', ctx, changes));
    return next;
  });
}

/** Why a copy in this state cannot be sent to repair or withdrawn, as an i18n key. */
function blockedBy(copy: Copy, action: 'repair' | 'withdraw'): string | null {
  switch (copy.status) {
    case 'onLoan':
      return action === 'repair' ? 'copies:errors.repairOnLoan' : 'copies:errors.withdrawOnLoan';
    case 'onHoldShelf':
      return 'copies:errors.onHoldShelf';
    case 'withdrawn':
      return 'copies:errors.alreadyWithdrawn';
    case 'inRepair':
      return action === 'repair' ? 'copies:errors.alreadyInRepair' : null;
    case 'lost':
      return action === 'repair' ? 'copies:errors.lost' : null;
    case 'available':
      return null;
  }
}

/** The message params that name a copy and, while it is out, who has it until when. */
async function refusalParams(db: TrainDeskDatabase, copy: Copy) {
  const loan = copy.loanId ? await db.loans.get(copy.loanId) : undefined;
  return { barcode: copy.barcode, borrower: loan?.borrowerName ?? '', dueDate: loan?.dueDate ?? '' };
}

async function changeStatus(
  db: TrainDeskDatabase,
  id: string,
  action: 'repair' | 'withdraw',
  change: (copy: Copy) => { next: Partial<Copy>; kind: CopyEventKind; detail?: CopyEvent['detail'] },
  ctx: WriteContext,
): Promise<Copy> {
  return db.transaction('rw', [db.copies, db.copyEvents, db.loans], async () => {
    const copy = await storedCopy(db, id);
    const blocked = blockedBy(copy, action);
    if (blocked) throw new DomainError(blocked, undefined, await refusalParams(db, copy));
    const { next, kind, detail } = change(copy);
    const updated: Copy = { ...copy, ...next, updatedAt: ctx.now, updatedBy: ctx.actor };
    await db.copies.put(updated);
    await db.copyEvents.add(copyEvent(copy, kind, ctx, detail));
    return updated;
  });
}

/** Sends a copy on the shelf to repair 修补; a note says what is wrong. */
export function sendToRepair(db: TrainDeskDatabase, id: string, note: string, ctx: WriteContext) {
  const why = note.trim();
  return changeStatus(
    db,
    id,
    'repair',
    (copy) => ({
      next: { status: 'inRepair' },
      kind: 'toRepair',
      detail: { from: copy.status, ...(why ? { note: why } : {}) },
    }),
    ctx,
  );
}

/** A repaired copy goes back on the shelf, in the condition it is in now. */
export async function returnFromRepair(
  db: TrainDeskDatabase,
  id: string,
  condition: CopyCondition,
  ctx: WriteContext,
): Promise<Copy> {
  return db.transaction('rw', [db.copies, db.copyEvents], async () => {
    const copy = await storedCopy(db, id);
    if (copy.status !== 'inRepair')
      throw new DomainError('copies:errors.notInRepair', undefined, { barcode: copy.barcode });
    const updated: Copy = {
      ...copy,
      status: 'available',
      condition,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    };
    await db.copies.put(updated);
    await db.copyEvents.add(
      copyEvent(
        copy,
        'repaired',
        ctx,
        condition === copy.condition ? undefined : { condition: `${copy.condition} → ${condition}` },
      ),
    );
    return updated;
  });
}

/**
 * Withdraws a copy from the collection 剔除 (worn out, lost for good, outdated) with a reason. Not
 * while it is on loan or waits on the hold shelf: it must come back, or the hold be settled, first.
 */
export function withdrawCopy(db: TrainDeskDatabase, id: string, reason: string, ctx: WriteContext) {
  const why = reason.trim();
  if (!why) return Promise.reject(new DomainError('validation.required', 'reason'));
  if (why.length > 500) return Promise.reject(new DomainError('validation.tooLong', 'reason'));
  return changeStatus(
    db,
    id,
    'withdraw',
    (copy) => ({
      next: { status: 'withdrawn' },
      kind: 'withdrawn',
      detail: { from: copy.status, reason: why },
    }),
    ctx,
  );
}

/** A barcode as typed into a search or scanned, or null when it cannot be one. */
export function scannedBarcode(text: string): string | null {
  const barcode = normalizeBarcode(text);
  return barcodeProblem(barcode) ? null : barcode;
}
