import { z } from 'zod';
import { barcodeProblem, normalizeBarcode, parseBarcodeLines } from './barcode';
import { COPY_CONDITIONS, type Copy } from './lending';
import { fenToYuanText, formatFen, parseYuan } from './money';
import { isCalendarDate } from './record';

/** At most this many copies in one go: a print run, not a warehouse. */
export const MAX_COPIES_PER_ADD = 500;
/** ¥1,000,000 in fen: anything dearer is a typing slip. */
export const MAX_REPLACEMENT_COST = 100_000_000;

/** The replacement cost field: yuan text in, fen out. */
const yuanSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .transform((text, ctx) => {
    const fen = parseYuan(text);
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: 'copies:validation.cost' });
      return z.NEVER;
    }
    if (fen > MAX_REPLACEMENT_COST) {
      ctx.addIssue({ code: 'custom', message: 'copies:validation.costTooHigh' });
      return z.NEVER;
    }
    return fen;
  });

/** What every copy carries besides its barcode and edition; shared by the add and edit forms and the import. */
export function copyFieldsSchema(today: string) {
  return z.object({
    location: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong'),
    acquiredOn: z
      .string()
      .trim()
      .refine(isCalendarDate, { message: 'validation.date', abort: true })
      .refine((date) => date <= today, 'copies:validation.acquiredFuture'),
    replacementCost: yuanSchema,
    condition: z.enum(COPY_CONDITIONS, 'validation.required'),
    notes: z.string().trim().max(500, 'validation.tooLong'),
  });
}
export type CopyFieldsInput = z.input<ReturnType<typeof copyFieldsSchema>>;
export type CopyFields = z.output<ReturnType<typeof copyFieldsSchema>>;

/** A typed or scanned barcode field: normalized, then checked. */
export const barcodeSchema = z
  .string()
  .transform(normalizeBarcode)
  .superRefine((barcode, ctx) => {
    const problem = barcodeProblem(barcode);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The "Add copies" form: a number of new copies with generated barcodes, or the barcodes already on
 * the copies, typed or scanned one per line.
 */
export function addCopiesSchema(today: string) {
  return copyFieldsSchema(today)
    .extend({
      materialId: z.string().min(1, 'copies:validation.material'),
      editionId: z.string().min(1, 'copies:validation.edition'),
      mode: z.enum(['count', 'barcodes']),
      count: z.number('copies:validation.count').nullable(),
      barcodeText: z.string(),
    })
    .transform((v, ctx) => {
      const { mode, count, barcodeText, materialId, editionId, ...fields } = v;
      if (mode === 'count') {
        if (count === null || !Number.isInteger(count) || count < 1 || count > MAX_COPIES_PER_ADD) {
          ctx.addIssue({ code: 'custom', path: ['count'], message: 'copies:validation.count' });
          return z.NEVER;
        }
        return { materialId, editionId, count, barcodes: null, fields };
      }
      // The form lists each bad line under the field (parseBarcodeLines again, with its details).
      const list = parseBarcodeLines(barcodeText);
      if (list.problems.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['barcodeText'], message: 'copies:validation.barcodeLines' });
        return z.NEVER;
      }
      if (list.barcodes.length === 0 || list.barcodes.length > MAX_COPIES_PER_ADD) {
        ctx.addIssue({ code: 'custom', path: ['barcodeText'], message: 'copies:validation.barcodeCount' });
        return z.NEVER;
      }
      return { materialId, editionId, count: list.barcodes.length, barcodes: list.barcodes, fields };
    });
}
export type AddCopiesInput = z.input<ReturnType<typeof addCopiesSchema>>;
export type AddCopiesRequest = z.output<ReturnType<typeof addCopiesSchema>>;

export function emptyAddCopiesInput(today: string, materialId = '', editionId = ''): AddCopiesInput {
  return {
    materialId,
    editionId,
    mode: 'count',
    count: 1,
    barcodeText: '',
    location: '',
    acquiredOn: today,
    replacementCost: '',
    condition: 'new',
    notes: '',
  };
}

/** The "Edit copy" form: barcode, edition and status are not edited here. */
export const editCopySchema = copyFieldsSchema;
export type EditCopyInput = CopyFieldsInput;

export function editCopyInputFrom(copy: Copy): EditCopyInput {
  return {
    location: copy.location,
    acquiredOn: copy.acquiredOn,
    replacementCost: fenToYuanText(copy.replacementCost),
    condition: copy.condition,
    notes: copy.notes,
  };
}

/** What an edit changed, field by field, for the copy's history (`location: A-01 → B-02`). */
export function copyChanges(
  before: Pick<Copy, 'location' | 'acquiredOn' | 'replacementCost' | 'condition' | 'notes'>,
  after: CopyFields,
): Record<string, string | number> {
  const changes: Record<string, string | number> = {};
  for (const key of ['location', 'acquiredOn', 'condition', 'notes'] as const) {
    if (before[key] !== after[key]) changes[key] = `${before[key]} → ${after[key]}`;
  }
  if (before.replacementCost !== after.replacementCost)
    changes.replacementCost = `${formatFen(before.replacementCost)} → ${formatFen(after.replacementCost)}`;
  return changes;
}
