import {
  Alert,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  InputNumber,
  Radio,
  Row,
  Space,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeBarcode } from '../../../../shared/domain/barcode';
import type { ConditionChecklist } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { returnCopy } from '../loans';
import { allFine, CHECKLIST_ITEMS, checklistProblems } from './checklist';
import { deskErrorMessage, useLendingContext } from './desk-context';
import { yuanToFen } from '../../../../shared/domain/money';
import { ReturnResultCard, type ReturnOutcome } from './ReturnResultCard';
import { focusSoon } from './focus';
import { ScanField } from './ScanField';
import { ScanQueue } from './scan';

export interface ReturnPanelHandle {
  /** Returns a copy as if its barcode had been scanned here. */
  returnBarcode(barcode: string): void;
}

interface Props {
  active: boolean;
  /** Changes when the user asks for the scan field again (F3). */
  focusRequest: number;
  onExchange(borrowerId: string): void;
  ref?: Ref<ReturnPanelHandle>;
}

type Disposition = 'writeOff' | 'repair';
/** How many earlier returns stay listed under the last one. */
const EARLIER_SHOWN = 8;

/**
 * Return 归还: scan a copy alone. The checklist and "damaged beyond use" describe the next copy scanned
 * and go back to "all fine" after it, so a damaged copy never marks the one behind it.
 */
export function ReturnPanel({ active, focusRequest, onExchange, ref }: Props) {
  const { t } = useTranslation(['desk', 'common']);
  const lendingContext = useLendingContext();
  const field = useRef<InputRef>(null);
  const [queue] = useState(() => new ScanQueue());
  const [checklist, setChecklist] = useState<ConditionChecklist>(allFine);
  const [beyondUse, setBeyondUse] = useState(false);
  const [disposition, setDisposition] = useState<Disposition>('writeOff');
  const [amount, setAmount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<ReturnOutcome[]>([]);

  useEffect(() => {
    if (active) focusSoon(field);
  }, [active, focusRequest]);

  const resetChecklist = () => {
    setChecklist(allFine());
    setBeyondUse(false);
    setDisposition('writeOff');
    setAmount(null);
  };

  const scan = (scanned: string) => {
    // Copies are stored upper-case (see shared/domain/barcode); a lower-case scan must find them.
    const barcode = normalizeBarcode(scanned);
    // What the checklist says now belongs to this copy, whatever is ticked while it commits.
    const noted = checklist;
    const damage = beyondUse ? { disposition, amount: yuanToFen(amount) ?? undefined } : undefined;
    resetChecklist();
    void queue.push(async () => {
      setProblem(null);
      const ctx = lendingContext();
      try {
        const result = await returnCopy(db, ctx, { barcode, checklist: noted, beyondUse: damage });
        const outcome = { key: `${ctx.now}-${barcode}`, result, returnedOn: ctx.today, checklist: noted };
        setOutcomes((list) => [outcome, ...list]);
      } catch (e) {
        setProblem(deskErrorMessage(t, e));
      }
      focusSoon(field);
    });
  };

  useImperativeHandle(ref, () => ({ returnBarcode: scan }));

  const toggle = (item: (typeof CHECKLIST_ITEMS)[number]) =>
    setChecklist((c) => ({ ...c, [item]: !c[item] }));

  // Alt+1…5 tick the checklist and Alt+6 "beyond use" without leaving the scan field.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey) return;
    const n = Number(e.key);
    const item = CHECKLIST_ITEMS[n - 1];
    if (item) {
      e.preventDefault();
      toggle(item);
    } else if (n === CHECKLIST_ITEMS.length + 1) {
      e.preventDefault();
      setBeyondUse((b) => !b);
    }
  };

  const problems = checklistProblems(checklist);
  const [latest, ...earlier] = outcomes;

  return (
    <Row gutter={[16, 16]} onKeyDown={onKeyDown}>
      <Col xs={24} xl={10}>
        <Card className="desk-panel">
          <ScanField
            id="desk-return"
            testId="desk-return-input"
            ref={field}
            label={t('return.copy')}
            placeholder={t('return.copyPlaceholder')}
            onScan={scan}
          />
          {problem && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="desk-refusal"
              className="desk-refusal"
              title={problem}
            />
          )}
        </Card>
        <Card
          className="desk-panel"
          title={t('checklist.title')}
          extra={
            problems.length === 0 && !beyondUse ? (
              <Tag color="green">{t('checklist.allFine')}</Tag>
            ) : (
              <Tag color="orange">{t('checklist.nextScan')}</Tag>
            )
          }
        >
          <div className="desk-checklist" role="group" aria-label={t('checklist.title')}>
            {CHECKLIST_ITEMS.map((item, i) => (
              <Checkbox key={item} checked={checklist[item]} onChange={() => toggle(item)}>
                {t(`checklist.item.${item}`)} <kbd>Alt+{i + 1}</kbd>
              </Checkbox>
            ))}
            <Checkbox
              checked={beyondUse}
              onChange={(e) => setBeyondUse(e.target.checked)}
              className="desk-beyond-use"
            >
              {t('checklist.beyondUse')} <kbd>Alt+{CHECKLIST_ITEMS.length + 1}</kbd>
            </Checkbox>
          </div>
          {beyondUse && (
            <Form layout="vertical" component="div" className="desk-beyond-use-form">
              <Form.Item label={t('checklist.disposition')} style={{ marginBottom: 12 }}>
                <Radio.Group
                  value={disposition}
                  onChange={(e) => setDisposition(e.target.value as Disposition)}
                  options={[
                    { value: 'writeOff', label: t('checklist.writeOff') },
                    { value: 'repair', label: t('checklist.repair') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                label={t('checklist.amount')}
                htmlFor="desk-damage-amount"
                extra={t('checklist.amountHint')}
                style={{ marginBottom: 0 }}
              >
                <InputNumber
                  id="desk-damage-amount"
                  prefix="¥"
                  min={0}
                  precision={2}
                  style={{ width: 200 }}
                  placeholder={t('checklist.amountPlaceholder')}
                  value={amount}
                  onChange={setAmount}
                  onPressEnter={() => focusSoon(field)}
                />
              </Form.Item>
            </Form>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {latest ? (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <ReturnResultCard outcome={latest} onExchange={onExchange} />
            {earlier.length > 0 && (
              <Card size="small" title={t('return.earlier')}>
                <ul className="desk-earlier">
                  {earlier.slice(0, EARLIER_SHOWN).map(({ key, result }) => (
                    <li key={key}>
                      <Typography.Text className="desk-barcode">{result.copy.barcode}</Typography.Text>
                      <Typography.Text ellipsis>{result.copy.title}</Typography.Text>
                      <Typography.Text type="secondary">{result.loan?.borrowerName ?? ''}</Typography.Text>
                      {result.holdShelf && <Tag color="orange">{t('return.toHoldShelf')}</Tag>}
                      {result.withdrawn && <Tag color="red">{t('return.offShelf')}</Tag>}
                    </li>
                  ))}
                </ul>
              </Card>
            )}
          </Space>
        ) : (
          <Card className="desk-panel">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('return.start')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
