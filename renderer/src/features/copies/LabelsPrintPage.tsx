import { Button, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Copy } from '../../../../shared/domain/lending';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { AUTO_PRINT_PARAM } from '../print/print-route';
import { usePrintReady } from '../print/use-print-ready';
import { code128Bars } from './barcode-svg';
import { labelSelectionFrom, printQuery } from './label-route';
import { copiesForLabels } from './queries';
import './labels.css';

/** 3 × 8 labels of 63 × 33 mm on an A4 sheet (the common 24-up label stock). */
const LABELS_PER_SHEET = 24;

type Loaded =
  { state: 'loading' } | { state: 'ready'; copies: Copy[] } | { state: 'failed'; message: string };

function Label({ copy }: { copy: Copy }) {
  const { t } = useTranslation('copies');
  const bars = useMemo(() => code128Bars(copy.barcode), [copy.barcode]);
  return (
    <div className="label" data-testid="label">
      <div className="label-title">{copy.title}</div>
      <div className="label-line">
        <span>{t('edition', { number: copy.editionNumber })}</span>
        <span>{copy.location}</span>
      </div>
      <svg
        className="label-bars"
        viewBox={`0 0 ${bars.width} ${bars.height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={copy.barcode}
      >
        {bars.paths.map((p) => (
          <path key={p.strokeWidth} stroke="#000" strokeWidth={p.strokeWidth} d={p.d} />
        ))}
      </svg>
      <div className="label-barcode">{copy.barcode}</div>
    </div>
  );
}

/** 条码标签: an A4 sheet of barcode labels for one copy, a batch just added, or an edition's copies. */
export function LabelsPrintPage() {
  const { t } = useTranslation(['copies', 'print', 'common']);
  const [received] = useSearchParams();
  const params = useMemo(() => printQuery(received), [received]);
  const selection = useMemo(() => labelSelectionFrom(params), [params]);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const title = t('labels.title');

  useEffect(() => {
    let cancelled = false;
    (selection ? copiesForLabels(db, selection) : Promise.resolve([]))
      .then((copies) => !cancelled && setLoaded({ state: 'ready', copies }))
      .catch(
        (error: unknown) => !cancelled && setLoaded({ state: 'failed', message: errorMessage(t, error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [selection, t]);

  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  usePrintReady(loaded.state !== 'loading', params.get(AUTO_PRINT_PARAM) === '1');

  let body;
  if (loaded.state === 'loading') body = <Spin />;
  else if (loaded.state === 'failed') body = <p role="alert">{loaded.message}</p>;
  else if (loaded.copies.length === 0) body = <p className="labels-empty">{t('labels.empty')}</p>;
  else {
    const sheets: Copy[][] = [];
    for (let i = 0; i < loaded.copies.length; i += LABELS_PER_SHEET)
      sheets.push(loaded.copies.slice(i, i + LABELS_PER_SHEET));
    body = sheets.map((sheet, i) => (
      <section
        key={i}
        className="label-sheet"
        aria-label={t('labels.sheet', { page: i + 1, pages: sheets.length })}
      >
        {sheet.map((copy) => (
          <Label key={copy.id} copy={copy} />
        ))}
      </section>
    ));
  }

  return (
    <div className="labels-root">
      <div className="labels-toolbar">
        <span className="labels-summary" data-testid="labels-summary">
          {loaded.state === 'ready' && t('labels.summary', { count: loaded.copies.length })}
        </span>
        <Button type="primary" onClick={() => window.print()} disabled={loaded.state === 'loading'}>
          {t('print:toolbar.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('print:toolbar.close')}</Button>
      </div>
      <h1 className="labels-heading">{title}</h1>
      <main className="labels-sheets">{body}</main>
    </div>
  );
}
