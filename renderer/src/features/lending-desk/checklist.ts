import type { ConditionChecklist } from '../../../../shared/domain/lending';

/** The checklist items in the order the desk shows them; `accessoriesPresent` is the one that is fine when ticked. */
export const CHECKLIST_ITEMS = [
  'pagesMissing',
  'writing',
  'waterDamage',
  'coverDamaged',
  'accessoriesPresent',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** What the desk assumes until the user ticks something: the copy came back as it went out. */
export function allFine(): ConditionChecklist {
  return {
    pagesMissing: false,
    writing: false,
    waterDamage: false,
    coverDamaged: false,
    accessoriesPresent: true,
  };
}

/** The items that describe a problem, for the result card and the "applies to the next scan" note. */
export function checklistProblems(checklist: ConditionChecklist): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((item) =>
    item === 'accessoriesPresent' ? !checklist.accessoriesPresent : checklist[item],
  );
}
