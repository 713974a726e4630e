import { Button, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { platform } from '../../platform';
import { positionLabel } from '../people/labels';
import { pageCss, pageNumberContent } from './page-style';
import { AUTO_PRINT_PARAM } from './print-route';
import { readRoster, type RosterDepartment } from './roster';
import { usePrintReady } from './use-print-ready';
import './print.css';

const COLUMNS = ['employeeNo', 'name', 'position', 'hireDate', 'phone', 'status', 'trainer'] as const;

type Loaded =
  | { state: 'loading'; count: number }
  | { state: 'ready'; departments: RosterDepartment[] }
  | { state: 'failed'; message: string };

/** 人员花名册: live employees by department, on A4 pages with a running header and page numbers. */
export function RosterPrintPage() {
  const { t } = useTranslation(['print', 'people', 'common']);
  const [params] = useSearchParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading', count: 0 });
  const today = localDate(new Date());
  const title = t('roster.title');

  useEffect(() => {
    let cancelled = false;
    readRoster(db, (count) => !cancelled && setLoaded({ state: 'loading', count }))
      .then((departments) => !cancelled && setLoaded({ state: 'ready', departments }))
      .catch(
        (error: unknown) => !cancelled && setLoaded({ state: 'failed', message: errorMessage(t, error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [t]);

  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  usePrintReady(loaded.state !== 'loading', params.get(AUTO_PRINT_PARAM) === '1');

  const css = pageCss({
    headerLeft: title,
    headerRight: t('printedOn', { date: today }),
    footer: pageNumberContent((page, pages) => t('page', { page, pages })),
    marginBoxes: platform.kind !== 'electron',
  });

  let body;
  if (loaded.state === 'loading') body = <Spin description={t('loading', { count: loaded.count })} />;
  else if (loaded.state === 'failed') body = <p role="alert">{loaded.message}</p>;
  else {
    const count = loaded.departments.reduce((sum, d) => sum + d.people.length, 0);
    body = (
      <>
        <p className="print-summary">
          {t('roster.summary', { date: today, count, departments: loaded.departments.length })}
        </p>
        {count === 0 && <p>{t('roster.empty')}</p>}
        {loaded.departments.map((department) => (
          <section key={department.name}>
            <h2>{t('roster.department', { name: department.name, count: department.people.length })}</h2>
            <table className="print-table">
              <colgroup>
                <col className="print-col-index" />
                {COLUMNS.map((c) => (
                  <col key={c} className={`print-col-${c}`} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th className="print-index">{t('roster.columns.index')}</th>
                  {COLUMNS.map((c) => (
                    <th key={c}>{t(`roster.columns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {department.people.map((p, i) => (
                  <tr key={p.id}>
                    <td className="print-index">{i + 1}</td>
                    <td>{p.employeeNo}</td>
                    <td>{p.name}</td>
                    <td>{positionLabel(t, p.position)}</td>
                    <td>{p.hireDate}</td>
                    <td>{p.phone}</td>
                    <td>{t(`people:status.${p.status}`)}</td>
                    <td>{p.trainerType === 'none' ? '' : t(`people:trainerType.${p.trainerType}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </>
    );
  }

  return (
    <div className="print-root">
      <style>{css}</style>
      <div className="print-toolbar">
        <Button type="primary" onClick={() => window.print()} disabled={loaded.state === 'loading'}>
          {t('toolbar.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('toolbar.close')}</Button>
      </div>
      <main className="print-sheet">
        <h1>{title}</h1>
        {body}
      </main>
    </div>
  );
}
