/**
 * Seeded course-authoring data for the authoring scenarios (README.md): courses with their lessons
 * and a question bank, in realistic Chinese drawn from the department's own vocabulary (DOMAIN.md
 * "Curriculum"). Like generate.ts: no Math.random, no clock; each kind draws from its own stream.
 *
 * Every record gets its index fields from the app's own functions (withCourseIndexFields,
 * withLessonIndexFields, ruleKeysOf), as the app's commands write them; the full-text index is
 * filled in the harness with the app's courseSearchTexts / lessonSearchTexts / questionSearchTexts.
 */
import { COURSE_CATEGORIES, type CourseCategory } from '../../shared/domain/catalog';
import {
  COURSE_LEVELS,
  DELIVERY_MODES,
  TEACHING_METHODS,
  type Course,
  type Lesson,
} from '../../shared/domain/course';
import { withCourseIndexFields, withLessonIndexFields } from '../../shared/domain/course-index';
import { KNOWN_POSITIONS } from '../../shared/domain/person';
import type { Question, QuestionOption, QuestionType } from '../../shared/domain/question';
import { ruleKeysOf } from '../../shared/domain/question-rule-keys';
import { deletedFlag, type RecordMeta } from '../../shared/domain/record';
import { DEFAULT_SEED, fingerprint, Rng, Weighted } from './generate';

// ---------------------------------------------------------------------------------------------
// Presets

export interface AuthoringPreset {
  description: string;
  courses: number;
  /** Lessons in all; course 0 gets `openCourseLessons`, the others share the rest (6–14 each). */
  lessons: number;
  openCourseLessons: number;
  questions: number;
  /** Share of lessons whose text mentions 投诉 (complaints). */
  complaintShare: number;
  deletedShare: number;
}

export const AUTHORING_PRESETS = {
  authoring: {
    description: '2,000 courses, 20,000 lessons (one course with 40), 20,000 questions',
    courses: 2_000,
    lessons: 20_000,
    openCourseLessons: 40,
    questions: 20_000,
    complaintShare: 0.22,
    deletedShare: 0.01,
  },
  authoringSmall: {
    description: 'The quick version (BENCH_SCALE=small): 200 courses, 2,000 lessons, 2,000 questions',
    courses: 200,
    lessons: 2_000,
    openCourseLessons: 40,
    questions: 2_000,
    complaintShare: 0.22,
    deletedShare: 0.01,
  },
} satisfies Record<string, AuthoringPreset>;

export type AuthoringPresetName = keyof typeof AUTHORING_PRESETS;

export function isAuthoringPresetName(name: string): name is AuthoringPresetName {
  return Object.hasOwn(AUTHORING_PRESETS, name);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Products and channels the sentences talk about, so that lessons differ beyond their sentences. */
// prettier-ignore
const PRODUCTS = [
  '宽带业务', '手机套餐', '家电产品', '会员卡', '物流配送', '信用卡', '线上商城', '智能门锁', '保险理赔',
  '机票改签', '酒店预订', '电费缴纳', '快递包裹', '燃气服务', '旅游线路', '汽车保养',
];
// prettier-ignore
const CHANNELS = ['热线电话', '在线客服', '微信公众号', '营业厅', '电子邮件', '短信', '官方App'];

type Fill = (rng: Rng) => string;
const product: Fill = (rng) => rng.pick(PRODUCTS);
const channel: Fill = (rng) => rng.pick(CHANNELS);
const hours: Fill = (rng) => String(rng.pick([2, 4, 12, 24, 48, 72]));

/** Sentences that mention complaints (投诉). */
const COMPLAINT_SENTENCES: Fill[] = [
  (r) => `客户通过${channel(r)}提出投诉时，坐席应先完整记录投诉内容，再确认客户的核心诉求。`,
  (r) => `${product(r)}的投诉按产品质量、服务质量、价格争议和售后支持四类登记。`,
  () => '投诉处理流程包括受理、记录、分类、处理、反馈、跟进和归档七个环节。',
  (r) => `对重复投诉的客户，要在${hours(r)}小时内由主管回访，说明改进措施。`,
  () => '升级投诉需要填写工单，写明客户情绪、已采取的措施和期望的解决时限。',
  (r) => `在${product(r)}的投诉案例中，先道歉再解释，比一开始就讲规定更容易获得理解。`,
  () => '投诉结案后，质检人员抽查录音，检查话术是否规范、承诺是否兑现。',
  () => '面对情绪激动的投诉客户，不要打断对方，用复述确认自己听懂了问题。',
  (r) => `本月${product(r)}投诉量上升，班组长组织复盘，找出流程中的断点。`,
  () => '有效的投诉处理能把不满的客户变成忠诚客户，这是服务补救的意义所在。',
];

/** Sentences of every other topic; none holds 投诉. */
const GENERAL_SENTENCES: Fill[] = [
  () => '倾听是沟通的第一步，要让客户感到自己的问题被认真对待。',
  (r) => `接听${channel(r)}来电时，先报工号和问候语，语速平稳，音量适中。`,
  (r) => `${product(r)}的退换货政策规定：七天内无理由退货，十五天内质量问题可换货。`,
  () => '客户满意度调查在服务结束后发送，结果按月汇总并反馈到各班组。',
  (r) => `售后服务人员上门前应提前${hours(r)}小时与客户确认时间和地址。`,
  () => '同理心不是同意客户的所有要求，而是理解客户的感受并表达出来。',
  () => '首问负责制要求第一个接触客户的员工跟进到问题解决为止。',
  (r) => `使用知识库查询${product(r)}的常见问题，可以缩短平均处理时长。`,
  () => '服务礼仪包括仪容仪表、电话礼仪和书面沟通规范，是职业素养的基础。',
  () => '遇到沉默型客户，可以用开放式提问引导对方说出真实需求。',
  () => '挑剔型客户关注细节，回答时要准确具体，避免含糊其辞。',
  (r) => `流失预警模型根据${product(r)}的使用频率和咨询记录识别高风险客户。`,
  () => '客户忠诚度来自持续稳定的服务体验，而不是一次性的优惠。',
  () => '团队协作时，跨部门转交的工单要写清背景，避免客户重复说明。',
  (r) => `根据消费者权益保护法，${product(r)}的经营者应当如实说明商品信息。`,
  () => '突发事件发生后，先启动应急预案，统一对外口径，及时通报进展。',
  () => '客户数据分析从数据收集和清洗开始，再用表格工具做分组统计。',
  () => '情绪管理课程教坐席识别自己的压力信号，并在通话间隙及时调整。',
  (r) => `回访时询问客户对${product(r)}处理结果是否满意，并记录改进建议。`,
  () => '角色扮演练习中，学员轮流扮演客户和坐席，结束后集体复盘。',
  () => '表达与反馈要简洁明确，先说结论，再说原因和下一步安排。',
  (r) => `会员权益说明应覆盖${product(r)}的积分规则、等级和有效期。`,
  () => '非语言沟通包括语气、停顿和笑容，电话里客户同样能感受到。',
  () => '合同法相关条款要求服务承诺以书面形式确认，避免口头约定引起争议。',
  (r) => `新员工上岗前须通过${product(r)}知识考试和模拟演练考核。`,
];

/** Course titles: a topic (with its category) and a form; the complaint topics put 投诉 in some titles. */
// prettier-ignore
const TITLE_TOPICS = new Weighted<[string, CourseCategory]>([
  [['投诉处理实务', 'complaintHandling'], 3], [['客户投诉升级管理', 'complaintHandling'], 1],
  [['有效倾听与提问', 'communication'], 3], [['售后服务规范', 'productKnowledge'], 3],
  [['退换货政策解读', 'lawAndPolicy'], 2], [['客户满意度提升', 'loyalty'], 3],
  [['服务礼仪与职业素养', 'etiquette'], 3], [['情绪管理与压力调适', 'communication'], 2],
  [['难缠客户沟通技巧', 'communication'], 2], [['客户数据分析入门', 'dataAnalysis'], 2],
  [['客户忠诚度与流失挽回', 'loyalty'], 2], [['危机公关与应急处理', 'crisis'], 2],
  [['跨部门协作', 'teamwork'], 2], [['消费者权益保护法要点', 'lawAndPolicy'], 2],
  [['产品知识速成', 'productKnowledge'], 3], [['电话沟通技巧', 'communication'], 3],
  [['在线客服文字沟通', 'communication'], 2], [['服务补救策略', 'complaintHandling'], 1],
  [['质检标准与录音复盘', 'problemSolving'], 1], [['新员工入职培训', 'etiquette'], 2],
]);
// prettier-ignore
const TITLE_FORMS = ['', '（基础）', '（进阶）', '工作坊', '案例研讨', '实战演练', '专题讲座', '训练营'];
// prettier-ignore
const LESSON_HEADS = [
  '导入与目标', '核心概念', '流程讲解', '案例分析', '角色扮演', '模拟演练', '小组讨论', '常见误区',
  '话术示范', '复盘总结', '随堂测验', '工具使用', '政策解读', '实操练习',
];
// prettier-ignore
const TAGS_BY_CATEGORY: Record<string, readonly string[]> = {
  communication: ['倾听技巧', '表达与反馈', '非语言沟通', '难缠客户'],
  problemSolving: ['问题分类', '解决流程', '案例演练'],
  dataAnalysis: ['数据清洗', '客户画像', '表格工具'],
  loyalty: ['流失预警', '客户挽回', '会员权益'],
  productKnowledge: ['产品知识', '常见问题'],
  teamwork: ['跨部门协作', '工单转交'],
  complaintHandling: ['投诉流程', '投诉升级', '服务补救', '情绪安抚'],
  lawAndPolicy: ['消费者权益', '退换货政策', '合同条款'],
  crisis: ['应急预案', '舆情应对'],
  etiquette: ['服务礼仪', '电话礼仪', '职业素养'],
};

const EDITORS = ['admin', 'li.na', 'wang.fang', 'zhang.wei', 'import'];
const DAY_MS = 86_400_000;
/** The data set's "today", as generate.ts: fixed so that the data never depends on the clock. */
const AS_OF = Date.UTC(2025, 6, 1);

function meta(rng: Rng, deletedShare: number): RecordMeta {
  const createdAt = AS_OF - rng.int(30, 720) * DAY_MS + rng.int(0, DAY_MS - 1);
  const updatedAt = Math.min(AS_OF, createdAt + (rng.chance(0.4) ? rng.int(1, 200) * DAY_MS : 0));
  const record: RecordMeta = { id: rng.uuid(), createdAt, updatedAt, updatedBy: rng.pick(EDITORS) };
  if (rng.chance(deletedShare)) record.deletedAt = updatedAt;
  return record;
}

/** Sentences until the text is at least `minChars` long. */
function paragraphText(rng: Rng, minChars: number, complaint: boolean): string[] {
  const sentences: string[] = [];
  let length = 0;
  if (complaint) {
    for (const fill of rng.sample(COMPLAINT_SENTENCES, rng.int(1, 3))) {
      const s = fill(rng);
      sentences.push(s);
      length += s.length;
    }
  }
  while (length < minChars) {
    const s = rng.pick(GENERAL_SENTENCES)(rng);
    sentences.push(s);
    length += s.length;
  }
  // The complaint sentences should not always open the lesson.
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  return sentences;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rich text as TipTap writes it: a heading, paragraphs, sometimes a bullet list. */
function lessonHtml(rng: Rng, heading: string, sentences: string[]): string {
  const parts = [`<h3>${escapeHtml(heading)}</h3>`];
  const listed = rng.chance(0.3) ? sentences.splice(-2) : [];
  for (let i = 0; i < sentences.length; i += 2) {
    parts.push(`<p>${escapeHtml(sentences.slice(i, i + 2).join(''))}</p>`);
  }
  if (listed.length) parts.push(`<ul>${listed.map((s) => `<li><p>${escapeHtml(s)}</p></li>`).join('')}</ul>`);
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Courses and lessons

/** Lessons per course: course 0 has `openCourseLessons`, the others 6–14 summing to the total. */
function lessonCounts(rng: Rng, preset: AuthoringPreset): number[] {
  const counts = [preset.openCourseLessons];
  for (let i = 1; i < preset.courses; i++) counts.push(rng.int(6, 14));
  let excess = counts.reduce((a, b) => a + b, 0) - preset.lessons;
  while (excess !== 0) {
    const i = rng.int(1, preset.courses - 1);
    const next = counts[i]! - Math.sign(excess);
    if (next < 1 || next > 20) continue;
    counts[i] = next;
    excess -= Math.sign(excess);
  }
  return counts;
}

export interface AuthoringData {
  courses: Course[];
  lessons: Lesson[];
  questions: Question[];
  /** The course with `openCourseLessons` lessons (live), for the open-a-course scenario. */
  openCourseId: string;
}

function course(rng: Rng, index: number, preset: AuthoringPreset, lessonCount: number): Course {
  const record = meta(rng, index === 0 ? 0 : preset.deletedShare);
  const [topic, category] = TITLE_TOPICS.draw(rng);
  const title = topic + rng.pick(TITLE_FORMS);
  const status = rng.chance(0.7) ? 'published' : rng.chance(0.8) ? 'draft' : 'archived';
  const latestVersion = status === 'draft' ? 0 : rng.int(1, 4);
  return withCourseIndexFields({
    ...record,
    code: `KC-${String(index + 1).padStart(4, '0')}`,
    title,
    category,
    level: rng.pick(COURSE_LEVELS),
    delivery: rng.pick(DELIVERY_MODES),
    targetPositions: rng.sample(KNOWN_POSITIONS, rng.int(1, 2)),
    objectives: paragraphText(rng, 40, false).join(''),
    durationHours: rng.pick([2, 4, 8, 12, 16, 24]),
    ownerIds: [],
    tags: rng.sample(TAGS_BY_CATEGORY[category] ?? [], rng.int(0, 2)),
    status,
    latestVersion,
    draftChanged: latestVersion > 0 && rng.chance(0.2),
    lessonCount,
  });
}

function lesson(rng: Rng, owner: Course, order: number, complaintShare: number): Lesson {
  const head = rng.pick(LESSON_HEADS);
  const complaint = rng.chance(complaintShare);
  const sentences = paragraphText(rng, rng.int(150, 300), complaint);
  const { id, createdAt, updatedAt, updatedBy } = meta(rng, 0);
  return withLessonIndexFields({
    id,
    createdAt: Math.max(createdAt, owner.createdAt),
    updatedAt: Math.max(updatedAt, owner.createdAt),
    updatedBy,
    courseId: owner.id,
    order,
    title: `第${order}课 ${head}`,
    method: rng.pick(TEACHING_METHODS),
    durationMinutes: rng.pick([30, 45, 60, 90, 120]),
    contentHtml: lessonHtml(rng, head, sentences),
    images: [],
    materialIds: [],
    caseIds: [],
    testId: null,
  });
}

// ---------------------------------------------------------------------------------------------
// Questions

// prettier-ignore
const QUESTION_TYPES_BY_SHARE = new Weighted<QuestionType>([
  ['single', 40], ['multiple', 20], ['trueFalse', 20], ['fillBlank', 10], ['shortAnswer', 10],
]);
const DIFFICULTY = new Weighted<number>([
  [1, 15],
  [2, 30],
  [3, 30],
  [4, 17],
  [5, 8],
]);
const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E'];
// prettier-ignore
const FILL_BLANKS: [string, string][] = [
  ['投诉处理流程为：受理→记录→____→处理→反馈→跟进→归档。', '分类'],
  ['首问____制要求第一个接触客户的员工跟进到问题解决。', '负责'],
  ['七天内无理由____是常见的退换货政策。', '退货'],
  ['客户____度调查在服务结束后发送。', '满意'],
  ['沟通的第一步是____。', '倾听'],
];

function questionContent(rng: Rng, type: QuestionType) {
  const statement = () => rng.pick([...GENERAL_SENTENCES, ...COMPLAINT_SENTENCES])(rng);
  const options = (n: number): QuestionOption[] =>
    OPTION_KEYS.slice(0, n).map((key) => ({ key, text: statement().replace(/。$/, '') }));
  switch (type) {
    case 'single': {
      const opts = options(4);
      return {
        stem: `关于${rng.pick(PRODUCTS)}的服务，以下哪一项做法是正确的？`,
        options: opts,
        answer: [rng.pick(opts).key],
      };
    }
    case 'multiple': {
      const opts = options(rng.int(4, 5));
      const answer = rng.sample(opts, rng.int(2, 3)).map((o) => o.key);
      return { stem: `处理客户来电时，下列哪些做法是恰当的？`, options: opts, answer: answer.sort() };
    }
    case 'trueFalse':
      return { stem: statement(), options: [], answer: [rng.chance(0.5) ? 'true' : 'false'] };
    case 'fillBlank': {
      const [stem, answer] = rng.pick(FILL_BLANKS);
      return { stem, options: [], answer: [answer] };
    }
    case 'shortAnswer':
      return {
        stem: `请结合${rng.pick(PRODUCTS)}的实际，简述如何提升客户满意度。`,
        options: [],
        answer: [paragraphText(rng, 60, rng.chance(0.3)).join('')],
      };
  }
}

function question(rng: Rng, preset: AuthoringPreset): Question {
  const record = meta(rng, preset.deletedShare);
  const type = QUESTION_TYPES_BY_SHARE.draw(rng);
  const category = rng.pick(COURSE_CATEGORIES);
  const tags = rng.sample(TAGS_BY_CATEGORY[category] ?? [], rng.int(1, 2));
  const difficulty = DIFFICULTY.draw(rng);
  const content = questionContent(rng, type);
  const fields = { type, category, tags, difficulty };
  return {
    ...record,
    ...fields,
    ...content,
    explanation: statement(rng),
    version: 1,
    usedVersion: 0,
    del: deletedFlag(record),
    // As the question commands write it: a deleted question has no rule keys, so no rule draws it.
    ruleKeys: record.deletedAt === undefined ? ruleKeysOf(fields) : [],
  };
}

const statement = (rng: Rng) => rng.pick(GENERAL_SENTENCES)(rng);

// ---------------------------------------------------------------------------------------------

export function generateAuthoring(preset: AuthoringPreset, seed = DEFAULT_SEED): AuthoringData {
  const counts = lessonCounts(new Rng(seed, 'courses.lessonCounts'), preset);
  const courseRng = new Rng(seed, 'courses');
  const lessonRng = new Rng(seed, 'lessons');
  const courses: Course[] = [];
  const lessons: Lesson[] = [];
  counts.forEach((n, i) => {
    const c = course(courseRng, i, preset, n);
    courses.push(c);
    for (let order = 1; order <= n; order++) lessons.push(lesson(lessonRng, c, order, preset.complaintShare));
  });
  const questionRng = new Rng(seed, 'questions');
  const questions = Array.from({ length: preset.questions }, () => question(questionRng, preset));
  return { courses, lessons, questions, openCourseId: courses[0]!.id };
}

/** The digest of a preset's records (generate.ts `fingerprint`), for the run's determinism self-check. */
export function authoringFingerprint(preset: AuthoringPreset, seed = DEFAULT_SEED): string {
  const { courses, lessons, questions } = generateAuthoring(preset, seed);
  return fingerprint([...courses, ...lessons, ...questions]);
}
