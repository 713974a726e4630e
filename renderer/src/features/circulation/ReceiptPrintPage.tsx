import { Button, Spin } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { amountInCapitals, formatFen } from '../../../../shared/domain/money';
import type { Charge, Copy } from '../../../../shared/domain/lending';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import type { ReceiptSize } from './print-documents';
import { printQuery, usePrintPage } from './use-print-page';
import '../print/print.css';
import './receipt.css';

interface Loaded {
  charge?: Charge;
  borrower?: Person;
  copy?: Copy;
}

async function readReceipt(chargeId: string): Promise<Loaded> {
  const charge = await db.charges.get(chargeId);
  if (!charge) return {};
  const [borrower, copy] = await Promise.all([
    db.people.get(charge.borrowerId),
    db.copies.get(charge.copyId),
  ]);
  return { charge, borrower, copy };
}

/** One receipt: who paid what for which copy and why, with the amount in figures and in capitals. */
function Receipt({ loaded, part }: { loaded: Required<Pick<Loaded, 'charge'>> & Loaded; part?: string }) {
  const { t } = useTranslation(['circulation', 'lending']);
  const { charge, borrower, copy } = loaded;
  const who = [borrower?.employeeNo, borrower?.department].filter(Boolean).join('，');
  return (
    <section className="receipt">
      <header className="receipt-head">
        <div className="receipt-office">{t('receipt.office')}</div>
        <h1>{t('receipt.title')}</h1>
        {part && <div className="receipt-part">{part}</div>}
      </header>
      <div className="receipt-meta">
        <span>{t('receipt.number', { receiptNo: charge.receiptNo })}</span>
        <span>{t('receipt.date', { date: dayjs(charge.paidAt).format('YYYY-MM-DD') })}</span>
      </div>
      <table className="receipt-table">
        <tbody>
          <tr>
            <th>{t('receipt.payer')}</th>
            <td colSpan={3}>{who ? `${charge.borrowerName}（${who}）` : charge.borrowerName}</td>
          </tr>
          <tr>
            <th>{t('receipt.item')}</th>
            <td colSpan={3}>
              {t('receipt.copy', {
                title: charge.title,
                edition: copy?.editionNumber ?? '',
                barcode: charge.barcode,
              })}
            </td>
          </tr>
          <tr>
            <th>{t('receipt.reason')}</th>
            <td>{t(`lending:chargeReason.${charge.reason}`)}</td>
            <th>{t('receipt.amount')}</th>
            <td className="receipt-amount">{formatFen(charge.amount)}</td>
          </tr>
          <tr>
            <th>{t('receipt.capitals')}</th>
            <td colSpan={3} className="receipt-capitals">
              {t('receipt.rmb')}
              {amountInCapitals(charge.amount)}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="receipt-signatures">
        <span>{t('receipt.receivedBy', { name: charge.updatedBy })}</span>
        <span>{t('receipt.payerSignature')}</span>
      </div>
      {charge.status === 'reversed' && (
        <div className="receipt-void">{t('receipt.reversed', { note: charge.statusNote ?? '' })}</div>
      )}
    </section>
  );
}

/**
 * 赔偿收据 (`/print/receipt?charge=<id>&size=a4|half`): a whole A4 page, or half a page printed
 * twice on one sheet (the payer's part and the office's stub, cut along the line).
 */
export function ReceiptPrintPage() {
  const { t } = useTranslation(['circulation', 'print']);
  const [raw] = useSearchParams();
  const params = printQuery(raw);
  const chargeId = params.get('charge') ?? '';
  const size: ReceiptSize = params.get('size') === 'half' ? 'half' : 'a4';
  const loaded = useLiveQuery(() => readReceipt(chargeId), [chargeId]);
  const title = loaded?.charge?.receiptNo
    ? `${t('receipt.title')} ${loaded.charge.receiptNo}`
    : t('receipt.title');
  usePrintPage(title, loaded !== undefined);

  let body;
  if (loaded === undefined) body = <Spin />;
  else if (!loaded.charge) body = <p role="alert">{t('receipt.notFound')}</p>;
  else if (!loaded.charge.receiptNo) body = <p role="alert">{t('receipt.notPaid')}</p>;
  else {
    const found = { ...loaded, charge: loaded.charge };
    body =
      size === 'a4' ? (
        <Receipt loaded={found} />
      ) : (
        <>
          <Receipt loaded={found} part={t('receipt.payerPart')} />
          <div className="receipt-cut" aria-hidden>
            {t('receipt.cut')}
          </div>
          <Receipt loaded={found} part={t('receipt.stubPart')} />
        </>
      );
  }

  return (
    <div className="print-root">
      <style>{'@page { size: A4; margin: 14mm; }'}</style>
      <div className="print-toolbar">
        <Button type="primary" onClick={() => window.print()} disabled={loaded === undefined}>
          {t('print:toolbar.print')}
        </Button>
        <Button onClick={() => window.close()}>{t('print:toolbar.close')}</Button>
      </div>
      <main className={`print-sheet receipt-sheet receipt-${size}`}>{body}</main>
    </div>
  );
}
