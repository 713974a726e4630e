import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { placeHold } from '../loans';
import { circulationError, useCirculationContext } from './context';
import { MaterialPicker } from './MaterialPicker';

interface Props {
  borrowerId: string;
  onDone(title: string): void;
  onCancel(): void;
}

/** Reserves a material 预约 for the borrower: any copy of its current edition, first come first served. */
export function PlaceHoldDialog({ borrowerId, onDone, onCancel }: Props) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const writeContext = useCirculationContext();
  const [materialId, setMaterialId] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const place = async () => {
    if (!materialId) {
      setError(t('holds.pickMaterial'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await placeHold(db, writeContext(), { borrowerId, materialId });
      onDone((await db.materials.get(materialId))?.title ?? '');
    } catch (e) {
      setError(circulationError(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('holds.placeTitle')}
      okText={t('holds.place')}
      okButtonProps={{ disabled: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void place()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('holds.material')}
          htmlFor="hold-material"
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? t('holds.placeHint')}
        >
          <MaterialPicker id="hold-material" value={materialId} onChange={setMaterialId} width={420} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
