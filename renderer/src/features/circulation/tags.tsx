import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChargeStatus, HoldStatus } from '../../../../shared/domain/lending';

const CHARGE_COLOR: Record<ChargeStatus, string | undefined> = {
  open: 'orange',
  paid: 'green',
  waived: undefined,
  reversed: 'purple',
};

export function ChargeStatusTag({ status }: { status: ChargeStatus }) {
  const { t } = useTranslation('lending');
  return <Tag color={CHARGE_COLOR[status]}>{t(`chargeStatus.${status}`)}</Tag>;
}

const HOLD_COLOR: Record<HoldStatus, string | undefined> = {
  waiting: 'blue',
  ready: 'green',
  fulfilled: undefined,
  cancelled: undefined,
  expired: 'red',
};

export function HoldStatusTag({ status }: { status: HoldStatus }) {
  const { t } = useTranslation('lending');
  return <Tag color={HOLD_COLOR[status]}>{t(`holdStatus.${status}`)}</Tag>;
}
