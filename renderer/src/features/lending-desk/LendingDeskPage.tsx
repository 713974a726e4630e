import { ExportOutlined, ImportOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import { expireHolds } from '../loans';
import { CheckoutPanel, type LentRow } from './CheckoutPanel';
import { useLendingContext } from './desk-context';
import './lending-desk.css';
import { ReturnPanel, type ReturnPanelHandle } from './ReturnPanel';

type Mode = 'checkout' | 'return';

/** Keys that belong to a dialog, a drop-down or a pop-up confirm, not to the desk behind it. */
const inOverlay = (target: EventTarget | null) =>
  target instanceof Element && target.closest('.ant-modal-root, .ant-popover, .ant-select-dropdown') !== null;

/**
 * The lending desk 借还台, made for a USB barcode scanner that types like a keyboard and equally for the
 * mouse. F2 lends, F3 takes back, Esc starts over with the next borrower.
 */
export function LendingDeskPage() {
  const { t } = useTranslation(['desk', 'common']);
  const { message } = App.useApp();
  const lendingContext = useLendingContext();
  const [mode, setMode] = useState<Mode>('checkout');
  // Bumped by F2/F3 so the cursor goes to the scan field even when that tab is already open.
  const [focusRequest, setFocusRequest] = useState(0);
  const [borrower, setBorrower] = useState<Person | null>(null);
  const [lent, setLent] = useState<LentRow[]>([]);
  const [today] = useState(() => dayjs().format('YYYY-MM-DD'));
  const returnPanel = useRef<ReturnPanelHandle>(null);

  const startBorrower = (next: Person | null) => {
    setBorrower(next);
    setLent([]);
  };

  // Holds whose shelf time ran out pass to the next in the queue before anyone is served; once per opening.
  const expiryDone = useRef(false);
  useEffect(() => {
    if (expiryDone.current) return;
    expiryDone.current = true;
    expireHolds(db, lendingContext())
      .then((expired) => {
        if (expired > 0) void message.info(t('holdsExpired', { count: expired }));
      })
      .catch(() => void message.error(t('holdsExpiredFailed')));
  }, [lendingContext, message, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F2' || e.key === 'F3') {
        e.preventDefault();
        setMode(e.key === 'F2' ? 'checkout' : 'return');
        setFocusRequest((n) => n + 1);
      } else if (e.key === 'Escape' && !e.defaultPrevented && !inOverlay(e.target)) {
        setBorrower(null);
        setLent([]);
        setMode('checkout');
        setFocusRequest((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const exchange = async (borrowerId: string) => {
    const person = await db.people.get(borrowerId);
    if (!person) return;
    startBorrower(person);
    setMode('checkout');
  };

  return (
    <div className="page lending-desk">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={mode}
        onChange={(key) => setMode(key as Mode)}
        tabBarExtraContent={
          <Button
            icon={<UserSwitchOutlined />}
            onClick={() => {
              startBorrower(null);
              setMode('checkout');
            }}
          >
            {t('nextBorrower')} <kbd>Esc</kbd>
          </Button>
        }
        items={[
          {
            key: 'checkout',
            label: (
              <span className="desk-tab">
                <ExportOutlined aria-hidden /> {t('tabs.checkout')} <kbd>F2</kbd>
              </span>
            ),
            children: (
              <CheckoutPanel
                key={borrower?.id ?? 'none'}
                active={mode === 'checkout'}
                focusRequest={focusRequest}
                today={today}
                borrower={borrower}
                lent={lent.filter((row) => row.borrowerId === borrower?.id)}
                onBorrower={startBorrower}
                onLent={(row) => setLent((rows) => [...rows, row])}
                onReturnInstead={(barcode) => {
                  setMode('return');
                  returnPanel.current?.returnBarcode(barcode);
                }}
              />
            ),
          },
          {
            key: 'return',
            label: (
              <span className="desk-tab">
                <ImportOutlined aria-hidden /> {t('tabs.return')} <kbd>F3</kbd>
              </span>
            ),
            forceRender: true,
            children: (
              <ReturnPanel
                ref={returnPanel}
                active={mode === 'return'}
                focusRequest={focusRequest}
                onExchange={(id) => void exchange(id)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
