import type { Language } from '../../../../../shared/contract';
import { COURSE_CATEGORIES } from '../../../../../shared/domain/catalog';
import { QUESTION_TYPES, type QuestionType } from '../../../../../shared/domain/question';
import {
  emptyQuestionInput,
  OPTION_KEYS,
  questionFieldsFromInput,
  questionInputSchema,
  questionSearchTexts,
  type QuestionInput,
} from '../../../../../shared/domain/question-input';
import { reindexTexts } from '../../../db/fulltext';
import enCatalog from '../../../locales/en/catalog.json';
import enQuestions from '../../../locales/en/questions.json';
import zhCatalog from '../../../locales/zh-CN/catalog.json';
import zhQuestions from '../../../locales/zh-CN/questions.json';
import { newQuestion } from '../../questions/commands';
import { LIVE_QUESTIONS_COUNTER } from '../../questions/counters';
import { bumpCounter } from '../../shared-ui/counters';
import { writeInBatches } from '../batch-write';
import { choiceReader, listCellItems } from '../cell-text';
import { defineImporter, type ImportColumn } from '../importer';

const questions = { 'zh-CN': zhQuestions, en: enQuestions } as const;
const catalog = { 'zh-CN': zhCatalog, en: enCatalog } as const;

const OPTION_COLUMNS = ['optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF'] as const;
type OptionColumn = (typeof OPTION_COLUMNS)[number];
export type QuestionColumnKey =
  'type' | 'stem' | OptionColumn | 'answer' | 'category' | 'tags' | 'difficulty' | 'explanation';

const column = (
  key: QuestionColumnKey,
  required: boolean,
  aliases: string[] = [],
): ImportColumn<QuestionColumnKey> => ({
  key,
  labels: { 'zh-CN': zhQuestions.import.columns[key], en: enQuestions.import.columns[key] },
  required,
  aliases,
});

export const QUESTION_COLUMNS: readonly ImportColumn<QuestionColumnKey>[] = [
  column('type', true, ['试题类型', '类型', 'question type']),
  column('stem', true, ['题目', '试题', '问题', '题干内容', 'stem', 'question text']),
  ...OPTION_COLUMNS.map((key) => column(key, false, [key.slice(-1), `${key.slice(-1)}选项`])),
  column('answer', true, ['正确答案', '标准答案', '参考答案', 'correct answer', 'key']),
  column('category', true, ['所属分类', '课程分类', '类别', 'course category']),
  column('tags', false, ['知识点', '关键词', 'tag', 'keywords']),
  column('difficulty', false, ['难度等级', '难易程度', 'level']),
  column('explanation', false, ['答案解析', '试题解析', '说明', 'analysis']),
];

/** Every spelling of each id: the id itself, the labels in both languages and the usual synonyms. */
function spellings<T extends string>(
  ids: readonly T[],
  label: (language: Language, id: T) => string,
  extra: Partial<Record<T, string[]>> = {},
) {
  return Object.fromEntries(
    ids.map((id) => [id, [label('zh-CN', id), label('en', id), ...(extra[id] ?? [])]]),
  ) as Record<T, string[]>;
}

const readType = choiceReader(
  spellings(QUESTION_TYPES, (l, id) => questions[l].type[id], {
    single: ['单选', '单项选择题', '单项选择', 'single', 'single-choice'],
    multiple: ['多选', '多项选择题', '多项选择', '不定项选择题', 'multiple', 'multi', 'multiple-choice'],
    trueFalse: ['判断', '是非题', '对错题', 'true or false', 'true-false', 'tf', 'judge'],
    fillBlank: ['填空', 'fill', 'blank', 'fill-in', 'fill in'],
    shortAnswer: ['简答', '问答题', '问答', 'short', 'essay', 'open'],
  }),
);
const readCategory = choiceReader(spellings(COURSE_CATEGORIES, (l, id) => catalog[l].category[id]));
const readTrueFalse = choiceReader({
  true: ['对', '正确', '是', '√', '✓', 'T', 'Y', 'yes', 'right', 'correct', '1', questions.en.answer.true],
  false: ['错', '错误', '否', '×', '✗', 'F', 'N', 'no', 'wrong', 'incorrect', '0', questions.en.answer.false],
});

/** "A", "A,C", "A、C", "AC" or "a c" → option keys. */
function choiceKeys(text: string): string[] {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s,;、，；|]+/g, '');
  return [...compact];
}

/**
 * Questions from a sheet: one row a question, options A–F in their own columns, the answer
 * written the way the type needs it (A / A,C / 对 / 答案1|答案2 / a model answer). Every row is a
 * new question; the wizard writes them all in one transaction.
 */
export const questionsImporter = defineImporter<QuestionInput, QuestionColumnKey>({
  id: 'questions',
  texts: 'questions:import',
  columns: QUESTION_COLUMNS,
  schema: () => questionInputSchema,
  columnOfField: (field) =>
    field === 'options' ? 'optionA' : (QUESTION_COLUMNS.find((c) => c.key === field)?.key ?? undefined),
  example: (language) => EXAMPLES[language],

  toInput(cells, { invalid }) {
    const known = readType(cells.type);
    if (cells.type === '') invalid('type', 'validation.required');
    else if (known === undefined) invalid('type', 'import:problems.choice', { value: cells.type });
    // An unreadable type is checked as a short answer, which asks least of the other cells, so the
    // row reports the type and not problems that follow only from guessing it.
    const type: QuestionType = known ?? 'shortAnswer';
    const options = OPTION_COLUMNS.flatMap((key, i) =>
      cells[key] === '' ? [] : [{ key: OPTION_KEYS[i]!, text: cells[key] }],
    );
    let answer: string[];
    if (type === 'single' || type === 'multiple') answer = choiceKeys(cells.answer);
    else if (type === 'trueFalse') {
      const value = cells.answer === '' ? undefined : readTrueFalse(cells.answer);
      if (cells.answer !== '' && value === undefined)
        invalid('answer', 'questions:import.problems.trueFalse', { value: cells.answer });
      answer = value ? [value] : [];
    } else if (type === 'fillBlank') answer = cells.answer.split(/[|｜]/).map((a) => a.trim());
    else answer = cells.answer === '' ? [] : [cells.answer];

    let category = cells.category;
    if (category !== '') {
      const known = readCategory(category);
      if (known === undefined) invalid('category', 'import:problems.choice', { value: category });
      category = known ?? '';
    }
    let difficulty = emptyQuestionInput().difficulty;
    if (cells.difficulty !== '') {
      const read = Number(cells.difficulty.normalize('NFKC'));
      if (Number.isInteger(read)) difficulty = read;
      else invalid('difficulty', 'questions:import.problems.difficulty', { value: cells.difficulty });
    }
    return {
      type,
      stem: cells.stem,
      options: type === 'single' || type === 'multiple' ? options : [],
      answer,
      explanation: cells.explanation,
      category,
      tags: listCellItems(cells.tags),
      difficulty,
    };
  },

  async write(db, rows, { context, onProgress, signal }) {
    const ctx = { actor: context.actor, now: context.now };
    const writeBatch = async (batch: readonly QuestionInput[]) => {
      const made = batch.map((input) => newQuestion(questionFieldsFromInput(input), ctx));
      await db.questions.bulkAdd(made);
      for (const q of made)
        await reindexTexts(db, { kind: 'question', id: q.id }, null, questionSearchTexts(q));
    };
    await writeInBatches(
      db,
      [db.questions, db.searchTerms, db.counters],
      rows,
      { onProgress, signal },
      writeBatch,
      () => bumpCounter(db, LIVE_QUESTIONS_COUNTER, rows.length),
    );
    return { added: rows.length, updated: 0, skipped: 0 };
  },
});

const EXAMPLES: Record<Language, Record<QuestionColumnKey, string>> = {
  'zh-CN': {
    type: zhQuestions.type.single,
    stem: '客户投诉处理流程的第一步是什么？',
    optionA: '受理',
    optionB: '记录',
    optionC: '回访',
    optionD: '归档',
    optionE: '',
    optionF: '',
    answer: 'A',
    category: zhCatalog.category.complaintHandling,
    tags: '投诉流程、基础',
    difficulty: '2',
    explanation: '流程：受理 → 记录 → 分类 → 处理 → 反馈 → 回访 → 归档',
  },
  en: {
    type: enQuestions.type.single,
    stem: 'What is the first step of handling a complaint?',
    optionA: 'Receive it',
    optionB: 'Record it',
    optionC: 'Follow up',
    optionD: 'Archive it',
    optionE: '',
    optionF: '',
    answer: 'A',
    category: enCatalog.category.complaintHandling,
    tags: 'complaint process, basics',
    difficulty: '2',
    explanation: 'Receive → record → classify → handle → feedback → follow-up → archive',
  },
};
