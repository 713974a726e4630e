import { Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Stocktake, StocktakeReport, StocktakeReportLine } from '../../../../shared/domain/lending';

function Lines({
  lines,
  testId,
  withBorrower,
  empty,
}: {
  lines: StocktakeReportLine[];
  testId: string;
  withBorrower?: boolean;
  empty: string;
}) {
  const { t } = useTranslation(['circulation', 'lending']);
  return (
    <Table<StocktakeReportLine>
      size="small"
      rowKey="copyId"
      dataSource={lines}
      pagination={lines.length > 50 ? { pageSize: 50, size: 'small' } : false}
      locale={{ emptyText: empty }}
      onRow={() => ({ 'data-testid': testId }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'barcode',
          title: t('stocktake.columns.barcode'),
          render: (_, l) => <Link to={`/lending/copies/${l.copyId}`}>{l.barcode}</Link>,
        },
        { key: 'title', title: t('stocktake.columns.title'), render: (_, l) => l.title },
        {
          key: 'edition',
          title: t('stocktake.columns.edition'),
          render: (_, l) => t('recall.editionNumber', { number: l.editionNumber }),
        },
        { key: 'location', title: t('stocktake.columns.location'), render: (_, l) => l.location },
        {
          key: 'status',
          title: t('stocktake.columns.recordStatus'),
          render: (_, l) => <Tag>{t(`lending:copyStatus.${l.status}`)}</Tag>,
        },
        ...(withBorrower
          ? [
              {
                key: 'borrower',
                title: t('stocktake.columns.borrower'),
                render: (_: unknown, l: StocktakeReportLine) =>
                  l.borrowerName
                    ? t('stocktake.withBorrower', { name: l.borrowerName, dueDate: l.dueDate })
                    : '',
              },
            ]
          : []),
      ]}
    />
  );
}

/** The report of a finished stocktake, as kept when it was finished. */
export function StocktakeReportView({
  stocktake,
  report,
}: {
  stocktake: Stocktake;
  report: StocktakeReport;
}) {
  const { t } = useTranslation('circulation');
  return (
    <>
      <Card>
        <Row gutter={24}>
          <Col>
            <Statistic title={t('stocktake.scanned')} value={stocktake.scanned} />
          </Col>
          <Col>
            <Statistic
              title={t('stocktake.missing')}
              value={report.missing.length}
              styles={{ content: { color: report.missing.length ? '#cf1322' : undefined } }}
            />
          </Col>
          <Col>
            <Statistic title={t('stocktake.notOnShelf')} value={report.notOnShelf.length} />
          </Col>
          <Col>
            <Statistic title={t('stocktake.misplaced')} value={report.misplaced.length} />
          </Col>
          <Col>
            <Statistic title={t('stocktake.unknown')} value={report.unknown.length} />
          </Col>
        </Row>
      </Card>
      <Card
        title={t('stocktake.missingTitle', { count: report.missing.length })}
        data-testid="stocktake-missing"
      >
        <Typography.Paragraph type="secondary">{t('stocktake.missingHint')}</Typography.Paragraph>
        <Lines lines={report.missing} testId="stocktake-missing-row" empty={t('stocktake.noneMissing')} />
      </Card>
      <Card
        title={t('stocktake.notOnShelfTitle', { count: report.notOnShelf.length })}
        data-testid="stocktake-not-on-shelf"
      >
        <Typography.Paragraph type="secondary">{t('stocktake.notOnShelfHint')}</Typography.Paragraph>
        <Lines
          lines={report.notOnShelf}
          testId="stocktake-not-on-shelf-row"
          withBorrower
          empty={t('stocktake.noneNotOnShelf')}
        />
      </Card>
      {report.misplaced.length > 0 && (
        <Card title={t('stocktake.misplacedTitle', { count: report.misplaced.length })}>
          <Typography.Paragraph type="secondary">{t('stocktake.misplacedHint')}</Typography.Paragraph>
          <Lines lines={report.misplaced} testId="stocktake-misplaced-row" empty="" />
        </Card>
      )}
      <Card
        title={t('stocktake.unknownTitle', { count: report.unknown.length })}
        data-testid="stocktake-unknown"
      >
        {report.unknown.length === 0 ? (
          <Typography.Text type="secondary">{t('stocktake.noneUnknown')}</Typography.Text>
        ) : (
          report.unknown.map((b) => (
            <Tag key={b} color="red" data-testid="stocktake-unknown-barcode">
              {b}
            </Tag>
          ))
        )}
      </Card>
    </>
  );
}
