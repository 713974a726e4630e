import { describe, expect, it } from 'vitest';
import {
  canTakeOffShelf,
  currentEditionOf,
  editionsToRecall,
  parseRecallBatchId,
  planRecall,
  recallBatchId,
} from './recall';

const editions = [
  { id: 'e3', number: 3, status: 'current' as const },
  { id: 'e1', number: 1, status: 'withdrawn' as const },
  { id: 'e2', number: 2, status: 'superseded' as const },
];

describe('recall', () => {
  it('recalls every edition that is no longer current, oldest first', () => {
    expect(editionsToRecall(editions).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(currentEditionOf(editions)?.id).toBe('e3');
  });

  it('has nothing to recall while the first edition is the current one', () => {
    expect(editionsToRecall([{ id: 'e1', number: 1, status: 'current' }])).toEqual([]);
  });

  it('sends one notice per open loan and never a second one', () => {
    const loans = [
      { id: 'a', open: 1 as const },
      { id: 'b', open: 1 as const },
      { id: 'c', open: 0 as const },
    ];
    expect(planRecall(loans, new Set(['b']))).toEqual({ send: ['a'], alreadySent: ['b'] });
    expect(planRecall(loans, new Set(['a', 'b']))).toEqual({ send: [], alreadySent: ['a', 'b'] });
  });

  it('takes only available copies off the shelf; one waiting for a borrower stays', () => {
    expect(canTakeOffShelf('available')).toBe(true);
    expect(canTakeOffShelf('onHoldShelf')).toBe(false);
    expect(canTakeOffShelf('onLoan')).toBe(false);
  });

  it('names a batch by the instant it was sent, and refuses anything else as a batch', () => {
    expect(parseRecallBatchId(recallBatchId(1_767_225_600_000))).toBe(1_767_225_600_000);
    for (const bad of [null, '', 'abc', '12e3', '-5'])
      expect(parseRecallBatchId(bad), String(bad)).toBeNull();
  });
});
