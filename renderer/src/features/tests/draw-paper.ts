import seedrandom from 'seedrandom';
import { DomainError } from '../../../../shared/domain/errors';
import type { Question, QuestionContent } from '../../../../shared/domain/question';
import { arrangePaper, pickRandom } from '../../../../shared/domain/test-paper-draw';
import type { PaperItem, TestPaper } from '../../../../shared/domain/test-paper';
import type { TrainDeskDatabase } from '../../db';
import { ruleCandidates } from './rule-candidates';

function contentOf(q: Question): QuestionContent {
  return {
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({ ...o })),
    answer: [...q.answer],
    explanation: q.explanation,
  };
}

/**
 * Draws a paper for one sitting: the fixed questions in order, then each random rule's questions
 * picked with the seed from the keys of the bank (never reading the bank), frozen as they are now
 * and arranged per the test's shuffle flags with the same seed. The same seed and bank give the same
 * paper. Throws `tests:errors.questionGone` for a deleted fixed question and `tests:errors.ruleShort`
 * for a rule the bank cannot fill.
 */
export async function drawPaper(db: TrainDeskDatabase, test: TestPaper, seed: string): Promise<PaperItem[]> {
  const rng = seedrandom(seed);
  const candidates = await Promise.all(test.rules.map((rule) => ruleCandidates(db, rule)));
  const onPaper = new Set(test.fixed.map((f) => f.questionId));
  const points = new Map(test.fixed.map((f) => [f.questionId, f.points]));
  const order = test.fixed.map((f) => f.questionId);
  test.rules.forEach((rule, i) => {
    const pool = candidates[i]!.filter((id) => !onPaper.has(id));
    if (pool.length < rule.count)
      throw new DomainError('tests:errors.ruleShort', undefined, {
        rule: i + 1,
        needed: rule.count,
        available: pool.length,
      });
    for (const id of pickRandom(pool, rule.count, rng)) {
      onPaper.add(id);
      points.set(id, rule.points);
      order.push(id);
    }
  });
  const questions = await db.questions.bulkGet(order);
  const items = questions.map((q, i): PaperItem => {
    if (!q || q.deletedAt !== undefined)
      throw new DomainError('tests:errors.questionGone', undefined, { position: i + 1 });
    return { questionId: q.id, version: q.version, points: points.get(q.id)!, content: contentOf(q) };
  });
  return arrangePaper(items, test, rng);
}
