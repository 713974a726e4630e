import { describe, expect, it } from 'vitest';
import { NOTICE_STAGES } from './lending';
import {
  DEFAULT_NOTICE_TEMPLATES,
  formatNoticeDate,
  noticeTemplate,
  NOTICE_PLACEHOLDERS,
  renderNotice,
} from './notice-template';

const letter = { borrower: '张伟', department: '客户服务部', manager: '李娜', today: '2026-11-23' };
const handbook = {
  title: '投诉处理实务',
  barcode: 'TD000123',
  edition: 2,
  dueDate: '2026-11-03',
  daysOverdue: 20,
};
const cases = {
  title: '客户沟通案例集',
  barcode: 'TD000456',
  edition: 1,
  dueDate: '2026-11-16',
  daysOverdue: 7,
};

describe('notice dates', () => {
  it('writes dates the way a letter does in each language', () => {
    expect(formatNoticeDate('2026-11-03', 'zh-CN')).toBe('2026年11月3日');
    expect(formatNoticeDate('2026-11-03', 'en')).toBe('3 November 2026');
  });
});

describe('rendering a notice', () => {
  it('fills the letter placeholders once and writes dates in the letter language', () => {
    const text = renderNotice('{borrower}（{department}）{manager} {today}', letter, [], 'zh-CN');
    expect(text).toBe('张伟（客户服务部）李娜 2026年11月23日');
  });

  it('repeats a line naming a loan once per loan, so one letter lists all of a borrower’s items', () => {
    const template =
      '{borrower}：\n· 《{title}》第{edition}版 {barcode} 应还 {dueDate} 逾期 {daysOverdue} 天\n谢谢';
    expect(renderNotice(template, letter, [handbook, cases], 'zh-CN')).toBe(
      [
        '张伟：',
        '· 《投诉处理实务》第2版 TD000123 应还 2026年11月3日 逾期 20 天',
        '· 《客户沟通案例集》第1版 TD000456 应还 2026年11月16日 逾期 7 天',
        '谢谢',
      ].join('\n'),
    );
  });

  it('leaves an unknown placeholder visible, so a typo shows instead of vanishing', () => {
    expect(renderNotice('{borower} {borrower} {title}', letter, [handbook], 'en')).toBe(
      '{borower} 张伟 投诉处理实务',
    );
  });

  it('fills letter placeholders on a loan line too', () => {
    expect(renderNotice('{borrower}: {title}', letter, [cases], 'en')).toBe('张伟: 客户沟通案例集');
  });
});

describe('the shipped templates', () => {
  it('exist for every stage in both languages and use only known placeholders', () => {
    for (const stage of NOTICE_STAGES) {
      for (const language of ['zh-CN', 'en'] as const) {
        const template = DEFAULT_NOTICE_TEMPLATES[stage][language];
        const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(names.length, `${stage} ${language}`).toBeGreaterThan(0);
        for (const name of names) expect(NOTICE_PLACEHOLDERS).toContain(name);
      }
    }
  });

  it('address the final notice to the manager and copy the borrower', () => {
    const text = renderNotice(DEFAULT_NOTICE_TEMPLATES.final['zh-CN'], letter, [handbook], 'zh-CN');
    expect(text.split('\n')[2]).toBe('李娜：');
    expect(text).toContain('抄送：张伟');
    expect(text).toContain('《投诉处理实务》第2版　条码 TD000123　应还日期 2026年11月3日　已逾期 20 天');
  });

  it('are replaced by the office’s own template for that stage and language only', () => {
    const templates = { first: { 'zh-CN': '自定义 {borrower}', en: '' } };
    expect(noticeTemplate(templates, 'first', 'zh-CN')).toBe('自定义 {borrower}');
    expect(noticeTemplate(templates, 'first', 'en')).toBe(DEFAULT_NOTICE_TEMPLATES.first.en);
    expect(noticeTemplate(templates, 'second', 'zh-CN')).toBe(DEFAULT_NOTICE_TEMPLATES.second['zh-CN']);
  });
});
