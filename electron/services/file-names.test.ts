import { describe, expect, it } from 'vitest';
import { isPlainFileName } from './file-names';

describe('file names the main process accepts', () => {
  it.each([
    ['a plain name', 'report.pdf'],
    ['a Chinese name with fullwidth punctuation', '培训计划（2024年）：第一期.docx'],
    ['spaces and dots inside', 'Q3 review v1.2.final.xlsx'],
    ['a hidden-style name', '.profile'],
    ['an emoji', 'team 👩‍👩‍👧.png'],
  ])('accepts %s', (_case, name) => {
    expect(isPlainFileName(name)).toBe(true);
  });

  it.each([
    ['an empty name', ''],
    ['a parent folder', '..'],
    ['only dots', '...'],
    ['a climb out of the folder', '../secret.txt'],
    ['a POSIX path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a backslash climb', '..\\..\\boot.ini'],
    ['a drive letter', 'C:evil.txt'],
    ['an alternate data stream', 'notes.txt:hidden'],
    ['a NUL byte', 'a\u0000.pdf'],
    ['a newline', 'a\n.pdf'],
    ['a C1 control character', 'a\u0085.pdf'],
    ['a right-to-left override that disguises the extension', 'invoice\u202efdp.exe'],
    ['a zero-width space', 'report\u200b.pdf'],
    ['a fullwidth solidus that reads as a folder', '..\uff0fsecret'],
    ['a division slash', 'a\u2215b.txt'],
    ['a lone surrogate', 'a\ud800.txt'],
    ['a trailing dot Windows would drop', 'setup.exe.'],
    ['a trailing space', 'report.pdf '],
    ['a Windows device name', 'NUL.txt'],
    ['another device name', 'com1'],
    ['a character Windows refuses', 'what?.txt'],
    ['a name longer than 255 characters', `${'a'.repeat(252)}.pdf`],
  ])('refuses %s', (_case, name) => {
    expect(isPlainFileName(name)).toBe(false);
  });
});
