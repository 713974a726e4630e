import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from './importer';

const ROW_HEIGHT = 36;

interface Props {
  problems: readonly RowProblem[];
  columnLabel(column: string | null): string;
}

/** The validation report: one line per problem, virtualised, since a bad file can have thousands. */
export function ProblemList({ problems, columnLabel }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: problems.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div
      className="import-report"
      role="table"
      aria-label={t('check.report')}
      aria-rowcount={problems.length}
    >
      <div role="rowgroup">
        <div role="row" className="import-report-row import-report-head">
          <div role="columnheader">{t('check.row')}</div>
          <div role="columnheader">{t('check.column')}</div>
          <div role="columnheader">{t('check.problem')}</div>
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="import-report-scroll" data-testid="import-report">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const problem = problems[item.index]!;
            // Keys in the import namespace say so (`import:…`); the domain's are in common.
            const text = t(problem.message, { ns: 'common', ...problem.params });
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                className="import-report-row"
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell">{problem.row}</div>
                <div role="cell">{columnLabel(problem.column)}</div>
                <div role="cell" title={text}>
                  {text}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
