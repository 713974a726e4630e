import { Button, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseRecallBatchId } from '../../../../shared/domain/recall';
import { db } from '../../db';
import { recallBatch } from './recall-queries';
import { printQuery, usePrintPage } from './use-print-page';
import '../print/print.css';
import './receipt.css';

/** 召回通知 (`/print/recall?batch=<sentAt>`): one letter a page, each exactly as its notice was recorded. */
export function RecallLettersPrintPage() {
  const { t } = useTranslation(['circulation', 'print']);
  const [raw] = useSearchParams();
  const sentAt = parseRecallBatchId(printQuery(raw).get('batch'));
  const letters = useLiveQuery(async () => (sentAt === null ? [] : recallBatch(db, sentAt)), [sentAt]);
  usePrintPage(t('recall.lettersTitle'), letters !== undefined);

  return (
    <div className="print-root">
      <style>{'@page { size: A4; margin: 20mm 18mm; }'}</style>
      <div className="print-toolbar">
        <Button type="primary" onClick={() => window.print()} disabled={letters === undefined}>
          {t('print:toolbar.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('print:toolbar.close')}</Button>
      </div>
      <main className="print-sheet">
        {letters === undefined && <Spin />}
        {letters?.length === 0 && <p role="alert">{t('recall.batchEmpty')}</p>}
        {letters?.map(({ notice }) => {
          // The template's first line is the letter's title.
          const [title = '', ...rest] = notice.body.split('\n');
          return (
            <article key={notice.id} className="recall-letter">
              <h1>{title}</h1>
              <pre>{rest.join('\n').replace(/^\n+/, '')}</pre>
            </article>
          );
        })}
      </main>
    </div>
  );
}
