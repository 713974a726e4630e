import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { PaperItem } from './test-paper';
import { arrangePaper, pickRandom, shuffle } from './test-paper-draw';

const ids = Array.from({ length: 50 }, (_, i) => `q${String(i).padStart(2, '0')}`);

describe('drawing questions at random', () => {
  it('draws the same questions for the same seed, whatever order the ids come in', () => {
    const a = pickRandom(ids, 5, seedrandom('seed-1'));
    const b = pickRandom([...ids].reverse(), 5, seedrandom('seed-1'));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(5);
    expect(a.every((id) => ids.includes(id))).toBe(true);
  });

  it('draws differently for another seed', () => {
    expect(pickRandom(ids, 5, seedrandom('seed-1'))).not.toEqual(pickRandom(ids, 5, seedrandom('seed-2')));
  });

  it('never draws a question twice and takes all when asked for all', () => {
    expect(pickRandom(['b', 'a', 'a'], 5, seedrandom('x')).sort()).toEqual(['a', 'b']);
    expect(pickRandom(ids, 50, seedrandom('x')).sort()).toEqual(ids);
  });

  it('gives every question a fair chance', () => {
    const rng = seedrandom('fair');
    const hits = new Map<string, number>();
    for (let i = 0; i < 5000; i++)
      for (const id of pickRandom(ids.slice(0, 10), 2, rng)) hits.set(id, (hits.get(id) ?? 0) + 1);
    // Each of 10 is drawn 2 times in 10 → about 1,000 times.
    for (const count of hits.values()) expect(count).toBeGreaterThan(850);
    for (const count of hits.values()) expect(count).toBeLessThan(1150);
  });

  it('shuffles a copy and keeps every item', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const out = shuffle(items, seedrandom('s'));
    expect(out).not.toBe(items);
    expect([...out].sort()).toEqual(items);
    expect(shuffle(items, seedrandom('s'))).toEqual(out);
  });
});

const item = (id: string, type: 'single' | 'fillBlank'): PaperItem => ({
  questionId: id,
  version: 1,
  points: 2,
  content: {
    type,
    stem: id,
    options:
      type === 'single' ? ['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({ key, text: `${id}-${key}` })) : [],
    answer: type === 'single' ? ['B'] : ['x'],
    explanation: '',
  },
});

describe('arranging the paper', () => {
  const items = [item('q1', 'single'), item('q2', 'fillBlank'), item('q3', 'single'), item('q4', 'single')];

  it('keeps the order when nothing is shuffled', () => {
    expect(arrangePaper(items, { shuffleQuestions: false, shuffleOptions: false }, seedrandom('a'))).toEqual(
      items,
    );
  });

  it('shuffles options with their keys, so the answer still names the right text', () => {
    const out = arrangePaper(items, { shuffleQuestions: false, shuffleOptions: true }, seedrandom('a'));
    expect(out.map((i) => i.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    const keys = out.map((i) => i.content.options.map((o) => o.key).join(''));
    expect(keys.filter((k) => k !== '' && k !== 'ABCDEF').length).toBeGreaterThan(0);
    for (const shown of out)
      for (const option of shown.content.options)
        expect(option.text).toBe(`${shown.questionId}-${option.key}`);
    expect(out[0]!.content.answer).toEqual(['B']);
    expect(items[0]!.content.options[0]!.key).toBe('A');
  });

  it('shuffles the questions the same way for the same seed', () => {
    const flags = { shuffleQuestions: true, shuffleOptions: true };
    const a = arrangePaper(items, flags, seedrandom('paper'));
    expect(arrangePaper(items, flags, seedrandom('paper'))).toEqual(a);
    expect(a.map((i) => i.questionId).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
  });
});
