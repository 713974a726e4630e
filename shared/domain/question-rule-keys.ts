import type { Question, QuestionType } from './question';

/** Fields that decide which random rules a question can be drawn for. */
export type RuleKeySource = Pick<Question, 'type' | 'difficulty' | 'tags' | 'category'>;

/** The index key of one lookup: `type|difficulty|` (any), `type|difficulty|tag`, `type|difficulty|@category`. */
export function ruleKey(type: QuestionType, difficulty: number, tagOrCategory: string): string {
  return `${type}|${difficulty}|${tagOrCategory}`;
}

export function categoryRuleKey(type: QuestionType, difficulty: number, category: string): string {
  return ruleKey(type, difficulty, `@${category}`);
}

/** Every `ruleKeys` entry of a question (see `Question.ruleKeys`); set on every question write. */
export function ruleKeysOf(question: RuleKeySource): string[] {
  const { type, difficulty } = question;
  const keys = new Set([ruleKey(type, difficulty, '')]);
  for (const tag of question.tags) keys.add(ruleKey(type, difficulty, tag));
  if (question.category) keys.add(categoryRuleKey(type, difficulty, question.category));
  return [...keys];
}
