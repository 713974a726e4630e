import { describe, expect, it } from 'vitest';
import { osLocaleFrom } from './os-locale';
import { currentUserName } from './os-user';

describe('the OS locale in browser mode', () => {
  it('is what Intl reports', () => {
    expect(osLocaleFrom('zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
  });

  it('falls back to the POSIX variables, most specific first', () => {
    expect(osLocaleFrom(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(osLocaleFrom('', { LC_ALL: 'zh_TW.UTF-8@stroke', LANG: 'en_US' })).toBe('zh-TW');
  });

  it('ignores ICU\'s "und" (undetermined), which Node reports when LC_ALL is set but empty', () => {
    expect(osLocaleFrom('und', { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
  });

  it('is en-US when nothing names a language', () => {
    expect(osLocaleFrom(undefined, { LANG: 'C.UTF-8' })).toBe('en-US');
    expect(osLocaleFrom(undefined, {})).toBe('en-US');
  });
});

describe('the OS account name', () => {
  it('comes from the OS account', () => {
    expect(currentUserName({ USER: 'env-user' }, () => ({ username: 'li.wei' }))).toBe('li.wei');
  });

  it('falls back to the environment when the account cannot be looked up', () => {
    const noPasswdEntry = () => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd');
    };
    expect(currentUserName({ USERNAME: 'WANG' }, noPasswdEntry)).toBe('WANG');
    expect(currentUserName({}, noPasswdEntry)).toBe('unknown');
  });
});
