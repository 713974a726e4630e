import type { DeletedFlag, RecordMeta } from './record';
import type { QuestionContent, QuestionType } from './question';

/** Tests 试卷: fixed questions and random rules, scored and taken offline in trainee mode. */
export interface FixedItem {
  questionId: string;
  points: number;
}

/** "5 single-choice questions tagged 投诉流程 of difficulty 2–3", each worth `points`. */
export interface RandomRule {
  id: string;
  type: QuestionType;
  count: number;
  tags: string[];
  category: string | null;
  minDifficulty: number;
  maxDifficulty: number;
  points: number;
}

export type MultipleChoiceScoring = 'allOrNothing' | 'partial';

export interface TestPaper extends RecordMeta {
  title: string;
  description: string;
  fixed: FixedItem[];
  rules: RandomRule[];
  passMark: number;
  /** Minutes; 0 = no limit. */
  timeLimitMinutes: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** 0 = unlimited. */
  attemptsAllowed: number;
  /**
   * allOrNothing: a multiple-choice question scores only when exactly right; partial: each correct
   * key earns a share, any wrong key scores the question 0.
   */
  multipleScoring: MultipleChoiceScoring;
  status: 'draft' | 'open' | 'closed';
  del: DeletedFlag;
  titleKey: string;
}

/** One question of a drawn paper, frozen as the trainee saw it (options already in shown order). */
export interface PaperItem {
  questionId: string;
  version: number;
  points: number;
  content: QuestionContent;
}

export type AttemptStatus = 'inProgress' | 'grading' | 'graded';

export interface ItemResult {
  /** Points earned; null while a short answer waits for a grader. */
  score: number | null;
  correct: boolean | null;
}

export interface Attempt extends RecordMeta {
  testId: string;
  personId: string;
  personName: string;
  /** Which attempt of this person at this test (1, 2, …). */
  number: number;
  startedAt: number;
  /** Instant the time runs out, or null with no limit. */
  deadline: number | null;
  submittedAt: number | null;
  status: AttemptStatus;
  seed: string;
  items: PaperItem[];
  /** Answers by question id, saved as the trainee goes. */
  answers: Record<string, string[]>;
  results: Record<string, ItemResult>;
  totalPoints: number;
  score: number | null;
  passed: boolean | null;
  /** 0/1 twin of "has short answers waiting" for the grading queue's index. */
  needsGrading: 0 | 1;
  /** The test's title and pass mark when the attempt started: lists show them without reading tests. */
  testTitle: string;
  passMark: number;
  /** How multiple-choice questions are scored, as the test said when the attempt started. */
  multipleScoring: MultipleChoiceScoring;
}
