import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lang = 'zh-CN' | 'en';
type Tree = { [key: string]: string | Tree };

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/src/locales');
const cache = new Map<string, Tree>();

/**
 * The app's own words, so that page models find a field by the label a user reads in either language.
 * `text('en', 'people:fields.name')`; placeholders like {{name}} are filled from `params`.
 */
export function text(lang: Lang, key: string, params: Record<string, string> = {}): string {
  const [ns, rest] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  const file = `${lang}/${ns}`;
  if (!cache.has(file))
    cache.set(file, JSON.parse(fs.readFileSync(path.join(localesDir, `${file}.json`), 'utf8')));
  const value = rest
    .split('.')
    .reduce<string | Tree | undefined>((node, k) => (node as Tree | undefined)?.[k], cache.get(file));
  if (typeof value !== 'string') throw new Error(`No text for ${lang} ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}
