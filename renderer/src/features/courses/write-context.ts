import { useWriteContext as useBaseWriteContext, type WriteContext } from '../shared-ui';
import { sanitizeHtml } from '../rich-text';
import type { LessonWriteContext } from './lesson-commands';

const withSanitizer = (base: WriteContext): LessonWriteContext => ({ ...base, sanitize: sanitizeHtml });

/** A write context that also cleans pasted lesson HTML (the commands take the sanitiser so tests need no DOM). */
export const useWriteContext = () => useBaseWriteContext(withSanitizer);
