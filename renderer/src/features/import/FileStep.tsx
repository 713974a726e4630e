import { DownloadOutlined, DownOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Select, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type ResponseOf } from '../../../../shared/contract';
import { errorMessage } from '../../app/error-message';
import { completeDelivery, platform } from '../../platform';
import type { AnyImporter } from './importer';
import { templateTable } from './template';

export type ReadFile = NonNullable<ResponseOf<'importRead'>>;

interface Props {
  importer: AnyImporter;
  file: ReadFile | null;
  sheetIndex: number;
  busy: boolean;
  onFile(file: File): void;
  onSheet(index: number): void;
}

const FORMATS = ['xlsx', 'csv'] as const;

/** Step 1: a template to fill in, the file to read, and its sheet when it has several. */
export function FileStep({ importer, file, sheetIndex, busy, onFile, onSheet }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const { message } = App.useApp();
  const sheet = file?.sheets[sheetIndex];

  const downloadTemplate = async (format: (typeof FORMATS)[number], language: Language) => {
    try {
      const fileName = t(`${importer.texts}.templateName`, { lng: language });
      const delivery = await platform.call(
        'exportTable',
        templateTable(importer, language, format, fileName),
      );
      if (completeDelivery(platform, delivery)) void message.success(t('file.templateSaved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <div className="import-panel">
      <Space wrap>
        <Dropdown
          menu={{
            items: FORMATS.flatMap((format) =>
              LANGUAGES.map((language) => ({
                key: `${format}:${language}`,
                label: t('file.templateItem', {
                  format: t(`export.${format}`),
                  language: t(`common:language.${language}`),
                }),
              })),
            ),
            onClick: ({ key }) => {
              const [format, language] = key.split(':') as [(typeof FORMATS)[number], Language];
              void downloadTemplate(format, language);
            },
          }}
        >
          <Button icon={<DownloadOutlined />}>
            {t('file.template')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <Upload.Dragger
        accept=".xlsx,.csv,.txt"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(picked) => {
          onFile(picked);
          // The file goes to the main process through the staging area, not as an HTTP upload.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('file.drop')}</p>
        <p className="ant-upload-hint">{t('file.hint')}</p>
      </Upload.Dragger>
      {file && sheet && (
        <Space wrap data-testid="import-file-summary">
          <Typography.Text strong>
            {t('file.summary', { name: file.fileName, count: Math.max(sheet.rows.length - 1, 0) })}
          </Typography.Text>
          {file.encoding && (
            <Typography.Text type="secondary">
              {t('file.encoding', { encoding: file.encoding })}
            </Typography.Text>
          )}
          {file.sheets.length > 1 && (
            <Select
              aria-label={t('file.sheet')}
              style={{ minWidth: 180 }}
              value={sheetIndex}
              onChange={onSheet}
              options={file.sheets.map((s, i) => ({ value: i, label: s.name }))}
            />
          )}
        </Space>
      )}
      {sheet && sheet.rows.length < 2 && <Typography.Text type="warning">{t('file.noRows')}</Typography.Text>}
    </div>
  );
}
