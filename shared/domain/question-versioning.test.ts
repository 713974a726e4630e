import { describe, expect, it } from 'vitest';
import type { Question } from './question';
import { editStartsNewVersion, frozenVersion, questionFieldsChanged } from './question-versioning';

const question: Question = {
  id: 'q1',
  createdAt: 1,
  updatedAt: 2,
  updatedBy: 'me',
  type: 'single',
  stem: '第一步？',
  options: [
    { key: 'A', text: '受理' },
    { key: 'B', text: '归档' },
  ],
  answer: ['A'],
  explanation: '',
  category: 'complaintHandling',
  tags: ['投诉流程'],
  difficulty: 2,
  version: 3,
  usedVersion: 0,
  del: 0,
  ruleKeys: [],
};

describe('editing a question', () => {
  it('changes it in place until an attempt has used its current version', () => {
    expect(editStartsNewVersion({ version: 1, usedVersion: 0 })).toBe(false);
    expect(editStartsNewVersion({ version: 3, usedVersion: 2 })).toBe(false);
    expect(editStartsNewVersion({ version: 3, usedVersion: 3 })).toBe(true);
  });

  it('notices any change a trainee or a rule could see, and nothing else', () => {
    expect(questionFieldsChanged(question, { ...question })).toBe(false);
    expect(questionFieldsChanged(question, { ...question, tags: ['投诉流程', '新'] })).toBe(true);
    expect(questionFieldsChanged(question, { ...question, difficulty: 3 })).toBe(true);
  });

  it('freezes a copy of the version that the attempt saw', () => {
    const frozen = frozenVersion(question, 'v1', 99);
    expect(frozen).toEqual({
      id: 'v1',
      questionId: 'q1',
      version: 3,
      type: 'single',
      stem: '第一步？',
      options: question.options,
      answer: ['A'],
      explanation: '',
      category: 'complaintHandling',
      tags: ['投诉流程'],
      difficulty: 2,
      frozenAt: 99,
    });
    expect(frozen.options).not.toBe(question.options);
  });
});
