import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANY, FALLBACK_POLICY, type LoanPolicy } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { deletePolicy } from './commands';
import { materialTypeLabel, positionLabel } from './labels';
import { PolicyDialog } from './PolicyDialog';
import { readPolicies, registryValues } from './queries';

type Editing = { policy?: LoanPolicy } | null;

/** The rules matrix 借阅规则: material type × borrower position, with the default rows first. */
export function PolicyMatrix() {
  const { t } = useTranslation(['overdue', 'materials', 'people', 'common']);
  const { message } = App.useApp();
  const policies = useLiveQuery(() => readPolicies(db), []);
  const positions = useLiveQuery(() => registryValues(db, 'position'), []) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const hasDefault = policies?.some((p) => p.materialType === ANY && p.position === ANY) ?? true;

  const anyTag = (label: string) => <Tag color="blue">{label}</Tag>;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div className="page-head">
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('rules.matrixIntro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('rules.add')}
        </Button>
      </div>
      {!hasDefault && <Alert type="info" showIcon title={t('rules.noDefault', FALLBACK_POLICY)} />}
      <Table<LoanPolicy>
        rowKey="id"
        size="middle"
        loading={policies === undefined}
        dataSource={policies ?? []}
        pagination={false}
        data-testid="policy-rows"
        locale={{ emptyText: t('rules.empty') }}
        columns={[
          {
            key: 'materialType',
            title: t('rules.columns.materialType'),
            render: (_, p) =>
              p.materialType === ANY
                ? anyTag(materialTypeLabel(t, ANY))
                : materialTypeLabel(t, p.materialType),
          },
          {
            key: 'position',
            title: t('rules.columns.position'),
            render: (_, p) =>
              p.position === ANY ? anyTag(positionLabel(t, ANY)) : positionLabel(t, p.position),
          },
          {
            key: 'loanDays',
            title: t('rules.columns.loanDays'),
            render: (_, p) => t('rules.days', { count: p.loanDays }),
          },
          {
            key: 'maxRenewals',
            title: t('rules.columns.maxRenewals'),
            render: (_, p) => t('rules.times', { count: p.maxRenewals }),
          },
          {
            key: 'maxItems',
            title: t('rules.columns.maxItems'),
            render: (_, p) => t('rules.items', { count: p.maxItems }),
          },
          {
            key: 'actions',
            title: t('rules.columns.actions'),
            width: 200,
            render: (_, p) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ policy: p })}>
                  {t('common:actions.edit')}
                </Button>
                <Popconfirm
                  title={t('rules.deleteConfirm')}
                  description={t('rules.deleteDescription')}
                  okText={t('common:actions.delete')}
                  cancelText={t('common:actions.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={async () => {
                    await deletePolicy(db, p.id);
                    void message.success(t('rules.deleted'));
                  }}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('common:actions.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <PolicyDialog
          policy={editing.policy}
          registryPositions={positions}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void message.success(t('rules.saved'));
          }}
        />
      )}
    </Space>
  );
}
