import { useMemo } from 'react';
import { platform } from '../../platform';
import './rich-text.css';
import { sanitizeToFragment } from './sanitize';
import type { RichTextViewProps } from './types';

/**
 * Stored rich text, read-only. It is sanitised again before it is shown (whatever wrote it), and
 * only then do images get their address, which this code makes from the hash alone.
 */
export default function RichTextView({ html, images = [] }: RichTextViewProps) {
  const markup = useMemo(() => {
    const fragment = sanitizeToFragment(html);
    for (const img of fragment.querySelectorAll('img')) {
      const sha256 = img.getAttribute('data-sha256')!;
      const ref = images.find((i) => i.sha256 === sha256);
      img.setAttribute(
        'src',
        platform.attachmentUrl({ sha256, name: ref?.name ?? img.alt ?? 'image' }, false),
      );
      img.setAttribute('loading', 'lazy');
    }
    const container = document.createElement('div');
    container.append(fragment);
    return container.innerHTML;
  }, [html, images]);
  return <div className="rich-text-view" dangerouslySetInnerHTML={{ __html: markup }} />;
}
