import { SafetyCertificateOutlined } from '@ant-design/icons';
import { List, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMasking, CaseTextField } from '../../../../shared/domain/complaint-case';
import type { TFunction } from 'i18next';

export function caseFieldLabel(t: TFunction, field: CaseTextField): string {
  if (field.startsWith('process.')) {
    return `${t('cases:fields.process')} · ${t(`cases:step.${field.slice('process.'.length)}`)}`;
  }
  return t(`cases:fields.${field}`);
}

interface Props {
  found: CaseMasking['found'];
  saving: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * What saving will mask, before it happens: the kind, the masked form and the field. The original
 * text is not repeated here; the user has it in the form in front of them.
 */
export function MaskingWarning({ found, saving, onConfirm, onCancel }: Props) {
  const { t } = useTranslation(['cases', 'common']);
  return (
    <Modal
      open
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('masking.title')}
        </Space>
      }
      okText={t('masking.confirm')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: saving }}
      onOk={onConfirm}
      onCancel={onCancel}
      width={600}
    >
      <Typography.Paragraph>{t('masking.intro')}</Typography.Paragraph>
      <List
        size="small"
        bordered
        data-testid="masking-list"
        dataSource={found}
        renderItem={(item) => (
          <List.Item data-testid="masking-item">
            <Space wrap>
              <Tag color="orange">{t(`masking.kind.${item.kind}`)}</Tag>
              <Typography.Text code>{item.masked}</Typography.Text>
              <Typography.Text type="secondary">
                {t('masking.inField', { field: caseFieldLabel(t, item.field) })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}
