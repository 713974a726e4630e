import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/domain/course';
import { publishProblems } from '../../../../shared/domain/course-versioning';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { publishCourse } from './version-commands';
import { useWriteContext } from './write-context';

interface Props {
  course: Course;
  lessonCount: number;
  onClose(published: number | null): void;
}

/** Asks for the change note and publishes v(n+1); says at once what stops the draft from being published. */
export function PublishDialog({ course, lessonCount, onClose }: Props) {
  const { t } = useTranslation('courses');
  const writeContext = useWriteContext();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = publishProblems(course, lessonCount);
  const next = course.latestVersion + 1;

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const version = await publishCourse(db, course.id, note, writeContext());
      onClose(version.version);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('publish.title', { version: next })}
      okText={t('publish.confirm', { version: next })}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: busy || problems.length > 0 }}
      onOk={() => void publish()}
      onCancel={() => onClose(null)}
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('publish.cannot')}
          description={
            <ul className="publish-problems">
              {problems.map((p) => (
                <li key={p}>{t(p)}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <p>{t('publish.explain', { version: next })}</p>
      <label htmlFor="publish-note">{t('publish.note')}</label>
      <Input.TextArea
        id="publish-note"
        rows={3}
        value={note}
        maxLength={1000}
        placeholder={t('publish.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  );
}
