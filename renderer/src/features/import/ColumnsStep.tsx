import { Alert, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/contract';
import { ignoredHeaders, unmappedRequired, type ColumnMapping } from './column-mapping';
import type { AnyImporter, ImportColumn } from './importer';

interface Props {
  importer: AnyImporter;
  language: Language;
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** Step 2: which column of the file feeds each field, matched by header and open to correction. */
export function ColumnsStep({ importer, language, rows, mapping, onChange }: Props) {
  const { t } = useTranslation(['import', 'common']);
  const headers = rows[0] ?? [];
  const first = rows[1] ?? [];
  const missing = unmappedRequired(importer.columns, mapping);
  const ignored = ignoredHeaders(headers, mapping);
  const NONE = -1;

  return (
    <div className="import-panel">
      <Alert type="info" showIcon title={t('columns.intro')} />
      <Table<ImportColumn>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={[...importer.columns]}
        columns={[
          {
            title: t('columns.field'),
            key: 'field',
            width: 260,
            render: (_, column) => (
              <>
                {column.labels[language]}
                {column.required && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('columns.required')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('columns.fileColumn'),
            key: 'file',
            width: 280,
            render: (_, column) => (
              <Select
                aria-label={column.labels[language]}
                style={{ width: '100%' }}
                status={column.required && mapping[column.key] === null ? 'error' : undefined}
                value={mapping[column.key] ?? NONE}
                onChange={(index: number) =>
                  onChange({ ...mapping, [column.key]: index === NONE ? null : index })
                }
                options={[
                  { value: NONE, label: t('columns.notImported') },
                  ...headers.map((header, index) => ({ value: index, label: header || `#${index + 1}` })),
                ]}
              />
            ),
          },
          {
            title: t('columns.sample'),
            key: 'sample',
            ellipsis: true,
            render: (_, column) => {
              const index = mapping[column.key];
              return index === null || index === undefined ? '' : first[index];
            },
          },
        ]}
      />
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('columns.missingRequired', {
            columns: missing.map((c) => c.labels[language]).join(t('values.listSeparator')),
          })}
        />
      )}
      {ignored.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('columns.ignored', {
            columns: ignored.map((i) => headers[i]).join(t('values.listSeparator')),
          })}
        />
      )}
    </div>
  );
}
