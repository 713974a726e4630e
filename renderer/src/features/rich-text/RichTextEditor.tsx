import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../../shared/domain/attachment';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { platform } from '../../platform';
import { addAttachment } from '../attachments/add-attachment';
import { splitImageFiles } from './image-files';
import './rich-text.css';
import { sanitizeHtml, sanitizeKeepingImages } from './sanitize';
import { StoredImage } from './stored-image';
import { Toolbar } from './Toolbar';
import type { RichTextEditorProps } from './types';

/**
 * The address of a stored image inside the editor. The name only tells the file server the type to
 * serve it as; images are inserted with their file name as `alt`, and Chromium sniffs images anyway.
 */
function resolveSrc(sha256: string, alt: string | null): string {
  // eslint-disable-next-line no-control-regex -- control characters are what makes a name unusable
  const name = alt && !/[/\\\u0000-\u001f]/.test(alt) ? alt : 'image.png';
  return platform.attachmentUrl({ sha256, name }, false);
}

/** The shas the document shows, read from the editor's own nodes rather than by parsing HTML again. */
function shownShas(editor: Editor): Set<string> {
  const shas = new Set<string>();
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'image' && typeof node.attrs.sha256 === 'string') shas.add(node.attrs.sha256);
  });
  return shas;
}

/**
 * TipTap with a small toolbar. Stored HTML never holds an address: images are `data-sha256` and get
 * their URL (with browser mode's token) only inside the editor. HTML is sanitised on the way in
 * (paste, drop, load) and on the way out.
 */
export default function RichTextEditor({
  value,
  onChange,
  images,
  onImagesChange,
  'aria-label': ariaLabel,
  disabled = false,
}: RichTextEditorProps) {
  const { t } = useTranslation('settings');
  const { settings } = useSession();
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  // The editor is made once; its callbacks read the latest props and helpers through this ref.
  const latest = useRef({
    onChange,
    onImagesChange,
    images,
    insertFiles: (_files: File[], _at?: number) => {},
  });
  // Every file this editor has shown, so an undo that brings an image back brings its reference too.
  const known = useRef(new Map<string, AttachmentRef>());
  // The HTML this editor last reported, to tell its own echo from a new value set by the form.
  const emitted = useRef(value);
  const [initialContent] = useState(() => sanitizeHtml(value));

  const editor = useEditor({
    extensions: [
      // Links are left out: a link would be one more way to leave the app, and nothing here needs one.
      StarterKit.configure({ link: false, heading: { levels: [2, 3] } }),
      StoredImage.configure({ resolveSrc }),
    ],
    content: initialContent,
    editable: !disabled,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'rich-text-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(ariaLabel ? { 'aria-label': ariaLabel } : {}),
      },
      // Images of files this editor knows (cut and pasted back, say) stay; others came from another record.
      transformPastedHTML: (html) =>
        sanitizeKeepingImages(
          html,
          new Set([...known.current.keys(), ...latest.current.images.map((i) => i.sha256)]),
        ),
      handlePaste: (_view, event) => {
        const files = [...(event.clipboardData?.files ?? [])];
        // Office puts a picture of the copied text beside the text itself: the text wins.
        if (files.length === 0 || event.clipboardData?.getData('text/plain').trim()) return false;
        latest.current.insertFiles(files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        if (moved) return false;
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length === 0) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        latest.current.insertFiles(files, at);
        return true;
      },
    },
    onUpdate: ({ editor: e }) => {
      const shown = shownShas(e);
      // Empty paragraphs alone are no content (a required field stays empty); an image alone is.
      const empty = shown.size === 0 && e.state.doc.textContent.trim() === '';
      const html = empty ? '' : sanitizeHtml(e.getHTML());
      emitted.current = html;
      latest.current.onChange(html);
      for (const ref of latest.current.images) known.current.set(ref.sha256, ref);
      const next = [...shown].flatMap((sha) => known.current.get(sha) ?? []);
      const same =
        next.length === latest.current.images.length &&
        next.every((ref) => latest.current.images.some((i) => i.sha256 === ref.sha256));
      if (!same) {
        latest.current.images = next;
        latest.current.onImagesChange(next);
      }
    },
  });

  const insertFiles = async (all: File[], at?: number) => {
    const { images: files, others } = splitImageFiles(all);
    for (const file of others) void message.error(t('richText.notAnImage', { name: file.name }));
    for (const file of files) {
      const hide = message.loading(t('richText.uploading', { name: file.name }), 0);
      try {
        const ref: AttachmentRef = await addAttachment(platform, file, settings.attachmentMaxMb);
        known.current.set(ref.sha256, ref);
        const current = latest.current.images;
        if (!current.some((i) => i.sha256 === ref.sha256)) {
          // Known before the image lands, so the update it causes does not drop it again.
          latest.current.images = [...current, ref];
          latest.current.onImagesChange(latest.current.images);
        }
        const node = {
          type: 'image',
          attrs: { src: resolveSrc(ref.sha256, ref.name), alt: ref.name, sha256: ref.sha256 },
        };
        if (at === undefined) editor.chain().focus().insertContent(node).run();
        else editor.chain().focus().insertContentAt(at, node).run();
        // A new image is left selected, so the next key or paste would replace it: go on after it.
        const { state, view } = editor;
        view.dispatch(state.tr.setSelection(Selection.near(state.doc.resolve(state.selection.to), 1)));
      } catch (error) {
        void message.error(t('richText.imageFailed', { name: file.name, reason: errorMessage(t, error) }));
      } finally {
        hide();
      }
    }
  };

  useLayoutEffect(() => {
    latest.current = { onChange, onImagesChange, images, insertFiles: (f, at) => void insertFiles(f, at) };
  });

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(sanitizeHtml(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setEditable(!disabled);
  }, [editor, disabled]);

  return (
    <div className={`rich-text-editor${disabled ? ' rich-text-disabled' : ''}`}>
      <Toolbar editor={editor} disabled={disabled} onPickImage={() => fileInput.current?.click()} />
      <EditorContent editor={editor} />
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp,image/bmp"
        multiple
        // Not the `hidden` attribute: form styles give inputs a display that would override it.
        style={{ display: 'none' }}
        onChange={(e) => {
          void insertFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
