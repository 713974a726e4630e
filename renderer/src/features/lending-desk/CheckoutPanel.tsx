import { Alert, Button, Card, Col, Empty, Row, Tag, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeBarcode } from '../../../../shared/domain/barcode';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import { checkout, copyByBarcode, findBorrower, isLendingRefusal, readLendingConfig } from '../loans';
import { BorrowerCard } from './BorrowerCard';
import { deskErrorMessage, useLendingContext } from './desk-context';
import { OverrideDialog } from './OverrideDialog';
import { focusSoon } from './focus';
import { ScanField } from './ScanField';
import { ScanQueue } from './scan';

/** One copy lent in this desk session, as the row under the copy field shows it. */
export interface LentRow {
  loanId: string;
  /** Whom it was lent to: a scan still committing when the next borrower came up stays with its own. */
  borrowerId: string;
  barcode: string;
  title: string;
  edition: number;
  dueDate: string;
  /** The copy was waiting on the hold shelf for this borrower. */
  fromHoldShelf: boolean;
  overridden: boolean;
}

interface Props {
  active: boolean;
  /** Changes when the user asks for the scan field again (F2, Esc). */
  focusRequest: number;
  today: string;
  borrower: Person | null;
  lent: LentRow[];
  onBorrower(borrower: Person): void;
  onLent(row: LentRow): void;
  /** A copy's barcode was scanned where a borrower belongs and the copy is out: return it instead. */
  onReturnInstead(barcode: string): void;
}

type Problem = { field: 'borrower' | 'copy'; text: string; returnable?: string };

/**
 * Lending: scan the borrower, then every copy they take; each scan commits on its own. The desk mounts
 * one panel per borrower, so a refusal or an open dialog never carries over to the next person.
 */
export function CheckoutPanel({
  active,
  focusRequest,
  today,
  borrower,
  lent,
  onBorrower,
  onLent,
  onReturnInstead,
}: Props) {
  const { t } = useTranslation(['desk', 'lending', 'common']);
  const lendingContext = useLendingContext();
  const config = useLiveQuery(() => readLendingConfig(db), []);
  const borrowerField = useRef<InputRef>(null);
  const copyField = useRef<InputRef>(null);
  const [queue] = useState(() => new ScanQueue());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [override, setOverride] = useState<{ barcode: string; refusal: string } | null>(null);

  const focusField = () => focusSoon(borrower ? copyField : borrowerField);

  // A new borrower (or none) and every return to this tab put the cursor where the next scan goes.
  useEffect(() => {
    if (active) focusSoon(borrower ? copyField : borrowerField);
  }, [active, borrower, focusRequest]);

  const scanBorrower = (code: string) =>
    queue.push(async () => {
      setProblem(null);
      try {
        const person = await findBorrower(db, code);
        if (person) {
          onBorrower(person);
          return;
        }
        const copy = await copyByBarcode(db, normalizeBarcode(code));
        setProblem({
          field: 'borrower',
          text: copy
            ? t('checkout.copyNotBorrower', { barcode: code })
            : t('checkout.borrowerNotFound', { number: code }),
          returnable: copy?.status === 'onLoan' ? code : undefined,
        });
      } catch (e) {
        setProblem({ field: 'borrower', text: deskErrorMessage(t, e) });
      }
      focusSoon(borrowerField);
    });

  const lend = async (person: Person, barcode: string, reason?: string) => {
    const result = await checkout(db, lendingContext(), {
      borrowerId: person.id,
      barcode,
      override: reason === undefined ? undefined : { reason },
    });
    onLent({
      loanId: result.loan.id,
      borrowerId: person.id,
      barcode: result.copy.barcode,
      title: result.copy.title,
      edition: result.copy.editionNumber,
      dueDate: result.loan.dueDate,
      fromHoldShelf: result.fulfilledHold !== undefined,
      overridden: reason !== undefined,
    });
  };

  const scanCopy = (scanned: string) => {
    // Copies are stored upper-case (see shared/domain/barcode); a lower-case scan must find them.
    const code = normalizeBarcode(scanned);
    const person = borrower;
    if (!person) return;
    void queue.push(async () => {
      setProblem(null);
      try {
        await lend(person, code);
      } catch (e) {
        const refusal = deskErrorMessage(t, e);
        if (isLendingRefusal(e) && e.code === 'hasOverdue' && config?.allowOverdueOverride) {
          setOverride({ barcode: code, refusal });
          return;
        }
        setProblem({ field: 'copy', text: refusal });
      }
      focusSoon(copyField);
    });
  };

  const problemAlert = (field: Problem['field']) =>
    problem?.field === field && (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="desk-refusal"
        className="desk-refusal"
        title={problem.text}
        action={
          problem.returnable && (
            <Button size="small" onClick={() => onReturnInstead(problem.returnable!)}>
              {t('checkout.returnInstead')}
            </Button>
          )
        }
      />
    );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card className="desk-panel">
          <ScanField
            id="desk-borrower"
            testId="desk-borrower-input"
            ref={borrowerField}
            autoFocus
            label={t('checkout.borrower')}
            placeholder={t('checkout.borrowerPlaceholder')}
            onScan={(code) => void scanBorrower(code)}
          />
          {problemAlert('borrower')}
        </Card>
        {borrower && <BorrowerCard borrower={borrower} today={today} onRefocus={focusField} />}
      </Col>
      <Col xs={24} xl={14}>
        <Card
          className="desk-panel"
          title={borrower ? t('checkout.lendingTo', { name: borrower.name }) : t('checkout.title')}
        >
          <ScanField
            id="desk-copy"
            testId="desk-copy-input"
            ref={copyField}
            disabled={!borrower}
            label={t('checkout.copy')}
            placeholder={borrower ? t('checkout.copyPlaceholder') : t('checkout.borrowerFirst')}
            onScan={scanCopy}
          />
          {problemAlert('copy')}
          {lent.length === 0 ? (
            <Empty
              className="desk-empty"
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={borrower ? t('checkout.noneYet') : t('checkout.start')}
            />
          ) : (
            <ol className="desk-rows" aria-label={t('checkout.lentList')}>
              {lent.map((row, i) => (
                <li
                  key={row.loanId}
                  data-testid="desk-loan-row"
                  className={i === lent.length - 1 ? 'desk-row desk-row-latest' : 'desk-row'}
                >
                  <div className="desk-row-copy">
                    <Typography.Text strong className="desk-row-title">
                      {row.title}
                    </Typography.Text>
                    <span>
                      <Typography.Text className="desk-barcode">{row.barcode}</Typography.Text>
                      <Tag style={{ marginInlineStart: 8 }}>{t('edition', { number: row.edition })}</Tag>
                      {row.fromHoldShelf && <Tag color="green">{t('checkout.fromHoldShelf')}</Tag>}
                      {row.overridden && <Tag color="orange">{t('checkout.overridden')}</Tag>}
                    </span>
                  </div>
                  <div className="desk-due">
                    <span className="desk-due-label">{t('checkout.due')}</span>
                    <span className="desk-due-date" data-testid="desk-due-date">
                      {row.dueDate}
                    </span>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </Col>
      {override && borrower && (
        <OverrideDialog
          refusal={override.refusal}
          barcode={override.barcode}
          onCancel={() => {
            setOverride(null);
            focusField();
          }}
          onLend={async (reason) => {
            try {
              await lend(borrower, override.barcode, reason);
            } catch (e) {
              throw new Error(deskErrorMessage(t, e), { cause: e });
            }
            setOverride(null);
            focusField();
          }}
        />
      )}
    </Row>
  );
}
