import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '../../../db';
import { searchFullText } from '../../../db/fulltext';
import { LIVE_QUESTIONS_COUNTER } from '../../questions/counters';
import { autoMapColumns } from '../column-mapping';
import { runImport } from '../run-import';
import { templateTable } from '../template';
import { validateSheet } from '../validate-rows';
import { questionsImporter } from './questions';

const TODAY = '2026-11-23';
const context = { actor: 'importer', now: Date.parse('2026-11-23T08:00:00Z'), today: TODAY };

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`questions-import-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ZH = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '分类', '标签', '难度', '解析'];
const EN = [
  'Type',
  'Question',
  'Option A',
  'Option B',
  'Option C',
  'Option D',
  'Answer',
  'Category',
  'Tags',
  'Difficulty',
  'Explanation',
];

async function check(headers: string[], rows: string[][]) {
  const mapping = autoMapColumns(questionsImporter.columns, headers);
  const report = await validateSheet(questionsImporter, [headers, ...rows], mapping, { today: TODAY, db });
  return { mapping, report };
}

describe('importing questions', () => {
  it('reads every type with Chinese or English words for types and answers', async () => {
    const { mapping, report } = await check(ZH, [
      [
        '单选题',
        '投诉处理第一步？',
        '受理',
        '记录',
        '回访',
        '归档',
        'A',
        '投诉处理',
        '投诉流程、基础',
        '2',
        '先受理',
      ],
      [
        'multiple choice',
        '哪些属于投诉类型？',
        '产品质量',
        '服务质量',
        '天气',
        '价格争议',
        'A,B，D',
        'Complaint handling',
        '投诉类型',
        '3',
        '',
      ],
      ['判断', '投诉必须在当天回访。', '', '', '', '', '错', '投诉处理', '', '', ''],
      ['True/false', 'Archive after follow-up.', '', '', '', '', 'true', '投诉处理', '', '1', ''],
      [
        '填空题',
        '消费者投诉热线是____。',
        '',
        '',
        '',
        '',
        '12315|一二三一五',
        '法律法规与企业政策',
        '',
        '2',
        '',
      ],
      ['简答', '如何安抚愤怒的客户？', '', '', '', '', '先致歉，再倾听', '沟通技巧', '情绪安抚', '4', ''],
    ]);
    expect(report.problems).toEqual([]);
    expect(
      await runImport(db, questionsImporter, report, {
        context,
        duplicates: 'skip',
        validOnly: false,
        mapping,
      }),
    ).toEqual({
      added: 6,
      updated: 0,
      skipped: 0,
    });
    const all = await db.questions.orderBy('[del+updatedAt+id]').toArray();
    const byStem = new Map(all.map((q) => [q.stem, q]));
    expect(byStem.get('投诉处理第一步？')).toMatchObject({
      type: 'single',
      answer: ['A'],
      category: 'complaintHandling',
      tags: ['投诉流程', '基础'],
      difficulty: 2,
      version: 1,
      updatedBy: 'importer',
    });
    expect(byStem.get('投诉处理第一步？')?.options).toHaveLength(4);
    expect(byStem.get('哪些属于投诉类型？')).toMatchObject({ type: 'multiple', answer: ['A', 'B', 'D'] });
    expect(byStem.get('投诉必须在当天回访。')).toMatchObject({
      type: 'trueFalse',
      answer: ['false'],
      options: [],
      difficulty: 3,
    });
    expect(byStem.get('Archive after follow-up.')).toMatchObject({ answer: ['true'] });
    expect(byStem.get('消费者投诉热线是____。')).toMatchObject({
      type: 'fillBlank',
      answer: ['12315', '一二三一五'],
      category: 'lawAndPolicy',
    });
    expect(byStem.get('如何安抚愤怒的客户？')).toMatchObject({
      type: 'shortAnswer',
      answer: ['先致歉，再倾听'],
      category: 'communication',
    });
    expect((await db.counters.get(LIVE_QUESTIONS_COUNTER))?.value).toBe(6);
    expect(await searchFullText(db, 'question', '安抚')).toHaveLength(1);
    expect(await db.questions.where('ruleKeys').equals('single|2|投诉流程').count()).toBe(1);
  });

  it('reports each bad row by column, in the user’s words, and writes nothing', async () => {
    const { mapping, report } = await check(EN, [
      ['single', 'Two answers?', 'a', 'b', '', '', 'A,B', 'Complaint handling', '', '2', ''],
      ['essay question', 'What type?', '', '', '', '', 'x', 'Complaint handling', '', '2', ''],
      ['true/false', 'Maybe?', '', '', '', '', 'perhaps', 'Complaint handling', '', '2', ''],
      ['multiple', 'None marked?', 'a', 'b', '', '', '', 'Flower arranging', '', 'hard', ''],
      ['single', 'Missing option?', 'a', 'b', '', '', 'E', 'Complaint handling', '', '9', ''],
      ['fill in the blank', 'No answer?', '', '', '', '', '', 'Complaint handling', '', '', ''],
    ]);
    expect(report.problems).toEqual([
      { row: 2, column: 'answer', message: 'questions:validation.singleNeedsOne' },
      { row: 3, column: 'type', message: 'import:problems.choice', params: { value: 'essay question' } },
      {
        row: 4,
        column: 'answer',
        message: 'questions:import.problems.trueFalse',
        params: { value: 'perhaps' },
      },
      { row: 5, column: 'answer', message: 'questions:validation.multipleNeedsOne' },
      {
        row: 5,
        column: 'category',
        message: 'import:problems.choice',
        params: { value: 'Flower arranging' },
      },
      {
        row: 5,
        column: 'difficulty',
        message: 'questions:import.problems.difficulty',
        params: { value: 'hard' },
      },
      { row: 6, column: 'answer', message: 'questions:validation.answerNotAnOption' },
      { row: 6, column: 'difficulty', message: 'questions:validation.difficulty' },
      { row: 7, column: 'answer', message: 'questions:validation.fillNeedsAnswer' },
    ]);
    await expect(
      runImport(db, questionsImporter, report, { context, duplicates: 'skip', validOnly: false, mapping }),
    ).rejects.toMatchObject({ code: 'import:refused' });
    expect(await db.questions.count()).toBe(0);
  });

  it('offers a template in each language whose example row imports cleanly', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const table = templateTable(questionsImporter, language, 'xlsx', 'questions');
      expect(table.headers[0]).toBe(language === 'zh-CN' ? '题型' : 'Type');
      expect(table.headers).toContain(language === 'zh-CN' ? '选项F' : 'Option F');
      const { report } = await check(table.headers, table.rows as string[][]);
      expect(report.problems).toEqual([]);
      expect(report.valid).toHaveLength(1);
    }
  });
});
