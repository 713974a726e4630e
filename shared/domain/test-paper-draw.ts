import type { PaperItem } from './test-paper';

/** A random number in [0, 1), from a seeded generator: the same seed draws the same paper. */
export type Rng = () => number;

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` distinct ids picked at random. The ids are sorted first, so the pick depends only on the
 * set and the generator, not on the order an index happened to return them in.
 */
export function pickRandom(ids: readonly string[], count: number, rng: Rng): string[] {
  const pool = [...new Set(ids)].sort();
  const n = Math.min(Math.max(count, 0), pool.length);
  // A partial Fisher–Yates: only the first n places are drawn.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

export interface ArrangeFlags {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/**
 * The order the trainee sees: questions shuffled, then each choice question's options. Options keep
 * their keys, so the stored answers (option keys) stay right whatever the order.
 */
export function arrangePaper(items: readonly PaperItem[], flags: ArrangeFlags, rng: Rng): PaperItem[] {
  const ordered = flags.shuffleQuestions ? shuffle(items, rng) : [...items];
  if (!flags.shuffleOptions) return ordered;
  return ordered.map((item) =>
    item.content.options.length > 1 && (item.content.type === 'single' || item.content.type === 'multiple')
      ? { ...item, content: { ...item.content, options: shuffle(item.content.options, rng) } }
      : item,
  );
}
