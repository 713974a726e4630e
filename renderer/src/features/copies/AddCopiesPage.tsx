import { zodResolver } from '@hookform/resolvers/zod';
import { PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { parseBarcodeLines } from '../../../../shared/domain/barcode';
import {
  addCopiesSchema,
  emptyAddCopiesInput,
  MAX_COPIES_PER_ADD,
  type AddCopiesInput,
  type AddCopiesRequest,
} from '../../../../shared/domain/copy-input';
import { DomainError } from '../../../../shared/domain/errors';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { useFieldMessage } from '../materials';
import { useWriteContext } from '../shared-ui';
import { addCopies, type AddedCopies } from './commands';
import { CopyFieldsInputs } from './CopyFieldsInputs';
import { MaterialPicker } from './MaterialPicker';
import { editionsOfMaterial } from './queries';
import { usePrintLabels } from './use-print-labels';
import './copies.css';

/** "Add copies": a number of new copies of one edition, or the barcodes already on them, scanned one per line. */
export function AddCopiesPage() {
  const { t } = useTranslation(['copies', 'lending', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const writeContext = useWriteContext();
  const fieldMessage = useFieldMessage();
  const today = localDate(new Date());
  const [added, setAdded] = useState<AddedCopies | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const labels = usePrintLabels();
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<AddCopiesInput, unknown, AddCopiesRequest>({
    defaultValues: emptyAddCopiesInput(today, params.get('material') ?? '', params.get('edition') ?? ''),
    resolver: zodResolver(addCopiesSchema(today)),
  });
  const materialId = useWatch({ control, name: 'materialId' });
  const editionId = useWatch({ control, name: 'editionId' });
  const mode = useWatch({ control, name: 'mode' });
  const barcodeText = useWatch({ control, name: 'barcodeText' });
  const material = useLiveQuery(
    async () => (materialId ? db.materials.get(materialId) : undefined),
    [materialId],
  );
  const editions = useLiveQuery(
    async () => (materialId ? (await editionsOfMaterial(db, materialId)).reverse() : []),
    [materialId],
  );
  const scanned = mode === 'barcodes' ? parseBarcodeLines(barcodeText) : null;

  // A material chosen without an edition gets its current one (the one people lend).
  useEffect(() => {
    if (!material || !editions) return;
    if (editions.some((e) => e.id === editionId && e.status !== 'withdrawn')) return;
    const current = editions.find((e) => e.number === material.currentEdition);
    setValue('editionId', current?.id ?? '');
  }, [material, editions, editionId, setValue]);

  const submit = handleSubmit(async () => {
    setFormError(null);
    try {
      setAdded(await addCopies(db, getValues(), today, writeContext()));
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(
          error.field as FieldPath<AddCopiesInput>,
          { type: 'server', message },
          { shouldFocus: true },
        );
      else setFormError(message);
    }
  });

  if (added) {
    const first = added.copies[0]!;
    const last = added.copies[added.copies.length - 1]!;
    return (
      <div className="page">
        <Card>
          <Result
            status="success"
            title={t('add.done', {
              count: added.copies.length,
              title: first.title,
              edition: first.editionNumber,
            })}
            subTitle={
              <span data-testid="added-barcodes">
                {added.copies.length === 1
                  ? first.barcode
                  : t('add.range', { first: first.barcode, last: last.barcode })}
              </span>
            }
            extra={[
              <Button
                key="labels"
                type="primary"
                icon={<PrinterOutlined />}
                disabled={labels.printing}
                onClick={() => void labels.print({ materialId: first.materialId, addedAt: added.addedAt })}
              >
                {t('add.printLabels', { count: added.copies.length })}
              </Button>,
              <Button key="more" onClick={() => setAdded(null)}>
                {t('add.more')}
              </Button>,
              <Button
                key="list"
                onClick={() =>
                  navigate(`/lending/copies?material=${first.materialId}&edition=${first.editionNumber}`)
                }
              >
                {t('add.toList')}
              </Button>,
            ]}
          />
        </Card>
      </div>
    );
  }

  return (
    <div className="page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('add.title')}
      </Typography.Title>
      <Form layout="vertical" onFinish={() => void submit()} noValidate className="record-form">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Card>
          <div className="form-grid">
            <Form.Item
              label={t('fields.material')}
              htmlFor="copies-material"
              required
              validateStatus={errors.materialId ? 'error' : undefined}
              help={fieldMessage(errors.materialId)}
            >
              <Controller
                control={control}
                name="materialId"
                render={({ field: f }) => (
                  <MaterialPicker
                    id="copies-material"
                    placeholder={t('form.materialPlaceholder')}
                    value={f.value || undefined}
                    onChange={(v) => f.onChange(v ?? '')}
                    status={errors.materialId ? 'error' : undefined}
                  />
                )}
              />
            </Form.Item>
            <Form.Item
              label={t('fields.edition')}
              htmlFor="copies-edition"
              required
              validateStatus={errors.editionId ? 'error' : undefined}
              help={fieldMessage(errors.editionId)}
            >
              <Controller
                control={control}
                name="editionId"
                render={({ field: f }) => (
                  <Select
                    id="copies-edition"
                    value={f.value || undefined}
                    onChange={f.onChange}
                    placeholder={materialId ? t('form.editionPlaceholder') : t('form.materialFirst')}
                    disabled={!materialId}
                    options={(editions ?? [])
                      .filter((e) => e.status !== 'withdrawn')
                      .map((e) => ({
                        value: e.id,
                        label:
                          e.status === 'current'
                            ? t('form.currentEdition', { number: e.number })
                            : t('edition', { number: e.number }),
                      }))}
                    notFoundContent={t('form.noEditions')}
                  />
                )}
              />
            </Form.Item>
          </div>
          <Form.Item label={t('fields.mode')}>
            <Controller
              control={control}
              name="mode"
              render={({ field: f }) => (
                <Radio.Group
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  options={[
                    { value: 'count', label: t('form.modeCount') },
                    { value: 'barcodes', label: t('form.modeBarcodes') },
                  ]}
                />
              )}
            />
          </Form.Item>
          {mode === 'count' ? (
            <Form.Item
              label={t('fields.count')}
              htmlFor="copies-count"
              required
              validateStatus={errors.count ? 'error' : undefined}
              help={fieldMessage(errors.count) ?? t('form.countHint', { max: MAX_COPIES_PER_ADD })}
            >
              <Controller
                control={control}
                name="count"
                render={({ field: f }) => (
                  <InputNumber
                    id="copies-count"
                    min={1}
                    max={MAX_COPIES_PER_ADD}
                    precision={0}
                    style={{ width: 160 }}
                    value={f.value}
                    onChange={(v) => f.onChange(v)}
                    onBlur={f.onBlur}
                  />
                )}
              />
            </Form.Item>
          ) : (
            <Form.Item
              label={t('fields.barcodes')}
              htmlFor="copies-barcodes"
              required
              validateStatus={errors.barcodeText || scanned?.problems.length ? 'error' : undefined}
              help={
                <div data-testid="scanned-summary">
                  {errors.barcodeText ? (
                    <div>{fieldMessage(errors.barcodeText)}</div>
                  ) : (
                    <div>{t('form.scannedCount', { count: scanned?.barcodes.length ?? 0 })}</div>
                  )}
                  {scanned?.problems.slice(0, 5).map((p) => (
                    <div key={p.line}>
                      {t('form.lineProblem', {
                        line: p.line,
                        text: p.text,
                        problem: t(p.message, { ns: 'common', ...p.params }),
                      })}
                    </div>
                  ))}
                </div>
              }
            >
              <Controller
                control={control}
                name="barcodeText"
                render={({ field: f }) => (
                  <Input.TextArea
                    id="copies-barcodes"
                    rows={6}
                    className="copies-scan-box"
                    placeholder={t('form.barcodesPlaceholder')}
                    spellCheck={false}
                    autoComplete="off"
                    {...f}
                  />
                )}
              />
            </Form.Item>
          )}
        </Card>
        <Card style={{ marginTop: 16 }}>
          <CopyFieldsInputs control={control} errors={errors} idPrefix="copies" />
        </Card>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" disabled={isSubmitting}>
            {t('add.submit')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common:actions.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
