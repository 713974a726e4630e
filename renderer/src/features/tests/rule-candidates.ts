import type { FixedItem, RandomRule } from '../../../../shared/domain/test-paper';
import { categoryRuleKey, ruleKey } from '../../../../shared/domain/question-rule-keys';
import type { TrainDeskDatabase } from '../../db';

/** One exact range per key (`anyOf` walks a cursor, which is several times slower here). */
async function keysOf(db: TrainDeskDatabase, keys: string[]): Promise<Set<string>> {
  const lists = await Promise.all(
    keys.map((key) => db.questions.where('ruleKeys').equals(key).primaryKeys()),
  );
  return new Set(lists.flat());
}

/**
 * Ids of the live questions a rule can draw: for each difficulty in its range the `ruleKeys` entries
 * of its type with each tag (all tags must match), or its category, or neither. Keys only: the
 * questions themselves are never read. Deleted questions carry no rule keys.
 */
export async function ruleCandidates(db: TrainDeskDatabase, rule: RandomRule): Promise<string[]> {
  const difficulties: number[] = [];
  for (let d = rule.minDifficulty; d <= rule.maxDifficulty; d++) difficulties.push(d);
  if (difficulties.length === 0) return [];
  const filters: string[][] = rule.tags.map((tag) => difficulties.map((d) => ruleKey(rule.type, d, tag)));
  if (rule.category) filters.push(difficulties.map((d) => categoryRuleKey(rule.type, d, rule.category!)));
  if (filters.length === 0) filters.push(difficulties.map((d) => ruleKey(rule.type, d, '')));
  const sets = await Promise.all(filters.map((keys) => keysOf(db, keys)));
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  return [...smallest!].filter((id) => rest.every((s) => s.has(id)));
}

/**
 * How many questions the bank holds for each rule, for the builder's "available: N": the rule's
 * candidates less the paper's fixed questions, which a draw never repeats.
 */
export async function checkRulesAgainstBank(
  db: TrainDeskDatabase,
  test: { rules: readonly RandomRule[]; fixed?: readonly FixedItem[] },
): Promise<number[]> {
  const fixed = new Set((test.fixed ?? []).map((f) => f.questionId));
  return Promise.all(
    test.rules.map(async (rule) => (await ruleCandidates(db, rule)).filter((id) => !fixed.has(id)).length),
  );
}
