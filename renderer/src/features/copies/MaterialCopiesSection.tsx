import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { COPY_STATUSES } from '../../../../shared/domain/lending';
import type { Edition, Material } from '../../../../shared/domain/material';
import { db } from '../../db';
import { editionStatusCounts, type StatusCounts } from './queries';
import { STATUS_COLOR } from './StatusTag';
import { usePrintLabels } from './use-print-labels';
import './copies.css';

interface Props {
  material: Pick<Material, 'id' | 'currentEdition' | 'deletedAt'>;
  /** The material's editions, newest first. */
  editions: Edition[];
}

const total = (counts: StatusCounts) => COPY_STATUSES.reduce((sum, s) => sum + counts[s], 0);

/**
 * 馆藏副本 on a material's page: per edition, its copies by status (index keys only, one range per
 * edition), a link to them in the copies list, their labels, and "Add copies" for the current edition.
 */
export function MaterialCopiesSection({ material, editions }: Props) {
  const { t } = useTranslation(['copies', 'lending']);
  const navigate = useNavigate();
  const labels = usePrintLabels();
  const editionIds = editions.map((e) => e.id).join(',');
  const counts = useLiveQuery(
    () => Promise.all(editions.map((e) => editionStatusCounts(db, e.id))),
    // The editions array is new on each render; its ids say whether it changed.
    [editionIds],
  );
  const current = editions.find((e) => e.number === material.currentEdition);
  const shown = editions
    .map((edition, i) => ({ edition, counts: counts?.[i] }))
    .filter(({ edition, counts: c }) => edition.status !== 'withdrawn' || (c && total(c) > 0));

  return (
    <Card
      title={t('materialSection.title')}
      data-testid="material-copies"
      extra={
        material.deletedAt === undefined &&
        current && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/lending/copies/new?material=${material.id}&edition=${current.id}`)}
          >
            {t('materialSection.add', { number: current.number })}
          </Button>
        )
      }
    >
      {shown.length === 0 ? (
        <Empty description={t('materialSection.noEditions')} />
      ) : (
        shown.map(({ edition, counts: c }) => {
          const all = c ? total(c) : 0;
          return (
            <div key={edition.id} className="material-copies-edition" data-testid="edition-copies">
              <span className="edition-name">
                {t('edition', { number: edition.number })}
                {edition.status === 'current' && (
                  <Typography.Text type="secondary"> {t('materialSection.current')}</Typography.Text>
                )}
              </span>
              <span className="edition-counts">
                {!c ? null : all === 0 ? (
                  <Typography.Text type="secondary">{t('materialSection.none')}</Typography.Text>
                ) : (
                  <Space size={4} wrap>
                    <Typography.Text strong>{t('materialSection.total', { count: all })}</Typography.Text>
                    {COPY_STATUSES.filter((s) => c[s] > 0).map((s) => (
                      <Tag key={s} color={STATUS_COLOR[s]}>
                        {t(`lending:copyStatus.${s}`)} {c[s]}
                      </Tag>
                    ))}
                  </Space>
                )}
              </span>
              {all > 0 && (
                <Space size={4}>
                  <Link to={`/lending/copies?material=${material.id}&edition=${edition.number}`}>
                    {t('materialSection.view')}
                  </Link>
                  <Button
                    type="link"
                    size="small"
                    icon={<PrinterOutlined />}
                    disabled={labels.printing}
                    aria-label={t('materialSection.printName', { number: edition.number })}
                    onClick={() => void labels.print({ materialId: material.id, edition: edition.number })}
                  >
                    {t('materialSection.print')}
                  </Button>
                </Space>
              )}
            </div>
          );
        })
      )}
    </Card>
  );
}
