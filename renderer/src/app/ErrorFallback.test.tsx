import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorFallback } from './ErrorFallback';
import { i18n, initI18n } from './i18n';

beforeAll(async () => {
  await initI18n('zh-CN');
});

function render(language: 'zh-CN' | 'en') {
  void i18n.changeLanguage(language);
  const error = new TypeError("Cannot read properties of undefined (reading 'name')");
  error.stack = 'TypeError: Cannot read properties\n    at PersonDetailPage (PersonDetailPage.tsx:42:7)';
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <ErrorFallback error={error} resetErrorBoundary={() => undefined} />
    </I18nextProvider>,
  );
}

describe('the screen shown when a page fails', () => {
  it('speaks the user language and never shows the error or its stack', () => {
    const zh = render('zh-CN');
    expect(zh).toContain('页面出错了');
    expect(zh).toContain('重新加载');
    for (const html of [zh, render('en')]) {
      expect(html).not.toContain('Cannot read properties');
      expect(html).not.toContain('PersonDetailPage.tsx');
    }
    expect(render('en')).toContain('This page ran into a problem');
  });
});
