import { createElement, type ReactElement } from 'react';
import { ImportWizard } from '../ImportWizard';
import { questionsImporter } from './questions';

/** The wizard with the question-bank importer; "Go to the list" returns to the bank. */
export function QuestionsImportPage(): ReactElement {
  return createElement(ImportWizard, { importer: questionsImporter, listPath: '/questions' });
}
