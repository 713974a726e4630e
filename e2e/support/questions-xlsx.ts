import ExcelJS from 'exceljs';
import type { UploadFile } from '../pages/import-wizard-page';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's Chinese headers (the importer reads English ones as well). */
export const QUESTION_HEADERS = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '答案',
  '分类',
  '标签',
  '难度',
  '解析',
];

type Row = [string, string, string, string, string, string, string, string, string, string | number, string];

/**
 * Fifty questions of every type about complaint handling, as a trainer would type them in Excel:
 * Chinese headers, types and answers mostly in Chinese, a few rows in English, difficulty as numbers.
 * What the bank then holds is in QUESTION_BANK (the stories count on it).
 */
export function questionRows(): Row[] {
  const rows: Row[] = [];
  const steps = ['受理', '记录', '分类', '处理', '反馈', '回访', '归档'];
  // 20 single choice: the first 12 tagged 投诉流程, difficulties cycling 2, 3, 4.
  for (let i = 0; i < 20; i++) {
    const step = steps[i % steps.length]!;
    rows.push([
      i % 5 === 4 ? 'Single choice' : '单选题',
      `单选题${i + 1}：投诉处理流程中“${step}”之后是哪一步？`,
      steps[(i + 1) % steps.length]!,
      steps[(i + 3) % steps.length]!,
      steps[(i + 4) % steps.length]!,
      steps[(i + 5) % steps.length]!,
      'A',
      '投诉处理',
      i < 12 ? '投诉流程' : '基础知识',
      (i % 3) + 2,
      `流程：${steps.join(' → ')}`,
    ]);
  }
  // 10 multiple choice about complaint types.
  for (let i = 0; i < 10; i++) {
    rows.push([
      i % 2 ? 'Multiple choice' : '多选题',
      `多选题${i + 1}：以下哪些属于常见的投诉类型？`,
      '产品质量',
      '服务质量',
      '天气变化',
      '价格争议',
      i % 2 ? 'A,B,D' : 'A、B、D',
      '投诉处理',
      '投诉类型',
      (i % 5) + 1,
      '投诉类型：产品质量、服务质量、价格争议、售后支持',
    ]);
  }
  // 8 true/false about etiquette.
  for (let i = 0; i < 8; i++) {
    rows.push([
      '判断题',
      `判断题${i + 1}：接待客户时应${i % 2 ? '先' : '后'}致以问候。`,
      '',
      '',
      '',
      '',
      i % 2 ? '对' : 'false',
      '服务礼仪与职业素养',
      '服务礼仪',
      (i % 4) + 1,
      '',
    ]);
  }
  // 7 fill in the blank with several accepted answers.
  for (let i = 0; i < 7; i++) {
    rows.push([
      '填空题',
      `填空题${i + 1}：全国消费者投诉举报电话是____。`,
      '',
      '',
      '',
      '',
      '12315|一二三一五',
      '法律法规与企业政策',
      '消费者权益',
      2,
      '',
    ]);
  }
  // 5 short answers, graded by hand.
  for (let i = 0; i < 5; i++) {
    rows.push([
      '简答题',
      `简答题${i + 1}：面对愤怒的客户，应如何安抚情绪？`,
      '',
      '',
      '',
      '',
      '先致歉，再倾听，复述诉求，给出方案',
      '沟通技巧',
      '情绪安抚',
      4,
      '',
    ]);
  }
  return rows;
}

/** What the imported bank holds, for the stories' expectations. */
export const QUESTION_BANK = {
  total: 50,
  /** Single-choice questions tagged 投诉流程 of difficulty 2–3 (rows 1–12 with difficulty 2 or 3). */
  singleComplaintProcess2to3: 8,
  tag: '投诉流程',
};

export async function questionsXlsx(name = '题库-50题.xlsx'): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('题库');
  sheet.addRow(QUESTION_HEADERS);
  for (const row of questionRows()) sheet.addRow(row);
  return { name, mimeType: XLSX_MIME, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
