import { InboxOutlined } from '@ant-design/icons';
import { App, Progress, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../../shared/domain/attachment';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { platform } from '../../platform';
import { addAttachment } from './add-attachment';
import { AttachmentList } from './AttachmentList';

interface Props {
  id?: string;
  value: AttachmentRef[];
  onChange(next: AttachmentRef[]): void;
  /** e.g. `image/*` for a photo. */
  accept?: string;
  /** At most this many files (1 for a photo: a new one replaces the old). */
  max?: number;
}

/**
 * The attachment field every form drops in: add by dialog or drag and drop, list, preview, open,
 * remove. Files are stored as they are added; the record keeps only their references, saved with
 * the form. A file no record references any more is removed by clean-up in Settings.
 */
export function AttachmentField({ id, value, onChange, accept, max = 100 }: Props) {
  const { t } = useTranslation('attachments');
  const { settings } = useSession();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);

  const add = async (file: File) => {
    setUploading({ name: file.name, percent: 0 });
    try {
      const ref = await addAttachment(platform, file, settings.attachmentMaxMb, {
        onProgress: (done, total) =>
          setUploading({ name: file.name, percent: Math.round((done / total) * 100) }),
      });
      const others = value.filter((a) => a.sha256 !== ref.sha256 || a.name !== ref.name);
      onChange(max === 1 ? [ref] : [...others, ref].slice(-max));
    } catch (error) {
      void message.error(
        t('addFailed', { name: file.name, reason: errorMessage(t, error), max: settings.attachmentMaxMb }),
      );
    } finally {
      setUploading(null);
    }
  };

  return (
    <div className="attachment-field">
      <Upload.Dragger
        id={id}
        accept={accept}
        multiple={max > 1}
        showUploadList={false}
        beforeUpload={(file) => {
          void add(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('drop')}</p>
        <p className="ant-upload-hint">{t('limit', { max: settings.attachmentMaxMb })}</p>
      </Upload.Dragger>
      {uploading && (
        <Progress percent={uploading.percent} size="small" status="active" format={() => uploading.name} />
      )}
      <AttachmentList attachments={value} onRemove={(a) => onChange(value.filter((v) => v !== a))} />
    </div>
  );
}
