import { describe, expect, it } from 'vitest';
import { ANY, FALLBACK_POLICY, type LoanPolicy } from './lending';
import { policyCandidateKeys, policyFor } from './loan-policy';

let n = 0;
const row = (
  materialType: string,
  position: string,
  loanDays: number,
  extra: Partial<LoanPolicy> = {},
): LoanPolicy =>
  ({
    id: `p${n++}`,
    createdAt: 0,
    updatedAt: 0,
    updatedBy: 't',
    materialType,
    position,
    loanDays,
    maxRenewals: 1,
    maxItems: 3,
    ...extra,
  }) as LoanPolicy;

const matrix = [
  row('textbook', 'crManager', 60, { maxItems: 10 }),
  row('textbook', ANY, 30),
  row(ANY, 'crManager', 45, { maxItems: 8 }),
  row(ANY, ANY, 14, { maxItems: 5 }),
  row('video', '客服组长', 7),
];

describe('policyFor picks the most specific rule', () => {
  it('prefers material type and position together', () => {
    expect(policyFor(matrix, 'textbook', 'crManager')).toMatchObject({
      loanDays: 60,
      maxItems: 10,
      source: 'typeAndPosition',
    });
  });
  it('then the material type for any position', () => {
    expect(policyFor(matrix, 'textbook', 'crSpecialist')).toMatchObject({ loanDays: 30, source: 'type' });
  });
  it('then the position for any material type', () => {
    expect(policyFor(matrix, 'handout', 'crManager')).toMatchObject({
      loanDays: 45,
      maxItems: 8,
      source: 'position',
    });
  });
  it('then the default row', () => {
    expect(policyFor(matrix, 'handout', 'crSpecialist')).toMatchObject({ loanDays: 14, source: 'default' });
  });
  it('and the built-in rule when the matrix is empty', () => {
    expect(policyFor([], 'textbook', 'crManager')).toEqual({ ...FALLBACK_POLICY, source: 'fallback' });
  });
  it('names the row it used', () => {
    expect(policyFor(matrix, 'textbook', ANY).policyId).toBe(matrix[1]!.id);
    expect(policyFor([], 'textbook', ANY).policyId).toBeUndefined();
  });
  it('matches free-text positions from the registry exactly (trimmed), never by part', () => {
    expect(policyFor(matrix, 'video', '客服组长 ')).toMatchObject({ loanDays: 7, source: 'typeAndPosition' });
    expect(policyFor(matrix, 'video', '组长').source).toBe('default');
    expect(policyFor(matrix, 'video', 'crmanager').source).toBe('default');
  });
  it('gives a borrower without a position (an external trainer) the any-position rows', () => {
    expect(policyFor(matrix, 'textbook', undefined)).toMatchObject({ loanDays: 30, source: 'type' });
    expect(policyFor(matrix, 'slides', '')).toMatchObject({ loanDays: 14, source: 'default' });
  });
  it('ignores deleted rows', () => {
    const deleted = [row('textbook', 'crManager', 99, { deletedAt: 5 }), ...matrix];
    expect(policyFor(deleted, 'textbook', 'crManager').loanDays).toBe(60);
  });
  it('answers "any material type" from the position and default rows (the borrower limit on their page)', () => {
    expect(policyFor(matrix, ANY, 'crManager')).toMatchObject({ maxItems: 8, source: 'position' });
    expect(policyFor(matrix, ANY, 'crSpecialist')).toMatchObject({ maxItems: 5, source: 'default' });
  });
  it('decision: the item limit is the rule of the copy being lent, so one borrower may face different limits', () => {
    // A manager with 9 items out may take a 10th textbook (limit 10) but not a handout (limit 8).
    expect(policyFor(matrix, 'textbook', 'crManager').maxItems).toBe(10);
    expect(policyFor(matrix, 'handout', 'crManager').maxItems).toBe(8);
  });
});

describe('policyCandidateKeys', () => {
  it('lists the four index keys most specific first', () => {
    expect(policyCandidateKeys('textbook', 'crManager')).toEqual([
      ['textbook', 'crManager'],
      ['textbook', ANY],
      [ANY, 'crManager'],
      [ANY, ANY],
    ]);
  });
  it('asks only the any-position keys without a position, and each key once', () => {
    expect(policyCandidateKeys('video', '  ')).toEqual([
      ['video', ANY],
      [ANY, ANY],
    ]);
    expect(policyCandidateKeys(ANY, 'crManager')).toEqual([
      [ANY, 'crManager'],
      [ANY, ANY],
    ]);
  });
});
