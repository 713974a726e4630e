/**
 * The department's course categories (DOMAIN.md "Curriculum"). Ids are stable; labels live in the
 * locale files under `catalog.category.<id>`. Course authoring will make the list editable; these
 * are the defaults the app ships with.
 */
export const COURSE_CATEGORIES = [
  'communication',
  'problemSolving',
  'dataAnalysis',
  'loyalty',
  'productKnowledge',
  'teamwork',
  'complaintHandling',
  'lawAndPolicy',
  'crisis',
  'etiquette',
] as const;

export type CourseCategory = (typeof COURSE_CATEGORIES)[number];
