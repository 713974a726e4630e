import Image, { type ImageOptions } from '@tiptap/extension-image';

export interface StoredImageOptions extends ImageOptions {
  /** Where the editor shows a stored file; never written into the stored HTML. */
  resolveSrc(sha256: string, alt: string | null): string;
}

/**
 * An image that names a stored attachment by `data-sha256`. Its `src` is always worked out from the
 * hash when the HTML is read (a `src` that came with the HTML is ignored), so pasted or stored
 * content can never make the editor load something from elsewhere.
 */
export const StoredImage = Image.extend<StoredImageOptions>({
  addOptions() {
    return { ...this.parent!(), resolveSrc: () => '' };
  },

  parseHTML() {
    return [{ tag: 'img[data-sha256]' }];
  },

  addAttributes() {
    const resolveSrc = (sha256: string, alt: string | null) => this.options.resolveSrc(sha256, alt);
    return {
      ...this.parent?.(),
      src: {
        default: null,
        parseHTML: (element) =>
          resolveSrc(element.getAttribute('data-sha256') ?? '', element.getAttribute('alt')),
      },
      sha256: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-sha256'),
        renderHTML: (attributes) => (attributes.sha256 ? { 'data-sha256': attributes.sha256 as string } : {}),
      },
    };
  },
});
