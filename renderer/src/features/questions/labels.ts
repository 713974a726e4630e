import type { TFunction } from 'i18next';
import type { QuestionContent } from '../../../../shared/domain/question';

/** The answer as one line: option keys, 对/错, the accepted answers, or the model answer. */
export function answerText(t: TFunction, content: Pick<QuestionContent, 'type' | 'answer'>): string {
  switch (content.type) {
    case 'single':
    case 'multiple':
      return content.answer.join(', ');
    case 'trueFalse':
      return content.answer[0]
        ? t(`questions:answer.${content.answer[0] === 'true' ? 'true' : 'false'}`)
        : '';
    case 'fillBlank':
      return content.answer.join(' / ');
    case 'shortAnswer':
      return content.answer[0] ?? '';
  }
}
