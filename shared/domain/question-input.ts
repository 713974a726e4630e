import { z } from 'zod';
import {
  QUESTION_TYPES,
  type Question,
  type QuestionContent,
  type QuestionOption,
  type QuestionType,
} from './question';

/** Choice questions offer at most six options, lettered A–F as first written. */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const MIN_DIFFICULTY = 1;
export const MAX_DIFFICULTY = 5;
export const MAX_TAGS = 20;

export const isChoiceType = (type: QuestionType) => type === 'single' || type === 'multiple';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/**
 * What the question form and the importer accept. The answer's meaning depends on the type (see
 * `QuestionContent.answer`); the per-type rules below say what the form shows under each field.
 * Messages are i18n keys.
 */
export const questionInputSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    stem: text(4000).min(1, 'validation.required'),
    options: z
      .array(z.object({ key: z.string(), text: text(1000) }))
      .max(OPTION_KEYS.length, 'questions:validation.tooManyOptions'),
    answer: z.array(text(1000)),
    explanation: text(4000),
    category: z.string().trim().min(1, 'validation.required'),
    tags: z.array(text(30)).max(MAX_TAGS, 'questions:validation.tooManyTags'),
    difficulty: z
      .number('questions:validation.difficulty')
      .int('questions:validation.difficulty')
      .min(MIN_DIFFICULTY, 'questions:validation.difficulty')
      .max(MAX_DIFFICULTY, 'questions:validation.difficulty'),
  })
  .superRefine(
    (v, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      if (v.tags.some((tag) => tag.startsWith('@'))) issue(['tags'], 'questions:validation.tagAt');
      if (isChoiceType(v.type)) {
        if (v.options.length < 2) issue(['options'], 'questions:validation.twoOptions');
        v.options.forEach((option, i) => {
          if (option.text === '') issue(['options', i, 'text'], 'questions:validation.optionText');
        });
        const keys = v.options.map((o) => o.key);
        if (
          new Set(keys).size !== keys.length ||
          keys.some((k) => !(OPTION_KEYS as readonly string[]).includes(k))
        )
          issue(['options'], 'questions:validation.optionKeys');
        const correct = v.answer.filter((key) => keys.includes(key));
        if (correct.length !== v.answer.length) issue(['answer'], 'questions:validation.answerNotAnOption');
        else if (v.type === 'single' && correct.length !== 1)
          issue(['answer'], 'questions:validation.singleNeedsOne');
        else if (v.type === 'multiple' && correct.length < 1)
          issue(['answer'], 'questions:validation.multipleNeedsOne');
      } else if (v.type === 'trueFalse') {
        if (v.answer.length !== 1 || (v.answer[0] !== 'true' && v.answer[0] !== 'false'))
          issue(['answer'], 'questions:validation.trueFalseAnswer');
      } else if (v.type === 'fillBlank') {
        if (!v.answer.some((a) => a !== '')) issue(['answer'], 'questions:validation.fillNeedsAnswer');
      }
    },
    {
      // Check the answer even when another field (the difficulty, say) is wrong, so that a form or an
      // import row shows every problem at once; only the shapes the rules read must be sound.
      when: ({ value }) => {
        const v = value as Partial<Record<keyof QuestionInputShape, unknown>> | undefined;
        return (
          (QUESTION_TYPES as readonly unknown[]).includes(v?.type) &&
          Array.isArray(v?.options) &&
          Array.isArray(v?.answer) &&
          Array.isArray(v?.tags)
        );
      },
    },
  );

type QuestionInputShape = z.input<typeof questionInputSchema>;

export type QuestionInput = z.input<typeof questionInputSchema>;

/** The question's own fields, as stored (record metadata and index fields aside). */
export type QuestionFields = QuestionContent & Pick<Question, 'category' | 'tags' | 'difficulty'>;

export function emptyQuestionInput(type: QuestionType = 'single'): QuestionInput {
  return {
    type,
    stem: '',
    options: isChoiceType(type) ? OPTION_KEYS.slice(0, 4).map((key) => ({ key, text: '' })) : [],
    answer: [],
    explanation: '',
    category: '',
    tags: [],
    difficulty: 3,
  };
}

/** Distinct, trimmed, non-empty, in the order written. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}

/**
 * Validated input → stored fields: options only for choice types, answers in option order for
 * multiple choice, empty accepted answers dropped, tags cleaned.
 */
export function questionFieldsFromInput(input: QuestionInput): QuestionFields {
  const choice = isChoiceType(input.type);
  const options: QuestionOption[] = choice
    ? input.options.map((o) => ({ key: o.key, text: o.text.trim() }))
    : [];
  let answer = input.answer.map((a) => a.trim()).filter((a) => a !== '');
  if (choice) answer = options.filter((o) => answer.includes(o.key)).map((o) => o.key);
  if (input.type === 'shortAnswer') answer = answer.slice(0, 1);
  if (input.type === 'fillBlank') answer = [...new Set(answer)];
  return {
    type: input.type,
    stem: input.stem.trim(),
    options,
    answer,
    explanation: input.explanation.trim(),
    category: input.category.trim(),
    tags: cleanTags(input.tags),
    difficulty: input.difficulty,
  };
}

export function questionInputFromFields(q: QuestionFields): QuestionInput {
  return {
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({ ...o })),
    answer: [...q.answer],
    explanation: q.explanation,
    category: q.category,
    tags: [...q.tags],
    difficulty: q.difficulty,
  };
}

/** The texts the full-text index holds for a question: stem, options, explanation and tags. */
export function questionSearchTexts(
  q: Pick<QuestionFields, 'stem' | 'options' | 'explanation' | 'tags'>,
): string[] {
  return [q.stem, ...q.options.map((o) => o.text), q.explanation, ...q.tags];
}

/**
 * Relabels options A, B, … by position after one was removed or moved, carrying the marked answers
 * with them; used while the question is being written (a frozen version keeps its own keys).
 */
export function relabelOptions(
  options: readonly QuestionOption[],
  answer: readonly string[],
): { options: QuestionOption[]; answer: string[] } {
  const next = options.map((o, i) => ({ key: OPTION_KEYS[i] ?? o.key, text: o.text }));
  const renamed = new Map(options.map((o, i) => [o.key, next[i]!.key]));
  return { options: next, answer: answer.flatMap((a) => (renamed.has(a) ? [renamed.get(a)!] : [])) };
}
