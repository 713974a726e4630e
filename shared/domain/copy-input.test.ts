import { describe, expect, it } from 'vitest';
import {
  addCopiesSchema,
  copyChanges,
  copyFieldsSchema,
  emptyAddCopiesInput,
  type AddCopiesInput,
} from './copy-input';

const TODAY = '2026-03-15';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => [i.path.join('.'), i.message]));

describe('the fields of a copy', () => {
  const valid = {
    location: ' A-03-2 ',
    acquiredOn: '2026-03-15',
    replacementCost: '45.00',
    condition: 'new',
    notes: '',
  };

  it('are trimmed and the cost turned into fen', () => {
    expect(copyFieldsSchema(TODAY).parse(valid)).toEqual({
      location: 'A-03-2',
      acquiredOn: '2026-03-15',
      replacementCost: 4500,
      condition: 'new',
      notes: '',
    });
  });

  it('need a location, a real date not after today, a cost and a known condition', () => {
    const result = copyFieldsSchema(TODAY).safeParse({
      location: ' ',
      acquiredOn: '2026-03-16',
      replacementCost: '四十五',
      condition: 'mint',
      notes: '',
    });
    expect(issues(result)).toEqual([
      ['location', 'validation.required'],
      ['acquiredOn', 'copies:validation.acquiredFuture'],
      ['replacementCost', 'copies:validation.cost'],
      ['condition', 'validation.required'],
    ]);
    expect(issues(copyFieldsSchema(TODAY).safeParse({ ...valid, acquiredOn: '2026-02-30' }))).toEqual([
      ['acquiredOn', 'validation.date'],
    ]);
    expect(issues(copyFieldsSchema(TODAY).safeParse({ ...valid, replacementCost: '' }))).toEqual([
      ['replacementCost', 'validation.required'],
    ]);
    expect(issues(copyFieldsSchema(TODAY).safeParse({ ...valid, replacementCost: '2000000' }))).toEqual([
      ['replacementCost', 'copies:validation.costTooHigh'],
    ]);
  });
});

describe('adding copies in bulk', () => {
  const form = (overrides: Partial<AddCopiesInput> = {}): AddCopiesInput => ({
    ...emptyAddCopiesInput(TODAY, 'm1', 'e1'),
    location: 'A-01',
    replacementCost: '30',
    ...overrides,
  });

  it('takes a count from 1 to 500 for new barcodes', () => {
    expect(addCopiesSchema(TODAY).parse(form({ count: 20 }))).toMatchObject({
      materialId: 'm1',
      editionId: 'e1',
      count: 20,
      barcodes: null,
      fields: { location: 'A-01', replacementCost: 3000, condition: 'new', acquiredOn: TODAY },
    });
    for (const count of [0, 501, 2.5, null]) {
      expect(issues(addCopiesSchema(TODAY).safeParse(form({ count }))), String(count)).toEqual([
        ['count', 'copies:validation.count'],
      ]);
    }
  });

  it('or the barcodes already on the copies, one per line', () => {
    const parsed = addCopiesSchema(TODAY).parse(
      form({ mode: 'barcodes', count: null, barcodeText: 'lib001\nLIB002\n' }),
    );
    expect(parsed).toMatchObject({ count: 2, barcodes: ['LIB001', 'LIB002'] });
    expect(
      issues(addCopiesSchema(TODAY).safeParse(form({ mode: 'barcodes', barcodeText: 'LIB001\nLIB001' }))),
    ).toEqual([['barcodeText', 'copies:validation.barcodeLines']]);
    expect(issues(addCopiesSchema(TODAY).safeParse(form({ mode: 'barcodes', barcodeText: ' \n' })))).toEqual([
      ['barcodeText', 'copies:validation.barcodeCount'],
    ]);
  });

  it('needs a material and an edition', () => {
    expect(issues(addCopiesSchema(TODAY).safeParse(form({ materialId: '', editionId: '' })))).toEqual([
      ['materialId', 'copies:validation.material'],
      ['editionId', 'copies:validation.edition'],
    ]);
  });
});

describe('an edit in the copy history', () => {
  it('lists what changed, before → after, money in yuan', () => {
    const before = {
      location: 'A-01',
      acquiredOn: '2026-01-01',
      replacementCost: 3000,
      condition: 'new' as const,
      notes: '',
    };
    expect(
      copyChanges(before, { ...before, location: 'B-02', replacementCost: 3550, condition: 'worn' }),
    ).toEqual({
      location: 'A-01 → B-02',
      condition: 'new → worn',
      replacementCost: '¥30.00 → ¥35.50',
    });
    expect(copyChanges(before, before)).toEqual({});
  });
});
