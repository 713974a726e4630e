import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  /** Tags shown after the title (status, version, type). */
  tags?: ReactNode;
  onBack(): void;
  /** A record in the bin offers only Restore. */
  deleted: boolean;
  onRestore(): void;
  onEdit(): void;
  onDelete(): void;
  deleteConfirm: { title: string; description: string };
  /** More buttons of a live record, shown before Edit. */
  actions?: ReactNode;
}

/** The head of a record's page: back, title and tags; edit and delete (with a confirm), or restore. */
export function DetailHeader({
  title,
  tags,
  onBack,
  deleted,
  onRestore,
  onEdit,
  onDelete,
  deleteConfirm,
  actions,
}: Props) {
  const { t } = useTranslation('common');
  return (
    <div className="page-head">
      <Space align="center" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('actions.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Space>
      <Space wrap>
        {deleted ? (
          <Button icon={<UndoOutlined />} onClick={onRestore}>
            {t('actions.restore')}
          </Button>
        ) : (
          <>
            {actions}
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('actions.edit')}
            </Button>
            <Popconfirm
              title={deleteConfirm.title}
              description={deleteConfirm.description}
              okText={t('actions.delete')}
              cancelText={t('actions.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={onDelete}
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('actions.delete')}
              </Button>
            </Popconfirm>
          </>
        )}
      </Space>
    </div>
  );
}
