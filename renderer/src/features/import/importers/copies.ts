import type { IndexableType } from 'dexie';
import { z } from 'zod';
import type { Language } from '../../../../../shared/contract';
import { barcodeProblem, normalizeBarcode } from '../../../../../shared/domain/barcode';
import { copyFieldsSchema } from '../../../../../shared/domain/copy-input';
import { DomainError } from '../../../../../shared/domain/errors';
import { COPY_CONDITIONS, type CopyCondition } from '../../../../../shared/domain/lending';
import type { Edition, Material } from '../../../../../shared/domain/material';
import { nameSortKey } from '../../../../../shared/domain/pinyin-search';
import type { TrainDeskDatabase } from '../../../db';
import enCopies from '../../../locales/en/copies.json';
import enLending from '../../../locales/en/lending.json';
import zhCopies from '../../../locales/zh-CN/copies.json';
import zhLending from '../../../locales/zh-CN/lending.json';
import {
  addCopiesTables,
  barcodesTakenError,
  buildCopy,
  copyEvent,
  generateBarcodes,
  takenBarcodes,
} from '../../copies/commands';
import { COPIES_COUNTER } from '../../copies/counters';
import { bumpCounter } from '../../shared-ui/counters';
import { writeInBatches } from '../batch-write';
import { choiceReader, dateCellText } from '../cell-text';
import { defineImporter, type ImportColumn } from '../importer';
import { KEY_MIN, keyMax } from '../../shared-ui';

export type CopyColumnKey =
  'material' | 'edition' | 'barcode' | 'location' | 'acquiredOn' | 'replacementCost' | 'condition' | 'notes';

const column = (key: CopyColumnKey, required: boolean, aliases: string[]): ImportColumn<CopyColumnKey> => ({
  key,
  labels: { 'zh-CN': zhCopies.import.columns[key], en: enCopies.import.columns[key] },
  required,
  aliases,
});

export const COPY_COLUMNS: readonly ImportColumn<CopyColumnKey>[] = [
  column('material', true, [
    '资料',
    '教材',
    '资料名称',
    '教材名称',
    '书名',
    '标题',
    '资料编号',
    'title',
    'material id',
  ]),
  column('edition', true, ['版本', '第几版', '版', 'edition number', 'ed.']),
  column('barcode', false, ['条码', '条形码', '条码号', 'barcode number']),
  column('location', true, ['位置', '存放位置', '书架', 'location', 'shelf']),
  column('acquiredOn', true, [
    '购入日期',
    '采购日期',
    '入库日期',
    '入藏日期',
    'acquisition date',
    'date acquired',
  ]),
  column('replacementCost', true, ['价格', '定价', '单价', '赔偿价格', '赔偿价', '成本', 'price', 'cost']),
  column('condition', false, ['状况', '品相', '新旧程度', '完好程度', 'state']),
  column('notes', false, ['备注', '说明', 'note', 'remarks']),
];

const readCondition = choiceReader(
  Object.fromEntries(
    COPY_CONDITIONS.map((c) => [c, [zhLending.condition[c], enLending.condition[c]]]),
  ) as Record<CopyCondition, string[]>,
);
const CONDITION_SYNONYMS = choiceReader<CopyCondition>({
  new: ['新', '崭新', '九成新以上'],
  good: ['好', '完好', '正常', 'ok', 'fine'],
  worn: ['旧', '较旧', '有磨损', 'used'],
  damaged: ['破损', '坏', '有损坏', 'broken'],
});

/** "1", "第1版", "1版", "v1", "Edition 1", "ed. 1" → 1. */
export function editionNumberOf(text: string): number | undefined {
  const match = /^(?:第|v|edition|ed\.?)?\s*(\d{1,3})\s*版?$/i.exec(text.normalize('NFKC').trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * What the import needs to know of the catalogue, read from index keys only (never the records):
 * live materials by title sort key (which holds the title itself) and by id, and each material's
 * editions by number with the withdrawn ones marked. It is read once when the import page opens,
 * because the wizard checks rows synchronously.
 */
export interface CatalogueDirectory {
  materialsByTitleKey: ReadonlyMap<string, readonly string[]>;
  materialIds: ReadonlySet<string>;
  /** `${materialId}|${number}` → edition id. */
  editions: ReadonlyMap<string, string>;
  withdrawnEditions: ReadonlySet<string>;
}

const PAGE = 1_000;

/** Every key of an index range with its primary key, a page at a time, continued after the last key. */
async function indexEntries(
  db: TrainDeskDatabase,
  table: 'materials' | 'editions',
  index: string,
  lower: IndexableType[],
  upper: IndexableType[],
): Promise<[IndexableType[], string][]> {
  const entries: [IndexableType[], string][] = [];
  let from = lower;
  let first = true;
  for (;;) {
    const range = () => db[table].where(index).between(from, upper, first, true).limit(PAGE);
    const [keys, ids] = await Promise.all([range().keys(), range().primaryKeys()]);
    keys.forEach((key, i) => entries.push([key as unknown as IndexableType[], String(ids[i])]));
    if (keys.length < PAGE) return entries;
    from = keys[keys.length - 1] as unknown as IndexableType[];
    first = false;
  }
}

export async function loadCatalogueDirectory(db: TrainDeskDatabase): Promise<CatalogueDirectory> {
  const [materials, editions, statuses] = await Promise.all([
    indexEntries(db, 'materials', '[del+titleKey+id]', [0, KEY_MIN, KEY_MIN], [0, keyMax(), keyMax()]),
    indexEntries(db, 'editions', '[materialId+number]', [KEY_MIN, KEY_MIN], [keyMax(), keyMax()]),
    indexEntries(db, 'editions', '[materialId+status]', [KEY_MIN, KEY_MIN], [keyMax(), keyMax()]),
  ]);
  const materialsByTitleKey = new Map<string, string[]>();
  const materialIds = new Set<string>();
  for (const [[, titleKey], id] of materials) {
    materialIds.add(id);
    const ids = materialsByTitleKey.get(titleKey as string) ?? [];
    ids.push(id);
    materialsByTitleKey.set(titleKey as string, ids);
  }
  return {
    materialsByTitleKey,
    materialIds,
    editions: new Map(
      editions.map(([[materialId, number], id]) => [`${String(materialId)}|${String(number)}`, id]),
    ),
    withdrawnEditions: new Set(statuses.filter(([[, status]]) => status === 'withdrawn').map(([, id]) => id)),
  };
}

export interface CopyImportInput {
  materialId: string;
  editionId: string;
  /** Empty: a barcode is generated. */
  barcode: string;
  location: string;
  acquiredOn: string;
  replacementCost: string;
  condition: CopyCondition;
  notes: string;
}

export type CopyImportRow = Omit<CopyImportInput, 'replacementCost'> & { replacementCost: number };

const importSchema = (today: string) =>
  copyFieldsSchema(today).extend({
    materialId: z.string().min(1, 'validation.required'),
    editionId: z.string().min(1, 'validation.required'),
    barcode: z
      .string()
      .transform(normalizeBarcode)
      .superRefine((barcode, ctx) => {
        const problem = barcode === '' ? null : barcodeProblem(barcode);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  });

const FIELD_COLUMN: Partial<Record<string, CopyColumnKey>> = { materialId: 'material', editionId: 'edition' };

/**
 * Copies from a sheet: one row a copy, naming its material by title (or id) and its edition by
 * number; an empty barcode gets a generated one. Rows with an unknown material or edition, a bad
 * date or cost are reported by row; a barcode given twice in the file too. A barcode that an
 * existing copy already has refuses the import at the write, naming the barcodes, and nothing is
 * written (the wizard's row checks cannot read the database).
 */
export function copiesImporter(directory: CatalogueDirectory) {
  return defineImporter<CopyImportInput, CopyColumnKey>({
    id: 'copies',
    texts: 'copies:import',
    columns: COPY_COLUMNS,
    schema: (today) => importSchema(today) as unknown as z.ZodType<CopyImportInput>,
    columnOfField: (field) => FIELD_COLUMN[field] ?? COPY_COLUMNS.find((c) => c.key === field)?.key,
    duplicateKey: (input) => (input.barcode === '' ? undefined : input.barcode),
    duplicateColumn: 'barcode',
    example: (language) => EXAMPLES[language],

    toInput(cells, { invalid }) {
      let materialId = '';
      const named = cells.material;
      if (named !== '') {
        const byTitle = directory.materialsByTitleKey.get(nameSortKey(named)) ?? [];
        if (directory.materialIds.has(named)) materialId = named;
        else if (byTitle.length === 1) materialId = byTitle[0]!;
        else if (byTitle.length > 1)
          invalid('material', 'copies:import.problems.ambiguousMaterial', {
            value: named,
            count: byTitle.length,
          });
        else invalid('material', 'copies:import.problems.unknownMaterial', { value: named });
      }
      // Without its material an edition cannot be checked; the material's problem is reported already.
      let editionId = materialId === '' && named !== '' ? 'unchecked' : '';
      if (cells.edition !== '') {
        const number = editionNumberOf(cells.edition);
        if (number === undefined)
          invalid('edition', 'copies:import.problems.editionNumber', { value: cells.edition });
        else if (materialId) {
          const id = directory.editions.get(`${materialId}|${number}`);
          if (!id) invalid('edition', 'copies:import.problems.unknownEdition', { number, title: named });
          else if (directory.withdrawnEditions.has(id))
            invalid('edition', 'copies:import.problems.withdrawnEdition', { number, title: named });
          else editionId = id;
        }
      }
      let condition: CopyCondition = 'good';
      if (cells.condition !== '') {
        const read = readCondition(cells.condition) ?? CONDITION_SYNONYMS(cells.condition);
        if (read === undefined) invalid('condition', 'import:problems.choice', { value: cells.condition });
        condition = read ?? 'good';
      }
      return {
        materialId,
        editionId,
        barcode: cells.barcode,
        location: cells.location,
        acquiredOn: dateCellText(cells.acquiredOn),
        replacementCost: cells.replacementCost,
        condition,
        notes: cells.notes,
      };
    },

    async write(db, rows, { context, onProgress, signal }) {
      const ctx = { actor: context.actor, now: context.now };
      // The schema turned the cost into fen; the wizard passes the parsed rows back.
      const parsed = rows as unknown as readonly CopyImportRow[];
      const typed = parsed.flatMap((r) => (r.barcode === '' ? [] : [r.barcode]));
      const reserved = new Set(typed);
      let checked = false;
      const materials = new Map<string, Material>();
      const editions = new Map<string, Edition>();

      const writeBatch = async (batch: readonly CopyImportRow[]) => {
        if (!checked) {
          const taken: string[] = [];
          for (let i = 0; i < typed.length; i += PAGE) {
            const found = await takenBarcodes(db, typed.slice(i, i + PAGE));
            taken.push(...typed.slice(i, i + PAGE).filter((b) => found.has(b)));
          }
          if (taken.length > 0) throw barcodesTakenError(taken);
          checked = true;
        }
        const missingMaterials = [...new Set(batch.map((r) => r.materialId))].filter(
          (id) => !materials.has(id),
        );
        const missingEditions = [...new Set(batch.map((r) => r.editionId))].filter((id) => !editions.has(id));
        const [m, e] = await Promise.all([
          db.materials.bulkGet(missingMaterials),
          db.editions.bulkGet(missingEditions),
        ]);
        for (const material of m) if (material && material.del === 0) materials.set(material.id, material);
        for (const edition of e)
          if (edition && edition.status !== 'withdrawn') editions.set(edition.id, edition);
        const generated = await generateBarcodes(db, batch.filter((r) => r.barcode === '').length, reserved);
        let next = 0;
        const copies = batch.map((row) => {
          const material = materials.get(row.materialId);
          const edition = editions.get(row.editionId);
          // Deleted or withdrawn since the rows were checked: refuse the whole import.
          if (!material || !edition || edition.materialId !== material.id)
            throw new DomainError('copies:import.changedMeanwhile');
          return buildCopy(material, edition, row.barcode || generated[next++]!, row, ctx);
        });
        await db.copies.bulkAdd(copies);
        await db.copyEvents.bulkAdd(
          copies.map((c) =>
            copyEvent(c, 'added', ctx, { barcode: c.barcode, edition: c.editionNumber, imported: true }),
          ),
        );
      };
      await writeInBatches(db, addCopiesTables(db), parsed, { onProgress, signal }, writeBatch, () =>
        bumpCounter(db, COPIES_COUNTER, parsed.length),
      );
      return { added: parsed.length, updated: 0, skipped: 0 };
    },
  });
}

const EXAMPLES: Record<Language, Record<CopyColumnKey, string>> = {
  'zh-CN': {
    material: '投诉处理实务',
    edition: '1',
    barcode: '',
    location: 'A-03-2',
    acquiredOn: '2026-03-01',
    replacementCost: '45.00',
    condition: zhLending.condition.new,
    notes: '',
  },
  en: {
    material: 'Complaint handling in practice',
    edition: '1',
    barcode: '',
    location: 'A-03-2',
    acquiredOn: '2026-03-01',
    replacementCost: '45.00',
    condition: enLending.condition.new,
    notes: '',
  },
};
