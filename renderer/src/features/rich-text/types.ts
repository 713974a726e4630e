import type { AttachmentRef } from '../../../../shared/domain/attachment';

export interface RichTextEditorProps {
  /** Sanitised HTML as stored: images as `<img data-sha256 alt>`, no addresses. */
  value: string;
  /** Sanitised HTML, or '' when the text is empty. */
  onChange(html: string): void;
  /** The files the content shows; the record keeps these so backups and clean-up see them. */
  images: AttachmentRef[];
  onImagesChange(images: AttachmentRef[]): void;
  'aria-label'?: string;
  disabled?: boolean;
}

export interface RichTextViewProps {
  html: string;
  images?: AttachmentRef[];
}
