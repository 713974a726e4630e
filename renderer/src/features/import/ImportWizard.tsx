import { App, Button, Card, Progress, Result, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { platform, uploadBlob } from '../../platform';
import { CheckStep } from './CheckStep';
import { autoMapColumns, unmappedRequired, type ColumnMapping } from './column-mapping';
import { ColumnsStep } from './ColumnsStep';
import { FileStep, type ReadFile } from './FileStep';
import type { AnyImporter, DuplicatePolicy, ImportOutcome } from './importer';
import { runImport } from './run-import';
import { validateSheet, type ValidationReport } from './validate-rows';
import './import.css';

const STEPS = ['file', 'columns', 'check', 'import'] as const;
type Step = (typeof STEPS)[number];

/** Long work under way: what it is, how far it got, and (while it runs) how to stop it. */
interface Work {
  label: string;
  done: number;
  total: number;
}

type Ran<T> = { state: 'done'; value: T } | { state: 'cancelled' } | { state: 'failed'; error: unknown };

type Finished =
  { state: 'done'; outcome: ImportOutcome } | { state: 'cancelled' } | { state: 'failed'; message: string };

interface Props {
  importer: AnyImporter;
  /** Where “Go to the list” leads once the rows are in. */
  listPath: string;
}

/**
 * The import wizard every importer shares: choose a file → match columns → check every row → write
 * them in one transaction. Nothing is written while a row has a problem unless the user chooses
 * to import only the valid rows; each long step shows progress and can be cancelled.
 */
export function ImportWizard({ importer, listPath }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const { language, appInfo } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ReadFile | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('skip');
  const [work, setWork] = useState<Work | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const running = useRef<AbortController | null>(null);

  // Leaving the page stops whatever runs; an import in flight is rolled back.
  useEffect(() => () => running.current?.abort(), []);

  const rows = file?.sheets[sheetIndex]?.rows ?? [];

  /** Runs one piece of long work with its own cancel signal, showing its progress meanwhile. */
  async function perform<T>(label: string, job: (signal: AbortSignal) => Promise<T>): Promise<Ran<T>> {
    const controller = new AbortController();
    running.current = controller;
    setWork({ label, done: 0, total: 0 });
    try {
      return { state: 'done', value: await job(controller.signal) };
    } catch (error) {
      return controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error };
    } finally {
      if (running.current === controller) running.current = null;
      setWork(null);
    }
  }
  const cancel = () => running.current?.abort();
  const complain = (ran: Ran<unknown>) => {
    if (ran.state === 'failed') void message.error(errorMessage(t, ran.error));
  };

  const chooseSheet = (read: ReadFile, index: number) => {
    setSheetIndex(index);
    setMapping(autoMapColumns(importer.columns, read.sheets[index]?.rows[0] ?? []));
    setReport(null);
  };

  const readFile = async (picked: File) => {
    const uploading = t('file.uploading', { name: picked.name });
    const ran = await perform(uploading, async (signal) => {
      const stagingId = await uploadBlob(platform, picked, {
        signal,
        onProgress: (done, total) => setWork({ label: uploading, done, total }),
      });
      setWork({ label: t('file.reading', { name: picked.name }), done: 0, total: 0 });
      const read = await platform
        .call('importRead', { source: { kind: 'staged', stagingId, fileName: picked.name } })
        .finally(() => platform.call('stageDiscard', { stagingId }).catch(() => undefined));
      signal.throwIfAborted();
      if (!read) return;
      setFile(read);
      // The first sheet with data, for workbooks that open with an empty cover sheet.
      chooseSheet(
        read,
        Math.max(
          read.sheets.findIndex((sheet) => sheet.rows.length > 1),
          0,
        ),
      );
    });
    complain(ran);
  };

  const check = async () => {
    setStep('check');
    setReport(null);
    const checking = (done: number, total: number) => t('check.checking', { done, total });
    const ran = await perform(checking(0, rows.length - 1), async (signal) => {
      const result = await validateSheet(importer, rows, mapping, {
        today: localDate(new Date()),
        db,
        signal,
        onProgress: (done, total) => setWork({ label: checking(done, total), done, total }),
      });
      setReport(result);
    });
    complain(ran);
    if (ran.state !== 'done') setStep('columns');
  };

  const write = async (validOnly: boolean) => {
    if (!report) return;
    setStep('import');
    setFinished(null);
    const importing = (done: number, total: number) => t('progress.importing', { done, total });
    const ran = await perform(importing(0, report.valid.length), (signal) => {
      const now = new Date();
      return runImport(db, importer, report, {
        validOnly,
        mapping,
        duplicates,
        context: { actor: appInfo.userName, now: now.getTime(), today: localDate(now) },
        signal,
        onProgress: (done, total) => setWork({ label: importing(done, total), done, total }),
      });
    });
    if (ran.state === 'done') setFinished({ state: 'done', outcome: ran.value });
    else if (ran.state === 'cancelled') setFinished({ state: 'cancelled' });
    else setFinished({ state: 'failed', message: errorMessage(t, ran.error) });
  };

  const startOver = () => {
    setFile(null);
    setReport(null);
    setFinished(null);
    setStep('file');
  };

  const canLeaveFile = file !== null && rows.length > 1 && work === null;
  const canCheck = unmappedRequired(importer.columns, mapping).length === 0;
  const valid = report?.valid.length ?? 0;
  const title = t(`${importer.texts}.title`);

  return (
    <div className="page import-wizard" data-testid={`import-${importer.id}`}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{t(`${importer.texts}.intro`)}</Typography.Text>
      </div>
      <Steps
        size="small"
        current={STEPS.indexOf(step)}
        items={STEPS.map((s) => ({ key: s, title: t(`steps.${s}`) }))}
      />
      <Card>
        {step === 'file' && (
          <FileStep
            importer={importer}
            file={file}
            sheetIndex={sheetIndex}
            busy={work !== null}
            onFile={(picked) => void readFile(picked)}
            onSheet={(index) => file && chooseSheet(file, index)}
          />
        )}
        {step === 'columns' && (
          <ColumnsStep
            importer={importer}
            language={language}
            rows={rows}
            mapping={mapping}
            onChange={setMapping}
          />
        )}
        {step === 'check' && report && (
          <CheckStep
            importer={importer}
            language={language}
            rows={rows}
            mapping={mapping}
            report={report}
            duplicates={duplicates}
            onDuplicates={setDuplicates}
          />
        )}
        {step === 'import' && finished && <Outcome finished={finished} texts={importer.texts} />}
        {work && (
          <div className="import-panel" data-testid="import-progress" style={{ marginTop: 16 }}>
            <Typography.Text>{work.label}</Typography.Text>
            <Progress
              percent={work.total > 0 ? Math.floor((work.done / work.total) * 100) : 0}
              status="active"
            />
            {step === 'import' && <Typography.Text type="secondary">{t('progress.hint')}</Typography.Text>}
          </div>
        )}
      </Card>
      <div className="import-actions">
        {work && <Button onClick={cancel}>{t('actions.cancel')}</Button>}
        {!work && step === 'file' && (
          <Button type="primary" disabled={!canLeaveFile} onClick={() => setStep('columns')}>
            {t('actions.next')}
          </Button>
        )}
        {!work && step === 'columns' && (
          <>
            <Button onClick={() => setStep('file')}>{t('actions.back')}</Button>
            <Button type="primary" disabled={!canCheck} onClick={() => void check()}>
              {t('actions.next')}
            </Button>
          </>
        )}
        {!work && step === 'check' && report && (
          <>
            <Button onClick={() => setStep('columns')}>{t('actions.back')}</Button>
            {report.invalidRows === 0 ? (
              <Button type="primary" disabled={valid === 0} onClick={() => void write(false)}>
                {t('check.importAll', { count: valid })}
              </Button>
            ) : (
              <Button danger disabled={valid === 0} onClick={() => void write(true)}>
                {valid === 0 ? t('check.nothingValid') : t('check.importValid', { count: valid })}
              </Button>
            )}
          </>
        )}
        {!work && step === 'import' && finished && (
          <Space>
            <Button onClick={startOver}>{t('result.again')}</Button>
            <Button type="primary" onClick={() => navigate(listPath)}>
              {t('result.toList')}
            </Button>
          </Space>
        )}
      </div>
    </div>
  );
}

/** An importer may word the summary for its records (`<texts>.summary`); the generic one counts people. */
function Outcome({ finished, texts }: { finished: Finished; texts: string }) {
  const { t } = useTranslation('import');
  if (finished.state === 'done') {
    return (
      <Result
        status="success"
        title={t('result.done')}
        subTitle={t([`${texts}.summary`, 'result.summary'], { ...finished.outcome })}
      />
    );
  }
  if (finished.state === 'cancelled') return <Result status="info" title={t('result.cancelled')} />;
  return <Result status="error" title={t('result.failed')} subTitle={finished.message} />;
}
