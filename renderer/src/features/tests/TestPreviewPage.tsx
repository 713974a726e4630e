import { ArrowLeftOutlined, PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { PaperItem } from '../../../../shared/domain/test-paper';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { QuestionView } from '../questions';
import { drawPaper } from './draw-paper';
import { useTest } from './use-test';
import './tests.css';

type Drawn = { state: 'drawn'; items: PaperItem[] } | { state: 'failed'; message: string };

/** A paper drawn as trainee mode would draw it, shown read-only; nothing is stored. */
export function TestPreviewPage() {
  const { t } = useTranslation(['tests', 'questions', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const test = useTest(id);
  const [seed, setSeed] = useState(() => crypto.randomUUID());
  // Each draw is kept with the seed and version of the test it was drawn for; any other is stale.
  const [drawn, setDrawn] = useState<{ key: string; result: Drawn } | null>(null);
  const drawKey = test ? `${seed}|${test.updatedAt}` : '';

  useEffect(() => {
    if (!test) return;
    let current = true;
    const key = `${seed}|${test.updatedAt}`;
    drawPaper(db, test, seed).then(
      (items) => current && setDrawn({ key, result: { state: 'drawn', items } }),
      (error: unknown) =>
        current && setDrawn({ key, result: { state: 'failed', message: errorMessage(t, error) } }),
    );
    return () => {
      current = false;
    };
  }, [test, seed, t]);

  if (test === undefined) return <Spin />;
  if (test === null) return <NotFound />;
  const result = drawn?.key === drawKey ? drawn.result : null;
  const items = result?.state === 'drawn' ? result.items : [];
  const points = items.reduce((sum, item) => sum + item.points, 0);

  return (
    <div className="page">
      <div className="page-head">
        <Space align="center">
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(`/tests/${id}`)}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('preview.title', { title: test.title })}
          </Typography.Title>
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => setSeed(crypto.randomUUID())}>
            {t('preview.redraw')}
          </Button>
          <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => navigate(`/trainee/${id}`)}>
            {t('detail.startTrainee')}
          </Button>
        </Space>
      </div>
      <Alert type="info" showIcon title={t('preview.hint')} />
      {result?.state === 'failed' && <Alert type="error" showIcon title={result.message} />}
      {result === null && <Spin />}
      {result?.state === 'drawn' && (
        <>
          <Typography.Text strong data-testid="preview-summary">
            {t('preview.summary', { count: items.length, points, passMark: test.passMark })} ·{' '}
            {test.timeLimitMinutes
              ? t('preview.timeLimit', { count: test.timeLimitMinutes })
              : t('preview.noTimeLimit')}
          </Typography.Text>
          <div className="paper-items" data-testid="paper-items">
            {items.map((item, i) => (
              <Card key={item.questionId} size="small">
                <QuestionView content={item.content} number={i + 1} points={item.points} mode="trainee" />
              </Card>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
