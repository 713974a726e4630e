import { Alert, Radio, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/contract';
import { isMapped, type ColumnMapping } from './column-mapping';
import type { AnyImporter, DuplicatePolicy } from './importer';
import { ProblemList } from './ProblemList';
import type { ValidationReport } from './validate-rows';

const PREVIEW_ROWS = 20;

interface Props {
  importer: AnyImporter;
  language: Language;
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  report: ValidationReport;
  duplicates: DuplicatePolicy;
  onDuplicates(policy: DuplicatePolicy): void;
}

interface PreviewRow {
  row: number;
  cells: readonly string[];
  problems: number;
}

/** Step 3: what will be imported, and every problem by row and column, before anything is written. */
export function CheckStep({ importer, language, rows, mapping, report, duplicates, onDuplicates }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const columnLabel = (key: string | null) =>
    key === null
      ? t('check.wholeRow')
      : (importer.columns.find((c) => c.key === key)?.labels[language] ?? key);

  const problemsByRow = new Map<number, number>();
  for (const p of report.problems) {
    if (p.row <= PREVIEW_ROWS + 1) problemsByRow.set(p.row, (problemsByRow.get(p.row) ?? 0) + 1);
  }
  const preview: PreviewRow[] = rows
    .slice(1, PREVIEW_ROWS + 1)
    .map((cells, i) => ({ row: i + 2, cells, problems: problemsByRow.get(i + 2) ?? 0 }));
  const shown = importer.columns.filter((c) => isMapped(mapping, c.key));
  const valid = report.valid.length;

  return (
    <div className="import-panel">
      {report.invalidRows === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t('check.allValid', { count: report.total })}
          data-testid="import-summary"
        />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="import-summary"
          title={t('check.summary', { total: report.total, valid, invalid: report.invalidRows })}
          description={t('check.blocked')}
        />
      )}
      {report.existing.size > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('check.existing', { count: report.existing.size })}
          description={
            <Radio.Group
              aria-label={t('check.duplicates.label')}
              value={duplicates}
              onChange={(e) => onDuplicates(e.target.value as DuplicatePolicy)}
              options={(['skip', 'update'] as const).map((value) => ({
                value,
                label: t(`check.duplicates.${value}`),
              }))}
            />
          }
        />
      )}
      {report.problems.length > 0 && (
        <section className="import-panel">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('check.report')}{' '}
            <Typography.Text type="secondary">
              {t('check.reportCount', { count: report.problems.length })}
            </Typography.Text>
          </Typography.Title>
          <ProblemList problems={report.problems} columnLabel={columnLabel} />
        </section>
      )}
      <section className="import-panel">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('check.preview', { count: preview.length })}
        </Typography.Title>
        <Table<PreviewRow>
          rowKey="row"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={preview}
          data-testid="import-preview"
          columns={[
            { title: t('check.row'), dataIndex: 'row', width: 64, fixed: 'start' },
            {
              title: t('check.previewStatus'),
              key: 'status',
              width: 110,
              render: (_, r) =>
                r.problems === 0 ? (
                  <Tag color="green">{t('check.rowOk')}</Tag>
                ) : (
                  <Tag color="red">{t('check.rowProblems', { count: r.problems })}</Tag>
                ),
            },
            ...shown.map((column) => ({
              title: column.labels[language],
              key: column.key,
              ellipsis: true,
              width: 140,
              render: (_: unknown, r: PreviewRow) => r.cells[mapping[column.key]!],
            })),
          ]}
        />
      </section>
    </div>
  );
}
