import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/error-message';
import { platform } from '../../platform';
import { deliverTable, EXPORT_FORMATS, type ExportFormat, type ExportTable } from './export-table';

interface Props {
  /** Reads what the list shows now (its filter and sort) as a table. */
  table(): Promise<ExportTable>;
}

/** “Export ▾” with Excel and CSV, for any list screen. */
export function ExportButton({ table }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const data = await table();
      if (await deliverTable(platform, format, data))
        void message.success(t('export.done', { count: data.rows.length }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      disabled={busy}
      menu={{
        items: EXPORT_FORMATS.map((format) => ({ key: format, label: t(`export.${format}`) })),
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        {busy ? t('export.working') : t('export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
