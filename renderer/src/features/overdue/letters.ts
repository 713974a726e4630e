import { NOTICE_STAGES, type Notice } from '../../../../shared/domain/lending';

/** One printed letter: the text as sent, once for all the loans it covers. */
export interface Letter {
  key: string;
  body: string;
}

/**
 * Notices that went out together become letters: those of one borrower and stage share one text
 * (one letter lists all their loans), so each distinct text prints once, mildest stage first.
 */
export function lettersOf(notices: Notice[]): Letter[] {
  const letters = new Map<string, Letter>();
  const inOrder = [...notices].sort(
    (a, b) =>
      NOTICE_STAGES.indexOf(a.stage) - NOTICE_STAGES.indexOf(b.stage) ||
      a.body.localeCompare(b.body, 'zh-CN'),
  );
  for (const n of inOrder) {
    const key = `${n.borrowerId}\u0000${n.stage}\u0000${n.body}`;
    if (!letters.has(key)) letters.set(key, { key, body: n.body });
  }
  return [...letters.values()];
}
