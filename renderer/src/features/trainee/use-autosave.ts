import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attempt } from '../../../../shared/domain/test-paper';
import { db } from '../../db';
import { saveAnswers } from './commands';
import { useWriteContext } from '../shared-ui';

/** Short enough that a crash loses at most a few keystrokes, long enough not to write per key. */
const SAVE_DELAY_MS = 250;

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * The answers on screen, written to the attempt shortly after every change. A pending write is
 * flushed when the page is hidden or closed and when the trainee leaves the screen.
 */
export function useAutosave(attempt: Attempt) {
  const writeContext = useWriteContext();
  const [answers, setAnswers] = useState<Attempt['answers']>(attempt.answers);
  const [state, setState] = useState<SaveState>('saved');
  const latest = useRef(answers);
  const dirty = useRef(false);
  const timer = useRef<number | null>(null);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    try {
      await saveAnswers(db, attempt.id, latest.current, writeContext());
      if (!dirty.current) setState('saved');
    } catch {
      dirty.current = true;
      setState('failed');
    }
  }, [attempt.id, writeContext]);

  const setAnswer = useCallback(
    (questionId: string, answer: string[]) => {
      latest.current = { ...latest.current, [questionId]: answer };
      dirty.current = true;
      setAnswers(latest.current);
      setState('saving');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  /** Stops a pending write: the answers go with the submission instead. */
  const cancelPending = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
  }, []);

  return { answers, latest, setAnswer, state, cancelPending };
}
