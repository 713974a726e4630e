import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RichTextEditorProps, RichTextViewProps } from './types';

export { sanitizeHtml } from './sanitize';
export type { RichTextEditorProps, RichTextViewProps } from './types';

// TipTap and ProseMirror are heavy: they load with the first screen that edits rich text.
const LazyEditor = lazy(() => import('./RichTextEditor'));
const LazyView = lazy(() => import('./RichTextView'));

export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} className="rich-text-fallback" />}>
      <LazyEditor {...props} />
    </Suspense>
  );
}

export function RichTextView(props: RichTextViewProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
      <LazyView {...props} />
    </Suspense>
  );
}
