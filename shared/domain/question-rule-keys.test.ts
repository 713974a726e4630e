import { describe, expect, it } from 'vitest';
import { ruleKeysOf } from './question-rule-keys';

describe('the keys random rules find a question by', () => {
  it('name its type and difficulty alone, with each tag, and with its category', () => {
    expect(
      ruleKeysOf({
        type: 'single',
        difficulty: 2,
        tags: ['投诉流程', '记录'],
        category: 'complaintHandling',
      }),
    ).toEqual(['single|2|', 'single|2|投诉流程', 'single|2|记录', 'single|2|@complaintHandling']);
  });

  it('has one key per distinct tag and none for a missing category', () => {
    expect(ruleKeysOf({ type: 'trueFalse', difficulty: 5, tags: ['a', 'a'], category: '' })).toEqual([
      'trueFalse|5|',
      'trueFalse|5|a',
    ]);
  });

  it('has the plain key and the category key for a question without tags', () => {
    const keys = ruleKeysOf({ type: 'multiple', difficulty: 1, tags: [], category: 'etiquette' });
    expect(keys).toEqual(['multiple|1|', 'multiple|1|@etiquette']);
  });
});
