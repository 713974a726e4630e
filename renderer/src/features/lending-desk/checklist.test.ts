import { describe, expect, it } from 'vitest';
import { allFine, checklistProblems } from './checklist';

describe('the return checklist', () => {
  it('names no problem for a copy that came back as it went out', () => {
    expect(checklistProblems(allFine())).toEqual([]);
  });

  it('names each ticked problem, and missing accessories when their box is cleared', () => {
    expect(
      checklistProblems({ ...allFine(), waterDamage: true, writing: true, accessoriesPresent: false }),
    ).toEqual(['writing', 'waterDamage', 'accessoriesPresent']);
  });
});
