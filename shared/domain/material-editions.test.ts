import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { publishEdition, withdrawEdition, type EditionState } from './material-editions';

const edition = (
  number: number,
  status: EditionState['status'],
  date = `2024-0${number}-01`,
): EditionState => ({
  id: `e${number}`,
  number,
  date,
  status,
});

describe('publishing an edition', () => {
  it('makes the first edition number 1 with nothing to supersede', () => {
    expect(publishEdition([], { date: '2024-01-01', changeNote: '', files: [] })).toEqual({
      number: 1,
      changes: [],
    });
  });

  it('supersedes the current edition and numbers the new one after the last', () => {
    const existing = [edition(1, 'superseded'), edition(2, 'current')];
    expect(publishEdition(existing, { date: '2024-05-01', changeNote: '新增退换货政策', files: [] })).toEqual(
      {
        number: 3,
        changes: [{ id: 'e2', status: 'superseded' }],
      },
    );
  });

  it('never reuses the number of a withdrawn edition', () => {
    const existing = [edition(1, 'superseded'), edition(2, 'withdrawn')];
    const plan = publishEdition(existing, { date: '2024-05-01', changeNote: '更正第2版错误', files: [] });
    expect(plan).toEqual({ number: 3, changes: [] });
  });

  it('refuses a date before the latest edition', () => {
    const attempt = () =>
      publishEdition([edition(1, 'current', '2024-03-01')], {
        date: '2024-02-01',
        changeNote: 'x',
        files: [],
      });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      expect.objectContaining({ code: 'materials:errors.dateBeforePrevious', field: 'date' }),
    );
  });

  it('asks what changed from the second edition on', () => {
    expect(() =>
      publishEdition([edition(1, 'current')], { date: '2024-05-01', changeNote: ' ', files: [] }),
    ).toThrow(expect.objectContaining({ code: 'materials:errors.changeNoteRequired', field: 'changeNote' }));
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => publishEdition([], { date: '2024-02-30', changeNote: '', files: [] })).toThrow(
      expect.objectContaining({ code: 'validation.date', field: 'date' }),
    );
  });
});

describe('withdrawing an edition', () => {
  it('withdrawing the current edition leaves the material with no current edition', () => {
    const existing = [edition(1, 'superseded'), edition(2, 'current')];
    expect(withdrawEdition(existing, 'e2', ' 第5章政策已过期 ')).toEqual({
      id: 'e2',
      currentEdition: 0,
      reason: '第5章政策已过期',
    });
  });

  it('withdrawing an old edition keeps the current one', () => {
    const existing = [edition(1, 'superseded'), edition(2, 'current')];
    expect(withdrawEdition(existing, 'e1', '印刷错误').currentEdition).toBe(2);
  });

  it('needs a reason, and refuses an edition already withdrawn', () => {
    const existing = [edition(1, 'withdrawn'), edition(2, 'current')];
    expect(() => withdrawEdition(existing, 'e2', '  ')).toThrow(
      expect.objectContaining({ code: 'validation.required', field: 'reason' }),
    );
    expect(() => withdrawEdition(existing, 'e1', '重复')).toThrow(
      expect.objectContaining({ code: 'materials:errors.alreadyWithdrawn' }),
    );
    expect(() => withdrawEdition(existing, 'nope', '重复')).toThrow(
      expect.objectContaining({ code: 'materials:errors.editionNotFound' }),
    );
  });
});
