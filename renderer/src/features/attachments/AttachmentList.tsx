import {
  DownloadOutlined,
  EyeOutlined,
  FileOutlined,
  DeleteOutlined,
  ExportOutlined,
} from '@ant-design/icons';
import { Button, List, Modal, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPreviewable, type AttachmentRef } from '../../../../shared/domain/attachment';
import { platform } from '../../platform';
import { formatBytes } from './format-bytes';
import { useAttachmentActions } from './use-attachment-actions';

interface Props {
  attachments: AttachmentRef[];
  onRemove?: (attachment: AttachmentRef) => void;
}

/** Files kept with a record: preview images and PDFs here, open with the OS, save a copy. */
export function AttachmentList({ attachments, onRemove }: Props) {
  const { t } = useTranslation('attachments');
  const { open, saveCopy } = useAttachmentActions();
  const [previewing, setPreviewing] = useState<AttachmentRef | null>(null);
  const previewKind = previewing ? isPreviewable(previewing.mime) : null;

  return (
    <>
      <List
        size="small"
        locale={{ emptyText: t('none') }}
        dataSource={attachments}
        renderItem={(a) => (
          <List.Item
            data-testid="attachment-item"
            actions={[
              isPreviewable(a.mime) && (
                <Tooltip key="preview" title={t('preview')}>
                  <Button
                    type="text"
                    icon={<EyeOutlined />}
                    aria-label={t('previewName', { name: a.name })}
                    onClick={() => setPreviewing(a)}
                  />
                </Tooltip>
              ),
              <Tooltip key="open" title={t('open')}>
                <Button
                  type="text"
                  icon={<ExportOutlined />}
                  aria-label={t('openName', { name: a.name })}
                  onClick={() => void open(a)}
                />
              </Tooltip>,
              <Tooltip key="save" title={t('saveCopy')}>
                <Button
                  type="text"
                  icon={<DownloadOutlined />}
                  aria-label={t('saveCopyName', { name: a.name })}
                  onClick={() => void saveCopy(a)}
                />
              </Tooltip>,
              onRemove && (
                <Tooltip key="remove" title={t('remove')}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('removeName', { name: a.name })}
                    onClick={() => onRemove(a)}
                  />
                </Tooltip>
              ),
            ].filter(Boolean)}
          >
            <Space>
              <FileOutlined />
              <Typography.Text>{a.name}</Typography.Text>
              <Typography.Text type="secondary">{formatBytes(a.size)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={previewing !== null}
        title={previewing?.name}
        footer={null}
        width={900}
        onCancel={() => setPreviewing(null)}
        destroyOnHidden
      >
        {previewing && previewKind === 'image' && (
          <img
            src={platform.attachmentUrl(previewing, false)}
            alt={previewing.name}
            style={{ maxWidth: '100%' }}
          />
        )}
        {previewing && previewKind === 'pdf' && (
          <iframe
            src={platform.attachmentUrl(previewing, false)}
            title={previewing.name}
            style={{ width: '100%', height: '70vh', border: 0 }}
          />
        )}
      </Modal>
    </>
  );
}
