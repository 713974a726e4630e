import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** What the editor makes; anything else (links, tables, forms, media, frames, styles) is dropped, its text kept. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  's',
  'u',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'img',
];

/**
 * No `src`, `href`, `style`, `class` or event handler ever survives: an image is stored as
 * `data-sha256` only and gets its address when shown, so stored HTML holds no token, no absolute
 * URL and nothing that loads from elsewhere.
 */
const ALLOWED_ATTR = ['data-sha256', 'alt', 'title', 'start'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

const SHA256 = /^[0-9a-f]{64}$/;

let purifier: DOMPurify | null = null;

// No event handler in it: Chromium reports one to the CSP even in a parsed, never-shown document.
const CANARY = '<p title="ok" style="color:red">ok</p><script>alert(1)</script>';

/**
 * An own instance, so hooks another module might add to the shared one never change these rules.
 * DOMPurify is only as good as the DOM under it, and some fake DOMs (happy-dom) silently let
 * everything through: a canary is sanitised first, and nothing is ever passed on unchecked.
 */
function instance(): DOMPurify {
  if (purifier) return purifier;
  const candidate = createDOMPurify(window);
  const container = document.createElement('div');
  container.append(candidate.sanitize(CANARY, CONFIG));
  if (!candidate.isSupported || container.innerHTML !== '<p title="ok">ok</p>') {
    throw new Error('This DOM cannot sanitise HTML safely; rich text is not shown');
  }
  purifier = candidate;
  return purifier;
}

/** Sanitised content as a fragment, for callers that go on to work on the DOM. */
export function sanitizeToFragment(html: string): DocumentFragment {
  const fragment = instance().sanitize(html, CONFIG);
  // An image that does not name a stored file would show nothing (or something from elsewhere).
  for (const img of fragment.querySelectorAll('img')) {
    if (!SHA256.test(img.getAttribute('data-sha256') ?? '')) img.remove();
  }
  return fragment;
}

function serialize(fragment: DocumentFragment): string {
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/** The one sanitising rule for rich text: applied to pasted HTML, to what the editor emits, and before showing. */
export function sanitizeHtml(html: string): string {
  return serialize(sanitizeToFragment(html));
}

/** Sanitises and drops images whose file the record does not reference (pasted from another record). */
export function sanitizeKeepingImages(html: string, shas: ReadonlySet<string>): string {
  const fragment = sanitizeToFragment(html);
  for (const img of fragment.querySelectorAll('img')) {
    if (!shas.has(img.getAttribute('data-sha256') ?? '')) img.remove();
  }
  return serialize(fragment);
}

/** The stored files an HTML text shows, in order of first appearance. */
export function imageShas(html: string): string[] {
  const shas = [...sanitizeToFragment(html).querySelectorAll('img')].map((img) =>
    img.getAttribute('data-sha256')!,
  );
  return [...new Set(shas)];
}
