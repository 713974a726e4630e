import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CopyCondition, CopyStatus } from '../../../../shared/domain/lending';

/** Green on the shelf, blue out, gold waiting for a borrower, purple in repair, red lost, grey withdrawn. */
export const STATUS_COLOR: Record<CopyStatus, string | undefined> = {
  available: 'green',
  onLoan: 'blue',
  onHoldShelf: 'gold',
  inRepair: 'purple',
  lost: 'red',
  withdrawn: undefined,
};

export function StatusTag({ status }: { status: CopyStatus }) {
  const { t } = useTranslation('lending');
  return <Tag color={STATUS_COLOR[status]}>{t(`copyStatus.${status}`)}</Tag>;
}

const CONDITION_COLOR: Record<CopyCondition, string | undefined> = {
  new: 'cyan',
  good: undefined,
  worn: 'orange',
  damaged: 'red',
};

export function ConditionTag({ condition }: { condition: CopyCondition }) {
  const { t } = useTranslation('lending');
  return (
    <Tag color={CONDITION_COLOR[condition]} variant="outlined">
      {t(`condition.${condition}`)}
    </Tag>
  );
}
