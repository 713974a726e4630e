import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Charge } from '../../../../shared/domain/lending';
import { circulationError } from './context';
import { printReceipt, type ReceiptSize } from './print-documents';

interface Props {
  charge: Charge;
  primary?: boolean;
  /** Small buttons with short labels, for a row of a list. */
  compact?: boolean;
}

/** Prints a paid charge's receipt on a whole A4 page or on half of one. */
export function ReceiptButtons({ charge, primary, compact }: Props) {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  if (!charge.receiptNo) return null;
  const receiptNo = charge.receiptNo;
  const print = async (paper: ReceiptSize) => {
    try {
      const outcome = await printReceipt(charge.id, receiptNo, paper, t('receipt.title'));
      if (outcome === 'saved') void message.success(t('receipt.saved'));
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };
  if (compact) {
    return (
      <Space.Compact size="small">
        <Button icon={<PrinterOutlined />} aria-label={t('receipt.printA4')} onClick={() => void print('a4')}>
          {t('receipt.printShort')}
        </Button>
        <Button onClick={() => void print('half')}>{t('receipt.printHalf')}</Button>
      </Space.Compact>
    );
  }
  return (
    <Space wrap>
      <Button
        type={primary ? 'primary' : 'default'}
        icon={<PrinterOutlined />}
        onClick={() => void print('a4')}
      >
        {t('receipt.printA4')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => void print('half')}>
        {t('receipt.printHalf')}
      </Button>
    </Space>
  );
}
