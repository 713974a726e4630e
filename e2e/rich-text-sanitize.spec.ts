import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

/**
 * The rich-text sanitising rules, run in real Chromium: DOMPurify does not support the fake DOMs a
 * unit test could use (under happy-dom it lets scripts through), so its rules are proven where the
 * app runs. The module is bundled as it is and loaded into a blank page.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

interface Sanitizer {
  sanitizeHtml(html: string): string;
  sanitizeKeepingImages(html: string, shas: ReadonlySet<string>): string;
  imageShas(html: string): string[];
}

declare global {
  interface Window {
    RichTextSanitize: Sanitizer;
  }
}

let bundle = '';
test.beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(root, 'renderer/src/features/rich-text/sanitize.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RichTextSanitize',
    write: false,
    target: 'es2022',
  });
  bundle = result.outputFiles[0]!.text;
});

test.beforeEach(async ({ page }) => {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle });
  // Any script that survived sanitising and ran would set this.
  await page.evaluate(() => {
    (window as unknown as { pwned: boolean }).pwned = false;
  });
});

const sanitize = (page: Page, html: string) =>
  page.evaluate((h) => window.RichTextSanitize.sanitizeHtml(h), html);

test('keeps everything the editor makes', async ({ page }) => {
  const html =
    '<h2>标题</h2><h3>小标题</h3><p><strong>b</strong> <em>i</em> <s>s</s> <u>u</u> <code>c</code><br></p>' +
    '<ul><li><p>one</p></li></ul><ol start="3"><li><p>two</p></li></ol><blockquote><p>q</p></blockquote>' +
    `<pre><code>x</code></pre><hr><img data-sha256="${SHA}" alt="图 1.png">`;
  expect(await sanitize(page, html)).toBe(html);
});

test('removes scripts, styles, frames, objects and forms', async ({ page }) => {
  const out = await sanitize(
    page,
    '<p>ok</p><script>window.pwned=true</script><style>p{color:red}</style>' +
      '<iframe src="https://evil.example"></iframe><iframe srcdoc="<script>parent.pwned=true</script>"></iframe>' +
      '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.example"><input name="a"></form>' +
      '<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  );
  expect(out).toBe('<p>ok</p>');
});

test('removes event handlers, inline styles, classes and ids', async ({ page }) => {
  expect(
    await sanitize(page, '<p onclick="pwned=true" style="position:fixed" class="x" id="y">text</p>'),
  ).toBe('<p>text</p>');
  expect(
    await sanitize(page, '<img data-sha256="' + SHA + '" onerror="pwned=true" onload="pwned=true">'),
  ).toBe(`<img data-sha256="${SHA}">`);
});

test('drops links but keeps their text, so no javascript: or remote address survives', async ({ page }) => {
  expect(await sanitize(page, '<p><a href="javascript:pwned=true">click</a></p>')).toBe('<p>click</p>');
  expect(await sanitize(page, '<p><a href="https://example.com">site</a></p>')).toBe('<p>site</p>');
});

test('never keeps an image address: remote, data:, javascript: or our own with its token', async ({
  page,
}) => {
  expect(await sanitize(page, '<p>a<img src="https://tracker.example/p.gif">b</p>')).toBe('<p>ab</p>');
  expect(await sanitize(page, '<img src="data:image/png;base64,AAAA">')).toBe('');
  expect(await sanitize(page, '<img src="javascript:pwned=true" onerror="pwned=true">')).toBe('');
  expect(
    await sanitize(
      page,
      `<img src="http://127.0.0.1:47821/attachments/${SHA}?token=secret" data-sha256="${SHA}" alt="x">`,
    ),
  ).toBe(`<img data-sha256="${SHA}" alt="x">`);
  expect(await sanitize(page, '<img data-sha256="../../etc/passwd">')).toBe('');
  expect(await sanitize(page, `<img data-sha256="${SHA.toUpperCase()}">`)).toBe('');
});

test('drops other data attributes and svg or mathml payloads', async ({ page }) => {
  expect(await sanitize(page, '<p data-x="1">t</p>')).toBe('<p>t</p>');
  expect(await sanitize(page, '<svg onload="pwned=true"><script>pwned=true</script></svg><p>t</p>')).toBe(
    '<p>t</p>',
  );
  expect(await sanitize(page, '<math><mi xlink:href="javascript:pwned=true">x</mi></math>')).not.toContain(
    'javascript',
  );
  // A classic mutation-XSS shape: must not turn into live markup once parsed again.
  const out = await sanitize(page, '<noscript><p title="</noscript><img src=x onerror=pwned=true>">');
  await page.evaluate((h) => {
    document.body.innerHTML = h;
  }, out);
  await page.waitForTimeout(50);
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  expect(out).not.toContain('onerror');
});

test('drops images of files the record does not hold and lists the ones it shows', async ({ page }) => {
  const kept = await page.evaluate(
    ([a, b]) =>
      window.RichTextSanitize.sanitizeKeepingImages(
        `<p>x</p><img data-sha256="${a}" alt="a"><img data-sha256="${b}" alt="b">`,
        new Set([a!]),
      ),
    [SHA, OTHER],
  );
  expect(kept).toBe(`<p>x</p><img data-sha256="${SHA}" alt="a">`);
  const shas = await page.evaluate(
    ([a, b]) =>
      window.RichTextSanitize.imageShas(
        `<img data-sha256="${b}"><p>t</p><img data-sha256="${a}"><img data-sha256="${b}">`,
      ),
    [SHA, OTHER],
  );
  expect(shas).toEqual([OTHER, SHA]);
});
