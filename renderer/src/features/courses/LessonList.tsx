import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../../../shared/domain/course';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { useCourseLabels } from './labels';
import { moveLesson } from './lesson-commands';
import { useWriteContext } from './write-context';

interface Props {
  lessons: Lesson[];
  editable: boolean;
  onOpen(lesson: Lesson): void;
}

/**
 * The draft's lessons in order. Reorder by dragging a row (HTML5 drag and drop) or with the up and
 * down buttons, which are the keyboard's way and say where the lesson went.
 */
export function LessonList({ lessons, editable, onOpen }: Props) {
  const { t } = useTranslation('courses');
  const { message } = App.useApp();
  const labels = useCourseLabels();
  const writeContext = useWriteContext();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const move = async (lesson: Lesson, to: number) => {
    try {
      await moveLesson(db, lesson.id, to, writeContext());
      setAnnouncement(t('lessons.moved', { title: lesson.title, position: to + 1, count: lessons.length }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  if (lessons.length === 0) return <Empty description={t('lessons.none')} />;

  return (
    <>
      <ol className="lesson-list" aria-label={t('lessons.title')}>
        {lessons.map((lesson, index) => (
          <li
            key={lesson.id}
            className={`lesson-item${over === index && dragging !== lesson.id ? ' lesson-drop' : ''}`}
            data-testid="lesson-item"
            draggable={editable}
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', lesson.id);
              setDragging(lesson.id);
            }}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              setOver(index);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onDrop={(e) => {
              e.preventDefault();
              const moved = lessons.find((l) => l.id === dragging);
              setDragging(null);
              setOver(null);
              if (moved) void move(moved, index);
            }}
          >
            {editable && <HolderOutlined className="lesson-handle" aria-hidden />}
            <span className="lesson-number">{index + 1}</span>
            <span className="lesson-main">
              <Typography.Link onClick={() => onOpen(lesson)}>{lesson.title}</Typography.Link>
              <span className="lesson-meta">
                {lesson.method && <Tag>{labels.method.labelOf(lesson.method)}</Tag>}
                <Typography.Text type="secondary">
                  {t('lessons.minutes', { count: lesson.durationMinutes })}
                </Typography.Text>
              </span>
            </span>
            {editable && (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={index === 0}
                  aria-label={t('lessons.moveUp', { title: lesson.title })}
                  onClick={() => void move(lesson, index - 1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={index === lessons.length - 1}
                  aria-label={t('lessons.moveDown', { title: lesson.title })}
                  onClick={() => void move(lesson, index + 1)}
                />
              </Space>
            )}
          </li>
        ))}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
