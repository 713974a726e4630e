import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/material';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import { normalizeBarcode } from '../../../../shared/domain/barcode';
import { copyByBarcode, holdQueue, placeHold } from '../loans';
import { deskErrorMessage, useLendingContext } from './desk-context';
import { findMaterials } from './queries';
import { normaliseScan } from './scan';

interface Props {
  borrower: Person;
  /** The hold is placed: what was reserved and where the borrower stands in its queue (1 = next). */
  onDone(title: string, position: number): void;
  onCancel(): void;
}

/**
 * Reserve 预约 a material for the borrower: found by title (full-text, so 投诉 finds 投诉处理实务), or by
 * scanning one copy's barcode when only that copy will do.
 */
export function ReserveDialog({ borrower, onDone, onCancel }: Props) {
  const { t } = useTranslation(['desk', 'common']);
  const lendingContext = useLendingContext();
  const [found, setFound] = useState<Material[]>([]);
  const [materialId, setMaterialId] = useState<string | null>(null);
  const [barcode, setBarcode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (query: string) => {
    const rows = await findMaterials(db, query);
    setFound(rows);
  };

  const reserve = async () => {
    setError(null);
    const scanned = normaliseScan(barcode);
    const code = scanned === null ? null : normalizeBarcode(scanned);
    const copy = code === null ? undefined : await copyByBarcode(db, code);
    if (code !== null && !copy) {
      setError(t('lending:refusal.copyNotFound', { barcode: code }));
      return;
    }
    if (copy && materialId && copy.materialId !== materialId) {
      setError(t('reserve.copyOfOther', { barcode: copy.barcode, title: copy.title }));
      return;
    }
    const material = copy?.materialId ?? materialId;
    if (!material) {
      setError(t('reserve.pickMaterial'));
      return;
    }
    setBusy(true);
    try {
      const hold = await placeHold(db, lendingContext(), {
        borrowerId: borrower.id,
        materialId: material,
        copyId: copy?.id,
      });
      const queue = await holdQueue(db, material);
      const title = copy?.title ?? found.find((m) => m.id === material)?.title ?? '';
      onDone(title, queue.findIndex((h) => h.id === hold.id) + 1);
    } catch (e) {
      setError(deskErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('reserve.title', { name: borrower.name })}
      okText={t('reserve.confirm')}
      okButtonProps={{ loading: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void reserve()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('reserve.material')}
          htmlFor="desk-reserve-material"
          extra={t('reserve.materialHint')}
        >
          <Select
            id="desk-reserve-material"
            data-testid="desk-reserve-material"
            autoFocus
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            allowClear
            placeholder={t('reserve.materialPlaceholder')}
            notFoundContent={null}
            value={materialId}
            onChange={(v: string | undefined) => {
              setMaterialId(v ?? null);
              setError(null);
            }}
            options={found.map((m) => ({
              value: m.id,
              label: m.currentEdition
                ? t('reserve.option', { title: m.title, number: m.currentEdition })
                : m.title,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('reserve.copy')}
          htmlFor="desk-reserve-copy"
          validateStatus={error ? 'error' : undefined}
          help={error ?? t('reserve.copyHint')}
        >
          <Input
            id="desk-reserve-copy"
            autoComplete="off"
            value={barcode}
            onChange={(e) => {
              setBarcode(e.target.value);
              setError(null);
            }}
            onPressEnter={() => void reserve()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
