import { Button, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Notice } from '../../../../shared/domain/lending';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { platform } from '../../platform';
import { pageCss, pageNumberContent } from '../print/page-style';
import { AUTO_PRINT_PARAM } from '../print/print-route';
import { usePrintReady } from '../print/use-print-ready';
import { lettersOf, type Letter } from './letters';
import { noticesSentAt } from './queries';
import '../print/print.css';
import './overdue.css';

type Loaded =
  { state: 'loading' } | { state: 'ready'; letters: Letter[] } | { state: 'failed'; message: string };

/** `batch/<sentAt>`: the letters of one run; `notice/<id>`: one notice's letter. */
async function readNotices(kind: string | undefined, key: string | undefined): Promise<Notice[]> {
  if (kind === 'notice' && key) {
    const notice = await db.notices.get(key);
    return notice ? [notice] : [];
  }
  return kind === 'batch' && key && /^\d+$/.test(key) ? noticesSentAt(db, Number(key)) : [];
}

/** 催还通知: a reminder run's letters, one per A4 page, exactly as recorded. */
export function NoticeLettersPrintPage() {
  const { t } = useTranslation(['overdue', 'print', 'common']);
  const [params] = useSearchParams();
  const { kind, key } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const title = t('letters.title');
  const today = localDate(new Date());

  useEffect(() => {
    let cancelled = false;
    readNotices(kind, key)
      .then((notices) => !cancelled && setLoaded({ state: 'ready', letters: lettersOf(notices) }))
      .catch((e: unknown) => !cancelled && setLoaded({ state: 'failed', message: errorMessage(t, e) }));
    return () => {
      cancelled = true;
    };
  }, [kind, key, t]);

  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  usePrintReady(loaded.state !== 'loading', params.get(AUTO_PRINT_PARAM) === '1');

  const css = pageCss({
    headerLeft: t('letters.header'),
    headerRight: t('print:printedOn', { date: today }),
    footer: pageNumberContent((page, pages) => t('print:page', { page, pages })),
    marginBoxes: platform.kind !== 'electron',
  });

  let body;
  if (loaded.state === 'loading') body = <Spin description={t('letters.loading')} />;
  else if (loaded.state === 'failed') body = <p role="alert">{loaded.message}</p>;
  else if (loaded.letters.length === 0) body = <p>{t('letters.none')}</p>;
  else
    body = loaded.letters.map((letter) => {
      // The template's first line is the letter's heading when a blank line follows it.
      const [first = '', second, ...rest] = letter.body.split('\n');
      const headed = second !== undefined && second.trim() === '';
      return (
        <article key={letter.key} className="notice-letter" data-testid="notice-letter">
          {headed ? (
            <>
              <h1>{first}</h1>
              <div className="notice-body">{rest.join('\n')}</div>
            </>
          ) : (
            <div className="notice-body">{letter.body}</div>
          )}
        </article>
      );
    });

  return (
    <div className="print-root">
      <style>{css}</style>
      <div className="print-toolbar">
        <span className="print-toolbar-count">
          {loaded.state === 'ready' && t('letters.count', { count: loaded.letters.length })}
        </span>
        <Button type="primary" onClick={() => window.print()} disabled={loaded.state === 'loading'}>
          {t('print:toolbar.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('print:toolbar.close')}</Button>
      </div>
      <main className="print-sheet notice-sheet">{body}</main>
    </div>
  );
}
